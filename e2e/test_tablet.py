"""The bewindspersoon's tablet mode (issue 14 §4), in one journey on a touch screen, held
landscape (1024x768) and portrait (768x1024): its own page shell (no two-row menu, the demo
notice on one line, a way back and the skip link), the memo and its attachment large, a page
zoomed with the buttons, a double tap and a pinch, an annotation typed next to the place tapped
(stored with page and x/y), the decision panel in view while reading, no field red before it was
touched, and swiping (and the buttons) between the memos of the pile. axe-core at both sizes.
With MINISTERIE_SCHERMAFDRUKKEN=MAP it saves a screenshot of each orientation in MAP."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pymupdf
import pytest
from django.test import override_settings
from playwright.sync_api import expect

from e2e.hulp import AXE_REGELS, SCHERMEN, log_in_als
from ministerie.core.rubricering import Rubricering
from ministerie.organisatie.models import Eenheid
from ministerie.stukken import opslag, services
from ministerie.stukken.models import Annotatie, Nota, Parafeerstap
from ministerie.stukken.route import stel_route_voor

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LIGGEND, STAAND = SCHERMEN["tablet-liggend"], SCHERMEN["tablet-staand"]


def _pdf(titel: str) -> bytes:
    document = pymupdf.open()
    for nummer in (1, 2):
        pagina = document.new_page(width=595, height=842)
        pagina.insert_text((72, 100), f"{titel} — pagina {nummer}", fontsize=20)
        for regel in range(30):
            pagina.insert_text((72, 150 + 20 * regel), f"Regel {regel + 1} van de bijlage.", fontsize=11)
    data = document.tobytes()
    document.close()
    return bytes(data)


@pytest.fixture
def stapel(bzk: Any, maak_gebruiker: Callable[..., Any]) -> dict[str, Any]:
    """Three memos with the minister, in the order of their decision dates; the first with a
    two-page PDF attached."""
    hoog = Rubricering.STG_CONFIDENTIEEL
    beleid = maak_gebruiker("beleidsmedewerker", eenheden=["woningbouw-woningbouwbeleid"], clearance=hoog)
    for rol, eenheid in (
        ("afdelingshoofd", "woningbouw-woningbouwbeleid"),
        ("directeur", "woningbouw"),
        ("directeur_generaal", "dgbrw"),
        ("secretaris_generaal", "sg"),
    ):
        maak_gebruiker(rol, eenheden=[eenheid], clearance=hoog)
    minister = maak_gebruiker(
        "bewindspersoon", eenheden=["minister-bzk"], clearance=hoog, gebruikersnaam="minister"
    )
    eenheid = Eenheid.objects.get(code="woningbouw-woningbouwbeleid")
    notas = []
    for i, onderwerp in enumerate(("Woningbouwimpuls 2027", "Huurbevriezing", "Flexwonen")):
        nota = services.maak_nota(
            door=beleid,
            soort="beslisnota",
            onderwerp=onderwerp,
            aan="de minister van BZK",
            eenheid=eenheid,
            beslispunten=["Instemmen met het voorstel", "De Kamer informeren"],
            aanleiding=f"De Kamer vroeg om een besluit over {onderwerp.lower()}. " * 8,
            kernpunten="- het voorstel past in de begroting\n- de gemeenten zijn gehoord",
            uiterste_beslisdatum=date.today() + timedelta(days=10 + i),
            reden_beslisdatum="debat in de Kamer",
        )
        if i == 0:
            bijlage = opslag.sla_op(
                _pdf("Advies"), "advies.pdf", door=beleid, eenheid=eenheid, titel="Advies"
            )
            services.voeg_bijlage_toe(nota, door=beleid, document=bijlage.document)
        services.stel_route_in(
            nota, door=beleid, stappen=stel_route_voor(beleid, eenheid, bewindspersoon=minister)
        )
        services.start_parafering(nota, door=beleid)
        while (stap := nota.stappen.get(status=Parafeerstap.Status.AAN_DE_BEURT)).houder != minister:
            services.parafeer(nota, door=stap.houder)
        notas.append(nota)
    return {"minister": minister, "notas": notas}


def _veeg(cdp: Any, van: tuple[float, float], naar: tuple[float, float]) -> None:
    """A finger swipe through the browser's own touch input (CDP Input.dispatchTouchEvent)."""
    cdp.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [{"x": van[0], "y": van[1]}]})
    for stap in range(1, 6):
        x = van[0] + (naar[0] - van[0]) * stap / 5
        y = van[1] + (naar[1] - van[1]) * stap / 5
        cdp.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [{"x": x, "y": y}]})
    cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})


