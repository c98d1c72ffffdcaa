"""A memo from writing to settling, in the browser: edited (a version), four levels, a co-initial,
sent back once, edited again by a co-author (the difference visible), sent again from the one
who sent it back, decided by the bewindspersoon with an annotation — with every step in the
audit trail. The financial paragraph is written in Markdown (heading, bold, list, table) and
shows formatted on the tablet, on the memo page and in its PDF. With MINISTERIE_SCHERMAFDRUKKEN=MAP
the journey saves screenshots of the edit page, the versions page, the memo sent back, the
formatted memo on the tablet and the page, the PDF's first page and the author's notifications in
MAP. The author, who chose e-mail at once, finds the decision per point in the header's
notifications and receives the notices (sent back, decided, settled) on a local SMTP server."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pymupdf
import pytest

from e2e.hulp import controleer_toegankelijkheid, log_in_als
from ministerie.core import audit
from ministerie.core.models import AuditRecord
from ministerie.core.rubricering import Rubricering
from ministerie.meldingen.models import Meldingsvoorkeur
from ministerie.stukken.models import Nota

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

#: The financial paragraph in Markdown: a heading, bold, a list and a table (issue 14 §1).
FINANCIEN = """# Financiële paragraaf

De impuls kost **€ 1,2 mld** en wordt gedekt uit:

- de woningbouwimpuls
- het Volkshuisvestingsfonds

