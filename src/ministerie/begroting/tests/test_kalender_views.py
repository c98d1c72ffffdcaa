"""The calendar page and its iCalendar download."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.urls import reverse

from ministerie.core.navigatie import menu_voor

pytestmark = pytest.mark.django_db


@pytest.fixture
def ingelogd(client: Any, maak_gebruiker: Callable[..., Any]) -> Any:
    client.force_login(maak_gebruiker("beleidsmedewerker"))
    return client


def test_routes_in_de_begroting_namespace() -> None:
    assert reverse("begroting:kalender") == "/begroting/kalender/"
    assert reverse("begroting:accres") == "/begroting/accres/"
    assert reverse("begroting:kalender_ical") == "/begroting/kalender/ical/"


def test_kalender_2027(ingelogd: Any) -> None:
    antwoord = ingelogd.get("/begroting/kalender/?jaar=2027")
    assert antwoord.status_code == 200
    html = antwoord.content.decode()
    assert "Begrotingscyclus 2027" in html
    assert '<time datetime="2027-09-21">dinsdag 21 september 2027</time>' in html
    assert '<time datetime="2027-05-19">woensdag 19 mei 2027</time>' in html
    assert "Voorbereiding begroting 2028" in html
    assert "Verantwoording begroting 2026" in html
    assert '<time datetime="2027-04">april 2027</time>' in html  # month only
    assert 'href="?jaar=2026"' in html and 'href="?jaar=2028"' in html
    assert "/begroting/kalender/ical/?jaar=2027" in html


def test_kalender_meldt_een_uiterste_datum_in_het_weekend(ingelogd: Any) -> None:
    html = ingelogd.get("/begroting/kalender/?jaar=2025").content.decode()
    assert '<time datetime="2025-05-31">zaterdag 31 mei 2025</time>' in html
    assert "geen werkdag: een zaterdag" in html
    assert "Eerstvolgend vast moment:" in html


def test_kalender_zonder_jaar_toont_dit_jaar(ingelogd: Any) -> None:
    from django.utils import timezone

    jaar = timezone.localdate().year
    antwoord = ingelogd.get("/begroting/kalender/")
    assert antwoord.status_code == 200
    assert f"Begrotingscyclus {jaar}" in antwoord.content.decode()


@pytest.mark.parametrize(
    ("jaar", "melding"),
    [("abc", "Vul een jaartal in, bijvoorbeeld 2027."), ("3500", "Kies een jaar tot en met 2999.")],
)
def test_kalender_met_fout_jaar(ingelogd: Any, jaar: str, melding: str) -> None:
    antwoord = ingelogd.get(f"/begroting/kalender/?jaar={jaar}")
    assert antwoord.status_code == 200
    html = antwoord.content.decode()
    assert melding in html
    assert 'aria-invalid="true"' in html
    assert "Toon de kalender van dit jaar" in html  # no dead end
    assert "Prinsjesdag" not in html


def test_icalendar_download(ingelogd: Any) -> None:
    antwoord = ingelogd.get("/begroting/kalender/ical/?jaar=2027")
    assert antwoord.status_code == 200
    assert antwoord["Content-Type"] == "text/calendar; charset=utf-8"
    assert 'filename="begrotingscyclus-2027.ics"' in antwoord["Content-Disposition"]
    tekst = antwoord.content.decode()
    assert "SUMMARY:Prinsjesdag\r\n" in tekst and tekst.endswith("END:VCALENDAR\r\n")
    fout = ingelogd.get("/begroting/kalender/ical/?jaar=nooit")
    assert fout.status_code == 400
    assert "Vul een jaartal in" in fout.content.decode()


def test_anoniem_naar_inloggen(client: Any) -> None:
    for url in ("/begroting/kalender/", "/begroting/accres/", "/begroting/kalender/ical/"):
        antwoord = client.get(url)
        assert antwoord.status_code == 302 and antwoord["Location"].startswith("/inloggen/")


def test_acties_staan_in_de_matrix(maak_gebruiker: Callable[..., Any]) -> None:
    from ministerie.core.permissies import heeft_recht

    for rol in ("beleidsmedewerker", "fez_medewerker", "secretariaat", "bewindspersoon"):
        gebruiker = maak_gebruiker(rol)
        assert heeft_recht(gebruiker, "begroting.kalender_bekijken")
        assert heeft_recht(gebruiker, "begroting.accres_berekenen")
    assert menu_voor(None) == []
