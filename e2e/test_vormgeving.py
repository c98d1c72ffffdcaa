"""The page shell's look: one grid for header, menu, banner, main and footer at every size; the
organisation's identity and favicon; a sent form shows "Bezig…" and is not sent twice."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest
from playwright.sync_api import expect

from e2e.hulp import SCHERMEN, WACHTWOORD, controleer_toegankelijkheid, log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# the left edge where each band's content starts: the wordmark, the first menu item's text, the
# demo banner's text, the page's heading and the footer's text
RANDEN = """() => {
  const links = (el) => el.getBoundingClientRect().left;
  const menu = document.querySelector('.rhc-nav-bar__link');
  return {
    kop: links(document.querySelector('.kop__merk')),
    menu: links(menu) + parseFloat(getComputedStyle(menu).paddingLeft),
    balk: links(document.querySelector('.demo-balk .utrecht-alert__message')),
    inhoud: links(document.querySelector('main h1')),
    voet: links(document.querySelector('.rhc-page-footer__section')),
    breedte: document.querySelector('main .raster').getBoundingClientRect().width,
  };
}"""


@pytest.mark.rooktest
def test_een_raster_voor_kop_menu_balk_inhoud_en_voet(
    pagina: Any, maak_gebruiker: Callable[..., Any], settings: Any
) -> None:
    settings.DEMO = True
    log_in(pagina, maak_gebruiker("beleidsmedewerker"))
    for naam, maat in [*SCHERMEN.items(), ("telefoon", {"width": 390, "height": 844})]:
        pagina.set_viewport_size(maat)
        randen = pagina.evaluate(RANDEN)
        breedte = randen.pop("breedte")
        assert max(randen.values()) - min(randen.values()) <= 1, f"{naam}: {randen}"
        assert breedte <= 80 * 16, f"{naam}: de inhoud is {breedte}px breed"
    # on the desktop the grid is centred: as much room left of the header as right of the menu
    pagina.set_viewport_size({"width": 1600, "height": 900})
    randen = pagina.evaluate(RANDEN)
    assert randen["inhoud"] == pytest.approx((1600 - 80 * 16) / 2 + 32, abs=1)
    controleer_toegankelijkheid(pagina, alle_maten=True)


def test_identiteit_en_favicon(pagina: Any, maak_gebruiker: Callable[..., Any]) -> None:
    log_in(pagina, maak_gebruiker("beleidsmedewerker"))
    merk = pagina.get_by_role(
        "link", name="Ministerie van Binnenlandse Zaken en Koninkrijksrelaties, naar Mijn werk"
    )
    assert merk.is_visible()
    for icoon in pagina.locator('link[rel="icon"]').all():
        antwoord = pagina.request.get(pagina.basis + icoon.get_attribute("href"))
        assert antwoord.ok and antwoord.body()[:4] in (b"\x00\x00\x01\x00", b"<svg", b"\x89PNG")
    merk.click()
    assert pagina.get_by_role("heading", level=1).inner_text() == "Mijn werk"


def test_nogmaals_klikken_verstuurt_een_formulier_eenmaal(
    pagina: Any, maak_gebruiker: Callable[..., Any]
) -> None:
    """The log-in form takes 1.5 s on its way to the server; the button is pressed three times
    in that while. One request is sent and the user is logged in (without the guard the later
    clicks send the form again and the first navigation is aborted)."""
    gebruiker = maak_gebruiker("beleidsmedewerker")
    verstuurd: list[str] = []

    def traag(route: Any) -> None:
        if route.request.method == "POST":
            verstuurd.append(route.request.url)
            time.sleep(1.5)
        route.continue_()

    pagina.route("**/inloggen/**", traag)
    pagina.goto(pagina.basis + "/inloggen/")
    pagina.get_by_label("Gebruikersnaam").fill(gebruiker.username)
    pagina.get_by_label("Wachtwoord").fill(WACHTWOORD)
    # clicked inside the page: Playwright's own actions would wait for the first navigation
    pagina.evaluate(
        """() => { const knop = document.querySelector('main form button');
          knop.click(); setTimeout(() => knop.click(), 300); setTimeout(() => knop.click(), 600); }"""
    )
    pagina.wait_for_url(pagina.basis + "/")
    assert pagina.get_by_role("heading", level=1).inner_text() == "Mijn werk"
    assert len(verstuurd) == 1


def test_bezig_en_de_gekozen_knop_gaat_mee(pagina: Any, maak_gebruiker: Callable[..., Any]) -> None:
    """A sent form says "Bezig…" in a live region and marks its buttons; a form with two
    buttons still sends the name and value of the one pressed (marked, not disabled); a second
    click sends nothing. The answer here is a 204, which leaves the page as it is. (A form with
    method GET only asks and is left alone.)"""
    log_in(pagina, maak_gebruiker("beleidsmedewerker"))
    verzonden: list[str] = []
    pagina.route(
        "**/proef/**", lambda route: (verzonden.append(route.request.post_data), route.fulfill(status=204))
    )
    pagina.evaluate(
        """() => document.querySelector('main .raster').insertAdjacentHTML('beforeend',
          '<form method="post" action="/proef/">'
          + '<button class="utrecht-button utrecht-button--primary-action" name="keuze" value="a">A</button> '
          + '<button class="utrecht-button utrecht-button--secondary-action" name="keuze" value=b>B</button>'
          + '</form>')"""
    )
    knop = pagina.get_by_role("button", name="B", exact=True)
    knop.dblclick()
    status = pagina.locator("form[aria-busy='true'] [role='status']")
    expect(status).to_have_text("Bezig…")
    assert knop.get_attribute("aria-disabled") == "true"
    knop.click(force=True)  # Playwright itself waits while a button is aria-disabled; a user does not
    pagina.wait_for_timeout(300)
    assert verzonden == ["keuze=b"]
    controleer_toegankelijkheid(pagina)
