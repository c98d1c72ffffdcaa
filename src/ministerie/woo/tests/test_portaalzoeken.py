"""Full-text search on the public portal through the tantivy index: only published publications
are ever in it; withdrawal removes them; the database has the last word."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from ministerie.woo import portaalindex, publicatie
from ministerie.woo.models import Publicatie, Verzoek
from ministerie.woo.tests.hulp import BSNS, NAMEN, publiceerbaar

pytestmark = pytest.mark.django_db


def _gepubliceerd(org: dict[str, Any], capture: Any) -> Publicatie:
    verzoek = publiceerbaar(org)
    with capture(execute=True):
        pub = publicatie.publiceer(verzoek, door=org["jurist"])
    assert pub.status == Publicatie.Status.GEPUBLICEERD
    return pub


def test_zoekt_in_de_gelakte_tekst_met_stam_en_zonder_accenten(
    woo_org: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    pub = _gepubliceerd(woo_org, django_capture_on_commit_callbacks)
    assert portaalindex.portaalindex().aantal() == 1
    for vraag in ("verdeling middelen", "middel", "ovérleg", "WONINGBOUWIMPULS", pub.verzoek.zaaknummer):
        assert publicatie.zoek_publicaties(vraag) == [pub], vraag
    # what was redacted is not in the published text, so it cannot be found
    for geheim in (BSNS[0], NAMEN[0].split()[1], "voorbeeld.nl"):
        assert publicatie.zoek_publicaties(geheim) == [], geheim
    assert publicatie.zoek_publicaties("middelen kernenergie") == []  # every word must occur
    treffer = portaalindex.zoek("middelen").treffers[0]
    assert "<mark>middelen</mark>" in treffer.fragment_html


def test_gepland_pas_vindbaar_na_vrijgave(
    woo_org: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    verzoek = publiceerbaar(woo_org)
    later = timezone.localdate() + timedelta(days=14)
    Verzoek.objects.filter(pk=verzoek.pk).update(publicatie_op=later, bezwaar_verwacht=True)
    verzoek.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        pub = publicatie.publiceer(verzoek, door=woo_org["jurist"])
    assert pub.status == Publicatie.Status.GEPLAND
    assert portaalindex.portaalindex().aantal() == 0
    assert publicatie.zoek_publicaties("middelen") == []
    with django_capture_on_commit_callbacks(execute=True):
        assert publicatie.publiceer_gepland(later) == [pub]
    assert publicatie.zoek_publicaties("middelen") == [pub]


def test_intrekken_haalt_uit_de_index_en_herbouw_neemt_alleen_gepubliceerd(
    woo_org: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    pub = _gepubliceerd(woo_org, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        publicatie.trek_publicatie_in(pub, door=woo_org["jurist"], reden="Fout in lakken")
    assert portaalindex.portaalindex().aantal() == 0
    assert publicatie.zoek_publicaties("middelen") == []
    call_command("woo", "herbouw-portaalindex", stdout=__import__("io").StringIO())
    assert portaalindex.portaalindex().aantal() == 0


def test_database_heeft_het_laatste_woord(
    woo_org: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    pub = _gepubliceerd(woo_org, django_capture_on_commit_callbacks)
    # withdrawn while the index job has not run yet: the stale entry is never shown
    Publicatie.objects.filter(pk=pub.pk).update(status=Publicatie.Status.INGETROKKEN)
    assert portaalindex.portaalindex().aantal() == 1
    uitkomst = portaalindex.zoek("middelen")
    assert uitkomst.treffers == [] and uitkomst.totaal == 0


def test_portaalpagina_en_api_tonen_treffers(
    client: Client, woo_org: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    pub = _gepubliceerd(woo_org, django_capture_on_commit_callbacks)
    pagina = client.get(reverse("openbaar:portaal"), {"q": "middelen"}).content.decode()
    assert '1 publicatie(s) gevonden voor "middelen".' in pagina
    assert reverse("openbaar:publicatie", args=[pub.pk]) in pagina and "<mark>middelen</mark>" in pagina
    leeg = client.get(reverse("openbaar:portaal"), {"q": BSNS[0]}).content.decode()
    assert "0 publicatie(s) gevonden" in leeg
    api = client.get(reverse("api:woo-publicaties"), {"q": "middelen"}).json()
    assert [p["id"] for p in api] == [pub.pk]
    assert client.get(reverse("openbaar:portaal"), {"q": "<script>", "pagina": "x"}).status_code == 200
