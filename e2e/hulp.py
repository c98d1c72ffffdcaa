"""Helpers for the browser tests (plain functions and constants; the fixtures are in conftest.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Error

BZK = Path(__file__).resolve().parents[1] / "data" / "bzk-2021"
WACHTWOORD = "een-lang-wachtwoord-2027"
AXE_REGELS = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
    }
}
# the desktop last: a page is left at the size the tests start with
SCHERMEN = {
    "tablet-staand": {"width": 768, "height": 1024},
    "tablet-liggend": {"width": 1024, "height": 768},
    "bureaublad": {"width": 1366, "height": 900},
}


def controleer_toegankelijkheid(page: Any, *, alle_maten: bool = False) -> None:
    """No horizontal scrolling at any of the three screen sizes, and zero axe-core violations
    at WCAG 2.1 AA on the desktop. ``alle_maten``: axe at every size too — for the page shell
    (layout, header, menu) and the pages made for the tablet."""
    for naam, maat in SCHERMEN.items():
        page.set_viewport_size(maat)
        if alle_maten or naam == "bureaublad":
            uitkomst = _op_de_geladen_pagina(page, lambda: Axe().run(page, options=AXE_REGELS))
            assert uitkomst.violations_count == 0, f"{page.url} op {naam}:\n{uitkomst.generate_report()}"
        breedte = _op_de_geladen_pagina(page, lambda: page.evaluate("document.documentElement.scrollWidth"))
        assert breedte <= maat["width"], f"{page.url} scrolt horizontaal op {naam} ({breedte}px)"


def _op_de_geladen_pagina(page: Any, meting: Any) -> Any:
    """Run ``meting`` on the page that is showing. A click on a link may return while the next
    page is still arriving (its document not yet there, or replacing the one measured); then
    wait until it has loaded and measure again."""
    for poging in range(3):
        page.wait_for_load_state("load")
        try:
            return meting()
        except Error:
            if poging == 2:
                raise
    return None


def log_in(page: Any, gebruiker: Any, basis: str | None = None) -> Any:
    """Log in without typing the form (that is tested once, in test_paginas.py): the session
    is made on the server with Django's ``force_login`` (the same log-in, audit record included)
    and its cookie handed to the browser, which then opens Mijn werk, where the form lands."""
    from django.conf import settings
    from django.test import Client

    basis = basis or page.basis
    client = Client()
    client.force_login(gebruiker)
    naam = settings.SESSION_COOKIE_NAME
    page.context.clear_cookies()
    sessie = client.cookies[naam].value
    page.context.add_cookies(
        [{"name": naam, "value": sessie, "url": basis, "httpOnly": True, "sameSite": "Lax"}]
    )
    page.goto(basis + "/")
    return gebruiker


def log_in_als(page: Any, gebruikersnaam: str, basis: str | None = None) -> Any:
    from ministerie.core.models import Gebruiker

    return log_in(page, Gebruiker.objects.get(username=gebruikersnaam), basis)


def log_in_met_formulier(page: Any, gebruikersnaam: str, wachtwoord: str = WACHTWOORD) -> None:
    page.goto(page.basis + "/inloggen/")
    page.get_by_label("Gebruikersnaam").fill(gebruikersnaam)
    page.get_by_label("Wachtwoord").fill(wachtwoord)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url(page.basis + "/")
