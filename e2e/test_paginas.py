"""Every page of the shell in a real browser: it works, and axe-core finds no violations. The
shell itself (layout, header, menus, error pages) is checked with axe at all three sizes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from e2e.hulp import controleer_toegankelijkheid, log_in_met_formulier

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_inlogpagina(pagina: Any) -> None:
    pagina.goto(pagina.basis + "/inloggen/")
    assert pagina.title() == "Inloggen — ministerie"
    controleer_toegankelijkheid(pagina, alle_maten=True)


def test_inloggen_met_fout_wachtwoord(pagina: Any, maak_gebruiker: Callable[..., Any]) -> None:
    gebruiker = maak_gebruiker("directeur")
    pagina.goto(pagina.basis + "/inloggen/")
    pagina.get_by_label("Gebruikersnaam").fill(gebruiker.username)
    pagina.get_by_label("Wachtwoord").fill("verkeerd")
    pagina.get_by_role("button", name="Inloggen").click()
    assert pagina.get_by_role("alert").inner_text().startswith("Gebruikersnaam of wachtwoord")
    controleer_toegankelijkheid(pagina)


def test_inloggen_met_het_formulier(pagina: Any, maak_gebruiker: Callable[..., Any]) -> None:
    """The log-in form itself; the other browser tests log in through a session cookie."""
    gebruiker = maak_gebruiker("directeur")
    log_in_met_formulier(pagina, gebruiker.username)
    assert pagina.get_by_role("heading", level=1).inner_text() == "Mijn werk"
    pagina.locator(".gebruikersmenu summary").click()
    assert "Directeur" in pagina.locator(".gebruikersmenu__paneel").inner_text()


@pytest.mark.rooktest
def test_mijn_werk_en_gebruikersmenu(pagina: Any, inloggen: Callable[..., Any]) -> None:
    inloggen(pagina, "directeur", eenheden=["czw"])
    assert pagina.get_by_role("heading", level=1).inner_text() == "Mijn werk"
    assert "Er wacht nu niets op u" in pagina.content()
    pagina.locator(".gebruikersmenu summary").click()
    menu = pagina.locator(".gebruikersmenu__paneel")
    assert "Directeur" in menu.inner_text()
    assert "CZW" in menu.inner_text()
    controleer_toegankelijkheid(pagina, alle_maten=True)
    pagina.get_by_role("button", name="Uitloggen").click()
    pagina.wait_for_url(pagina.basis + "/inloggen/")


def test_profiel(pagina: Any, inloggen: Callable[..., Any]) -> None:
    inloggen(pagina, "jurist_czw")
    pagina.goto(pagina.basis + "/profiel/")
    assert "Jurist CZW" in pagina.content()
    controleer_toegankelijkheid(pagina)


def test_termijnenrekenmachine(pagina: Any) -> None:
    pagina.goto(pagina.basis + "/termijnen/")
    controleer_toegankelijkheid(pagina)
    pagina.get_by_label("Regeling").select_option("woo")
    pagina.get_by_label("Datum").fill("2027-03-01")
    pagina.get_by_role("button", name="Bereken").click()
    assert pagina.locator("time").first.get_attribute("datetime") == "2027-03-30"
    assert "tweede Paasdag" in pagina.content()
    controleer_toegankelijkheid(pagina)


def test_termijnenrekenmachine_met_fout(pagina: Any) -> None:
    pagina.goto(pagina.basis + "/termijnen/?regeling=woo&datum=2027-02-30&opschorting=-3")
    assert "Vul een geldige datum in" in pagina.content()
    assert "negatief" in pagina.content()
    controleer_toegankelijkheid(pagina)


def test_audittrail_en_taken_voor_beheer(pagina: Any, inloggen: Callable[..., Any]) -> None:
    inloggen(pagina, "functioneel_beheerder")
    pagina.get_by_role("link", name="Audittrail").click()
    assert "Inloggen" in pagina.locator("table").inner_text()
    controleer_toegankelijkheid(pagina)
    pagina.get_by_role("button", name="Controleer de keten nu").click()
    assert "is ingepland" in pagina.get_by_role("status").first.inner_text()
    pagina.get_by_role("link", name="Achtergrondtaken").click()
    controleer_toegankelijkheid(pagina)


def test_api_documentatie(pagina: Any) -> None:
    pagina.goto(pagina.basis + "/api/v1/docs")
    assert "/api/v1/termijnen" in pagina.content()
    controleer_toegankelijkheid(pagina)


def test_foutpaginas(pagina: Any, inloggen: Callable[..., Any]) -> None:
    antwoord = pagina.goto(pagina.basis + "/bestaat-niet/")
    assert antwoord.status == 404
    assert pagina.get_by_role("heading", level=1).inner_text() == "Pagina niet gevonden"
    controleer_toegankelijkheid(pagina, alle_maten=True)
    inloggen(pagina, "beleidsmedewerker")
    antwoord = pagina.goto(pagina.basis + "/beheer/audittrail/")
    assert antwoord.status == 403
    assert pagina.get_by_role("heading", level=1).inner_text() == "Geen toegang"
    controleer_toegankelijkheid(pagina, alle_maten=True)


def test_skiplink_en_toetsenbord(pagina: Any, inloggen: Callable[..., Any]) -> None:
    inloggen(pagina, "directeur")
    pagina.keyboard.press("Tab")
    actief = pagina.evaluate("document.activeElement.textContent.trim()")
    assert actief == "Direct naar de inhoud"
    pagina.keyboard.press("Enter")
    assert pagina.evaluate("document.activeElement.id") == "inhoud"


def test_500_pagina(pagina: Any) -> None:
    from django.test import RequestFactory

    from ministerie.core.views import fout_500

    html = fout_500(RequestFactory().get("/")).content.decode()
    pagina.route("**/kapot/", lambda route: route.fulfill(status=500, body=html, content_type="text/html"))
    antwoord = pagina.goto(pagina.basis + "/kapot/")
    assert antwoord.status == 500
    assert pagina.get_by_role("heading", level=1).inner_text() == "Er ging iets mis"
    controleer_toegankelijkheid(pagina, alle_maten=True)