def _knijp(cdp: Any, midden: tuple[float, float], van: float, naar: float) -> None:
    """Two fingers moving apart (a pinch to zoom in) from ``van`` to ``naar`` pixels apart."""

    def punten(afstand: float) -> list[dict[str, float]]:
        return [
            {"x": midden[0] - afstand / 2, "y": midden[1], "id": 1},
            {"x": midden[0] + afstand / 2, "y": midden[1], "id": 2},
        ]

    cdp.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": punten(van)})
    for stap in range(1, 6):
        afstand = van + (naar - van) * stap / 5
        cdp.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": punten(afstand)})
    cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})


def _axe(page: Any, maat: dict[str, int]) -> None:
    from axe_playwright_python.sync_playwright import Axe

    page.set_viewport_size(maat)
    uitkomst = Axe().run(page, options=AXE_REGELS)
    assert uitkomst.violations_count == 0, f"{page.url} op {maat}:\n{uitkomst.generate_report()}"
    assert page.evaluate("document.documentElement.scrollWidth") <= maat["width"]


def _afdruk(page: Any, naam: str) -> None:
    if map_ := os.environ.get("MINISTERIE_SCHERMAFDRUKKEN"):
        page.screenshot(path=str(Path(map_) / f"{naam}.png"))


def _rood(page: Any) -> str:
    return str(
        page.evaluate(
            """() => { const d = document.createElement('div');
            d.style.color = 'var(--rhc-color-negative-default)'; document.body.appendChild(d);
            const c = getComputedStyle(d).color; d.remove(); return c; }"""
        )
    )


