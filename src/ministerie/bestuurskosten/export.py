"""The monthly overview as CSV and XLSX: the lines, then the totals per person and category."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Font

from .models import Periode
from .totalen import posten_van, totalen

KOPPEN = ["datum", "persoon", "functie", "categorie", "omschrijving", "bedrag (euro)", "brondocument"]


def _regels(periode: Periode) -> list[list[object]]:
    return [
        [
            p.datum,
            p.persoon.naam,
            p.functie,
            p.get_categorie_display(),
            p.omschrijving,
            p.bedrag,
            p.brondocument.titel,
        ]
        for p in posten_van(periode)
    ]


def als_csv(periode: Periode) -> bytes:
    uit = io.StringIO()
    uit.write("\ufeff")  # so spreadsheet programs read UTF-8
    schrijver = csv.writer(uit, delimiter=";")
    schrijver.writerow(KOPPEN)
    for regel in _regels(periode):
        schrijver.writerow([str(w).replace(".", ",") if isinstance(w, Decimal) else w for w in regel])
    overzicht = totalen(periode.posten.select_related("persoon"))
    schrijver.writerow([])
    schrijver.writerow(["totaal per persoon", "persoon", "functie", *overzicht.categorieen, "totaal"])
    for p in overzicht.personen:
        schrijver.writerow(
            [
                "",
                p.naam,
                p.functie,
                *[str(b).replace(".", ",") for b in p.per_categorie],
                str(p.totaal).replace(".", ","),
            ]
        )
    schrijver.writerow(
        [
            "totaal",
            "",
            "",
            *[str(b).replace(".", ",") for *_, b in overzicht.per_categorie],
            str(overzicht.totaal).replace(".", ","),
        ]
    )
    return uit.getvalue().encode("utf-8")


def als_xlsx(periode: Periode) -> bytes:
    boek = Workbook()
    blad = boek.active
    blad.title = "Kostenposten"
    blad.append(KOPPEN)
    for cel in blad[1]:
        cel.font = Font(bold=True)
    for regel in _regels(periode):
        blad.append(regel)
        blad.cell(row=blad.max_row, column=6).number_format = "#,##0.00"
    overzicht = totalen(periode.posten.select_related("persoon"))
    totaalblad = boek.create_sheet("Totalen")
    totaalblad.append(["persoon", "functie", *overzicht.categorieen, "totaal"])
    for cel in totaalblad[1]:
        cel.font = Font(bold=True)
    for p in overzicht.personen:
        totaalblad.append([p.naam, p.functie, *p.per_categorie, p.totaal])
    totaalblad.append(["totaal", "", *[b for *_, b in overzicht.per_categorie], overzicht.totaal])
    for rij in totaalblad.iter_rows(min_row=2, min_col=3):
        for cel in rij:
            cel.number_format = "#,##0.00"
    uit = io.BytesIO()
    boek.save(uit)
    return uit.getvalue()
