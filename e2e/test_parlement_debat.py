"""Acceptance: a debate run end to end in the browser. Parlementaire Zaken enters questions in
one browser; the bewindspersoon's tablet (768x1024) shows them without a reload, grouped by
member and by theme with the proposed answer; one is marked answered, one "schriftelijk na te
sturen"; then two commitments made in the debate are registered in one step."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from e2e.hulp import SCHERMEN, controleer_toegankelijkheid, log_in_als
from ministerie.core.rubricering import Rubricering
from ministerie.parlement.models import Debat, Debatvraag, Toezegging

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def mensen(bzk: Any, maak_gebruiker: Callable[..., Any]) -> dict[str, Any]:
    hoog = Rubricering.STG_CONFIDENTIEEL
    return {
        "pz": maak_gebruiker(
            "parlementaire_zaken", eenheden=["ba-pzmo"], clearance=hoog, gebruikersnaam="pz"
        ),
        "minister": maak_gebruiker(
            "bewindspersoon", eenheden=["minister-bzk"], clearance=hoog, gebruikersnaam="minister"
        ),
        "beleid": maak_gebruiker(
            "beleidsmedewerker",
            eenheden=["woningbouw-woningbouwbeleid"],
            clearance=hoog,
            gebruikersnaam="beleid",
        ),
    }


def _inloggen(page: Any, basis: str, naam: str) -> None:
    log_in_als(page, naam, basis)


def _vraag_invoeren(page: Any, lid: str, thema: str, tekst: str) -> None:
    page.get_by_label("Kamerlid", exact=True).select_option(label=lid)
    page.get_by_label("Thema (niet verplicht)").select_option(label=thema)
    page.get_by_label("Vraag", exact=True).fill(tekst)
    page.get_by_role("button", name="Vraag toevoegen").click()
    assert "toegevoegd" in page.get_by_role("status").first.inner_text()


@pytest.mark.rooktest
def test_debat_van_voorbereiding_tot_toezeggingen(
    browser: Any, live_server: Any, mensen: dict[str, Any]
) -> None:
    basis = live_server.url
    pz_context = browser.new_context(viewport=SCHERMEN["bureaublad"], locale="nl-NL")
    tablet_context = browser.new_context(viewport=SCHERMEN["tablet-staand"], locale="nl-NL", has_touch=True)
    pz, tablet = pz_context.new_page(), tablet_context.new_page()
    for p in (pz, tablet):
        p.set_default_timeout(15_000)
    try:
        # before: Parlementaire Zaken prepares the debate with agenda, members and themes
        _inloggen(pz, basis, "pz")
        pz.goto(basis + "/parlement/debatten/nieuw/")
        controleer_toegankelijkheid(pz)
        pz.set_viewport_size(SCHERMEN["bureaublad"])
        pz.get_by_label("Soort debat").select_option("commissiedebat")
        pz.get_by_label("Titel").fill("Commissiedebat Wonen")
        pz.get_by_label("Commissie (niet verplicht)").fill("Vaste commissie BZK")
        pz.get_by_label("Datum", exact=True).fill("2026-12-02")
        pz.get_by_label("Bewindspersoon").select_option("minister-bzk")
        pz.get_by_label("Coördinerende directie").select_option("woningbouw")
        pz.get_by_label("Agenda (niet verplicht)").fill("Bouwtempo\nFlexwonen")
        pz.get_by_label("Deelnemende Kamerleden (niet verplicht)").fill("Jansen (VVD)\nDe Vries (GL-PvdA)")
        pz.get_by_label("Verwachte thema's (niet verplicht)").fill(
            "Bouwtempo = woningbouw\nFlexwonen = woningbouw"
        )
        pz.get_by_role("button", name="Vastleggen").click()
        assert "is vastgelegd" in pz.get_by_role("status").first.inner_text()
        debat = Debat.objects.get(titel="Commissiedebat Wonen")
        assert debat.agenda.count() == 2 and debat.deelnemers.count() == 2

        # the directie prepares the proposed answer per theme
        pz.get_by_label("Voorgesteld antwoord").first.fill(
            "De bouw ligt op koers: 80% van de impuls is toegekend."
        )
        pz.get_by_role("button", name="Antwoord opslaan voor Bouwtempo").click()
        controleer_toegankelijkheid(pz)
        pz.set_viewport_size(SCHERMEN["bureaublad"])

        # the bewindspersoon opens the live view on the tablet
        _inloggen(tablet, basis, "minister")
        tablet.goto(basis + f"/parlement/debatten/{debat.pk}/live/")
        assert "Nog geen vragen gesteld" in tablet.content()
        tablet.evaluate("window.zelfdePagina = true")

        # during: PZ enters the questions as they are asked
        pz.goto(basis + f"/parlement/debatten/{debat.pk}/invoer/")
        _vraag_invoeren(pz, "Jansen (VVD)", "Bouwtempo", "Hoeveel woningen zijn gestart?")
        _vraag_invoeren(pz, "De Vries (GL-PvdA)", "Flexwonen", "Waar staan de flexwoningen?")
        controleer_toegankelijkheid(pz)

        # ... and they appear on the tablet without a reload, with the proposed answer
        tablet.locator(".live__tekst", has_text="Hoeveel woningen zijn gestart?").wait_for(timeout=10_000)
        tablet.locator(".live__tekst", has_text="Waar staan de flexwoningen?").wait_for(timeout=10_000)
        assert tablet.evaluate("window.zelfdePagina") is True
        inhoud = tablet.locator("#live-vragen").inner_text()
        assert "Jansen (VVD)" in inhoud and "De Vries (GL-PvdA)" in inhoud
        assert "80% van de impuls" in inhoud
        controleer_toegankelijkheid(tablet, alle_maten=True)
        tablet.set_viewport_size(SCHERMEN["tablet-staand"])

        # by theme
        tablet.get_by_role("link", name="Per thema").click()
        assert tablet.get_by_role("heading", name="Bouwtempo").is_visible()
        tablet.evaluate("window.zelfdePagina = true")

        tablet.get_by_role("button", name="Beantwoord: Hoeveel woningen zijn gestart?").click()
        tablet.get_by_role("button", name="Schriftelijk na te sturen: Waar staan de flexwoningen?").click()
        tablet.get_by_role("button", name="Terug naar open: Waar staan de flexwoningen?").wait_for()
        assert tablet.evaluate("window.zelfdePagina") is True
        statussen = dict(Debatvraag.objects.values_list("tekst", "status"))
        assert statussen == {
            "Hoeveel woningen zijn gestart?": "beantwoord",
            "Waar staan de flexwoningen?": "schriftelijk",
        }
        schriftelijk = Debatvraag.objects.get(status="schriftelijk")
        assert schriftelijk.trekker.code == "woningbouw" and schriftelijk.uiterste_datum is not None
        controleer_toegankelijkheid(tablet, alle_maten=True)

        # PZ sees the marks too (the tablet and PZ share the same data)
        pz.reload()
        assert "beantwoord" in pz.content() and "schriftelijk na te sturen" in pz.content()

        # after: two commitments made in the debate, registered in one step
        pz.goto(basis + f"/parlement/debatten/{debat.pk}/")
        pz.get_by_label("Tekst van toezegging 1").fill("Brief over de voortgang van de bouwimpuls")
        pz.get_by_label("Termijn van toezegging 1").fill("voor de zomer")
        pz.get_by_label("Tekst van toezegging 2").fill("Overzicht van flexwoningen per gemeente")
        pz.get_by_label("Termijn van toezegging 2").fill("binnen zes weken")
        pz.get_by_role("button", name="Toezeggingen vastleggen").click()
        assert "2 toezegging(en) uit het debat vastgelegd" in pz.get_by_role("status").first.inner_text()
        toezeggingen = Toezegging.objects.filter(debat=debat).order_by("pk")
        assert [t.termijn_tekst for t in toezeggingen] == ["voor de zomer", "binnen zes weken"]
        inhoud = pz.content()
        assert "1 juli 2027" in inhoud and "13 januari 2027" in inhoud  # derived dates shown with the phrase
        controleer_toegankelijkheid(pz)
    finally:
        pz_context.close()
        tablet_context.close()
