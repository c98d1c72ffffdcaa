"""The expense exports (CSV and XLSX) never hand a spreadsheet a formula (issue 13 §5)."""

from __future__ import annotations

import csv
import io
from datetime import date
from typing import Any

import pytest
from openpyxl import load_workbook

from ministerie.bestuurskosten import export, services
from ministerie.organisatie.models import Persoon

pytestmark = pytest.mark.django_db

AANVAL = "=cmd|' /C calc'!A0"


def test_csv_en_xlsx_zetten_een_apostrof_voor_een_formule(klaar: Any, mensen: dict[str, Any]) -> None:
    services.voeg_post_toe(
        klaar,
        door=mensen["fez"],
        persoon=Persoon.objects.get(code="hanke-bruins-slot"),
        categorie="overig",
        datum=date(klaar.jaar, klaar.maand, 3),
        bedrag="-2.50",
        omschrijving=AANVAL,
        brondocument=klaar.documenten.first(),
    )
    regels = list(csv.reader(io.StringIO(export.als_csv(klaar).decode("utf-8-sig")), delimiter=";"))
    omschrijvingen = [r[4] for r in regels[1:] if len(r) > 4 and r[0].startswith(str(klaar.jaar))]
    assert "'" + AANVAL in omschrijvingen and AANVAL not in omschrijvingen
    assert any(r[5] == "-2,50" for r in regels[1:] if len(r) > 5)  # a credit stays a number
    blad = load_workbook(io.BytesIO(export.als_xlsx(klaar)))["Kostenposten"]
    waarden = [rij[4] for rij in blad.iter_rows(min_row=2, values_only=True)]
    assert "'" + AANVAL in waarden and AANVAL not in waarden
