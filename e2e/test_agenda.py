"""Acceptance of the minister's week (issue 16) in the browser.

One journey: Bestuursadvisering builds the agenda of a Ministerraad with three items and asks two
directies for an annotation; both answer through the memo flow, one after its deadline, and that
one is marked; the bewindspersoon reads the geannoteerde agenda on a tablet held upright. Then a
Bestuursraad decision with an action whose date has passed shows as overdue on the owner's Mijn
werk. A second test visits every other new page once, with axe-core (the week view at the tablet
size too)."""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from collections.abc import Callable
from datetime import datetime, time, timedelta
from typing import Any

import icalendar
import pytest
from django.utils import timezone
from playwright.sync_api import expect

from e2e.hulp import SCHERMEN, controleer_toegankelijkheid, log_in_als
from ministerie.agenda import services
from ministerie.agenda.laden import STANDAARD_BESTAND, laad
from ministerie.agenda.models import Afspraak, Agenda, Overleg, Soort, Vergadering
from ministerie.agenda.tijd import AMSTERDAM
from ministerie.core.rubricering import Rubricering
from ministerie.organisatie.models import Eenheid, Persoon

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DV = Rubricering.DEPARTEMENTAAL_VERTROUWELIJK


@pytest.fixture
def mensen(bzk: Any, maak_gebruiker: Callable[..., Any]) -> dict[str, Any]:
    laad(STANDAARD_BESTAND, door="test")
    return {
        "pz": maak_gebruiker("parlementaire_zaken", eenheden=["ba-pzmo"], clearance=DV, gebruikersnaam="pz"),
        "wonen": maak_gebruiker("directeur", eenheden=["woningbouw"], clearance=DV, gebruikersnaam="wonen"),
        "czw": maak_gebruiker("directeur", eenheden=["czw"], clearance=DV, gebruikersnaam="czw"),
        "minister": maak_gebruiker(
            "bewindspersoon", eenheden=["minister-bzk"], clearance=DV, gebruikersnaam="minister"
        ),
        "secretariaat": maak_gebruiker("secretariaat", eenheden=["sg"], clearance=DV, gebruikersnaam="secr"),
    }


def _melding(page: Any) -> str:
    return page.get_by_role("status").first.inner_text()


def _nieuwe_pagina(browser: Any, basis: str, scherm: str = "bureaublad", **opties: Any) -> Any:
    page = browser.new_context(viewport=SCHERMEN[scherm], locale="nl-NL", **opties).new_page()
    page.set_default_timeout(15_000)
    page.basis = basis
    return page


def _advies_leveren(page: Any, basis: str, gebruiker: str, onderwerp: str, advies: str) -> str:
    """The directie finds the request on Mijn werk and answers it; returns the message."""
    log_in_als(page, gebruiker, basis)
    rij = page.get_by_role("row").filter(has_text=onderwerp)
    expect(rij).to_contain_text("Annotatie gevraagd")
    rij.get_by_role("link").click()
    page.get_by_label("Ambtelijk advies", exact=True).fill(advies)
    page.get_by_role("button", name="Advies leveren aan Bestuursadvisering").click()
    return _melding(page)


