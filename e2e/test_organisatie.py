"""The organogram, unit, person and search pages in a real browser, on the BZK data set."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from e2e.hulp import controleer_toegankelijkheid

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def ingelogd(bzk: Any, pagina: Any, inloggen: Callable[..., Any]) -> Any:
    inloggen(pagina, "beleidsmedewerker")
    return pagina


def _actief(pagina: Any) -> str:
    return pagina.evaluate("document.activeElement.querySelector('.organogram__naam').textContent")


@pytest.mark.rooktest
def test_organogram_is_toegankelijk(ingelogd: Any) -> None:
    ingelogd.get_by_role("link", name="Organisatie").click()
    assert ingelogd.get_by_role("tree", name="Organogram").is_visible()
    controleer_toegankelijkheid(ingelogd)


def test_organogram_met_het_toetsenbord(ingelogd: Any) -> None:
    ingelogd.goto(ingelogd.basis + "/organisatie/")
    items = ingelogd.get_by_role("treeitem")
    eerste = items.first
    assert eerste.get_attribute("tabindex") == "0"
    assert items.nth(1).get_attribute("tabindex") == "-1"
    eerste.focus()
    assert _actief(ingelogd).startswith("Ministerie van Binnenlandse Zaken")

    ingelogd.keyboard.press("ArrowLeft")  # close the root
    assert eerste.get_attribute("aria-expanded") == "false"
    ingelogd.keyboard.press("ArrowDown")  # nothing visible below a closed root
    assert _actief(ingelogd).startswith("Ministerie van Binnenlandse Zaken")
    ingelogd.keyboard.press("ArrowRight")  # open again
    assert eerste.get_attribute("aria-expanded") == "true"
    ingelogd.keyboard.press("ArrowRight")  # to the first child
    ingelogd.keyboard.press("ArrowLeft")  # back to the parent
    assert _actief(ingelogd).startswith("Ministerie van Binnenlandse Zaken")

    # a collapsed deeper unit opens with ArrowRight
    groep = ingelogd.locator('[role="treeitem"][aria-expanded="false"]').first.get_attribute("aria-owns")
    gesloten = ingelogd.locator(f'[aria-owns="{groep}"]')
    gesloten.focus()
    naam = _actief(ingelogd)
    ingelogd.keyboard.press("ArrowRight")
    assert gesloten.get_attribute("aria-expanded") == "true"
    ingelogd.keyboard.press("ArrowDown")
    assert _actief(ingelogd) != naam

    ingelogd.keyboard.press("End")
    laatste = _actief(ingelogd)
    ingelogd.keyboard.press("Home")
    assert _actief(ingelogd).startswith("Ministerie van Binnenlandse Zaken")
    assert laatste

    ingelogd.keyboard.press("Enter")
    ingelogd.wait_for_url("**/organisatie/eenheden/bzk/")
    assert (
        ingelogd.get_by_role("heading", level=1).inner_text().startswith("Ministerie van Binnenlandse Zaken")
    )


def test_alles_uit_en_inklappen_en_muis(ingelogd: Any) -> None:
    ingelogd.goto(ingelogd.basis + "/organisatie/")
    ingelogd.get_by_role("button", name="Alles uitklappen").click()
    assert ingelogd.locator('[role="treeitem"][aria-expanded="false"]').count() == 0
    ingelogd.get_by_role("button", name="Alles inklappen").click()
    assert ingelogd.locator('[role="treeitem"][aria-expanded="true"]').count() == 0
    assert ingelogd.get_by_role("treeitem").locator("visible=true").count() == 1
    ingelogd.get_by_role("button", name="Alles uitklappen").click()
    schakel = ingelogd.locator(".organogram__groep .organogram__schakel").first
    groep = schakel.locator("xpath=..").get_by_role("treeitem").first.get_attribute("aria-owns")
    item = ingelogd.locator(f'[aria-owns="{groep}"]')
    schakel.click()
    assert item.get_attribute("aria-expanded") == "false"
    schakel.click()
    assert item.get_attribute("aria-expanded") == "true"


def test_eenheidpagina_en_persoonpagina(ingelogd: Any) -> None:
    ingelogd.goto(ingelogd.basis + "/organisatie/zoeken/?q=Woningbouw")
    controleer_toegankelijkheid(ingelogd)
    ingelogd.get_by_role("link", name="Directie Woningbouw").first.click()
    assert ingelogd.get_by_role("heading", level=1).inner_text().startswith("Directie Woningbouw")
    assert "Marja Appelman" in ingelogd.content()
    controleer_toegankelijkheid(ingelogd)
    ingelogd.get_by_role("link", name="Marja Appelman").click()
    assert ingelogd.get_by_role("heading", level=1).inner_text() == "Marja Appelman"
    controleer_toegankelijkheid(ingelogd)


def test_zoeken_zonder_accenten_in_de_browser(ingelogd: Any) -> None:
    ingelogd.goto(ingelogd.basis + "/organisatie/")
    ingelogd.get_by_label("Zoek een eenheid of persoon").fill("rijksvastgoed")
    organisatiezoeken = ingelogd.get_by_role("search", name="Zoeken in de organisatie")
    organisatiezoeken.get_by_role("button", name="Zoeken").click()
    assert ingelogd.get_by_role("link", name="Rijksvastgoedbedrijf", exact=False).count() >= 1
    ingelogd.goto(ingelogd.basis + "/organisatie/zoeken/?q=onvindbaarwoord")
    assert "Niets gevonden" in ingelogd.content()
    controleer_toegankelijkheid(ingelogd)


def test_organogram_exports(ingelogd: Any) -> None:
    for pad, soort in (("organogram.svg", "image/svg+xml"), ("organogram.pdf", "application/pdf")):
        antwoord = ingelogd.request.get(ingelogd.basis + "/organisatie/" + pad)
        assert antwoord.status == 200
        assert antwoord.headers["content-type"] == soort
        assert len(antwoord.body()) > 5000
