"""Prometheus metrics: not public (token, allowed address or the right), requests counted by
django-prometheus, and the job queue read from the database: the run of a job shows."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client, override_settings

from ministerie.bedrijfsvoering.tests.hulp import draai
from ministerie.core.taken import controleer_audittrail

DATABASE_TAKEN = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
TAAK = "ministerie.core.taken.controleer_audittrail"


def _metrieken(client: Client, token: str = "geheim-token-voor-prometheus") -> str:
    antwoord = client.get("/metrics", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert antwoord.status_code == 200
    assert antwoord["Content-Type"].startswith("text/plain")
    return antwoord.content.decode()


def _waarde(tekst: str, naam: str, **labels: str) -> float | None:
    for regel in tekst.splitlines():
        if not regel.startswith(naam):
            continue
        gevonden = re.fullmatch(rf"{naam}(?:\{{(.*)\}})? (\S+)", regel)
        if gevonden is None:
            continue
        paren = dict(re.findall(r'(\w+)="([^"]*)"', gevonden.group(1) or ""))
        if paren == labels:
            return float(gevonden.group(2))
    return None


@pytest.mark.django_db
def test_toegang(client: Client, settings: Any, maak_gebruiker: Callable[..., Any]) -> None:
    antwoord = client.get("/metrics")
    assert antwoord.status_code == 302 and antwoord["Location"].startswith("/inloggen/")

    settings.METRIEKEN_TOKEN = "geheim-token-voor-prometheus"
    assert client.get("/metrics", HTTP_AUTHORIZATION="Bearer fout").status_code == 403
    assert "ministerie_taken_wachtrij" in _metrieken(client)

    settings.METRIEKEN_TOKEN = ""  # no token configured: no bearer token is ever right
    assert client.get("/metrics", HTTP_AUTHORIZATION="Bearer ").status_code == 403

    settings.METRIEKEN_ADRESSEN = ["10.0.0.0/8"]
    assert client.get("/metrics").status_code == 302
    settings.METRIEKEN_ADRESSEN = ["10.0.0.0/8", "127.0.0.0/8"]
    assert client.get("/metrics").status_code == 200
    settings.METRIEKEN_ADRESSEN = []

    client.force_login(maak_gebruiker("beleidsmedewerker"))
    assert client.get("/metrics").status_code == 403
    client.force_login(maak_gebruiker("functioneel_beheerder"))
    assert client.get("/metrics").status_code == 200


@pytest.mark.django_db(transaction=True)
@override_settings(TASKS=DATABASE_TAKEN, METRIEKEN_TOKEN="geheim-token-voor-prometheus")
def test_de_run_van_een_taak_in_de_metrieken_en_json_logregels(client: Client) -> None:
    controleer_audittrail.enqueue()
    client.get("/gezondheid/leeft")
    tekst = _metrieken(client)
    assert _waarde(tekst, "ministerie_taken", taak=TAAK, status="READY") == 1
    assert _waarde(tekst, "ministerie_taken_wachtrij") == 1
    assert (_waarde(tekst, "ministerie_taken_oudste_wachtend_seconden") or -1) >= 0
    assert _waarde(tekst, "ministerie_taak_laatst_geslaagd_tijdstip_seconden", taak=TAAK) is None
    # django-prometheus counted the requests of this process
    assert (_waarde(tekst, "django_http_requests_total_by_method_total", method="GET") or 0) >= 1

    run = draai("worker", "--batch", "--no-startup-delay", env={"MINISTERIE_LOG_JSON": "1"})

    assert run.returncode == 0, run.stdout + run.stderr
    regels = [r for r in (run.stdout + run.stderr).splitlines() if r.strip()]
    assert regels
    for regel in regels:
        gegevens = json.loads(regel)  # every line a JSON object
        assert {"tijd", "niveau", "logger", "message"} <= set(gegevens)
    tekst = _metrieken(client)
    assert _waarde(tekst, "ministerie_taken", taak=TAAK, status="SUCCESSFUL") == 1
    assert _waarde(tekst, "ministerie_taken", taak=TAAK, status="READY") is None
    assert _waarde(tekst, "ministerie_taken_wachtrij") == 0
    assert _waarde(tekst, "ministerie_taken_mislukt") == 0
    assert (_waarde(tekst, "ministerie_taak_laatst_geslaagd_tijdstip_seconden", taak=TAAK) or 0) > 0
    assert _waarde(tekst, "ministerie_metrieken_database_bereikbaar") == 1
