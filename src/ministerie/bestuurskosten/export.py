"""The monthly overview as CSV and XLSX: the lines, then the totals per person and category.
One place for the staff and the public export."""

from __future__ import annotations

import io
from decimal import Decimal

from django.http import Http404, HttpResponse
from openpyxl import Workbook
from openpyxl.styles import Font

from ministerie.core.export import VeiligeCsv, veilige_rij, xlsx_rij

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
    schrijver = VeiligeCsv(uit, delimiter=";")
    schrijver.writerow(KOPPEN)
    for regel in _regels(periode):
        schrijver.writerow(
            [str(w).replace(".", ",") if isinstance(w, Decimal) else w for w in veilige_rij(regel)]
        )
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
        xlsx_rij(blad, regel)
        blad.cell(row=blad.max_row, column=6).number_format = "#,##0.00"
    overzicht = totalen(periode.posten.select_related("persoon"))
    totaalblad = boek.create_sheet("Totalen")
    totaalblad.append(["persoon", "functie", *overzicht.categorieen, "totaal"])
    for cel in totaalblad[1]:
        cel.font = Font(bold=True)
    for p in overzicht.personen:
        xlsx_rij(totaalblad, [p.naam, p.functie, *p.per_categorie, p.totaal])
    totaalblad.append(["totaal", "", *[b for *_, b in overzicht.per_categorie], overzicht.totaal])
    for rij in totaalblad.iter_rows(min_row=2, min_col=3):
        for cel in rij:
            cel.number_format = "#,##0.00"
    uit = io.BytesIO()
    boek.save(uit)
    return uit.getvalue()


FORMATEN = {
    "csv": ("text/csv; charset=utf-8", als_csv),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", als_xlsx),
}


def exporteer(periode: Periode, formaat: str) -> HttpResponse:
    """The month as a download in ``formaat`` (csv or xlsx); another format is a 404."""
    if formaat not in FORMATEN:
        raise Http404
    mime, maker = FORMATEN[formaat]
    antwoord = HttpResponse(maker(periode), content_type=mime)
    naam = f"bestuurskosten-{periode.ministerie.code}-{periode.jaar}-{periode.maand:02d}.{formaat}"
    antwoord["Content-Disposition"] = f'attachment; filename="{naam}"'
    return antwoord
