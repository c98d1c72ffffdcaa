"""CSV and XLSX of one chapter at one moment, in the layout of the Rijksbegroting open data:
one row per article, kind (V/U/O) and year, amounts in thousands of euros."""

from __future__ import annotations

import csv
import io
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font

from .weergave import KOLOMMEN


def als_csv(rijen: list[list[Any]]) -> bytes:
    uit = io.StringIO()
    schrijver = csv.writer(uit, delimiter=";", lineterminator="\r\n")
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
        blad.append(rij)
    blad.freeze_panes = "A2"
    uit = io.BytesIO()
    boek.save(uit)
    return uit.getvalue()