@pytest.mark.rooktest
def test_geannoteerde_ministerraad_en_actie_bestuursraad(
    browser: Any, live_server: Any, mensen: dict[str, Any]
) -> None:
    basis = live_server.url
    vandaag = timezone.localdate()
    vrijdag = vandaag + timedelta(days=(4 - vandaag.weekday()) % 7)
    if vrijdag - vandaag < timedelta(days=3):
        vrijdag += timedelta(days=7)
    gisteren = vandaag - timedelta(days=1)
    ba = _nieuwe_pagina(browser, basis)
    try:
        # Bestuursadvisering makes the meeting and its agenda of three items
        log_in_als(ba, "pz", basis)
        ba.get_by_role("link", name="Vergaderingen").first.click()
        ba.get_by_label("Overleg", exact=True).select_option("ministerraad")
        ba.get_by_label("Datum").fill(vrijdag.isoformat())
        ba.get_by_label("Begin").fill("10:00")
        ba.get_by_role("button", name="Vergadering aanmaken").click()
        assert "is aangemaakt" in _melding(ba)
        for onderwerp, stuk in (
            ("Wetsvoorstel versterking regie volkshuisvesting", "Kamerstuk 36 512"),
            ("Wijziging van de Kieswet", "Kamerstuk 36 400"),
            ("Landspakket Curaçao", ""),
        ):
            ba.get_by_label("Onderwerp", exact=True).fill(onderwerp)
            ba.get_by_label("Kamerstuk of document (niet verplicht)").fill(stuk)
            ba.get_by_label("Gevraagd besluit (niet verplicht)").fill("Instemmen.")
            ba.get_by_role("button", name="Punt toevoegen").click()
            assert "is toegevoegd" in _melding(ba)
        vergadering = Vergadering.objects.get(overleg__code="ministerraad")
        assert vergadering.punten.count() == 3

        # ... and asks two directies for an annotation; the second deadline has passed already
        for nummer, directie, uiterlijk in (
            (1, "woningbouw", vrijdag - timedelta(days=1)),
            (2, "czw", gisteren),
        ):
            vraag = ba.get_by_role("group", name=f"Annotatie vragen bij punt {nummer}")
            vraag.get_by_label("Verantwoordelijke directie").select_option(directie)
            vraag.get_by_label("Uiterlijk leveren op").fill(uiterlijk.isoformat())
            vraag.get_by_role("button").click()
            assert "De annotatie is gevraagd" in _melding(ba)
        controleer_toegankelijkheid(ba)
        ba.set_viewport_size(SCHERMEN["bureaublad"])

        # both directies answer through the memo flow; the second is late and told so
        directie = _nieuwe_pagina(browser, basis)
        melding = _advies_leveren(
            directie, basis, "wonen", "Wetsvoorstel versterking", "Instemmen; de VNG is geconsulteerd."
        )
        assert "geleverd als nota" in melding and "na de uiterste datum" not in melding
        controleer_toegankelijkheid(directie)
        melding = _advies_leveren(
            directie,
            basis,
            "czw",
            "Wijziging van de Kieswet",
            "Instemmen onder voorwaarde van het RvS-advies.",
        )
        assert "na de uiterste datum" in melding
        directie.context.close()
        verzoeken = {p.verzoek.eenheid.code: p.verzoek for p in vergadering.punten.exclude(verzoek=None)}
        assert verzoeken["woningbouw"].nota.soort == "vergaderstuk" and not verzoeken["woningbouw"].te_laat
        assert verzoeken["czw"].te_laat

        # BA sees the late one marked, and fixes the annotated agenda
        ba.reload()
        punt2 = ba.get_by_role("article").filter(has_text="Wijziging van de Kieswet")
        expect(punt2.get_by_text("te laat", exact=True)).to_be_visible()
        expect(ba.get_by_role("article").filter(has_text="Landspakket")).to_contain_text("geen annotatie")
        ba.get_by_role("button", name="Geannoteerde agenda vaststellen").click()
        assert "vastgesteld" in _melding(ba)

        # the bewindspersoon reads it on the tablet held upright, and the PDF is there
        tablet = _nieuwe_pagina(browser, basis, "tablet-staand", has_touch=True)
        log_in_als(tablet, "minister", basis)
        tablet.get_by_role("link", name="Vergaderingen").first.click()
        tablet.get_by_role("link", name="Ministerraad").first.click()
        tablet.get_by_role("link", name="Geannoteerde agenda").first.click()
        expect(tablet.get_by_role("heading", level=1)).to_have_text("Geannoteerde agenda")
        punten = tablet.get_by_role("article")
        expect(punten).to_have_count(3)
        expect(punten.nth(0)).to_contain_text("Instemmen; de VNG is geconsulteerd.")
        expect(punten.nth(1)).to_contain_text("te laat")
        expect(punten.nth(1)).to_contain_text("Instemmen onder voorwaarde van het RvS-advies.")
        expect(punten.nth(2)).to_contain_text("geen annotatie")
        assert tablet.evaluate("document.documentElement.scrollWidth") <= SCHERMEN["tablet-staand"]["width"]
        pdf = tablet.request.get(
            basis + tablet.get_by_role("link", name="Download als PDF").get_attribute("href")
        )
        assert pdf.ok and pdf.body()[:4] == b"%PDF"
        controleer_toegankelijkheid(tablet, alle_maten=True)
        tablet.context.close()

        # the Bestuursraad decides; the action's date has passed
        ba.goto(basis + "/agenda/vergaderingen/")
        ba.get_by_label("Overleg", exact=True).select_option("bestuursraad")
        ba.get_by_label("Datum").fill((vandaag - timedelta(days=14)).isoformat())
        ba.get_by_label("Begin").fill("09:30")
        ba.get_by_label("Rubricering").select_option(str(Rubricering.INTERN))
        ba.get_by_role("button", name="Vergadering aanmaken").click()
        ba.get_by_label("Besluit", exact=True).fill(
            "De Bestuursraad stemt in met de aanpak van de woningbouwimpuls."
        )
        ba.get_by_label("Actie", exact=True).fill("Plan van aanpak woningbouwimpuls opstellen")
        ba.get_by_label("Eigenaar (eenheid)").select_option("woningbouw")
        ba.get_by_label("Eigenaar (gebruikersnaam) (niet verplicht)").fill("wonen")
        ba.get_by_label("Gereed op").fill(gisteren.isoformat())
        ba.get_by_role("button", name="Besluit vastleggen").click()
        assert "staat op de besluitenlijst" in _melding(ba)
        controleer_toegankelijkheid(ba)

        # ... and it is overdue on the owner's Mijn werk
        eigenaar = _nieuwe_pagina(browser, basis)
        log_in_als(eigenaar, "wonen", basis)
        rij = eigenaar.get_by_role("row").filter(has_text="Plan van aanpak woningbouwimpuls opstellen")
        expect(rij).to_contain_text("Actie Bestuursraad")
        expect(rij.locator(".werklijst__te-laat")).to_have_text("te laat")
        rij.get_by_role("link").click()
        expect(eigenaar.locator("tr", has_text="Plan van aanpak")).to_contain_text("te laat")
        eigenaar.context.close()
    finally:
        ba.context.close()


