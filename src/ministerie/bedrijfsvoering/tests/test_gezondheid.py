"""Liveness and readiness: JSON with each check, 503 when the process cannot do its work."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.test import Client, override_settings
from django.utils import timezone

from ministerie.bedrijfsvoering.models import Werker

pytestmark = pytest.mark.django_db
DATABASE_TAKEN = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


def _gereed(client: Client) -> tuple[int, dict[str, Any]]:
    antwoord = client.get("/gezondheid/gereed")
    assert antwoord["Content-Type"] == "application/json"
    assert antwoord["Cache-Control"] == "no-store"
    return antwoord.status_code, antwoord.json()


def test_leeft_zonder_iets_anders_te_raken(client: Client, django_assert_num_queries: Any) -> None:
    with django_assert_num_queries(0):
        antwoord = client.get("/gezondheid/leeft")
    assert antwoord.status_code == 200
    assert antwoord.json() == {"status": "leeft"}


def test_gereed_met_elke_controle(client: Client) -> None:
    status, gegevens = _gereed(client)
    assert status == 200, gegevens
    assert gegevens["status"] == "gereed"
    assert set(gegevens["controles"]) == {"database", "werkers", "zoekindex", "schijfruimte"}
    assert all(c["ok"] for c in gegevens["controles"].values())


@override_settings(TASKS=DATABASE_TAKEN)
def test_niet_gereed_zonder_levende_verwerker(client: Client) -> None:
    status, gegevens = _gereed(client)
    assert status == 503
    assert gegevens["status"] == "niet gereed"
    assert gegevens["controles"]["werkers"]["ok"] is False
    assert "ministerie worker" in gegevens["controles"]["werkers"]["toelichting"]

    nu = timezone.now()
    uur = timedelta(hours=1)
    Werker.objects.create(werker_id="oud", host="h", pid=1, gestart_op=nu, laatst_gezien=nu - uur)
    assert _gereed(client)[0] == 503
    Werker.objects.create(werker_id="vers", host="h", pid=2, gestart_op=nu, laatst_gezien=nu)
    status, gegevens = _gereed(client)
    assert status == 200, gegevens
    assert gegevens["controles"]["werkers"]["toelichting"] == "1 verwerker(s) in leven"


def test_niet_gereed_bij_te_weinig_schijfruimte(client: Client, settings: Any) -> None:
    settings.MIN_VRIJE_SCHIJFRUIMTE_MB = 10**12
    status, gegevens = _gereed(client)
    assert status == 503
    assert gegevens["controles"]["schijfruimte"]["ok"] is False
    assert "MB vrij bij" in gegevens["controles"]["schijfruimte"]["toelichting"]


def test_niet_gereed_als_de_zoekindex_niet_schrijfbaar_is(
    client: Client, settings: Any, tmp_path: Path
) -> None:
    (tmp_path / "geen-map").write_text("een bestand, geen map")
    settings.ZOEKINDEX_PAD = tmp_path / "geen-map" / "zoekindex"
    status, gegevens = _gereed(client)
    assert status == 503
    assert gegevens["controles"]["zoekindex"]["ok"] is False
