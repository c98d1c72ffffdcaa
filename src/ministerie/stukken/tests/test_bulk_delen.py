"""Finding of the security probe (issue 13 §5): bulk jobs and their inventories were visible to
every user with the right to run bulk processing. Now only the one who started a job and the
colleagues they share it with see it: in the list, its count, its page, its progress, its
inventory downloads and its restart. Sharing is audited."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.test import Client

from ministerie.core.models import AuditRecord
from ministerie.stukken.models import Bulkverwerking

pytestmark = pytest.mark.django_db


@pytest.fixture
def mensen(bzk: Any, maak_gebruiker: Callable[..., Any]) -> dict[str, Any]:
    return {
        "starter": maak_gebruiker("jurist_czw", eenheden=["czw"], gebruikersnaam="starter"),
        "collega": maak_gebruiker("jurist_czw", eenheden=["czw"], gebruikersnaam="collega"),
        "beheer": maak_gebruiker("functioneel_beheerder", eenheden=["czw"], gebruikersnaam="beheer"),
        "zonder_recht": maak_gebruiker("beleidsmedewerker", eenheden=["czw"], gebruikersnaam="zonder"),
    }


@pytest.fixture
def verwerking(mensen: dict[str, Any]) -> Bulkverwerking:
    werkmap = Path(settings.MEDIA_ROOT) / "bulk-delen-test"
    werkmap.mkdir(parents=True, exist_ok=True)
    xlsx = werkmap / "inventarislijst.xlsx"
    xlsx.write_bytes(b"PK\x03\x04 inventaris")
    return Bulkverwerking.objects.create(
        omschrijving="Woo-verzoek over de Omgevingswet",
        bron=str(werkmap / "bron.zip"),
        werkmap=str(werkmap),
        gestart_door=mensen["starter"],
        status=Bulkverwerking.Status.KLAAR,
        verslag={"inventaris_xlsx": str(xlsx), "items": 3},
    )


def _urls(v: Bulkverwerking) -> list[str]:
    return [
        f"/stukken/bulk/{v.pk}/",
        f"/stukken/bulk/{v.pk}/voortgang/",
        f"/stukken/bulk/{v.pk}/inventarislijst.xlsx",
    ]


def _ziet(client: Client, gebruiker: Any, v: Bulkverwerking) -> list[int]:
    client.force_login(gebruiker)
    lijst = client.get("/stukken/bulk/").content.decode()
    codes = [client.get(url).status_code for url in _urls(v)]
    return [int(v.omschrijving in lijst), *codes]


def test_alleen_de_starter_ziet_een_verwerking(
    mensen: dict[str, Any], verwerking: Bulkverwerking, client: Client
) -> None:
    assert _ziet(client, mensen["starter"], verwerking) == [1, 200, 200, 200]
    for wie in ("collega", "beheer"):
        assert _ziet(client, mensen[wie], verwerking) == [0, 404, 404, 404], wie
        antwoord = client.post(f"/stukken/bulk/{verwerking.pk}/herstart/")
        assert antwoord.status_code == 404, wie


def test_de_telling_toont_alleen_eigen_en_gedeelde_verwerkingen(
    mensen: dict[str, Any], verwerking: Bulkverwerking, client: Client
) -> None:
    client.force_login(mensen["collega"])
    assert "Verwerkingen (0)" in client.get("/stukken/bulk/").content.decode()
    client.force_login(mensen["starter"])
    assert "Verwerkingen (1)" in client.get("/stukken/bulk/").content.decode()


def test_delen_met_een_collega_en_weer_stoppen(
    mensen: dict[str, Any], verwerking: Bulkverwerking, client: Client
) -> None:
    client.force_login(mensen["starter"])
    antwoord = client.post(f"/stukken/bulk/{verwerking.pk}/delen/", {"collegas": ["collega"]}, follow=True)
    assert antwoord.status_code == 200
    assert "gedeeld met" in antwoord.content.decode()
    assert _ziet(client, mensen["collega"], verwerking) == [1, 200, 200, 200]
    assert _ziet(client, mensen["beheer"], verwerking) == [0, 404, 404, 404]
    gedeeld = AuditRecord.objects.get(actie="bulkverwerking_gedeeld")
    assert gedeeld.actor_naam.endswith("starter") or "starter" in gedeeld.actor_naam
    assert gedeeld.gegevens["met"] == ["collega"]

    client.force_login(mensen["starter"])
    client.post(f"/stukken/bulk/{verwerking.pk}/delen/", {})  # nobody ticked: sharing stops
    assert _ziet(client, mensen["collega"], verwerking) == [0, 404, 404, 404]
    gestopt = AuditRecord.objects.get(actie="bulkverwerking_niet_meer_gedeeld")
    assert gestopt.gegevens["met"] == ["collega"]


def test_alleen_de_starter_deelt_en_alleen_met_wie_bulk_mag_verwerken(
    mensen: dict[str, Any], verwerking: Bulkverwerking, client: Client
) -> None:
    client.force_login(mensen["starter"])
    antwoord = client.post(f"/stukken/bulk/{verwerking.pk}/delen/", {"collegas": ["zonder"]}, follow=True)
    assert "kan niet worden gedeeld" in antwoord.content.decode() or "Kies" in antwoord.content.decode()
    assert not verwerking.gedeeld_met.exists()

    client.post(f"/stukken/bulk/{verwerking.pk}/delen/", {"collegas": ["collega"]})
    client.force_login(mensen["collega"])
    antwoord = client.post(
        f"/stukken/bulk/{verwerking.pk}/delen/", {"collegas": ["collega", "beheer"]}, follow=True
    )
    assert "Alleen wie de verwerking startte" in antwoord.content.decode()
    assert list(verwerking.gedeeld_met.values_list("username", flat=True)) == ["collega"]