@override_settings(DEMO=True)
def test_tablet_van_stapel_tot_besluit(browser: Any, live_server: Any, stapel: dict[str, Any]) -> None:
    basis = live_server.url
    eerste, tweede, derde = stapel["notas"]
    context = browser.new_context(viewport=LIGGEND, locale="nl-NL", has_touch=True)
    page = context.new_page()
    page.set_default_timeout(15_000)
    cdp = context.new_cdp_session(page)
    try:
        log_in_als(page, "minister", basis)
        page.get_by_role("link", name="Leesweergave").click()
        page.wait_for_url("**/stukken/tablet/")

        # the shell: no main menu or footer, the demo notice on one line, a way back, the skip link
        assert page.get_by_role("navigation", name="Hoofdmenu").count() == 0
        assert page.locator("footer").count() == 0
        demo = page.get_by_role("note")
        assert "Demo-omgeving" in demo.inner_text() and "geen echte gegevens" in demo.inner_text()
        regels = demo.evaluate(
            "e => { const r = document.createRange(); r.selectNodeContents(e);"
            " return new Set([...r.getClientRects()].map(k => Math.round(k.top))).size; }"
        )
        assert regels == 1  # one line
        assert page.get_by_role("link", name="Mijn werk").is_visible()
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.textContent") == "Direct naar de inhoud"
        assert page.get_by_role("heading", level=1).inner_text() == eerste.onderwerp
        assert page.locator(".tablet__teller").inner_text() == "Nota 1 van 3"
        # large type
        assert (
            float(page.evaluate("getComputedStyle(document.querySelector('.notatekst p')).fontSize")[:-2])
            >= 20
        )

        # no field is red before it was touched; after a try to send without a choice it is
        rood = _rood(page)
        radio = page.get_by_label("Akkoord").first
        assert radio.evaluate("e => getComputedStyle(e).borderTopColor") != rood
        page.get_by_role("button", name="Besluit vastleggen").click()  # the browser stops it
        assert page.get_by_role("heading", level=1).inner_text() == eerste.onderwerp
        assert radio.evaluate("e => getComputedStyle(e).borderTopColor") == rood
        page.reload()
        _afdruk(page, "tablet-liggend")
        _axe(page, LIGGEND)

        # the decision panel stays in view while reading down the attachment
        beeld = page.get_by_role("img", name="Pagina 2 van 2 van Advies")
        beeld.scroll_into_view_if_needed()
        beeld.evaluate("e => e.decode()")
        page.evaluate("window.scrollBy(0, 400)")
        paneel = page.locator("#tablet-acties").bounding_box()
        assert (
            0 <= paneel["y"] < LIGGEND["height"]
            and page.get_by_role("heading", name="Uw besluit").is_visible()
        )
        assert page.locator(".tablet__stapel").bounding_box()["y"] == 0  # the pile's bar too

        # zoom page 1: the buttons, then a double tap back to fit, then a pinch
        figuur = page.locator(".zoom").first
        figuur.scroll_into_view_if_needed()
        img = figuur.get_by_role("img")
        breed = img.bounding_box()["width"]
        page.get_by_role("button", name="Pagina 1 vergroten").click()
        page.get_by_role("button", name="Pagina 1 vergroten").click()
        assert figuur.locator(".zoom__stand").inner_text() == "200%"
        assert img.bounding_box()["width"] == pytest.approx(2 * breed, rel=0.02)
        figuur.locator(".zoom__venster").evaluate("e => e.scrollIntoView({block: 'center'})")
        vak = figuur.locator(".zoom__venster").bounding_box()
        midden = (vak["x"] + vak["width"] / 2, vak["y"] + 200)
        page.touchscreen.tap(*midden)
        page.touchscreen.tap(*midden)
        assert figuur.locator(".zoom__stand").inner_text() == "100%"
        assert img.bounding_box()["width"] == pytest.approx(breed, rel=0.02)
        assert page.locator("#annotatie-hier").is_hidden()  # a double tap opens no annotation
        _knijp(cdp, midden, 100, 250)
        assert figuur.get_attribute("data-zoom") == "2.5"
        page.get_by_role("button", name="Passend").first.click()
        assert figuur.locator(".zoom__stand").inner_text() == "100%"

        # tap a place on page 1: the annotation field opens right there
        img.evaluate("e => e.scrollIntoView({block: 'center'})")
        vak = img.bounding_box()
        tik = (vak["x"] + 0.25 * vak["width"], vak["y"] + 0.4 * vak["height"])
        page.touchscreen.tap(*tik)
        veld = page.get_by_label("Annotatie op deze plek")
        veld.wait_for()
        assert page.evaluate("document.activeElement.id") == "annotatie-hier-tekst"
        formulier = page.locator("#annotatie-hier").bounding_box()
        assert tik[1] < formulier["y"] < tik[1] + 40
        assert formulier["x"] <= tik[0] <= formulier["x"] + formulier["width"]
        _afdruk(page, "tablet-annotatie")
        veld.fill("Bron van dit cijfer?")
        page.get_by_role("button", name="Plaatsen", exact=True).click()
        assert page.get_by_role("status").first.inner_text() == "De annotatie is geplaatst."
        annotatie = Annotatie.objects.get(nota=eerste)
        assert annotatie.tekst == "Bron van dit cijfer?" and annotatie.pagina == 1
        assert annotatie.x == pytest.approx(0.25, abs=0.02) and annotatie.y == pytest.approx(0.4, abs=0.02)
        assert page.get_by_text("Annotatie op pagina 1: Bron van dit cijfer?").count() == 1

        # swipe left: the next memo of the pile; right: back; the buttons do the same
        page.evaluate("window.scrollTo(0, 0)")
        kop = page.get_by_role("heading", level=1).bounding_box()
        _veeg(cdp, (560, kop["y"] + 150), (80, kop["y"] + 160))  # over the memo
        # the address is checked by polling: a swipe's navigation may replace one already started
        expect(page).to_have_url(re.compile(rf"/stukken/tablet/{tweede.pk}/$"))
        assert page.locator(".tablet__teller").inner_text() == "Nota 2 van 3"
        _veeg(cdp, (80, kop["y"] + 150), (560, kop["y"] + 150))
        expect(page).to_have_url(re.compile(rf"/stukken/tablet/{eerste.pk}/$"))
        _veeg(cdp, (300, kop["y"] + 150), (280, kop["y"] + 450))  # scrolling down is no swipe
        page.wait_for_timeout(300)
        assert page.url.endswith(f"/stukken/tablet/{eerste.pk}/")
        page.get_by_role("link", name="Volgende nota").click()
        page.wait_for_url(f"**/stukken/tablet/{tweede.pk}/")

        # portrait: one column, the bar with the pile and the way to the decision stays on top
        page.set_viewport_size(STAAND)
        assert page.get_by_role("heading", level=1).inner_text() == tweede.onderwerp
        _afdruk(page, "tablet-staand")
        _axe(page, STAAND)
        page.evaluate("window.scrollBy(0, 300)")
        assert page.locator(".tablet__stapel").bounding_box()["y"] == 0
        page.get_by_role("link", name="Naar uw besluit").click()
        assert page.get_by_role("heading", name="Uw besluit").is_visible()
        page.get_by_label("Akkoord", exact=True).nth(0).check()
        page.get_by_label("Akkoord", exact=True).nth(1).check()
        page.get_by_role("button", name="Besluit vastleggen").click()
        assert "Uw besluit is vastgelegd" in page.get_by_role("status").first.inner_text()
        tweede.refresh_from_db()
        assert tweede.status == Nota.Status.BESLOTEN
        assert page.locator(".tablet__teller").inner_text() == "Nota 1 van 2"
        page.get_by_role("link", name="Volgende nota").click()
        assert page.get_by_role("heading", level=1).inner_text() == derde.onderwerp
        page.get_by_role("link", name="Vorige nota").click()
        assert page.get_by_role("heading", level=1).inner_text() == eerste.onderwerp
        page.get_by_role("link", name="Mijn werk").click()
        page.wait_for_url(basis + "/")
    finally:
        context.close()
