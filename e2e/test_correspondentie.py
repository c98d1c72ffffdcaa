"""Correspondence end to end in the browser, with real servers on loopback: a child's e-mail
arrives in the IMAP mailbox (Dovecot) → a case, recognised as kinderbrief → the answer drafted
from a text block → signed by the minister on the tablet (the memo flow) → sent by SMTP with the
signed PDF → case closed. Also the public contact form, the intake and the mandate page; axe on
every page of the part. With MINISTERIE_SCHERMAFDRUKKEN=MAP the pages are saved as PNG."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pymupdf
import pytest
from django.test import override_settings

from e2e.hulp import controleer_toegankelijkheid, log_in
from ministerie.correspondentie.tests.hulp import email
from ministerie.correspondentie.tests.imapserver import DovecotServer


def _afdruk(pagina: Any, naam: str) -> None:
    if map_ := os.environ.get("MINISTERIE_SCHERMAFDRUKKEN"):
        Path(map_).mkdir(parents=True, exist_ok=True)
        pagina.screenshot(path=f"{map_}/{naam}.png", full_page=True)


@pytest.fixture
def postvak() -> Iterator[DovecotServer]:
    map_ = Path(tempfile.mkdtemp(prefix="dovecot-e2e-"))
    try:
        with (
            DovecotServer(map_) as server,
            override_settings(
                CORRESPONDENTIE_IMAP_HOST="127.0.0.1",
                CORRESPONDENTIE_IMAP_POORT=server.poort,
                CORRESPONDENTIE_IMAP_GEBRUIKER=server.gebruiker,
                CORRESPONDENTIE_IMAP_WACHTWOORD=server.wachtwoord,
                CORRESPONDENTIE_IMAP_CA=str(server.ca),
            ),
        ):
            yield server
    finally:
        shutil.rmtree(map_, ignore_errors=True)


@pytest.mark.rooktest
def test_kinderbrief_van_postvak_tot_verzonden_antwoord(
    pagina: Any, bzk: Any, maak_gebruiker: Any, postvak: DovecotServer, smtp: Any
) -> None:
    from ministerie.correspondentie.models import Antwoord, Zaak
    from ministerie.correspondentie.postvak import haal_op

    mc = maak_gebruiker("mc_medewerker", eenheden=["com-team-maatschappelijke-correspondentie"])
    minister = maak_gebruiker("bewindspersoon", eenheden=["minister-bzk"])

    # the child's e-mail arrives; one pass of the reader (what `ministerie correspondentie ophalen` does)
    postvak.bezorg(email())
    assert haal_op().opgeslagen == 1
    assert postvak.aantal("INBOX") == 0 and postvak.aantal("Verwerkt") == 1
    zaak = Zaak.objects.get()

    log_in(pagina, mc)
    pagina.get_by_role("link", name="Correspondentie", exact=True).first.click()
    controleer_toegankelijkheid(pagina)
    _afdruk(pagina, "correspondentie-overzicht")
    pagina.get_by_role("link", name=zaak.zaaknummer).click()
    assert "Kinderbrief" in pagina.locator("#soort").inner_text()
    assert "De afzender is 9 jaar" in pagina.locator("#soort").inner_text()
    controleer_toegankelijkheid(pagina)
    _afdruk(pagina, "correspondentie-zaak-nieuw")
    pagina.get_by_role("button", name="Soort bevestigen").click()
    assert "(bevestigd)" in pagina.locator("#soort").inner_text()
    assert "tekent zelf" in pagina.locator("#tekenregel").inner_text()

    # MC keeps a text block, and drafts the answer from it
    pagina.goto(pagina.basis + "/correspondentie/tekstblokken/")
    pagina.get_by_label("Titel", exact=True).fill("Dank voor je brief")
    pagina.get_by_label("Tekst", exact=True).fill(
        "Dank je wel voor je brief over de speeltuinen. Ik vind het fijn dat je meedenkt."
    )
    pagina.get_by_role("button", name="Opslaan").click()
    assert "Tekstblok 'Dank voor je brief' is opgeslagen" in pagina.get_by_role("status").first.inner_text()
    controleer_toegankelijkheid(pagina)
    _afdruk(pagina, "correspondentie-tekstblokken")
    pagina.goto(pagina.basis + f"/correspondentie/{zaak.pk}/")
    pagina.get_by_label("Dank voor je brief").check()
    pagina.get_by_role("button", name="Concept maken").click()
    assert "Dank je wel voor je brief" in pagina.get_by_role("textbox", name="Antwoord").input_value()
    pagina.get_by_role("button", name="Ter ondertekening voorleggen").click()
    assert "ligt ter ondertekening" in pagina.get_by_role("status").first.inner_text()
    assert pagina.locator("#status").inner_text() == "Ter ondertekening"
    controleer_toegankelijkheid(pagina)
    _afdruk(pagina, "correspondentie-ter-ondertekening")

    # the minister signs on the tablet
    nota = Antwoord.objects.get(zaak=zaak).nota
    assert nota is not None
    log_in(pagina, minister)
    pagina.set_viewport_size({"width": 768, "height": 1024})
    pagina.goto(pagina.basis + f"/stukken/tablet/{nota.pk}/")
    assert "Dank je wel voor je brief" in pagina.content()
    pagina.get_by_role("button", name="Tekenen").click()
    pagina.set_viewport_size({"width": 1366, "height": 900})

    # MC sends it by e-mail; the case is closed
    log_in(pagina, mc)
    pagina.goto(pagina.basis + f"/correspondentie/{zaak.pk}/")
    assert str(minister) in pagina.locator("#ondertekend").inner_text()
    pagina.get_by_role("button", name="Verzenden per e-mail aan sanne@voorbeeld.nl").click()
    assert "per e-mail verzonden" in pagina.get_by_role("status").first.inner_text()
    assert pagina.locator("#status").inner_text() == "Afgehandeld"
    controleer_toegankelijkheid(pagina)
    _afdruk(pagina, "correspondentie-verzonden")
    [bericht] = smtp.aan("sanne@voorbeeld.nl")
    [pdf] = [d for d in bericht.iter_attachments() if d.get_content_type() == "application/pdf"]
    tekst = "".join(p.get_text() for p in pymupdf.open(stream=pdf.get_content(), filetype="pdf"))
    assert "Dank je wel voor je brief" in tekst and str(minister) in tekst and zaak.zaaknummer in tekst
    antwoord = pagina.request.get(pagina.basis + f"/correspondentie/{zaak.pk}/brief.pdf")
    assert antwoord.ok and antwoord.body() == pdf.get_content()


def test_contactformulier_registratie_mandaten_en_campagne(
    pagina: Any, bzk: Any, maak_gebruiker: Any, smtp: Any
) -> None:
    from ministerie.correspondentie import services
    from ministerie.correspondentie.models import Mandaat, Zaak

    # the public form says what happens next and when
    with override_settings(CORRESPONDENTIE_MIN_INVULTIJD=0):
        pagina.goto(pagina.basis + "/correspondentie/contact/")
        controleer_toegankelijkheid(pagina)
        _afdruk(pagina, "correspondentie-contact")
        pagina.get_by_label("Uw naam").fill("Jan Jansen")
        pagina.get_by_label("Uw e-mailadres").fill("jan@voorbeeld.nl")
        pagina.get_by_label("Onderwerp").fill("Huurtoeslag")
        pagina.get_by_label("Uw vraag of bericht").fill("Wanneer wordt de huurtoeslag verhoogd?")
        pagina.get_by_role("button", name="Versturen").click()
        zaak = Zaak.objects.get(kanaal="webformulier")
        assert pagina.locator("#zaaknummer").inner_text() == zaak.zaaknummer
        assert zaak.afzender_email == "jan@voorbeeld.nl" and zaak.soort == "burgerbrief"
        controleer_toegankelijkheid(pagina)
        _afdruk(pagina, "correspondentie-contact-ontvangen")

    mc = maak_gebruiker("mc_medewerker", eenheden=["com-team-maatschappelijke-correspondentie"])
    log_in(pagina, mc)
    pagina.goto(pagina.basis + "/correspondentie/nieuw/?kanaal=telefoon")
    controleer_toegankelijkheid(pagina)
    _afdruk(pagina, "correspondentie-registreren")
    pagina.get_by_label("Onderwerp").fill("Vraag over de Omgevingswet")
    pagina.get_by_label("Inhoud").fill("De gemeente belde met een vraag over de invoering.")
    pagina.get_by_role("button", name="Registreren").click()
    assert "Vul de naam van de afzender of de organisatie in." in pagina.content()
    controleer_toegankelijkheid(pagina)
    pagina.get_by_label("Naam afzender").fill("Gemeente Oss")
    pagina.get_by_role("button", name="Registreren").click()
    assert "is geregistreerd" in pagina.get_by_role("status").first.inner_text()
    assert Zaak.objects.filter(kanaal="telefoon").count() == 1

    # a letter as a scan: read, the sender and address filled in (editable), registered with it
    with pymupdf.open() as document:
        document.new_page().insert_textbox(
            pymupdf.Rect(60, 60, 540, 800),
            "Fatima el Amrani\nLindelaan 12\n3581 AB Utrecht\n\nGeachte minister,\n\n"
            "Ik schrijf u over de huurtoeslag voor studenten.",
            fontsize=11,
        )
        scan = document.tobytes()
    pagina.goto(pagina.basis + "/correspondentie/nieuw/?kanaal=brief")
    pagina.get_by_label("Scan van de brief").set_input_files(
        files=[{"name": "brief.pdf", "mimeType": "application/pdf", "buffer": scan}]
    )
    pagina.get_by_role("button", name="Scan lezen").click()
    assert "is gelezen" in pagina.locator("#scan-gelezen").inner_text()
    assert pagina.get_by_label("Naam afzender").input_value() == "Fatima el Amrani"
    assert pagina.get_by_label("Postadres").input_value() == "Lindelaan 12\n3581 AB Utrecht"
    controleer_toegankelijkheid(pagina)
    _afdruk(pagina, "correspondentie-scan-gelezen")
    pagina.get_by_label("Onderwerp").fill("Huurtoeslag studenten")
    pagina.get_by_role("button", name="Registreren").click()
    assert "is geregistreerd" in pagina.get_by_role("status").first.inner_text()
    assert pagina.get_by_role("link", name="brief.pdf").is_visible()
    pagina.goto(pagina.basis + "/correspondentie/mandaten/")
    pagina.get_by_label("Bewindspersoon", exact=True).select_option(
        label="Minister van Binnenlandse Zaken en Koninkrijksrelaties"
    )
    pagina.get_by_label("Wie tekent brieven aan deze bewindspersoon").select_option("mc")
    pagina.get_by_role("button", name="Vastleggen").click()
    assert Mandaat.objects.get().wie == "mc"
    controleer_toegankelijkheid(pagina)
    _afdruk(pagina, "correspondentie-mandaten")

    # a campaign: five near-identical e-mails, grouped and answered in one action
    for i in range(5):
        services.maak_zaak(
            kanaal="email",
            onderwerp="Stop de bouw in het groen",
            tekst="Geachte minister, ik vraag u dringend om geen nieuwe woonwijken te bouwen in het "
            f"groene hart en eerst leegstaande kantoren om te bouwen tot woningen. Groet, afzender {i}",
            afzender_naam=f"Afzender {i}",
            afzender_email=f"groen{i}@voorbeeld.nl",
        )
    services.bewaar_tekstblok(
        door=mc,
        titel="Bouwen in het groen",
        tekst="Dank voor uw oproep over het groen.",
        standaardantwoord=True,
    )
    pagina.goto(pagina.basis + "/correspondentie/campagnes/")
    pagina.get_by_role("button", name="Bijna gelijke berichten nu groeperen").click()
    assert "1 nieuwe campagne(s) gevonden." in pagina.get_by_role("status").first.inner_text()
    controleer_toegankelijkheid(pagina)
    _afdruk(pagina, "correspondentie-campagnes")
    pagina.get_by_role("link", name="Stop de bouw in het groen").click()
    controleer_toegankelijkheid(pagina)
    _afdruk(pagina, "correspondentie-campagne")
    pagina.get_by_role("button", name="Aan alle 5 afzenders verzenden").click()
    assert (
        "5 afzenders hebben het antwoord per e-mail gekregen."
        in pagina.get_by_role("status").first.inner_text()
    )
    assert pagina.locator("#open").inner_text() == "0"
    assert sorted(o for lijst, _ in smtp.berichten for o in lijst) == [
        f"groen{i}@voorbeeld.nl" for i in range(5)
    ]

    # the yearly figures and the personal-data page of MC
    maak_gebruiker("bewindspersoon", eenheden=["minister-bzk"])
    pagina.goto(pagina.basis + "/correspondentie/inzicht/")
    assert pagina.locator("#totaal").inner_text() == "8"
    controleer_toegankelijkheid(pagina)
    _afdruk(pagina, "correspondentie-inzicht")
    pagina.get_by_role("button", name="Aanbieden aan de Kamer").click()
    assert "ter ondertekening bij de bewindspersoon" in pagina.get_by_role("status").first.inner_text()
    assert "aangeboden als Kamerbrief" in pagina.locator("#aanbieding").inner_text()
    controleer_toegankelijkheid(pagina)
    _afdruk(pagina, "correspondentie-inzicht-aangeboden")
    pagina.goto(pagina.basis + "/correspondentie/persoonsgegevens/")
    controleer_toegankelijkheid(pagina)
    _afdruk(pagina, "correspondentie-persoonsgegevens")
    with pagina.expect_download() as download:
        pagina.get_by_label("E-mailadres van de persoon").fill("jan@voorbeeld.nl")
        pagina.get_by_role("button", name="Export maken").click()
    assert download.value.suggested_filename == "inzage-correspondentie.zip"
