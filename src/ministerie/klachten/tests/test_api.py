"""Complaints in the API: list and detail with the pages' visibility (CZW every complaint, a
complaint handler the unassigned ones and their own, nobody a complaint about themselves);
hidden complaints are neither listed nor counted, their detail is a 404, and a user without the
right gets a 403."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from ministerie.core.models import AuditRecord
from ministerie.klachten.models import Klacht

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("bzk")]

LIJST = "/api/v1/klachten"


def _client(gebruiker: Any) -> Client:
    client = Client()
    client.force_login(gebruiker)
    return client


def _klacht(nummer: int, **velden: Any) -> Klacht:
    return Klacht.objects.create(
        zaaknummer=f"KL-2026-{nummer:05d}",
        kanaal="brief",
        onderwerp=f"Klacht {nummer}",
        omschrijving="Onheus bejegend.",
        klager_naam="A. Jansen",
        klager_adres="Dorpsstraat 1",
        ontvangen_op=timezone.localdate(),
        **velden,
    )


def test_lijst_en_detail_volgen_de_zichtbaarheid(maak_gebruiker: Any) -> None:
    jurist = maak_gebruiker("jurist_czw", eenheden=["czw"])
    mc = maak_gebruiker("mc_medewerker", eenheden=["com-team-maatschappelijke-correspondentie"])
    collega = maak_gebruiker("mc_medewerker", eenheden=["com-team-maatschappelijke-correspondentie"])
    woordvoerder = maak_gebruiker("woordvoerder", eenheden=["com-team-minister"])
    vrij = _klacht(1)
    van_mc = _klacht(2, behandelaar=mc, status="in_behandeling")
    van_jurist = _klacht(3, behandelaar=jurist, status="in_behandeling")
    over_mc = _klacht(4, beklaagde=mc)

    # CZW: every complaint; the detail with its term; the read audited
    alles = _client(jurist).get(LIJST).json()
    assert alles["count"] == 4
    detail = _client(jurist).get(f"{LIJST}/{van_mc.pk}").json()
    assert detail["behandelaar"] == mc.username and detail["uiterste_datum"]
    assert AuditRecord.objects.filter(actie="inzage", object_id=str(van_mc.pk)).exists()

    # a handler: the unassigned ones and their own, never one about themselves; counted so
    eigen = _client(mc).get(LIJST).json()
    assert eigen["count"] == 2
    assert {k["zaaknummer"] for k in eigen["results"]} == {vrij.zaaknummer, van_mc.zaaknummer}
    for verborgen in (van_jurist, over_mc):
        antwoord = _client(mc).get(f"{LIJST}/{verborgen.pk}")
        assert antwoord.status_code == 404 and antwoord["Content-Type"] == "application/problem+json"
    assert _client(collega).get(LIJST).json()["count"] == 2  # unassigned, and the one about mc
    assert _client(mc).get(LIJST + "?status=open&paginagrootte=1").json()["count"] == 2

    # no right: 403
    assert _client(woordvoerder).get(LIJST).status_code == 403
    assert _client(woordvoerder).get(f"{LIJST}/{vrij.pk}").status_code == 403
