"""A memo from writing to settling, in the browser: edited (a version), four levels, a co-initial,
sent back once, edited again by a co-author (the difference visible), sent again from the one
who sent it back, decided by the bewindspersoon with an annotation — with every step in the
audit trail. With MINISTERIE_SCHERMAFDRUKKEN=MAP the journey saves a screenshot of the edit
page, the versions page and the memo sent back in MAP."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from e2e.hulp import controleer_toegankelijkheid, log_in_als
from ministerie.core import audit
from ministerie.core.models import AuditRecord
from ministerie.core.rubricering import Rubricering
from ministerie.stukken.models import Nota

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


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
def test_nota_van_opstellen_tot_afdoen(pagina: Any, mensen: dict[str, Any]) -> None:
    onderwerp = "Woningbouwimpuls 2027"
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
        "Gemeenten krijgen geld voor extra woningen. De dekking staat in de financiële paragraaf."
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
    controleer_toegankelijkheid(pagina, alle_maten=True)  # the tablet view
    pagina.get_by_label("Akkoord").first.check()
    pagina.locator('input[value="aangehouden"]').nth(1).check()
    pagina.get_by_label("Annotatie bij het besluit").fill("Graag ook de gemeenten betrekken")
    pagina.get_by_role("button", name="Besluit vastleggen").click()
    assert "Uw besluit is vastgelegd" in pagina.get_by_role("status").first.inner_text()
    assert "Er liggen geen nota's bij u" in pagina.content()

    nota = Nota.objects.get(onderwerp=onderwerp)
    pagina.goto(pagina.basis + f"/stukken/notas/{nota.pk}/")
    pagina.get_by_role("button", name="Afdoen (retour naar de lijn)").click()
    nota.refresh_from_db()
    assert nota.status == Nota.Status.AFGEDAAN
    assert [p.besluit for p in nota.beslispunten.all()] == ["akkoord", "aangehouden"]
    assert nota.annotaties.get().tekst == "Graag ook de gemeenten betrekken"

    # everyone on the route sees the decision and the annotation
    _als(pagina, "afdelingshoofd")
    pagina.goto(pagina.basis + f"/stukken/notas/{nota.pk}/")
    inhoud = pagina.content()
    assert "Afgedaan" in inhoud and "Graag ook de gemeenten betrekken" in inhoud
    controleer_toegankelijkheid(pagina)

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
