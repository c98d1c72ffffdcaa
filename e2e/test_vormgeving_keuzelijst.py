"""The searchable multi-select (core/keuzelijst.js) on a long list of directies, and a folded form
on a detail page (issue 14 §3): Parlementaire Zaken opens "Directies toewijzen" on the Kamervragen
page, filters the list by typing (accents and case do not matter), chooses two directies from the
keyboard and with the mouse, removes a chip, chooses again and sends; the two are stored. Without
JavaScript the same select is a plain <select multiple>. axe at every size with the list open.
With MINISTERIE_SCHERMAFDRUKKEN=MAP both pages are saved as screenshots."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from e2e.hulp import controleer_toegankelijkheid, log_in
from e2e.vormgeving_hulp import axe_op_de_telefoon
from ministerie.core.rubricering import Rubricering
from ministerie.organisatie.models import Eenheid
from ministerie.parlement import services

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _afdruk(pagina: Any, naam: str) -> None:
    if map_ := os.environ.get("MINISTERIE_SCHERMAFDRUKKEN"):
        pagina.screenshot(path=str(Path(map_) / f"{naam}.png"), full_page=True)


def test_zoekbare_meerkeuzelijst(pagina: Any, bzk: Any, maak_gebruiker: Callable[..., Any]) -> None:
    pz = maak_gebruiker(
        "parlementaire_zaken",
        eenheden=["ba-pzmo"],
        clearance=Rubricering.STG_CONFIDENTIEEL,
        gebruikersnaam="pz",
    )
    e = {code: Eenheid.objects.get(code=code) for code in ("minister-bzk", "woningbouw")}
    kv = services.registreer_kamervragen(
        door=pz,
        nummer="2026Z40001",
        onderwerp="Wachtlijsten",
        ontvangen_op=timezone.localdate() - timedelta(days=3),
        vragen=["Kent u het bericht?", "Wat gaat u doen?"],
        vragenstellers=[{"naam": "Jansen", "fractie": "VVD"}],
        bewindspersoon=e["minister-bzk"],
        trekker=e["woningbouw"],
    )
    czw = Eenheid.objects.get(code="czw")
    # a second directie that is not the one responsible first (that one cannot also share it)
    ander = (
        Eenheid.objects.filter(soort="directie").exclude(code__in=["czw", "woningbouw"]).order_by("naam")[0]
    )
    log_in(pagina, pz)
    pagina.goto(f"{pagina.basis}/parlement/kamervragen/{kv.pk}/")
    # the form is folded until opened
    zoek = pagina.get_by_role("combobox", name="Medeverantwoordelijke directies")
    expect(zoek).to_be_hidden()
    pagina.get_by_text("Directies toewijzen").click()
    expect(zoek).to_be_visible()
    # the plain select is hidden from everyone; the combobox carries its label
    assert pagina.locator("select#medetrekkers").is_hidden()
    lijst = pagina.get_by_role("listbox", name="Medeverantwoordelijke directies")
    zoek.fill(czw.naam[:12].upper())
    expect(lijst).to_be_visible()
    zichtbaar = lijst.get_by_role("option")
    expect(zichtbaar.first).to_contain_text(czw.naam[:12])
    aantal = zichtbaar.count()
    assert 0 < aantal < len(list(Eenheid.objects.filter(soort="directie")))
    # keyboard: arrow down to the first hit, Enter chooses it (and does not send the form)
    zoek.press("ArrowDown")
    zoek.press("Enter")
    chips = pagina.locator(".keuzelijst__chip")
    expect(chips).to_have_count(1)
    assert pagina.url.endswith(f"/parlement/kamervragen/{kv.pk}/")
    eerste = chips.first.inner_text()
    # the mouse: type another name, click it
    zoek.fill("")
    zoek.type(ander.naam.split()[-1].lower())
    lijst.get_by_role("option", name=ander.naam, exact=True).click()
    expect(chips).to_have_count(2)
    gekozen_codes = "Array.from(document.querySelector('#medetrekkers').selectedOptions).map(o => o.value)"
    assert ander.code in pagina.evaluate(gekozen_codes)
    assert pagina.locator("#medetrekkers-lijst [role=option][aria-selected=true]").count() == 2
    _afdruk(pagina, "kamervragen-keuzelijst")
    controleer_toegankelijkheid(pagina, alle_maten=True)
    axe_op_de_telefoon(pagina)
    # a chip removed and chosen again with Backspace and the keyboard
    pagina.get_by_role("button", name=f"{ander.naam} verwijderen").click()
    expect(chips).to_have_count(1)
    zoek.fill(ander.naam)
    zoek.press("ArrowDown")
    zoek.press("Enter")
    expect(chips).to_have_count(2)
    assert len(pagina.evaluate(gekozen_codes)) == 2
    pagina.get_by_role("button", name="Toewijzen").click()
    expect(pagina.get_by_role("status").first).to_be_visible()
    kv.refresh_from_db()
    gekozen = {m.naam for m in kv.medetrekkers.all()}
    assert gekozen == {eerste.replace("×", "").strip(), ander.naam}
    # after the round trip the chosen directies are chips again
    pagina.get_by_text("Directies toewijzen").click()
    expect(pagina.locator(".keuzelijst__chip")).to_have_count(2)


def test_woo_verzoek_als_detailpagina(pagina: Any, bzk: Any, maak_gebruiker: Callable[..., Any]) -> None:
    """The Woo request page: its metadata in a side panel that stays in view; verdagen, zienswijze,
    directie and intrekken folded until opened; a folded form (verdagen) opened and used."""
    from ministerie.woo import services as woo

    jurist = maak_gebruiker(
        "jurist_czw",
        eenheden=["czw-juridisch-advies"],
        clearance=Rubricering.STG_GEHEIM,
        gebruikersnaam="jurist",
    )
    verzoek = woo.registreer_verzoek(
        door=jurist,
        kanaal="email",
        onderwerp="Subsidies",
        omschrijving="Alles over subsidies",
        verzoeker_naam="Greet Verzoeker",
        verzoeker_email="greet@example.org",
        ontvangen_op=timezone.localdate() - timedelta(days=5),
    )
    log_in(pagina, jurist)
    pagina.goto(f"{pagina.basis}/woo/verzoeken/{verzoek.pk}/")
    pagina.get_by_role("button", name="In behandeling nemen").click()
    zijkant = pagina.locator(".detail__zijkant")
    assert zijkant.evaluate("e => getComputedStyle(e).position") == "sticky"
    assert "Greet Verzoeker" in zijkant.inner_text()
    reden = pagina.get_by_label("Reden (omvang of ingewikkeldheid)")
    expect(reden).to_be_hidden()
    for kop in ("Zienswijze van een derde vragen", "Behandelende directie wijzigen", "Verzoek ingetrokken"):
        expect(pagina.locator("summary", has_text=kop)).to_be_visible()
    _afdruk(pagina, "woo-verzoek")
    controleer_toegankelijkheid(pagina, alle_maten=True)
    axe_op_de_telefoon(pagina)
    pagina.locator("summary", has_text="Verdagen").click()
    reden.fill("Omvang: veel documenten")
    pagina.get_by_role("button", name="Verdagen").click()
    expect(pagina.get_by_role("status").first).to_contain_text("verdaagd")
    verzoek.refresh_from_db()
    assert verzoek.termijngebeurtenissen.filter(soort="verdaagd").exists()
