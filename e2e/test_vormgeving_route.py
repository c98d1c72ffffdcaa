"""The memo page as a detail page (issue 14 §3): the metadata and the action panel in a side panel
that stays in view while the memo scrolls (position: sticky), secondary forms folded until opened,
and the route editor — who (person, role, unit) and what kind of step, add a medeparaaf, move a step
up, take one off, save — after which the memo follows the new order. The editor works without
JavaScript (every button is a round trip); the test runs it with JavaScript off for the editing and
on for the rest. axe at every size on the memo page and the editor. With
MINISTERIE_SCHERMAFDRUKKEN=MAP the memo page and the editor are saved as screenshots."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from e2e.hulp import SCHERMEN, controleer_toegankelijkheid, log_in
from e2e.vormgeving_hulp import axe_op_de_telefoon
from ministerie.core.models import AuditRecord
from ministerie.core.rubricering import Rubricering
from ministerie.stukken import services
from ministerie.stukken.models import Nota, Parafeerstap

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def lijn(bzk: Any, maak_gebruiker: Callable[..., Any]) -> dict[str, Any]:
    hoog = Rubricering.STG_CONFIDENTIEEL
    mensen = {
        "beleid": ("beleidsmedewerker", "woningbouw-woningbouwbeleid"),
        "ah": ("afdelingshoofd", "woningbouw-woningbouwbeleid"),
        "dir": ("directeur", "woningbouw"),
        "dg": ("directeur_generaal", "dgbrw"),
        "sg": ("secretaris_generaal", "sg"),
        "minister": ("bewindspersoon", "minister-bzk"),
        "czw": ("directeur", "czw"),
    }
    return {
        naam: maak_gebruiker(rol, eenheden=[eenheid], clearance=hoog, gebruikersnaam=naam)
        for naam, (rol, eenheid) in mensen.items()
    }


def _afdruk(pagina: Any, naam: str) -> None:
    if map_ := os.environ.get("MINISTERIE_SCHERMAFDRUKKEN"):
        pagina.screenshot(path=str(Path(map_) / f"{naam}.png"), full_page=True)


def _route(nota: Nota) -> list[tuple[str, str, int]]:
    return [(s.houder.username, s.soort, s.niveau) for s in nota.stappen.order_by("niveau", "pk")]


def test_route_bewerken_en_zijpaneel(pagina: Any, browser: Any, lijn: dict[str, Any]) -> None:
    nota = services.stel_nota_op(
        door=lijn["beleid"],
        soort="beslisnota",
        onderwerp="Woningbouwimpuls 2027",
        aan="de minister van BZK",
        beslispunten=["Instemmen met de impuls", "Kamerbrief versturen"],
        aanleiding="Lange aanleiding.\n\n" + "Een alinea over de woningbouw. " * 120,
    )
    assert [h for h, _, _ in _route(nota)] == ["ah", "dir", "dg", "sg", "minister"]

    # the editing without JavaScript: every button is a round trip to the server
    context = browser.new_context(viewport=SCHERMEN["bureaublad"], locale="nl-NL", java_script_enabled=False)
    zonder_js = context.new_page()
    zonder_js.set_default_timeout(15_000)
    log_in(zonder_js, lijn["beleid"], pagina.basis)
    zonder_js.goto(f"{pagina.basis}/stukken/notas/{nota.pk}/")
    editor = zonder_js.locator("details.route-bewerken")
    expect(editor.get_by_role("button", name="Route opslaan")).to_be_hidden()  # folded
    editor.locator("summary").click()
    expect(editor.get_by_role("button", name="Route opslaan")).to_be_visible()
    stappen = editor.locator(".routebewerker__stap")
    assert stappen.count() == 5
    assert "Directeur" in stappen.nth(1).inner_text() and "Directeur-generaal" in stappen.nth(2).inner_text()
    # the first step cannot go up, the last cannot go down: those buttons are not there
    assert stappen.nth(0).get_by_role("button", name="Omhoog").count() == 0
    assert stappen.nth(4).get_by_role("button", name="Omlaag").count() == 0
    # add the director of CZW as a medeparaaf beside the director (after step 2)
    editor.get_by_label("Wie").select_option(label="Test czw (Directeur)")
    editor.get_by_label("Soort stap", exact=True).select_option("medeparaaf")
    editor.get_by_label("Plaats").select_option(label="Na stap 2 (Test dir)")
    editor.get_by_role("button", name="Stap toevoegen").click()
    assert zonder_js.url.endswith(f"/stukken/notas/{nota.pk}/route/bewerken/")
    assert "Test czw is toegevoegd op plaats 3" in zonder_js.get_by_role("status").first.inner_text()
    stappen = zonder_js.locator(".routebewerker__stap")
    assert [stappen.nth(i).get_attribute("data-houder") for i in range(6)] == [
        "ah",
        "dir",
        "czw",
        "dg",
        "sg",
        "minister",
    ]
    assert "tegelijk met stap 2" in stappen.nth(2).inner_text()
    assert _route(nota)[2][0] == "dg"  # nothing stored yet
    # move the SG above the DG, then take the DG off
    zonder_js.get_by_role("button", name="Omhoog (Test sg)").click()
    expect(zonder_js.get_by_role("button", name="Omhoog (Test sg)")).to_be_focused()  # where it went
    zonder_js.get_by_role("button", name="Verwijderen (Test dg)").click()
    stappen = zonder_js.locator(".routebewerker__stap")
    assert [stappen.nth(i).get_attribute("data-houder") for i in range(stappen.count())] == [
        "ah",
        "dir",
        "czw",
        "sg",
        "minister",
    ]
    _afdruk(zonder_js, "routebewerker")
    zonder_js.get_by_role("button", name="Route opslaan").click()
    assert zonder_js.url.endswith(f"/stukken/notas/{nota.pk}/")
    assert "De parafeerroute is aangepast." in zonder_js.get_by_role("status").first.inner_text()
    context.close()
    # the editor page with JavaScript, for axe (which needs it)
    log_in(pagina, lijn["beleid"])
    pagina.goto(f"{pagina.basis}/stukken/notas/{nota.pk}/route/bewerken/")
    controleer_toegankelijkheid(pagina, alle_maten=True)
    axe_op_de_telefoon(pagina)
    nota.refresh_from_db()
    assert _route(nota) == [
        ("ah", "lijn", 1),
        ("dir", "lijn", 2),
        ("czw", "medeparaaf", 2),
        ("sg", "lijn", 3),
        ("minister", "beslissing", 4),
    ]
    assert AuditRecord.objects.filter(actie="nota_route_ingesteld", object_id=str(nota.pk)).count() == 2

    # the memo page with JavaScript: the side panel stays in view while the memo scrolls
    log_in(pagina, lijn["beleid"])
    pagina.goto(f"{pagina.basis}/stukken/notas/{nota.pk}/")
    zijkant = pagina.locator(".detail__zijkant")
    assert zijkant.evaluate("e => getComputedStyle(e).position") == "sticky"
    expect(pagina.get_by_role("heading", name="Klaar om te versturen?")).to_be_visible()
    expect(zijkant.get_by_role("heading", name="Gegevens")).to_be_visible()
    assert [t.strip() for t in pagina.locator(".route__wie strong").all_inner_texts()] == [
        "Test ah",
        "Test dir",
        "Test czw",
        "Test sg",
        "Test minister",
    ]
    _afdruk(pagina, "nota-zijpaneel")
    pagina.evaluate("() => window.scrollTo(0, 900)")
    assert pagina.evaluate("() => window.scrollY") > 600
    vak = zijkant.bounding_box()
    assert vak is not None and 0 <= vak["y"] <= 40, vak  # still at the top of the window
    controleer_toegankelijkheid(pagina, alle_maten=True)
    axe_op_de_telefoon(pagina)
    pagina.get_by_role("button", name="Versturen langs de route").click()
    expect(pagina.get_by_role("heading", name="Klaar om te versturen?")).to_have_count(0)
    # a memo underway: the editor and its button are gone
    assert pagina.locator("details.route-bewerken").count() == 0

    # the memo follows the new order: the director and CZW together, then the SG (not the DG)
    services.parafeer(nota, door=lijn["ah"])
    aan_de_beurt = {s.houder.username for s in nota.stappen.filter(status=Parafeerstap.Status.AAN_DE_BEURT)}
    assert aan_de_beurt == {"dir", "czw"}
    services.parafeer(nota, door=lijn["dir"])
    assert services.actieve_stap(nota, lijn["sg"]) is None  # CZW still to initial
    services.parafeer(nota, door=lijn["czw"])
    assert services.actieve_stap(nota, lijn["sg"]) is not None
    assert services.actieve_stap(nota, lijn["dg"]) is None
    # the one whose turn it is sees the action panel, which stays in view
    log_in(pagina, lijn["sg"])
    pagina.goto(f"{pagina.basis}/stukken/notas/{nota.pk}/")
    expect(pagina.get_by_role("heading", name="Deze nota ligt bij u")).to_be_visible()
    pagina.mouse.wheel(0, 2500)
    pagina.wait_for_function("window.scrollY > 1000")
    expect(pagina.get_by_role("button", name="Paraferen", exact=True)).to_be_in_viewport()