def _gevuld(mensen: dict[str, Any]) -> dict[str, Any]:
    """Through the services: an agenda with a werkbezoek, a series and an introduction programme;
    a Bestuursraad decision; an annotation request."""
    secretariaat, pz = mensen["secretariaat"], mensen["pz"]
    # the minister for VRO: a portfolio of one DG keeps the introduction programme short
    agenda = services.maak_agenda(door=secretariaat, persoon=Persoon.objects.get(code="hugo-de-jonge"))
    services.neem_vaste_overleggen_op(agenda, door=secretariaat)
    vandaag = timezone.localdate()
    woensdag = vandaag + timedelta(days=(2 - vandaag.weekday()) % 7 or 7)
    afspraak = services.maak_afspraak(
        agenda,
        door=secretariaat,
        titel="Werkbezoek Rijksvastgoedbedrijf",
        soort=Soort.WERKBEZOEK,
        begin=datetime.combine(woensdag, time(10), tzinfo=AMSTERDAM),
        eind=datetime.combine(woensdag, time(13), tzinfo=AMSTERDAM),
        plaats="Den Haag",
        reistijd_heen=30,
        reistijd_terug=30,
    )
    reeks = services.maak_reeks(
        agenda,
        door=secretariaat,
        titel="PO DG Bestuur, Ruimte en Wonen",
        soort=Soort.OVERLEG,
        regel="FREQ=WEEKLY;INTERVAL=2;BYDAY=MO",
        begin=datetime.combine(vandaag - timedelta(days=vandaag.weekday()), time(14), tzinfo=AMSTERDAM),
        duur_minuten=60,
    )
    services.plan_introductie(
        door=secretariaat, persoon=agenda.persoon, beediging=vandaag + timedelta(days=28)
    )
    br = services.maak_vergadering(
        door=pz, overleg=Overleg.objects.get(code="bestuursraad"), begin=timezone.now() - timedelta(days=7)
    )
    services.neem_besluit(
        br,
        door=pz,
        besluit="Overzicht van de open Woo-verzoeken.",
        actie="Overzicht leveren",
        eenheid=Eenheid.objects.get(code="czw"),
        uiterste_datum=vandaag + timedelta(days=14),
    )
    mr = services.maak_vergadering(
        door=pz, overleg=Overleg.objects.get(code="ministerraad"), begin=timezone.now() + timedelta(days=5)
    )
    punt = services.voeg_punt_toe(mr, door=pz, onderwerp="Wijziging van de Kieswet", ministerie="BZK")
    verzoek = services.vraag_annotatie(
        punt, door=pz, eenheid=Eenheid.objects.get(code="czw"), uiterste=timezone.now() + timedelta(days=2)
    )
    return {"agenda": agenda, "afspraak": afspraak, "reeks": reeks, "br": br, "verzoek": verzoek}


