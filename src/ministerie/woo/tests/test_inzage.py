"""A request's documents keep the classification of their source: pages, passages and titles only
for users whose clearance reaches it and who may see the source or handle Woo requests; the
read is in the audit trail."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from ministerie.core.audit import AuditRecord
from ministerie.core.rubricering import Rubricering
from ministerie.woo import beoordeling, services
from ministerie.woo.models import Verzoek
from ministerie.woo.tests.hulp import woo_document

pytestmark = pytest.mark.django_db


@pytest.fixture
def vertrouwelijk(woo_org: dict[str, Any]) -> Verzoek:
    jurist = woo_org["jurist"]
    verzoek = services.registreer_verzoek(
        door=jurist, kanaal="email", onderwerp="Vertrouwelijk", omschrijving="x", verzoeker_email="a@b.nl"
    )
    services.neem_in_behandeling(verzoek, door=jurist)
    beoordeling.upload_documenten(
        verzoek, door=jurist, bestanden=[woo_document(0)], eenheid=jurist.eenheden.first()
    )
    bron = beoordeling.bron_van(verzoek.documenten.get())
    assert bron is not None
    bron.rubricering = Rubricering.DEPARTEMENTAAL_VERTROUWELIJK
    bron.save()
    return verzoek


def test_zonder_clearance_geen_paginas_titels_of_api(
    client: Client, woo_org: dict[str, Any], vertrouwelijk: Verzoek
) -> None:
    client.force_login(woo_org["woordvoerder"])  # sees all requests, clearance Intern
    assert client.get(reverse("woo:document", args=[vertrouwelijk.pk, 1])).status_code == 404
    pagina = reverse("woo:document-pagina", args=[vertrouwelijk.pk, 1, "bron", 1])
    assert client.get(pagina).status_code == 404
    lijst = client.get(reverse("woo:documenten", args=[vertrouwelijk.pk])).content.decode()
    titel = vertrouwelijk.documenten.get().titel
    assert "u kunt dit document niet inzien" in lijst and titel not in lijst
    api = client.get(reverse("api:woo-documenten", args=[vertrouwelijk.pk])).json()
    assert api == [{"nummer": 1, "titel": None, "inTeZien": False}]


def test_met_clearance_wel_en_de_inzage_staat_in_de_audittrail(
    client: Client, woo_org: dict[str, Any], vertrouwelijk: Verzoek
) -> None:
    client.force_login(woo_org["jurist"])
    voor = AuditRecord.objects.filter(actie="inzage").count()
    assert client.get(reverse("woo:document", args=[vertrouwelijk.pk, 1])).status_code == 200
    pagina = reverse("woo:document-pagina", args=[vertrouwelijk.pk, 1, "bron", 1])
    assert client.get(pagina).status_code == 200
    assert AuditRecord.objects.filter(actie="inzage").count() == voor + 2
