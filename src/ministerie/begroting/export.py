"""CSV and XLSX of one chapter at one moment, in the layout of the Rijksbegroting open data:
one row per article, kind (V/U/O) and year, amounts in thousands of euros. One place for the
export page and the API."""

from __future__ import annotations

import io
from typing import Any

from django.http import HttpResponse
from openpyxl import Workbook
from openpyxl.styles import Font

from ministerie.core.export import VeiligeCsv, xlsx_rij

from .models import Stand
from .weergave import KOLOMMEN, kies_stand, open_data_rijen
from .zichtbaarheid import zichtbare_artikelen

SOORTEN = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def rijen_voor(gebruiker: Any, stand: Stand) -> list[list[Any]]:
    """The open-data rows of one moment: only the articles this user sees."""
    begroting = stand.begroting
    sb = kies_stand(begroting, stand.volgnummer)
    artikelen = zichtbare_artikelen(gebruiker, begroting.hoofdstuk.artikelen.all())
    return open_data_rijen(begroting, sb, artikelen)  # type: ignore[arg-type]


def als_csv(rijen: list[list[Any]]) -> bytes:
    uit = io.StringIO()
    schrijver = VeiligeCsv(uit, delimiter=";", lineterminator="\r\n")
    schrijver.writerow(KOLOMMEN)
    schrijver.writerows(rijen)
    return uit.getvalue().encode("utf-8-sig")  # with BOM, so spreadsheet programs read UTF-8


def als_xlsx(rijen: list[list[Any]], titel: str) -> bytes:
    boek = Workbook()
    blad = boek.active
    blad.title = titel[:31]
    blad.append(KOLOMMEN)
    for cel in blad[1]:
        cel.font = Font(bold=True)
    for rij in rijen:
        xlsx_rij(blad, rij)
    blad.freeze_panes = "A2"
    uit = io.BytesIO()
    boek.save(uit)
    return uit.getvalue()


def als_bestand(rijen: list[list[Any]], formaat: str, naam: str, titel: str) -> HttpResponse | None:
    """The rows as a download ``naam.formaat`` (csv or xlsx); None for another format."""
    if formaat not in SOORTEN:
        return None
    inhoud = als_csv(rijen) if formaat == "csv" else als_xlsx(rijen, titel)
    antwoord = HttpResponse(inhoud, content_type=SOORTEN[formaat])
    antwoord["Content-Disposition"] = f'attachment; filename="{naam}.{formaat}"'
    return antwoord
