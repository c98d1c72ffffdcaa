"""The correspondence in the API: list and detail with the pages' visibility (team MC every
case, a directie the cases assigned to it); hidden cases are neither listed nor counted, their
detail is a 404, and a user without the right gets a 403."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from ministerie.core.models import AuditRecord
from ministerie.correspondentie import services
from ministerie.organisatie.models import Eenheid

from .hulp import mc_medewerker

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("bzk")]

LIJST = "/api/v1/correspondentiezaken"


def _client(gebruiker: Any) -> Client:
    client = Client()
    client.force_login(gebruiker)
    return client


def test_lijst_en_detail_volgen_de_zichtbaarheid(maak_gebruiker: Any) -> None:
    mc = mc_medewerker(maak_gebruiker)
    zaken = [
        services.maak_zaak(
            kanaal="email", onderwerp=f"Vraag {i}", tekst="Een vraag.", afzender_naam=f"Afzender {i}"
        )
        for i in range(3)
    ]
    woningbouw = Eenheid.objects.get(code="woningbouw")
    toegewezen = services.wijs_toe(zaken[0], door=mc, eenheid=woningbouw)
    directeur = maak_gebruiker("directeur", eenheden=["woningbouw"])
    ander = maak_gebruiker("directeur", eenheden=["czw"])
    woordvoerder = maak_gebruiker("woordvoerder", eenheden=["com-team-minister"])

    # team MC: every case, counted; the detail with sender, text, signing rule; the read audited
    alles = _client(mc).get(LIJST + "?paginagrootte=2").json()
    assert alles["count"] == 3 and len(alles["results"]) == 2 and alles["next"]
    detail = _client(mc).get(f"{LIJST}/{zaken[1].pk}")
    assert detail.status_code == 200
    gegevens = detail.json()
    assert (gegevens["afzender_naam"], gegevens["tekst"], gegevens["behandeld_door"]) == (
        "Afzender 1",
        "Een vraag.",
        "com-team-maatschappelijke-correspondentie",
    )
    assert gegevens["tekenregel"]["wie"] == "mc" and gegevens["antwoord"] is None
    assert AuditRecord.objects.filter(actie="inzage", object_id=str(zaken[1].pk)).exists()

    # the directie: only the case assigned to it, and the count says one
    eigen = _client(directeur).get(LIJST).json()
    assert eigen["count"] == 1 and [z["zaaknummer"] for z in eigen["results"]] == [toegewezen.zaaknummer]
    assert _client(directeur).get(f"{LIJST}/{zaken[1].pk}").status_code == 404

    # another directie: nothing, counted as nothing; the detail is a 404 (existence does not leak)
    leeg = _client(ander).get(LIJST).json()
    assert leeg["count"] == 0 and leeg["results"] == []
    niet = _client(ander).get(f"{LIJST}/{toegewezen.pk}")
    assert niet.status_code == 404 and niet["Content-Type"] == "application/problem+json"

    # no right at all: 403
    assert _client(woordvoerder).get(LIJST).status_code == 403
    assert _client(woordvoerder).get(f"{LIJST}/{toegewezen.pk}").status_code == 403

    # the filter narrows within what is visible
    assert _client(directeur).get(LIJST + "?status=afgehandeld").json()["count"] == 0
    assert _client(mc).get(LIJST + "?status=open").json()["count"] == 3
