"""Issue 13 §5 on the public portal: bounded input, the receipt rendered once by a job and
served as a stored file, rate-limited downloads, a shared rate limit and a single-use form
token. Each test failed before its fix."""

from __future__ import annotations

import time
from typing import Any

import pytest
from django.core import signing
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from ministerie.woo import documenten_pdf, services
from ministerie.woo.formulieren import ZOUT
from ministerie.woo.models import Verzoek

pytestmark = pytest.mark.django_db


def _formulier(**extra: Any) -> dict[str, Any]:
    return {
        "onderwerp": "Woningbouw",
        "omschrijving": "Alle notities over de woningbouwimpuls",
        "verzoeker_naam": "Greet",
        "verzoeker_email": "greet@example.org",
        "website": "",
        "token": signing.dumps(time.time() - 10, salt=ZOUT),
        **extra,
    }


@pytest.fixture(autouse=True)
def _lege_cache() -> None:
    cache.clear()


def test_te_lange_omschrijving_wordt_geweigerd_en_niets_opgeslagen(client: Client, woo_org: Any) -> None:
    antwoord = client.post(reverse("openbaar:indienen"), _formulier(omschrijving="woningbouw " * 20_000))
    assert antwoord.status_code == 200
    tekst = antwoord.content.decode()
    assert "niet meer dan 10000 tekens" in tekst
    assert not Verzoek.objects.exists()


def test_de_dienst_weigert_te_lange_tekst_ook_zonder_formulier(woo_org: Any) -> None:
    with pytest.raises(ValidationError) as fout:
        services.dien_verzoek_in(
            onderwerp="x", omschrijving="a" * 10_001, verzoeker_email="greet@example.org"
        )
    assert "10000" in str(fout.value)
    assert not Verzoek.objects.exists()


def test_ontvangstbevestiging_wordt_eenmaal_opgemaakt_en_als_bestand_geserveerd(
    client: Client, woo_org: Any, monkeypatch: pytest.MonkeyPatch, django_capture_on_commit_callbacks: Any
) -> None:
    opgemaakt: list[int] = []
    echt = documenten_pdf.html_naar_pdf

    def tel_en_maak(html: str) -> bytes:
        opgemaakt.append(1)
        return echt(html)

    monkeypatch.setattr(documenten_pdf, "html_naar_pdf", tel_en_maak)
    with django_capture_on_commit_callbacks() as na_commit:
        antwoord = client.post(reverse("openbaar:indienen"), _formulier())
    assert antwoord.status_code == 302
    pagina = antwoord["Location"]
    verzoek = Verzoek.objects.get()
    # the job has not run yet: the page says so and asks again
    wacht = client.get(pagina)
    assert "wordt opgemaakt" in wacht.content.decode()
    assert 'hx-trigger="every 2s"' in wacht.content.decode()
    assert client.get(pagina + "status/").status_code == 204  # htmx keeps the page as it is
    # the PDF address renders nothing on request and queues no second job: back to the page
    with django_capture_on_commit_callbacks() as nog_eens:
        doorverwezen = client.get(pagina + "ontvangstbevestiging.pdf")
    assert doorverwezen.status_code == 302 and doorverwezen["Location"] == pagina
    assert opgemaakt == [] and nog_eens == []
    # the job (queued once, after the intake's commit) makes it
    for callback in na_commit:
        callback()
    assert len(opgemaakt) == 1
    assert verzoek.brieven.filter(soort="ontvangstbevestiging").count() == 1
    status = client.get(pagina + "status/")
    assert status.status_code == 200 and "ontvangstbevestiging.pdf" in status.content.decode()
    klaar = client.get(pagina)
    assert "ontvangstbevestiging.pdf" in klaar.content.decode()
    assert "wordt opgemaakt" not in klaar.content.decode()
    for _ in range(3):
        pdf = client.get(pagina + "ontvangstbevestiging.pdf")
        assert pdf.status_code == 200
        assert b"".join(pdf.streaming_content).startswith(b"%PDF")  # type: ignore[attr-defined]
    assert len(opgemaakt) == 1, "de PDF is bij een download opnieuw opgemaakt"


def test_downloads_van_de_bevestiging_zijn_begrensd(client: Client, woo_org: Any, settings: Any) -> None:
    settings.WOO_MAX_DOWNLOADS_PER_UUR = 2
    verzoek = services.dien_verzoek_in(
        onderwerp="x", omschrijving="Alle notities", verzoeker_email="greet@example.org"
    )
    token = signing.dumps(verzoek.pk, salt="woo-bevestiging")
    adres = reverse("openbaar:bevestiging-pdf", args=[token])
    assert client.get(adres).status_code == 302
    assert client.get(adres).status_code == 302
    te_veel = client.get(adres)
    assert te_veel.status_code == 429
    assert "te vaak" in te_veel.content.decode()


def test_formuliertoken_is_eenmalig(client: Client, woo_org: Any) -> None:
    gegevens = _formulier()
    assert client.post(reverse("openbaar:indienen"), gegevens).status_code == 302
    opnieuw = client.post(reverse("openbaar:indienen"), gegevens)
    assert opnieuw.status_code == 200
    assert "al verstuurd" in opnieuw.content.decode()
    assert Verzoek.objects.count() == 1


def test_de_limiet_per_ip_staat_in_een_gedeelde_cache(client: Client, woo_org: Any, settings: Any) -> None:
    """Every web process counts in the same place: the database cache, whose table the
    migrations create."""
    from django.core.cache import caches
    from django.core.cache.backends.db import DatabaseCache

    assert isinstance(caches["default"], DatabaseCache)
    settings.WOO_MAX_PER_UUR = 1
    assert client.post(reverse("openbaar:indienen"), _formulier()).status_code == 302
    # a fresh cache object, as another web process would have, sees the same count
    ander = DatabaseCache(settings.CACHES["default"]["LOCATION"], {})
    assert ander.get("woo-webformulier:127.0.0.1") == 1
    assert client.post(reverse("openbaar:indienen"), _formulier()).status_code == 429
