"""Woo in the browser: a request from the public form through precision, assessment of 20
documents with two grounds, a third-party view (suspension and resumption in the due date), the
decision signed off through the routing of initials, and publication with an objection expected
(released exactly two weeks after the announcement). Every page passes axe-core."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from io import BytesIO
from typing import Any

import pytest
from django.core.management import call_command
from django.utils import timezone

from e2e.hulp import controleer_toegankelijkheid, log_in
from ministerie.core.rubricering import Rubricering
from ministerie.lakken.pdf import controleer
from ministerie.termijnen import bereken, is_vrije_dag
from ministerie.woo.diwoo import controleer_metadata
from ministerie.woo.models import Logregel, Publicatie, Verzoek
from ministerie.woo.tests.hulp import BSNS, NAMEN, maak_organisatie, publiceerbaar, woo_document

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
AANTAL = 20


def _log_in(pagina: Any, gebruiker: Any) -> None:
    log_in(pagina, gebruiker)


def _melding(pagina: Any) -> str:
    return " ".join(pagina.get_by_role("status").all_inner_texts())


def _uiterste_datum(pagina: Any) -> str:
    return pagina.locator("#uiterste-datum").inner_text().strip()


def _datum(pagina: Any, label: str, waarde: date) -> None:
    pagina.get_by_label(label, exact=True).fill(waarde.isoformat())


def _werkdag_vanaf(dag: date) -> date:
    """The first working day from ``dag`` on whose date two weeks later is a working day too."""
    while is_vrije_dag(dag) or is_vrije_dag(dag + timedelta(days=14)):
        dag += timedelta(days=1)
    return dag


def test_woo_verzoek_van_webformulier_tot_publicatie(
    pagina: Any, maak_gebruiker: Callable[..., Any], settings: Any
) -> None:
    settings.WOO_MIN_INVULTIJD = 1
    pagina.set_default_timeout(60_000)
    maak_organisatie()
    jurist = maak_gebruiker("jurist_czw", eenheden=["czw-juridisch"], clearance=Rubricering.STG_GEHEIM)
    directeur = maak_gebruiker("directeur", eenheden=["czw"], clearance=Rubricering.STG_GEHEIM)
    minister = maak_gebruiker("bewindspersoon", eenheden=["minister-bzk"], clearance=Rubricering.STG_GEHEIM)

    # 1. the public form, without logging in; the public menu (issue 14 §6), no staff tools
    pagina.goto(pagina.basis + "/openbaar/woo-verzoek/")
    controleer_toegankelijkheid(pagina)
    menu = pagina.get_by_role("navigation", name="Hoofdmenu").get_by_role("link")
    publiek = set(menu.all_inner_texts())
    assert {"Woo-verzoek indienen", "Openbaar gemaakt", "Inloggen"} <= publiek
    assert not {"Mijn werk", "API", "Termijnen", "Woo"} & publiek
    # a required field is not shown as invalid before use: it looks as it does once filled in
    beschrijving = pagina.get_by_label("Welke informatie zoekt u?")
    assert beschrijving.evaluate("e => e.required && e.matches(':invalid')")
    stijl = "e => ['borderTopColor', 'backgroundColor'].map(k => getComputedStyle(e)[k]).join()"
    leeg = beschrijving.evaluate(stijl)
    beschrijving.fill("x")
    assert leeg == beschrijving.evaluate(stijl)
    pagina.get_by_label("Onderwerp").fill("Woningbouwimpuls 2021")
    pagina.get_by_label("Welke informatie zoekt u?").fill("Alle notities over de woningbouwimpuls.")
    pagina.get_by_label("Uw naam").fill("Greet Verzoeker")
    pagina.get_by_label("Uw e-mailadres").fill("greet@example.org")
    pagina.wait_for_timeout(1100)  # the minimum fill time of the anti-abuse check
    pagina.get_by_role("button", name="Verzoek versturen").click()
    pagina.wait_for_url(re.compile(r".*/openbaar/woo-verzoek/ontvangen/.*"))
    verzoek = Verzoek.objects.get()
    assert pagina.locator("#zaaknummer").inner_text() == verzoek.zaaknummer
    assert "uiterlijk binnen vier weken" in pagina.content()
    controleer_toegankelijkheid(pagina)

    # the test plays the case from 40 days ago, so that every date can be entered as it happened
    ontvangen = timezone.localdate() - timedelta(days=40)
    Verzoek.objects.filter(pk=verzoek.pk).update(ontvangen_op=ontvangen)
    Logregel.objects.filter(verzoek=verzoek).update(datum=ontvangen)
    url = pagina.basis + f"/woo/verzoeken/{verzoek.pk}/"

    # 2. precision (Woo art. 4.1 lid 5): asked on day 3, answered on day 7: 3 days suspended
    _log_in(pagina, jurist)
    pagina.goto(url)
    controleer_toegankelijkheid(pagina)
    assert _uiterste_datum(pagina) == bereken("woo", ontvangen).uiterste_datum.isoformat()
    pagina.get_by_label("Wat moet de verzoeker preciseren?").fill("Welke periode bedoelt u?")
    _datum(pagina, "Gevraagd op", ontvangen + timedelta(days=3))
    _datum(pagina, "Antwoord uiterlijk", ontvangen + timedelta(days=17))
    pagina.get_by_role("button", name="Precisering vragen").click()
    assert "precisering is gevraagd" in _melding(pagina)
    assert _uiterste_datum(pagina) == "Opgeschort"
    pagina.get_by_label("Precisering van de verzoeker").fill("Het jaar 2021.")
    _datum(pagina, "Ontvangen op", ontvangen + timedelta(days=7))
    pagina.get_by_role("button", name="Precisering vastleggen").click()
    na_precisering = bereken("woo", ontvangen, opschorting_dagen=3).uiterste_datum
    assert _uiterste_datum(pagina) == na_precisering.isoformat()

    # 3. twenty documents, uploaded and assessed in bulk: names/e-mail (5.1.2e) and BSN (5.1.1e)
    pagina.goto(url + "documenten/")
    pagina.get_by_label("Bestanden").set_input_files(
        [{"name": n, "mimeType": "application/pdf", "buffer": b} for n, b in map(woo_document, range(AANTAL))]
    )
    pagina.get_by_role("button", name="Uploaden en toevoegen").click()
    assert f"{AANTAL} document(en) toegevoegd" in _melding(pagina)
    controleer_toegankelijkheid(pagina)
    pagina.get_by_label("Alle nog niet beoordeelde documenten").check()
    pagina.get_by_label("Beoordeling", exact=True).select_option("deels_openbaar")
    pagina.get_by_role("button", name="Beoordelen, lakken en controleren").click()
    assert f"{AANTAL} document(en) beoordeeld, gelakt en gecontroleerd" in _melding(pagina)
    assert pagina.get_by_role("cell", name="in orde").count() == AANTAL
    assert pagina.get_by_role("cell", name="5.1.1e, 5.1.2e").count() == AANTAL

    # the reviewer sees the proposed redactions on the page
    pagina.goto(url + "documenten/1/")
    assert pagina.locator(".woo-lak").count() == 3
    pagina.get_by_role("img", name=re.compile("Pagina 1 van 1, met 3 lakvoorstel")).wait_for()
    controleer_toegankelijkheid(pagina)

    # 4. a third party's view: suspended from the day after the requester is told (day 10)
    pagina.goto(url)
    pagina.locator("summary", has_text="Zienswijze van een derde vragen").click()  # a folded form
    pagina.get_by_label("Derde-belanghebbende").fill("Bouwbedrijf Voorbeeld B.V.")
    _datum(pagina, "Gevraagd op", ontvangen + timedelta(days=10))
    _datum(pagina, "Verzoeker geïnformeerd op", ontvangen + timedelta(days=10))
    _datum(pagina, "Zienswijze uiterlijk", ontvangen + timedelta(days=24))
    pagina.get_by_role("button", name="Zienswijze vragen").click()
    assert _uiterste_datum(pagina) == "Opgeschort"
    assert "Opgeschort (zienswijze derden)" in pagina.locator("#status").inner_text()
    controleer_toegankelijkheid(pagina)
    pagina.get_by_label("Samenvatting van de zienswijze").fill("Bezwaar tegen openbaarmaking van de offerte.")
    pagina.get_by_label("Ontvangen op", exact=True).fill((ontvangen + timedelta(days=15)).isoformat())
    pagina.get_by_label("De derde zal naar verwachting bezwaar maken tegen openbaarmaking").check()
    pagina.get_by_role("button", name="Zienswijze vastleggen").click()
    # resumed: days 11 up to and including 14 were suspended (4 days), 7 in all
    uiterste = bereken("woo", ontvangen, opschorting_dagen=7).uiterste_datum
    assert _uiterste_datum(pagina) == uiterste.isoformat() != na_precisering.isoformat()

    # 5. the decision: reasons for the relative ground, letter and inventory, routing of initials
    pagina.get_by_label(re.compile("5.1.2e .*belangenafweging")).fill(
        "Het belang van de persoonlijke levenssfeer van de genoemde personen weegt zwaarder."
    )
    pagina.get_by_role("button", name="Motivering opslaan").click()
    pagina.get_by_role("button", name="Besluit opstellen en ter parafering aanbieden").click()
    assert "de lijn in gestuurd" in _melding(pagina)
    verzoek.refresh_from_db()
    nota = verzoek.besluit_nota
    assert [s.houder for s in nota.stappen.order_by("niveau")] == [directeur, minister]
    _log_in(pagina, directeur)
    pagina.goto(pagina.basis + f"/stukken/notas/{nota.pk}/")
    pagina.get_by_role("button", name="Paraferen").click()
    _log_in(pagina, minister)
    pagina.goto(pagina.basis + f"/stukken/notas/{nota.pk}/")
    pagina.get_by_label("Akkoord", exact=True).check()
    pagina.get_by_role("button", name="Besluit vastleggen").click()
    assert "Uw besluit is vastgelegd" in _melding(pagina)

    # the signature is the decision (issue 14 §2): in the request's course of events with no
    # further click, and the jurist finds the next step on Mijn werk
    vandaag = timezone.localdate()
    _log_in(pagina, jurist)
    werk = pagina.get_by_role("row").filter(has_text="Woo — besluit bekendmaken")
    assert "maak het bekend aan de verzoeker" in werk.inner_text()
    werk.get_by_role("link", name=re.compile(verzoek.zaaknummer)).click()
    assert "Besluit genomen" in pagina.locator("#status").inner_text()
    verloop = pagina.get_by_text(re.compile(f"Besluit genomen op {vandaag:%d-%m-%Y} \\(te laat"))
    assert nota.kenmerk in verloop.inner_text() and "akkoord bevonden" in verloop.inner_text()
    assert pagina.get_by_label("Besluitdatum").count() == 0  # the signature's date, not typed
    controleer_toegankelijkheid(pagina)

    # announced on a day whose date two weeks later is a working day; objection expected
    bekendgemaakt = _werkdag_vanaf(vandaag)
    _datum(pagina, "Bekendgemaakt aan de verzoeker op", bekendgemaakt)
    assert pagina.get_by_label(re.compile("Bezwaar van een derde-belanghebbende verwacht")).is_checked()
    pagina.get_by_role("button", name="Bekendmaking vastleggen").click()
    assert "Het besluit is vastgelegd" in _melding(pagina)
    publicatiedag = bekendgemaakt + timedelta(days=14)
    assert pagina.locator("#publicatiedatum").inner_text().startswith(publicatiedag.isoformat())

    # 6. publication: approved now, released exactly two weeks after the announcement
    pagina.get_by_role("button", name="Publiceren").click()
    # the announcement is today (or the next working day), so its two weeks run into the future
    assert publicatiedag > timezone.localdate()
    assert f"de publicatie wordt op {publicatiedag:%d-%m-%Y} openbaar" in _melding(pagina)
    assert "Wacht op openbaarmaking" in pagina.locator("#status").inner_text()
    controleer_toegankelijkheid(pagina)
    publicatie = Publicatie.objects.get()
    assert publicatie.status == Publicatie.Status.GEPLAND
    pagina.goto(pagina.basis + "/openbaar/?q=woningbouwimpuls")
    assert pagina.get_by_role("link", name=re.compile("Woningbouwimpuls")).count() == 0
    call_command("woo", "publiceer-gepland", "--datum", (publicatiedag - timedelta(days=1)).isoformat())
    publicatie.refresh_from_db()
    assert publicatie.status == Publicatie.Status.GEPLAND
    call_command("woo", "publiceer-gepland", "--datum", publicatiedag.isoformat())
    publicatie.refresh_from_db()
    assert publicatie.status == Publicatie.Status.GEPUBLICEERD

    # the public portal: search, the package, its metadata
    pagina.context.clear_cookies()
    pagina.goto(pagina.basis + "/openbaar/?q=woningbouwimpuls")
    controleer_toegankelijkheid(pagina)
    pagina.get_by_role("link", name=re.compile("Woningbouwimpuls")).click()
    controleer_toegankelijkheid(pagina)
    assert pagina.get_by_role("link", name=re.compile("DiWoo-metadata")).count() == AANTAL + 3
    # file type and size per file (issue 14 §6)
    rij = pagina.get_by_role("row").filter(
        has=pagina.get_by_role("link", name="Inventarislijst " + verzoek.zaaknummer + " (spreadsheet)")
    )
    assert re.search(r"\tInventarislijst\tExcel \(XLSX\)\t\d+ kB\tDiWoo", rij.inner_text())
    assert pagina.get_by_role("cell", name="PDF", exact=True).count() == AANTAL + 2
    geheimen = [*NAMEN, *BSNS, "greet@example.org", "Greet Verzoeker"]
    for bestand in publicatie.bestanden.all():
        antwoord = pagina.request.get(
            pagina.basis + f"/openbaar/publicaties/{publicatie.pk}/bestanden/{bestand.pk}"
        )
        assert antwoord.ok
        if bestand.mime == "application/pdf":
            assert controleer(antwoord.body(), geheimen) == [], bestand.titel
        metadata = pagina.request.get(
            pagina.basis + f"/openbaar/publicaties/{publicatie.pk}/bestanden/{bestand.pk}/metadata.xml"
        )
        assert controleer_metadata(metadata.body()) == [], bestand.titel
        assert b"c_3baef532" in metadata.body() and b"mnre1034" in metadata.body()
    from openpyxl import load_workbook

    xlsx = publicatie.bestanden.get(bestandsnaam="inventarislijst.xlsx")
    with xlsx.bestand.open("rb") as f:
        rijen = list(load_workbook(BytesIO(f.read())).active.iter_rows(min_row=3, values_only=True))
    assert [r[0] for r in rijen] == list(range(1, AANTAL + 1))
    assert all(r[4] == "Deels openbaar" and r[5] == "5.1.1e, 5.1.2e" for r in rijen)


@pytest.mark.rooktest
def test_overige_woo_paginas_toegankelijk(
    pagina: Any, inloggen: Callable[..., Any], maak_gebruiker: Callable[..., Any]
) -> None:
    from ministerie.woo import services

    maak_organisatie()
    jurist = maak_gebruiker("jurist_czw", eenheden=["czw-juridisch"])
    services.registreer_verzoek(
        door=jurist,
        kanaal="brief",
        onderwerp="Grondwet",
        omschrijving="Alles over de Grondwet",
        verzoeker_naam="B. Schrijver",
        verzoeker_adres="Postbus 1\n1000 AA Amsterdam",
        ontvangen_op=timezone.localdate() - timedelta(days=40),
    )
    inloggen(pagina, "jurist_czw", eenheden=["czw-juridisch"])
    pagina.goto(pagina.basis + "/woo/")
    assert pagina.get_by_role("cell", name=re.compile("te laat")).count() == 1
    controleer_toegankelijkheid(pagina)
    pagina.get_by_role("link", name="Een verzoek registreren").click()
    controleer_toegankelijkheid(pagina)
    pagina.get_by_label("Ontvangen via").select_option("mondeling")
    pagina.get_by_label("Onderwerp").fill("Vergaderstukken")
    pagina.get_by_label("Het verzoek").fill("De agenda's van 2021")
    pagina.get_by_role("button", name="Registreren").click()
    assert "is geregistreerd" in _melding(pagina)
    controleer_toegankelijkheid(pagina)
    pagina.context.clear_cookies()
    inloggen(pagina, "secretaris_generaal", eenheden=["sg"])
    pagina.goto(pagina.basis + "/woo/inzicht/")
    pagina.get_by_role("img", name=re.compile("Open verzoeken naar resterende dagen")).wait_for()
    controleer_toegankelijkheid(pagina)
    pagina.context.clear_cookies()
    pagina.goto(pagina.basis + "/openbaar/")
    controleer_toegankelijkheid(pagina)


def test_bulkupload_brieven_en_zoeken_op_de_portal(pagina: Any, maak_gebruiker: Callable[..., Any]) -> None:
    """A ZIP uploaded into a request (duplicates and bad entries reported by name), the precision
    request and verdaging notice as letters, and the portal's full-text search (tantivy) that
    finds a published decision and no longer finds it once withdrawn."""
    import zipfile

    from ministerie.woo import publicatie, services

    pagina.set_default_timeout(60_000)
    maak_organisatie()
    jurist = maak_gebruiker("jurist_czw", eenheden=["czw-juridisch"], clearance=Rubricering.STG_GEHEIM)
    ontvangen = timezone.localdate() - timedelta(days=5)
    verzoek = services.registreer_verzoek(
        door=jurist,
        kanaal="email",
        onderwerp="Subsidies",
        omschrijving="Alles over subsidies",
        verzoeker_naam="Greet Verzoeker",
        verzoeker_email="greet@example.org",
        ontvangen_op=ontvangen,
    )
    url = pagina.basis + f"/woo/verzoeken/{verzoek.pk}/"
    _log_in(pagina, jurist)

    # the precision request as a letter (text and PDF), in the course of events
    pagina.goto(url)
    pagina.get_by_label("Wat moet de verzoeker preciseren?").fill("Welke subsidieregeling bedoelt u?")
    _datum(pagina, "Gevraagd op", ontvangen + timedelta(days=1))
    _datum(pagina, "Antwoord uiterlijk", ontvangen + timedelta(days=15))
    pagina.get_by_role("button", name="Precisering vragen").click()
    assert "precisering is gevraagd" in _melding(pagina)
    brieven = pagina.get_by_role("region", name="Brieven aan de verzoeker")
    brieven.get_by_text("Tekst van de brief").nth(1).click()
    assert "Welke subsidieregeling bedoelt u?" in brieven.inner_text()
    assert f"{ontvangen + timedelta(days=15):%-d}" in brieven.inner_text()
    controleer_toegankelijkheid(pagina)
    link = brieven.get_by_role("link", name="Verzoek om uw Woo-verzoek te preciseren (PDF)")
    assert pagina.request.get(pagina.basis + link.get_attribute("href")).body().startswith(b"%PDF")
    pagina.get_by_label("Precisering van de verzoeker").fill("De woningbouwimpuls.")
    _datum(pagina, "Ontvangen op", ontvangen + timedelta(days=3))
    pagina.get_by_role("button", name="Precisering vastleggen").click()

    # the verdaging notice, with the reason and the new due date from the engine
    pagina.locator("summary", has_text="Verdagen").click()
    pagina.get_by_label("Reden (omvang of ingewikkeldheid)").fill("Omvang: veel documenten")
    pagina.get_by_role("button", name="Verdagen").click()
    assert "verdaagd" in _melding(pagina)
    nieuw = bereken("woo", ontvangen, opschorting_dagen=1, verdaging=True).uiterste_datum
    assert _uiterste_datum(pagina) == nieuw.isoformat()
    brieven.get_by_text("Tekst van de brief").nth(2).click()
    assert "Omvang: veel documenten" in brieven.inner_text()
    assert f"{nieuw.day} " in brieven.inner_text()
    link = brieven.get_by_role("link", name="Verdaging van de beslistermijn op uw Woo-verzoek (PDF)")
    assert pagina.request.get(pagina.basis + link.get_attribute("href")).body().startswith(b"%PDF")
    assert Logregel.objects.filter(verzoek=verzoek, omschrijving__startswith="Brief").count() == 2
    controleer_toegankelijkheid(pagina)

    # a ZIP through the bulk pipeline: two documents, a duplicate and a bad entry reported
    archief = BytesIO()
    with zipfile.ZipFile(archief, "w") as z:
        stukken = [woo_document(i) for i in (1, 2)]
        for naam, data in stukken:
            z.writestr(f"map/{naam}", data)
        z.writestr("map/kopie.pdf", stukken[0][1])
        z.writestr("programma.exe", b"MZ" + b"\0" * 100)
    pagina.goto(url + "documenten/")
    pagina.get_by_label("Bestanden").set_input_files(
        [{"name": "levering.zip", "mimeType": "application/zip", "buffer": archief.getvalue()}]
    )
    pagina.get_by_role("button", name="Uploaden en toevoegen").click()
    melding = _melding(pagina)
    assert "2 document(en) toegevoegd" in melding
    assert "is gelijk aan" in melding and "Niet toegevoegd: levering.zip!programma.exe" in melding
    assert verzoek.documenten.count() == 2
    controleer_toegankelijkheid(pagina)

    # the portal's full-text search: only what is published, until it is withdrawn
    org = {"jurist": jurist, "directeur_wb": maak_gebruiker("directeur", eenheden=["woningbouw"])}
    gepubliceerd = publicatie.publiceer(publiceerbaar(org), door=jurist)
    pagina.context.clear_cookies()
    pagina.goto(pagina.basis + "/openbaar/?q=ov%C3%A9rleg+middelen")
    assert "1 publicatie(s) gevonden" in _melding(pagina)
    assert pagina.locator(".woo-fragment mark").count() >= 2
    controleer_toegankelijkheid(pagina)
    publicatie.trek_publicatie_in(gepubliceerd, door=jurist, reden="Fout in lakken")
    pagina.goto(pagina.basis + "/openbaar/?q=middelen")
    assert "0 publicatie(s) gevonden" in _melding(pagina)
