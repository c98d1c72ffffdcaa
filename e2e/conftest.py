"""Browser tests: Playwright on Debian's chromium against the live test server, with axe-core."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe

WACHTWOORD = "een-lang-wachtwoord-2027"
AXE_REGELS = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
    }
}
SCHERMEN = {
    "tablet-staand": {"width": 768, "height": 1024},
    "tablet-liggend": {"width": 1024, "height": 768},
    "bureaublad": {"width": 1366, "height": 900},
}


@pytest.fixture
def pagina(browser: Any, live_server: Any) -> Iterator[Any]:
    context = browser.new_context(viewport=SCHERMEN["bureaublad"], locale="nl-NL")
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.basis = live_server.url  # type: ignore[attr-defined]
    yield page
    context.close()


@pytest.fixture
def inloggen(maak_gebruiker: Callable[..., Any]) -> Callable[..., Any]:
    def log_in(page: Any, *rollen: str, **kwargs: Any) -> Any:
        gebruiker = maak_gebruiker(*rollen, **kwargs)
        page.goto(page.basis + "/inloggen/")
        page.get_by_label("Gebruikersnaam").fill(gebruiker.username)
        page.get_by_label("Wachtwoord").fill(WACHTWOORD)
        page.get_by_role("button", name="Inloggen").click()
        page.wait_for_url(page.basis + "/")
        return gebruiker

    return log_in


def controleer_toegankelijkheid(page: Any) -> None:
    """Zero axe-core violations at WCAG 2.1 AA, at every screen size."""
    for naam, maat in SCHERMEN.items():
        page.set_viewport_size(maat)
        uitkomst = Axe().run(page, options=AXE_REGELS)
        assert uitkomst.violations_count == 0, f"{page.url} op {naam}:\n{uitkomst.generate_report()}"
        breedte = page.evaluate("document.documentElement.scrollWidth")
        assert breedte <= maat["width"], f"{page.url} scrolt horizontaal op {naam} ({breedte}px)"