| Jaar | Gemeenten | Bedrag (mln) | Toelichting bij de raming |
|------|-----------|-------------:|---------------------------|
| 2027 | 120 | 450 | eerste tranche, op basis van de aanvragen van het voorjaar |
| 2028 | 95 | 750 | tweede tranche, na de evaluatie van de eerste ronde |
"""


@pytest.fixture
def mensen(bzk: Any, maak_gebruiker: Callable[..., Any]) -> dict[str, Any]:
    hoog = Rubricering.STG_CONFIDENTIEEL
    return {
        "beleid": maak_gebruiker(
            "beleidsmedewerker",
            eenheden=["woningbouw-woningbouwbeleid"],
            clearance=hoog,
            gebruikersnaam="beleid",
        ),
        "afdelingshoofd": maak_gebruiker(
            "afdelingshoofd",
            eenheden=["woningbouw-woningbouwbeleid"],
            clearance=hoog,
            gebruikersnaam="afdelingshoofd",
        ),
        "directeur": maak_gebruiker(
            "directeur", eenheden=["woningbouw"], clearance=hoog, gebruikersnaam="directeur"
        ),
        "dg": maak_gebruiker("directeur_generaal", eenheden=["dgbrw"], clearance=hoog, gebruikersnaam="dg"),
        "sg": maak_gebruiker("secretaris_generaal", eenheden=["sg"], clearance=hoog, gebruikersnaam="sg"),
        "minister": maak_gebruiker(
            "bewindspersoon", eenheden=["minister-bzk"], clearance=hoog, gebruikersnaam="minister"
        ),
        "czw": maak_gebruiker("directeur", eenheden=["czw"], clearance=hoog, gebruikersnaam="czw"),
        "mede": maak_gebruiker(
            "beleidsmedewerker",
            eenheden=["woningbouw-woningbouwbeleid"],
            clearance=hoog,
            gebruikersnaam="mede",
        ),
    }


def _afdruk(pagina: Any, naam: str) -> None:
    if map_ := os.environ.get("MINISTERIE_SCHERMAFDRUKKEN"):
        Path(map_).mkdir(parents=True, exist_ok=True)
        pagina.screenshot(path=str(Path(map_) / f"{naam}.png"), full_page=True)


def _controleer_opmaak(pagina: Any) -> None:
    """The financial paragraph as formatted text: a heading under Toelichting, bold, a list, and a
    table with column headers that scrolls inside its frame instead of widening the page."""
    assert pagina.get_by_role("heading", name="Financiële paragraaf", level=3).is_visible()
    assert pagina.locator(".notatekst strong", has_text="€ 1,2 mld").is_visible()
    assert pagina.locator(".notatekst li", has_text="Volkshuisvestingsfonds").is_visible()
    tabel = pagina.get_by_role("region", name="Tabel 1 bij Toelichting").get_by_role("table")
    assert tabel.get_by_role("columnheader", name="Bedrag (mln)").is_visible()
    assert tabel.get_by_role("cell", name="750").is_visible()
    assert pagina.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def _als(pagina: Any, naam: str) -> None:
    log_in_als(pagina, naam)


def _open_uit_mijn_werk(pagina: Any, onderwerp: str) -> None:
    pagina.get_by_role("link", name=onderwerp, exact=False).first.click()
    pagina.wait_for_load_state()


def _parafeer(pagina: Any, naam: str, onderwerp: str, opmerking: str = "") -> None:
    _als(pagina, naam)
    _open_uit_mijn_werk(pagina, onderwerp)
    if opmerking:
        pagina.get_by_label("Opmerking bij uw paraaf").fill(opmerking)
    pagina.get_by_role("button", name="Paraferen", exact=True).click()
    assert "Geparafeerd" in pagina.get_by_role("status").first.inner_text()


@pytest.mark.rooktest
def test_nota_van_opstellen_tot_afdoen(pagina: Any, mensen: dict[str, Any], smtp: Any) -> None:
    onderwerp = "Woningbouwimpuls 2027"
    # the author wants each notification by e-mail at once
    mensen["beleid"].email = "beleid@ministerie.test"
    mensen["beleid"].save(update_fields=["email"])
    Meldingsvoorkeur.objects.create(gebruiker=mensen["beleid"], email=Meldingsvoorkeur.Email.DIRECT)
    _als(pagina, "beleid")
    pagina.get_by_role("link", name="Stukken").click()
    pagina.get_by_role("link", name="Nieuwe nota").click()
    controleer_toegankelijkheid(pagina)
    pagina.get_by_label("Soort nota").select_option("beslisnota")
    pagina.get_by_label("Onderwerp").fill(onderwerp)
    pagina.get_by_label("Aanleiding").fill("De Kamer vroeg om versnelling van de woningbouw.")
    pagina.get_by_label("Geadviseerd besluit (beslispunten)").fill(
        "Instemmen met de impuls\nKamerbrief versturen"
    )
    pagina.get_by_label("Uiterste beslisdatum").fill("2027-01-15")
    pagina.get_by_label("Reden van de beslisdatum").fill("Debat op 20 januari")
    pagina.get_by_role("button", name="Nota opstellen").click()
    assert "is opgesteld" in pagina.get_by_role("status").first.inner_text()
    route = pagina.locator("ol.route").inner_text()
    for naam in ("afdelingshoofd", "directeur", "dg", "sg", "minister"):
        assert naam in route
    controleer_toegankelijkheid(pagina)

    # the author edits before sending and names a co-author: version 2
    pagina.get_by_role("link", name="Nota bewerken").click()
    pagina.wait_for_url("**/bewerken/")
    controleer_toegankelijkheid(pagina)
    _afdruk(pagina, "nota-bewerken")
    pagina.get_by_label("Toelichting").fill("Gemeenten krijgen geld voor extra woningen.")
    pagina.get_by_label("Test mede").check()
    pagina.get_by_role("button", name="Wijzigingen opslaan").click()
    assert "opgeslagen als versie 2" in pagina.get_by_role("status").first.inner_text()
    assert "Gemeenten krijgen geld" in pagina.content()
    pagina.get_by_role("button", name="Versturen langs de route").click()
    # underway the memo is read-only: no edit button
    assert pagina.get_by_role("link", name="Nota bewerken").count() == 0

    _parafeer(pagina, "afdelingshoofd", onderwerp, "Goed stuk")

    _als(pagina, "directeur")
    _open_uit_mijn_werk(pagina, onderwerp)
    controleer_toegankelijkheid(pagina)
    pagina.get_by_label("Medeparaaf vragen aan").select_option(label="Test czw (Directeur)")
    pagina.get_by_role("button", name="Medeparaaf vragen").click()
    pagina.get_by_role("button", name="Paraferen", exact=True).click()

    _parafeer(pagina, "czw", onderwerp, "Juridisch akkoord")

    _als(pagina, "dg")
    _open_uit_mijn_werk(pagina, onderwerp)
    pagina.get_by_label("Reden om terug te sturen").fill("Financiële paragraaf ontbreekt")
    pagina.get_by_role("button", name="Terugsturen").click()

    # the co-author finds the memo sent back on Mijn werk and adds the missing paragraph
    _als(pagina, "mede")
    _open_uit_mijn_werk(pagina, onderwerp)
    assert "Financiële paragraaf ontbreekt" in pagina.content()
    pagina.get_by_role("link", name="Nota bewerken").click()
    pagina.get_by_label("Toelichting").fill(
        "Gemeenten krijgen geld voor extra woningen. De dekking staat in de financiële paragraaf.\n\n"
        + FINANCIEN
    )
    pagina.get_by_role("button", name="Wijzigingen opslaan").click()
    assert "opgeslagen als versie 3" in pagina.get_by_role("status").first.inner_text()
    pagina.get_by_role("link", name="Versies (3)").click()
    versie3 = pagina.get_by_role("listitem").filter(has=pagina.get_by_role("heading", name="Versie 3"))
    assert "Opgeslagen door Test mede" in versie3.inner_text()
    toegevoegd = versie3.locator("ins").inner_text()
    assert "De dekking staat in de financiële paragraaf." in toegevoegd
    assert versie3.locator("del").count() == 0  # only added, nothing removed
    versie1 = pagina.get_by_role("listitem").filter(has=pagina.get_by_role("heading", name="Versie 1"))
    versie1.get_by_text("De hele nota in versie 1").click()
    assert versie1.get_by_text("De Kamer vroeg om versnelling van de woningbouw.").is_visible()
    controleer_toegankelijkheid(pagina)
    _afdruk(pagina, "nota-versies")

    # the author sends it again, from the DG who sent it back: earlier initials stay
    _als(pagina, "beleid")
    _open_uit_mijn_werk(pagina, onderwerp)
    pagina.get_by_label("Vanaf Test dg, die de nota terugstuurde").check()
    controleer_toegankelijkheid(pagina)
    _afdruk(pagina, "nota-opnieuw-versturen")
    pagina.get_by_role("button", name="Opnieuw versturen").click()
    assert "Opnieuw de lijn in gestuurd, vanaf Test dg" in pagina.locator("ol.tijdlijn").inner_text()
    for naam in ("dg", "sg"):
        _parafeer(pagina, naam, onderwerp)

    # the minister decides on a tablet
    _als(pagina, "minister")
    pagina.set_viewport_size({"width": 768, "height": 1024})
    pagina.get_by_role("link", name="Leesweergave").click()
    assert pagina.get_by_role("heading", level=1).inner_text() == onderwerp
    controleer_toegankelijkheid(pagina, alle_maten=True)  # the tablet view, with the table
    pagina.set_viewport_size({"width": 768, "height": 1024})
    _controleer_opmaak(pagina)
    _afdruk(pagina, "nota-tablet-opmaak")
    pagina.get_by_label("Akkoord").first.check()
    pagina.locator('input[value="aangehouden"]').nth(1).check()
    pagina.get_by_label("Annotatie bij het besluit").fill("Graag ook de gemeenten betrekken")
    pagina.get_by_role("button", name="Besluit vastleggen").click()
    assert "Uw besluit is vastgelegd" in pagina.get_by_role("status").first.inner_text()
    assert "Er liggen geen nota's bij u" in pagina.content()

    nota = Nota.objects.get(onderwerp=onderwerp)
    titel = f"Besloten: {nota.kenmerk} {onderwerp}"

    # the author sees the decision in the header's notifications (sent back, then decided) ...
    _als(pagina, "beleid")
    kop = pagina.locator("header .kop__meldingen")
    assert kop.inner_text().split() == ["Meldingen", "2", "ongelezen"]
    kop.click()
    pagina.wait_for_url("**/meldingen/")
    besloten = pagina.locator(".melding").filter(has_text=titel)
    assert (
        "Beslispunt 1 (Instemmen met de impuls): Akkoord; beslispunt 2 (Kamerbrief versturen): Aangehouden"
        in besloten.inner_text()
    )
    assert "Annotatie: Graag ook de gemeenten betrekken" in besloten.inner_text()
    assert pagina.locator(".melding").filter(has_text="Teruggestuurd: ").count() == 1
    controleer_toegankelijkheid(pagina)
    _afdruk(pagina, "nota-meldingen")
    # ... and received it as e-mail on the SMTP server, with the link to the memo
    mails = smtp.aan("beleid@ministerie.test")
    assert [m["Subject"] for m in mails] == [
        f"ministerie: Teruggestuurd: {nota.kenmerk} {onderwerp}",
        f"ministerie: {titel}",
    ]
    tekst = mails[1].get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert f"https://ministerie.test/stukken/notas/{nota.pk}/" in tekst
    assert "Aangehouden" not in tekst  # the text of a notification never leaves the ministry
    besloten.get_by_role("button", name="Openen").click()
    pagina.wait_for_url(f"**/stukken/notas/{nota.pk}/")
    assert pagina.locator("header .kop__meldingen").inner_text().split() == ["Meldingen", "1", "ongelezen"]

    _als(pagina, "minister")
    pagina.goto(pagina.basis + f"/stukken/notas/{nota.pk}/")
    pagina.get_by_role("button", name="Afdoen (retour naar de lijn)").click()
    nota.refresh_from_db()
    assert nota.status == Nota.Status.AFGEDAAN
    assert [p.besluit for p in nota.beslispunten.all()] == ["akkoord", "aangehouden"]
    assert nota.annotaties.get().tekst == "Graag ook de gemeenten betrekken"
    assert (
        smtp.aan("beleid@ministerie.test")[-1]["Subject"]
        == f"ministerie: Afgedaan: {nota.kenmerk} {onderwerp}"
    )

    # everyone on the route sees the decision and the annotation
    _als(pagina, "afdelingshoofd")
    pagina.goto(pagina.basis + f"/stukken/notas/{nota.pk}/")
    inhoud = pagina.content()
    assert "Afgedaan" in inhoud and "Graag ook de gemeenten betrekken" in inhoud
    _controleer_opmaak(pagina)
    controleer_toegankelijkheid(pagina)
    _afdruk(pagina, "nota-opmaak")
    # the PDF has the same text, rendered (not the Markdown)
    pdf = pagina.request.get(pagina.basis + f"/stukken/notas/{nota.pk}/nota.pdf")
    assert pdf.ok and pdf.headers["content-type"] == "application/pdf"
    with pymupdf.open(stream=pdf.body()) as document:
        tekst = "\n".join(p.get_text() for p in document)
        if map_ := os.environ.get("MINISTERIE_SCHERMAFDRUKKEN"):
            document[0].get_pixmap(dpi=110).save(str(Path(map_) / "nota-pdf.png"))
    for stuk in (
        "Financiële paragraaf",
        "€ 1,2 mld",
        "Volkshuisvestingsfonds",
        "Toelichting bij de raming",
        "750",
    ):
        assert stuk in tekst, stuk
    assert "**" not in tekst and "|---" not in tekst

    acties = set(
        AuditRecord.objects.filter(object_type="stukken.Nota", object_id=str(nota.pk)).values_list(
            "actie", flat=True
        )
    )
    assert {
        "nota_aangemaakt",
        "nota_bewerkt",
        "nota_route_ingesteld",
        "nota_verstuurd",
        "nota_geparafeerd",
        "nota_medeparaaf_gevraagd",
        "nota_teruggestuurd",
        "nota_besloten",
        "nota_geannoteerd",
        "nota_afgedaan",
    } <= acties
    assert audit.verifieer().intact


def test_tablet_liggend_en_staand_zonder_werk(pagina: Any, mensen: dict[str, Any]) -> None:
    _als(pagina, "minister")
    for maat in ({"width": 1024, "height": 768}, {"width": 768, "height": 1024}):
        pagina.set_viewport_size(maat)
        pagina.goto(pagina.basis + "/stukken/tablet/")
        assert "Er liggen geen nota's bij u" in pagina.content()
    controleer_toegankelijkheid(pagina, alle_maten=True)
