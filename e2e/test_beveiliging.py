"""Issue 13 §5 in the browser: the pages work under the Content-Security-Policy (no violation
reported, htmx and the pages' own scripts run), and the public receipt is prepared by a job
while the page says so and shows the link when it is there."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.core import signing

from e2e.hulp import controleer_toegankelijkheid
from ministerie.woo import documenten_pdf, services
from ministerie.woo.models import Verzoek

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

#: Screenshots for a person to look at (MINISTERIE_SCHERMAFDRUKKEN=map); none by default.
AFDRUKKEN = os.environ.get("MINISTERIE_SCHERMAFDRUKKEN", "")

MELDER = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__csp.push(e.violatedDirective + " " + (e.blockedURI || "inline"));
});
"""


def _bewaak(pagina: Any) -> list[str]:
    """Collect every CSP violation the page reports (event and console)."""
    meldingen: list[str] = []
    pagina.add_init_script(MELDER)
    pagina.on(
        "console",
        lambda m: meldingen.append(m.text) if "Content Security Policy" in m.text else None,
    )
    return meldingen


def _schoon(pagina: Any, meldingen: list[str]) -> None:
    assert pagina.evaluate("window.__csp") == [], pagina.url
    assert meldingen == [], pagina.url


def _afdruk(pagina: Any, naam: str) -> None:
    if AFDRUKKEN:
        Path(AFDRUKKEN).mkdir(parents=True, exist_ok=True)
        pagina.screenshot(path=str(Path(AFDRUKKEN) / f"{naam}.png"), full_page=True)


@pytest.mark.rooktest
def test_publiek_formulier_en_ontvangstbevestiging_onder_csp(pagina: Any, settings: Any) -> None:
    settings.WOO_MIN_INVULTIJD = 1
    from ministerie.woo.tests.hulp import maak_organisatie

    maak_organisatie()
    meldingen = _bewaak(pagina)

    # too long a description: a clear Dutch message, nothing stored
    pagina.goto(pagina.basis + "/openbaar/woo-verzoek/")
    pagina.get_by_label("Onderwerp").fill("Woningbouwimpuls 2021")
    veld = pagina.get_by_label("Welke informatie zoekt u?")
    assert veld.get_attribute("maxlength") is None or int(veld.get_attribute("maxlength")) == 10_000
    pagina.evaluate("document.querySelector('#id_omschrijving').removeAttribute('maxlength')")
    veld.fill("woningbouw " * 1_000)
    pagina.get_by_label("Uw e-mailadres").fill("greet@example.org")
    pagina.wait_for_timeout(1100)
    pagina.get_by_role("button", name="Verzoek versturen").click()
    assert "niet meer dan 10000 tekens" in pagina.content()
    assert not Verzoek.objects.exists()
    _afdruk(pagina, "woo-formulier-te-lang")
    controleer_toegankelijkheid(pagina)

    # a good request: the job made the receipt at once (jobs run immediately in the tests)
    pagina.get_by_label("Welke informatie zoekt u?").fill("Alle notities over de woningbouwimpuls.")
    pagina.wait_for_timeout(1100)
    pagina.get_by_role("button", name="Verzoek versturen").click()
    pagina.wait_for_url(re.compile(r".*/openbaar/woo-verzoek/ontvangen/.*"))
    link = pagina.get_by_role("link", name="Ontvangstbevestiging downloaden (PDF)")
    with pagina.expect_download() as download:
        link.click()
    assert Path(download.value.path()).read_bytes().startswith(b"%PDF")
    _afdruk(pagina, "woo-bevestiging-klaar")
    _schoon(pagina, meldingen)

    # a receipt still being made: the page says so, htmx asks again and shows the link
    verzoek = services.dien_verzoek_in(
        onderwerp="Tweede", omschrijving="Nog een verzoek", verzoeker_email="greet@example.org"
    )
    token = signing.dumps(verzoek.pk, salt="woo-bevestiging")
    pagina.goto(pagina.basis + f"/openbaar/woo-verzoek/ontvangen/{token}/")
    assert (
        pagina.get_by_role("status").inner_text().startswith("De ontvangstbevestiging (PDF) wordt opgemaakt")
    )
    _afdruk(pagina, "woo-bevestiging-wacht")
    controleer_toegankelijkheid(pagina)
    documenten_pdf.maak_briefbestand(verzoek, "ontvangstbevestiging")
    pagina.get_by_role("link", name="Ontvangstbevestiging downloaden (PDF)").wait_for(timeout=10_000)
    _schoon(pagina, meldingen)


def test_paginas_met_eigen_scripts_onder_csp(bzk: Any, pagina: Any, inloggen: Callable[..., Any]) -> None:
    """The organogram's treeview script and htmx run, and no page reports a violation."""
    meldingen = _bewaak(pagina)
    inloggen(pagina, "beleidsmedewerker")
    pagina.goto(pagina.basis + "/organisatie/")
    eerste = pagina.get_by_role("treeitem").first
    eerste.focus()
    pagina.keyboard.press("ArrowDown")  # the treeview script moves the focus
    assert pagina.evaluate("document.activeElement.getAttribute('role')") == "treeitem"
    assert pagina.evaluate("typeof htmx") == "object"
    for pad in ("/", "/stukken/", "/openbaar/", "/api/v1/docs"):
        pagina.goto(pagina.basis + pad)
        _schoon(pagina, meldingen)
