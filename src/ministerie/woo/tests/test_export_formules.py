"""The Woo inventory (XLSX) never hands a spreadsheet a formula (issue 13 §5)."""

from __future__ import annotations

import io
from typing import Any

import pytest
from openpyxl import load_workbook

from ministerie.woo import documenten_pdf, services
from ministerie.woo.models import WooDocument

pytestmark = pytest.mark.django_db


def test_inventaris_xlsx_zet_een_apostrof_voor_een_formule(woo_org: Any) -> None:
    verzoek = services.dien_verzoek_in(
        onderwerp="Woningbouw", omschrijving="Alle notities", verzoeker_email="greet@example.org"
    )
    WooDocument.objects.create(verzoek=verzoek, nummer=1, titel='=HYPERLINK("http://x.example","Klik")')
    WooDocument.objects.create(
        verzoek=verzoek, nummer=2, titel="Gewone notitie", reeds_openbaar_waar="+31 70"
    )
    blad = load_workbook(io.BytesIO(documenten_pdf.inventaris_xlsx(verzoek))).active
    rijen = list(blad.iter_rows(min_row=3, values_only=True))
    assert rijen[0][1] == '\'=HYPERLINK("http://x.example","Klik")'
    assert rijen[1][1] == "Gewone notitie" and rijen[1][6] == "'+31 70"
