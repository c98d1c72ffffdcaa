"""Expense disclosure in the browser: a month from upload through redaction review to the
public page, with axe on every page; refusals for a role without the publish right and for a
month with a page flagged for review."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from e2e.hulp import controleer_toegankelijkheid
from ministerie.bestuurskosten.models import Periode
from ministerie.bestuurskosten.tests.hulp import GAST, IBAN, MINISTER, STANDAARDBON, TELEFOON, bon
from ministerie.core.models import AuditRecord
from ministerie.lakken.pdf import controleer
from ministerie.organisatie.models import Persoon

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _status(pagina: Any) -> str:
    return " ".join(pagina.get_by_role("status").all_inner_texts())


def _maand_met_bon(pagina: Any) -> Periode:
    """As FEZ: make March 2026, upload a receipt, review, redact, add a line."""
    pagina.goto(pagina.basis + "/bestuurskosten/")
    controleer_toegankelijkheid(pagina)
    pagina.get_by_label("Maand", exact=True).select_option("3")
    pagina.get_by_label("Jaar", exact=True).fill("2026")
    pagina.get_by_role("button", name="Maand aanmaken").click()
    assert "is aangemaakt" in _status(pagina)
    controleer_toegankelijkheid(pagina)

    pagina.get_by_role("link", name="Brondocument toevoegen").click()
    controleer_toegankelijkheid(pagina)
    # a bad file first: a clear message, nothing stored
    pagina.get_by_label("Bestand", exact=True).set_input_files(
        [{"name": "kapot.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.7\n kapot"}]
    )
    pagina.get_by_label("Soort document", exact=True).select_option("bon")
    pagina.get_by_role("button", name="Uploaden en persoonsgegevens zoeken").click()
    assert "kapot.pdf" in pagina.locator(".utrecht-form-field-error-message").inner_text()
    controleer_toegankelijkheid(pagina)

    pagina.get_by_label("Bestand", exact=True).set_input_files(
        [{"name": "lunch.pdf", "mimeType": "application/pdf", "buffer": bon(*STANDAARDBON)}]
    )
    pagina.get_by_label("Titel (niet verplicht)", exact=True).fill("Lunch werkbezoek")
    pagina.get_by_label("Soort document", exact=True).select_option("bon")
    pagina.get_by_role("button", name="Uploaden en persoonsgegevens zoeken").click()
    assert "3 lakvoorstel(len)" in _status(pagina)
    inhoud = pagina.locator("main").inner_text()
    assert GAST in inhoud and IBAN in inhoud
    assert f"{MINISTER} (" not in inhoud  # the minister's name is never proposed
    controleer_toegankelijkheid(pagina)

    # keep the phone number visible? no: redact all three, and add a term by hand
    pagina.get_by_role("button", name="Besluiten opslaan").click()
    assert "3 besluit(en)" in _status(pagina)
    pagina.get_by_label("Tekst die gelakt moet worden", exact=True).fill("Fictieve Vork")
    pagina.get_by_role("button", name="Toevoegen").click()
    pagina.get_by_label("Tekst die gelakt moet worden", exact=True).fill(MINISTER)
    pagina.get_by_role("button", name="Toevoegen").click()
    assert "niet gelakt" in _status(pagina)
    pagina.get_by_role("button", name="Lakken en controleren").click()
    assert "komt door de lakcontrole" in _status(pagina)
    assert pagina.get_by_role("img", name="Pagina 1 na het lakken").is_visible()
    controleer_toegankelijkheid(pagina)

    pagina.get_by_role("link", name="Terug naar maart 2026").click()
    minister = Persoon.objects.get(code="hanke-bruins-slot")
    pagina.get_by_label("Persoon", exact=True).select_option(str(minister.pk))
    pagina.get_by_label("Categorie", exact=True).select_option("representatie")
    pagina.get_by_label("Datum", exact=True).fill("2026-03-12")
    pagina.get_by_label("Bedrag in euro's", exact=True).fill("84,50")
    pagina.get_by_label("Omschrijving", exact=True).fill("Lunch werkbezoek (2 personen)")
    pagina.get_by_label("Brondocument", exact=True).select_option(label="Lunch werkbezoek")
    pagina.get_by_role("button", name="Kostenpost vastleggen").click()
    assert "is vastgelegd" in _status(pagina)
    assert "€ 84,50" in pagina.locator("main").inner_text()
    controleer_toegankelijkheid(pagina)
    return Periode.objects.get()


def test_van_upload_tot_openbare_pagina(bzk: Any, pagina: Any, inloggen: Callable[..., Any]) -> None:
    inloggen(pagina, "fez_medewerker", eenheden=["fez-begrotingszaken"])
    periode = _maand_met_bon(pagina)

    # a page flagged for review blocks publication
    pagina.get_by_role("link", name="Lunch werkbezoek").first.click()
    pagina.get_by_label("Pagina", exact=True).last.fill("1")
    pagina.get_by_label("Wat moet er nagekeken worden?", exact=True).fill("Restaurant herleidbaar?")
    pagina.get_by_role("button", name="Markeren").click()
    assert "gemarkeerd" in _status(pagina)
    controleer_toegankelijkheid(pagina)
    pagina.get_by_role("link", name="Terug naar maart 2026").click()
    assert "pagina 1 is gemarkeerd voor nakijken" in pagina.locator("main").inner_text()
    pagina.get_by_role("button", name="Openbaar maken").click()
    assert "Nog niet te publiceren" in _status(pagina)
    periode.refresh_from_db()
    assert periode.status == Periode.Status.OPEN

    pagina.get_by_role("link", name="Lunch werkbezoek").first.click()
    pagina.get_by_label("Waarom is pagina 1 in orde?", exact=True).fill("Naam restaurant is gelakt.")
    pagina.get_by_role("button", name="Markering opheffen").click()
    assert "is opgeheven" in _status(pagina)
    pagina.get_by_role("link", name="Terug naar maart 2026").click()
    pagina.get_by_role("button", name="Openbaar maken").click()
    assert "is openbaar gemaakt" in _status(pagina)
    assert pagina.locator("#status").inner_text() == "Gepubliceerd"
    controleer_toegankelijkheid(pagina)

    # the public page, without a log-in
    pagina.context.clear_cookies()
    pagina.goto(pagina.basis + "/bestuurskosten/openbaar/")
    controleer_toegankelijkheid(pagina)
    pagina.get_by_role("link", name="Maart 2026", exact=False).click()
    inhoud = pagina.locator("main").inner_text()
    assert MINISTER in inhoud and "€ 84,50" in inhoud and GAST not in inhoud
    assert pagina.get_by_role("img", name="Maart 2026: totaal per persoon (euro)", exact=False).count() == 1
    controleer_toegankelijkheid(pagina)
    document = periode.documenten.get()
    antwoord = pagina.request.get(
        pagina.basis + f"/bestuurskosten/openbaar/bzk/2026/3/documenten/{document.pk}.pdf"
    )
    assert antwoord.ok
    assert controleer(antwoord.body(), [GAST, IBAN, TELEFOON, "Fictieve Vork"], behouden=[MINISTER]) == []
    assert AuditRecord.objects.filter(actie="bestuurskosten_gepubliceerd").count() == 1


def test_zonder_publicatierecht_geen_knop_en_geen_publicatie(
    bzk: Any, pagina: Any, inloggen: Callable[..., Any], maak_gebruiker: Callable[..., Any]
) -> None:
    inloggen(pagina, "fez_medewerker", eenheden=["fez-begrotingszaken"])
    periode = _maand_met_bon(pagina)
    pagina.context.clear_cookies()
    inloggen(pagina, "jurist_czw", eenheden=["czw-juridisch-advies"])
    pagina.goto(pagina.basis + f"/bestuurskosten/{periode.pk}/")
    assert pagina.get_by_role("button", name="Openbaar maken").count() == 0
    controleer_toegankelijkheid(pagina)
    # a forged POST is refused by the matrix, page and API alike
    csrf = pagina.locator("input[name=csrfmiddlewaretoken]").first.get_attribute("value")
    pagina_antwoord = pagina.request.post(
        pagina.basis + f"/bestuurskosten/{periode.pk}/publiceren/",
        form={"csrfmiddlewaretoken": csrf},
        headers={"Referer": pagina.basis + "/"},
    )
    assert pagina_antwoord.status == 403
    api_antwoord = pagina.request.post(
        pagina.basis + f"/api/v1/bestuurskosten/perioden/{periode.pk}/publiceren",
        headers={"X-CSRFToken": csrf, "Referer": pagina.basis + "/"},
    )
    assert api_antwoord.status == 403
    periode.refresh_from_db()
    assert periode.status == Periode.Status.OPEN

    # the SG may publish; then withdraw with a reason, visible to the public
    pagina.context.clear_cookies()
    inloggen(pagina, "secretaris_generaal", eenheden=["sg"])
    pagina.goto(pagina.basis + f"/bestuurskosten/{periode.pk}/")
    pagina.get_by_role("button", name="Openbaar maken").click()
    assert "is openbaar gemaakt" in _status(pagina)
    reden = pagina.get_by_label("Reden van intrekken (wordt openbaar getoond)", exact=True)
    reden.fill("Bon hoort bij april.")
    pagina.get_by_role("button", name="Publicatie intrekken").click()
    assert "is ingetrokken" in _status(pagina)
    assert pagina.get_by_role("button", name="Maand heropenen").count() == 0  # only FEZ reopens
    controleer_toegankelijkheid(pagina)
    record = AuditRecord.objects.get(actie="bestuurskosten_ingetrokken")
    assert record.gegevens["reden"] == "Bon hoort bij april."
    pagina.context.clear_cookies()
    pagina.goto(pagina.basis + "/bestuurskosten/openbaar/bzk/2026/3/")
    assert "Bon hoort bij april." in pagina.locator("main").inner_text()
    assert "€ 84,50" not in pagina.locator("main").inner_text()
    controleer_toegankelijkheid(pagina)
    pagina.goto(pagina.basis + "/bestuurskosten/openbaar/")
    controleer_toegankelijkheid(pagina)
