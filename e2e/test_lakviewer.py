"""The redaction viewer in the browser (issue 14 §5): a Woo lawyer sees the proposed boxes over
the text with the ground beside each box, rejects one and accepts another by clicking the box,
draws a box with the mouse over a line the detection missed, and opens the preview as it will be
published, whose PDF (read by the redaction engine) no longer holds what was redacted; the
headings count along. Then on a tablet with touch: a tap decides, a finger draws. axe-core at
1366x900 and 768x1024."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.urls import reverse

from e2e.hulp import SCHERMEN, controleer_toegankelijkheid, log_in
from ministerie.core.rubricering import Rubricering
from ministerie.lakken.pdf import paginatekst
from ministerie.woo.models import Passage
from ministerie.woo.tests.hulp import klaar_voor_besluit, maak_organisatie

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCHERMAFDRUKKEN = Path(os.environ.get("MINISTERIE_SCHERMAFDRUKKEN", "/tmp/lakviewer-schermen"))


def _tellers(pagina: Any) -> str:
    return pagina.locator("#lak-tellers").inner_text().strip()


def _wacht_op_tellers(pagina: Any, tekst: str) -> None:
    pagina.wait_for_function(
        "t => (document.getElementById('lak-tellers') || {}).textContent === t", arg=tekst
    )


def _scherm(pagina: Any, naam: str) -> None:
    """The window at the viewer (the toolbar stays in view while scrolling, so a full-page
    picture would show it out of place)."""
    SCHERMAFDRUKKEN.mkdir(parents=True, exist_ok=True)
    pagina.locator(".woo-weergaven").evaluate("e => e.scrollIntoView()")
    pagina.screenshot(path=str(SCHERMAFDRUKKEN / f"{naam}.png"))


def _punt(vel: Any, breedte_pt: float, x: float, y: float) -> tuple[float, float]:
    """Screen position of a point given in PDF points on the page shown in ``vel``."""
    vak = vel.bounding_box()
    schaal = vak["width"] / breedte_pt
    return vak["x"] + x * schaal, vak["y"] + y * schaal


def test_lakken_beoordelen_tekenen_en_voorbeeld(
    browser: Any, pagina: Any, maak_gebruiker: Callable[..., Any]
) -> None:
    maak_organisatie()
    jurist = maak_gebruiker("jurist_czw", eenheden=["czw-juridisch"], clearance=Rubricering.STG_GEHEIM)
    verzoek = klaar_voor_besluit({"jurist": jurist}, aantal=1)
    document = verzoek.documenten.get(nummer=1)
    breedte_pt = document.paginamaten[0][0]
    adres = pagina.basis + reverse("woo:document", args=[verzoek.pk, 1])
    log_in(pagina, jurist)
    pagina.goto(adres)

    # the proposals: outlined over the text, each a button with a name, the ground beside it
    assert _tellers(pagina) == "3 voorgesteld"
    persoon = pagina.get_by_role(
        "button", name="Voorgestelde lakking: PERSOON „Jan Jansen”, grond 5.1.2e, pagina 1"
    )
    bsn = pagina.get_by_role(
        "button", name=re.compile(r"^Voorgestelde lakking: BSN .*grond 5\.1\.1e, pagina 1$")
    )
    vel = pagina.locator(".woo-blad__vel").first
    vel.locator("img").evaluate("img => img.complete || new Promise(r => img.onload = r)")
    # the page keeps the paper's proportions (also before its image has loaded)
    verhouding = vel.evaluate("v => getComputedStyle(v).aspectRatio").split("/")
    assert [round(float(d)) for d in verhouding] == [round(m) for m in document.paginamaten[0]]
    label = pagina.locator(f'[data-voor="{persoon.get_attribute("data-passage")}"]')
    vak, kant, blad = persoon.bounding_box(), label.bounding_box(), vel.bounding_box()
    assert kant["x"] >= blad["x"] + blad["width"], "the ground stands beside the page, not on the text"
    assert kant["y"] < vak["y"] + vak["height"] and kant["y"] + kant["height"] > vak["y"]  # at its height
    assert "5.1.2e" in label.inner_text()
    vulling = persoon.evaluate("e => getComputedStyle(e).backgroundColor")
    assert re.fullmatch(r"rgba\(.*, 0\.\d+\)", vulling), f"the box hides the text: {vulling}"
    controleer_toegankelijkheid(pagina, alle_maten=True)
    _scherm(pagina, "lakviewer-voorstellen")

    # zoom: the page grows (a sharper image is fetched), the boxes with it
    breedte = vel.bounding_box()["width"]
    pagina.get_by_role("button", name="+ Inzoomen").click()
    assert pagina.locator("#zoomstand").inner_text() == "125%"
    assert vel.bounding_box()["width"] > breedte * 1.2
    assert "breedte=1800" in vel.locator("img").get_attribute("src")
    pagina.get_by_role("button", name="Passend").click()
    assert abs(vel.bounding_box()["width"] - breedte) < 1

    # by keyboard: Enter on a box opens its panel, Escape closes it and returns to the box
    persoon.focus()
    pagina.keyboard.press("Enter")
    assert (
        pagina.get_by_role("dialog")
        .get_by_role("button", name="Lakken", exact=True)
        .evaluate("e => e === document.activeElement")
    )
    pagina.keyboard.press("Escape")
    assert pagina.get_by_role("dialog").count() == 0
    assert persoon.evaluate("e => e === document.activeElement")

    # reject the name by clicking its box, accept the BSN the same way
    persoon.click()
    paneel = pagina.get_by_role("dialog")
    paneel.get_by_role("button", name="Niet lakken").click()
    _wacht_op_tellers(pagina, "2 voorgesteld, 1 afgewezen")
    assert pagina.get_by_role("heading", name="Afgewezen (1)").is_visible()
    bsn.click()
    controleer_toegankelijkheid(pagina)  # with the panel open
    pagina.get_by_role("dialog").get_by_role("button", name="Lakken", exact=True).click()
    _wacht_op_tellers(pagina, "1 voorgesteld, 1 gelakt, 1 afgewezen")
    assert pagina.get_by_role("button", name=re.compile("^Gelakt: BSN")).evaluate(
        "e => e === document.activeElement"
    )
    assert pagina.get_by_role(
        "heading", name=re.compile(r"Pagina 1 — 1 voorgesteld, 1 gelakt, 1 afgewezen")
    ).count()

    # draw a box with the mouse over the last line, which the detection left alone
    pagina.get_by_role("button", name="Vak tekenen").click()
    pagina.get_by_label("Grond voor een nieuw vak").select_option("5.1.2i")
    vel.scroll_into_view_if_needed()
    x0, y0 = _punt(vel, breedte_pt, 68, 113)
    x1, y1 = _punt(vel, breedte_pt, 400, 131)
    pagina.mouse.move(x0, y0)
    pagina.mouse.down()
    pagina.mouse.move((x0 + x1) / 2, (y0 + y1) / 2, steps=3)
    pagina.mouse.move(x1, y1, steps=3)
    pagina.mouse.up()
    nieuw = pagina.get_by_role("dialog", name="Nieuw vak op pagina 1")
    assert nieuw.get_by_label("Grond").input_value() == "5.1.2i"
    _scherm(pagina, "lakviewer-tekenen")
    nieuw.get_by_role("button", name="Vak lakken").click()
    _wacht_op_tellers(pagina, "1 voorgesteld, 2 gelakt, 1 afgewezen")
    getekend = document.passages.get(status=Passage.Status.TOEGEVOEGD)
    assert getekend.grond == "5.1.2i" and getekend.tekst.startswith("De verdeling van de middelen")
    assert pagina.get_by_role("button", name=re.compile(r"^Gelakt: getekend vak „De verdeling")).count() == 1
    _scherm(pagina, "lakviewer-besluiten")

    # the preview as published: the really redacted file, read back by the engine
    pagina.get_by_role("link", name="Voorbeeld zoals gepubliceerd").click()
    pagina.get_by_role("heading", name=re.compile("^Voorbeeld zoals gepubliceerd")).wait_for()
    assert "Nog 1 voorstel(len) zonder besluit" in pagina.locator("#voorbeeld-uitleg").inner_text()
    pagina.get_by_role("img", name="Pagina 1 van 1 zoals gepubliceerd").evaluate(
        "img => img.complete && img.naturalWidth > 0 || new Promise(r => img.onload = r)"
    )
    href = pagina.get_by_role("link", name="Voorbeeld downloaden (PDF)").get_attribute("href")
    pdf = pagina.request.get(pagina.basis + href)
    assert pdf.ok and pdf.headers["content-type"] == "application/pdf"
    tekst = paginatekst(pdf.body())[0]
    assert "111222333" not in tekst and "De verdeling van de middelen" not in tekst
    assert "Jan Jansen" in tekst and "overleg" not in tekst  # rejected: stays; drawn: all gone
    controleer_toegankelijkheid(pagina, alle_maten=True)
    _scherm(pagina, "lakviewer-voorbeeld")

    # on a tablet with a finger: tap a box and decide, then draw a box by touch
    tablet = browser.new_context(viewport=SCHERMEN["tablet-staand"], locale="nl-NL", has_touch=True)
    try:
        scherm = tablet.new_page()
        scherm.set_default_timeout(15_000)
        log_in(scherm, jurist, basis=pagina.basis)
        scherm.goto(adres)
        email = scherm.get_by_role("button", name=re.compile("^Voorgestelde lakking: EMAIL"))
        email.tap()  # a touch tap at the box (scrolled into view)
        scherm.get_by_role("dialog").get_by_role("button", name="Lakken", exact=True).tap()
        _wacht_op_tellers(scherm, "3 gelakt, 1 afgewezen")
        scherm.get_by_role("button", name="Vak tekenen").tap()
        vel = scherm.locator(".woo-blad__vel").first
        vel.scroll_into_view_if_needed()
        (ax, ay), (bx, by) = _punt(vel, breedte_pt, 68, 60), _punt(vel, breedte_pt, 250, 76)
        for soort, (x, y) in (("pointerdown", (ax, ay)), ("pointermove", (bx, by)), ("pointerup", (bx, by))):
            vel.dispatch_event(
                soort,
                {
                    "pointerType": "touch",
                    "pointerId": 7,
                    "isPrimary": True,
                    "button": 0,
                    "clientX": x,
                    "clientY": y,
                },
            )
        scherm.get_by_role("dialog", name="Nieuw vak op pagina 1").get_by_role(
            "button", name="Vak lakken"
        ).tap()
        _wacht_op_tellers(scherm, "4 gelakt, 1 afgewezen")
        assert document.passages.filter(status=Passage.Status.TOEGEVOEGD).count() == 2
        vak = vel.bounding_box()
        assert abs(vak["height"] / vak["width"] - document.paginamaten[0][1] / breedte_pt) < 0.01
        vel.locator("img").evaluate(
            "img => img.complete && img.naturalWidth || new Promise(r => img.onload = r)"
        )
        _scherm(scherm, "lakviewer-tablet")
        controleer_toegankelijkheid(scherm)
    finally:
        tablet.close()
