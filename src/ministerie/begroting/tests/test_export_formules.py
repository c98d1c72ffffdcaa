"""The budget exports (CSV and XLSX) never hand a spreadsheet a formula (issue 13 §5)."""

from __future__ import annotations

import csv
import io

from openpyxl import load_workbook

from ministerie.begroting import export

RIJEN = [["VII", 1, "=1+1", "U", 2026, -1200], ["VII", 2, "@SOM(A1)", "V", 2026, 10]]


def test_csv_zet_een_apostrof_voor_een_formule() -> None:
    regels = list(csv.reader(io.StringIO(export.als_csv(RIJEN).decode("utf-8-sig")), delimiter=";"))
    assert regels[1][2] == "'=1+1" and regels[2][2] == "'@SOM(A1)"
    assert regels[1][5] == "-1200"


def test_xlsx_zet_een_apostrof_voor_een_formule() -> None:
    blad = load_workbook(io.BytesIO(export.als_xlsx(RIJEN, "VII")), read_only=True).active
    rijen = list(blad.iter_rows(min_row=2, values_only=True))
    assert rijen[0][2] == "'=1+1" and rijen[1][2] == "'@SOM(A1)"
    assert rijen[0][5] == -1200
