"""Notifications in a real browser: the count of unread ones in the header, the list (axe at every
size: it is reached from the page shell), opening one (it is read, the count goes down), the
filter, marking all read, and the e-mail preference page.

With MINISTERIE_SCHERMAFDRUKKEN=MAP the test saves a screenshot of each page in MAP."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest

from e2e.hulp import controleer_toegankelijkheid

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def _foto(page: Any, naam: str) -> None:
    map_ = os.environ.get("MINISTERIE_SCHERMAFDRUKKEN")
    if map_:
        Path(map_).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(map_) / f"{naam}.png"), full_page=True)


@pytest.mark.rooktest
def test_meldingen_in_de_kop_lijst_openen_en_voorkeur(pagina: Any, inloggen: Any) -> None:
    from ministerie.meldingen import services
    from ministerie.meldingen.models import Melding, Meldingsvoorkeur

    page = pagina
    gebruiker = inloggen(page, "beleidsmedewerker")
    services.meld(
        gebruiker,
        "beslist",
        "Nota 'Evaluatie Wet open overheid' is besloten",
        "/meldingen/instellingen/",
        tekst="De minister stemt in met beslispunt 1 en 2.",
    )
    services.meld(gebruiker, "teruggestuurd", "Nota 'Begroting BZK 2027' is teruggestuurd", "/meldingen/")
    services.meld(gebruiker, "verlopen", "Termijn verlopen: Woo-verzoek 2026-014", "/meldingen/")
    services.markeer_gelezen(Melding.objects.get(soort="verlopen"), door=gebruiker)

    page.goto(page.basis + "/")
    kop = page.locator("header .kop__meldingen")
    assert kop.inner_text().split() == ["Meldingen", "2", "ongelezen"]
    kop.click()
    page.wait_for_url("**/meldingen/")
    items = page.locator(".melding")
    assert items.count() == 3
    assert "Termijn verlopen: Woo-verzoek" in items.nth(2).inner_text()  # read: last
    controleer_toegankelijkheid(page, alle_maten=True)
    _foto(page, "meldingen-lijst")

    page.get_by_role("button", name=re.compile(r"^Openen\W+Nota 'Evaluatie Wet open overheid'")).click()
    page.wait_for_url("**/meldingen/instellingen/")
    assert page.locator("header .kop__meldingen").inner_text().split() == ["Meldingen", "1", "ongelezen"]
    assert page.get_by_label("Eén keer per dag een overzicht").is_checked()
    controleer_toegankelijkheid(page)
    _foto(page, "meldingen-instellingen")
    page.get_by_label("Direct, één e-mail per melding").check()
    page.get_by_role("button", name="Opslaan").click()
    page.get_by_text("Uw keuze voor meldingen per e-mail is opgeslagen.").wait_for()
    assert Meldingsvoorkeur.objects.get(gebruiker=gebruiker).email == "direct"

    page.goto(page.basis + "/meldingen/")
    page.get_by_label("Alleen ongelezen").check()
    page.get_by_role("button", name="Toon").click()
    page.wait_for_url("**/meldingen/?filter=ongelezen*")
    assert page.locator(".melding").count() == 1
    page.get_by_role("button", name="Alles als gelezen markeren").click()
    page.get_by_text("1 melding is als gelezen gemarkeerd.").wait_for()
    assert "filter=ongelezen" in page.url
    assert page.locator("header .kop__meldingen").inner_text().split() == ["Meldingen"]
    assert page.get_by_text("Geen ongelezen meldingen.", exact=True).is_visible()