def test_elke_agendapagina_is_toegankelijk(browser: Any, live_server: Any, mensen: dict[str, Any]) -> None:
    g = _gevuld(mensen)
    a = g["agenda"].pk
    page = _nieuwe_pagina(browser, live_server.url)
    try:
        log_in_als(page, "secr", live_server.url)
        page.goto(live_server.url + f"/agenda/{a}/week/")
        expect(page.get_by_role("link", name="Werkbezoek Rijksvastgoedbedrijf")).to_be_visible()
        controleer_toegankelijkheid(page, alle_maten=True)  # the week view at every size, axe too
        # on a tablet held upright: one day under the other, the time beside each appointment
        page.set_viewport_size(SCHERMEN["tablet-staand"])
        maandag, dinsdag = (page.locator(".week__dag").nth(n).bounding_box() for n in (0, 1))
        assert maandag and dinsdag and dinsdag["x"] == maandag["x"] and dinsdag["y"] > maandag["y"]
        assert maandag["width"] > 0.9 * (SCHERMEN["tablet-staand"]["width"] - 64)
        bezoek = page.locator(".afspraak").filter(has_text="Werkbezoek Rijksvastgoedbedrijf")
        tijd, titel = (bezoek.locator(c).bounding_box() for c in (".afspraak__tijd", ".afspraak__titel"))
        assert tijd and titel and tijd["x"] + tijd["width"] <= titel["x"] and abs(tijd["y"] - titel["y"]) < 30
        page.set_viewport_size(SCHERMEN["bureaublad"])
        for pad in (
            "/agenda/",
            f"/agenda/{a}/dag/",
            f"/agenda/{a}/afspraken/nieuw/",
            f"/agenda/afspraken/{g['afspraak'].pk}/",
            f"/agenda/{a}/reeksen/nieuw/",
            f"/agenda/reeksen/{g['reeks'].pk}/",
            f"/agenda/{a}/importeren/",
            f"/agenda/{a}/feed/",
            f"/agenda/{a}/introductie/",
            "/agenda/overleggen/",
            "/agenda/overleggen/ministerraad/",
        ):
            antwoord = page.goto(live_server.url + pad)
            assert antwoord is not None and antwoord.ok, pad
            controleer_toegankelijkheid(page)
        _feed_en_import(page, live_server.url, a)
        log_in_als(page, "pz", live_server.url)
        # the meeting page, the request and the Bestuursraad's page had axe in the journey
        for pad, tekst in (
            ("/agenda/vergaderingen/", "Bestuursraad"),
            ("/agenda/besluiten/", "Overzicht leveren"),
        ):
            page.goto(live_server.url + pad)
            expect(page.get_by_role("main")).to_contain_text(tekst)
            controleer_toegankelijkheid(page)
        assert Agenda.objects.count() == 1
    finally:
        page.context.close()


SLECHT_ICS = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n"
    b"BEGIN:VEVENT\r\nUID:goed@x\r\nDTSTART;TZID=Europe/Amsterdam:20300320T090000\r\n"
    b"DTEND;TZID=Europe/Amsterdam:20300320T100000\r\nSUMMARY:Goed\r\nEND:VEVENT\r\n"
    b"BEGIN:VEVENT\r\nUID:slecht@x\r\nDTSTART:2030032X\r\nSUMMARY:Slecht\r\nEND:VEVENT\r\n"
    b"END:VCALENDAR\r\n"
)


def _feed_en_import(page: Any, basis: str, a: int) -> None:
    """The secretariaat makes the secret feed link, an agenda app (no log-in) reads it, the link is
    revoked; a bad .ics is refused with line and reason, the feed's own file is taken back in."""
    page.goto(basis + f"/agenda/{a}/feed/")
    page.get_by_role("button", name="Link maken").click()
    melding = page.get_by_role("status").filter(has_text="Abonneer uw agenda-app op")
    link = re.search(r"http\S+\.ics", melding.inner_text())
    assert link is not None
    with urllib.request.urlopen(link.group(0)) as antwoord:  # no cookies: as an agenda app
        assert antwoord.headers["Content-Type"].startswith("text/calendar")
        feed = antwoord.read()
    titels = {str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(feed).walk("VEVENT")}
    assert {"Werkbezoek Rijksvastgoedbedrijf", "PO DG Bestuur, Ruimte en Wonen"} <= titels
    page.get_by_role("button", name="Link intrekken").click()
    expect(page.get_by_text("Er is geen actieve link")).to_be_visible()
    with pytest.raises(urllib.error.HTTPError) as fout:
        urllib.request.urlopen(link.group(0))
    assert fout.value.code == 404

    voor = Afspraak.objects.count()
    page.goto(basis + f"/agenda/{a}/importeren/")
    page.get_by_label("iCalendar-bestand (.ics)").set_input_files(
        files=[{"name": "slecht.ics", "mimeType": "text/calendar", "buffer": SLECHT_ICS}]
    )
    page.get_by_role("button", name="Importeren").click()
    expect(page.get_by_role("main")).to_contain_text("regel 12: DTSTART")
    assert Afspraak.objects.count() == voor  # the good event before it is not imported either
    controleer_toegankelijkheid(page)
    page.get_by_label("iCalendar-bestand (.ics)").set_input_files(
        files=[{"name": "agenda.ics", "mimeType": "text/calendar", "buffer": feed}]
    )
    page.get_by_role("button", name="Importeren").click()
    assert "Geïmporteerd" in _melding(page) and "vervangen" in _melding(page)
    expect(page.get_by_role("link", name="Werkbezoek Rijksvastgoedbedrijf")).to_be_visible()
