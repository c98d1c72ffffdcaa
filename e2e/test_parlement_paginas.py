"""Every parliament page passes axe-core at three sizes; the overdue commitment shows on the
director's "Mijn werk" and on the bewindspersoon's overview (acceptance), in the browser."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from e2e.hulp import controleer_toegankelijkheid, log_in_als
from ministerie.core.rubricering import Rubricering
from ministerie.organisatie.models import Eenheid
from ministerie.parlement import services
from ministerie.parlement.models import Debat

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def gevuld(bzk: Any, maak_gebruiker: Callable[..., Any]) -> dict[str, Any]:
    hoog = Rubricering.STG_CONFIDENTIEEL
    pz = maak_gebruiker("parlementaire_zaken", eenheden=["ba-pzmo"], clearance=hoog, gebruikersnaam="pz")
    maak_gebruiker("bewindspersoon", eenheden=["minister-bzk"], clearance=hoog, gebruikersnaam="minister")
    maak_gebruiker("directeur", eenheden=["woningbouw"], clearance=hoog, gebruikersnaam="directeur")
    maak_gebruiker(
        "beleidsmedewerker", eenheden=["woningbouw-woningbouwbeleid"], clearance=hoog, gebruikersnaam="beleid"
    )
    e = {code: Eenheid.objects.get(code=code) for code in ("minister-bzk", "woningbouw", "czw")}
    vandaag = timezone.localdate()
    kv = services.registreer_kamervragen(
        door=pz,
        nummer="2026Z40001",
        onderwerp="Wachtlijsten",
        ontvangen_op=vandaag - timedelta(days=25),
        vragen=["Kent u het bericht?"],
        vragenstellers=[{"naam": "Jansen", "fractie": "VVD"}],
        bewindspersoon=e["minister-bzk"],
        trekker=e["woningbouw"],
    )
    services.registreer_kamervragen(
        door=pz,
        nummer="2026Z40002",
        onderwerp="Kerstvragen",
        ontvangen_op=timezone.datetime(2026, 12, 4).date(),
        vragen=["Vraag?"],
        bewindspersoon=e["minister-bzk"],
        trekker=e["czw"],
    )
    mv = services.registreer_mondelinge_vraag(
        door=pz,
        datum=vandaag + timedelta(days=(1 - vandaag.weekday()) % 7),
        vragensteller="De Vries",
        fractie="CDA",
        onderwerp="Huurprijzen",
        bewindspersoon=e["minister-bzk"],
        trekker=e["woningbouw"],
    )
    tz = services.registreer_toezegging(
        door=pz,
        nummer="TZ-LAAT-1",
        bewindspersoon=e["minister-bzk"],
        gedaan_in="Commissiedebat Wonen",
        gedaan_op=vandaag - timedelta(days=90),
        tekst="Brief over flexwonen",
        termijn_tekst="binnen zes weken",
        verantwoordelijke=e["woningbouw"],
    )
    motie = services.registreer_motie(
        door=pz,
        nummer="36600-VII-30",
        dictum="Verzoekt de regering te rapporteren.",
        ingediend_op=vandaag,
        bewindspersoon=e["minister-bzk"],
        verantwoordelijke=e["woningbouw"],
        uitslag="aangenomen",
        indieners=[{"naam": "Jansen", "fractie": "VVD"}],
    )
    debat = services.maak_debat(
        door=pz,
        soort=Debat.Soort.PLENAIR,
        titel="Begroting BZK",
        datum=vandaag,
        bewindspersoon=e["minister-bzk"],
        trekker=e["woningbouw"],
        agenda=["Wonen"],
        deelnemers=[("Jansen", "VVD")],
        themas=[("Wonen", e["woningbouw"])],
    )
    services.voeg_debatvraag_toe(debat, door=pz, deelnemer=debat.deelnemers.get(), tekst="Wat gaat u doen?")
    from ministerie.stukken import services as stukken

    nota = stukken.maak_nota(
        door=pz,
        soort="kamerbrief",
        onderwerp="Voortgang flexwonen",
        aan="de minister",
        eenheid=Eenheid.objects.get(code="ba-pzmo"),
    )
    kb = services.registreer_kamerbrief(door=pz, nota=nota, toezeggingen=[tz])
    return {"kv": kv, "mv": mv, "tz": tz, "motie": motie, "debat": debat, "kb": kb}


def _als(pagina: Any, naam: str) -> None:
    log_in_als(pagina, naam)


def test_alle_paginas_toegankelijk(pagina: Any, gevuld: dict[str, Any]) -> None:
    _als(pagina, "pz")
    pagina.get_by_role("link", name="Parlement").first.click()
    adressen = [
        "/parlement/",
        "/parlement/kamervragen/",
        "/parlement/kamervragen/nieuw/",
        f"/parlement/kamervragen/{gevuld['kv'].pk}/",
        "/parlement/mondeling/",
        "/parlement/mondeling/nieuw/",
        f"/parlement/mondeling/{gevuld['mv'].pk}/",
        "/parlement/toezeggingen/",
        "/parlement/toezeggingen/nieuw/",
        f"/parlement/toezeggingen/{gevuld['tz'].pk}/",
        "/parlement/moties/",
        "/parlement/moties/nieuw/",
        f"/parlement/moties/{gevuld['motie'].pk}/",
        "/parlement/kamerbrieven/",
        f"/parlement/kamerbrieven/{gevuld['kb'].pk}/",
        "/parlement/debatten/",
        "/parlement/debatten/nieuw/",
        f"/parlement/debatten/{gevuld['debat'].pk}/",
        f"/parlement/debatten/{gevuld['debat'].pk}/invoer/",
        f"/parlement/debatten/{gevuld['debat'].pk}/live/",
        "/parlement/bewindspersoon/",
        "/parlement/importeren/",
    ]
    for adres in adressen:
        pagina.goto(pagina.basis + adres)
        assert pagina.title() and "Er is iets misgegaan" not in pagina.content(), adres
        controleer_toegankelijkheid(pagina, alle_maten=adres.endswith("/live/"))  # live: the tablet view
    # an error message on a form is accessible too
    pagina.goto(pagina.basis + "/parlement/toezeggingen/nieuw/")
    pagina.get_by_role("button", name="Vastleggen").click()
    controleer_toegankelijkheid(pagina)
    # the Christmas flag on a set received on the Friday 4 December 2026
    pagina.goto(pagina.basis + "/parlement/kamervragen/")
    assert "Eerste Kerstdag" in pagina.content() or "erste kerstdag" in pagina.content().lower()
    _antwoordnota_getekend_en_te_verzenden(pagina, gevuld)


def _antwoordnota_getekend_en_te_verzenden(pagina: Any, gevuld: dict[str, Any]) -> None:
    """Issue 14: the answer memo has one answer per question, goes past PZ, is signed
    ('Tekenen') by the minister and, once settled, is on PZ's Mijn werk to send."""
    from ministerie.stukken import services as stukken
    from ministerie.stukken.models import Nota, Parafeerstap

    kv = gevuld["kv"]
    _als(pagina, "beleid")
    pagina.goto(pagina.basis + f"/parlement/kamervragen/{kv.pk}/")
    pagina.get_by_role("button", name="Antwoordnota opstellen").click()
    expect(pagina.get_by_text("nog geen antwoordnota")).to_have_count(0)
    nota = Nota.objects.get(antwoord_op_kamervragen=kv)
    pagina.goto(pagina.basis + f"/stukken/notas/{nota.pk}/")
    expect(pagina.get_by_role("heading", name="Vraag 1")).to_be_visible()
    assert "de Voorzitter van de Tweede Kamer der Staten-Generaal" in pagina.content()
    assert "Nog niet beantwoord" in pagina.content()
    pagina.get_by_role("link", name="Nota bewerken").click()
    veld = pagina.get_by_label("Antwoord op vraag 1")
    expect(veld).to_be_visible()
    controleer_toegankelijkheid(pagina)
    veld.fill("Ja, en het kabinet neemt **drie** maatregelen:\n\n- meer bouwen\n- sneller vergunnen")
    pagina.get_by_role("button", name="Wijzigingen opslaan").click()
    expect(pagina.get_by_text("opgeslagen als versie 2")).to_be_visible()
    expect(pagina.locator("#antwoord-1 strong", has_text="drie")).to_be_visible()
    expect(pagina.locator("#antwoord-1 li")).to_have_count(2)
    controleer_toegankelijkheid(pagina)
    # up the line (director, Parlementaire Zaken) to the minister, through the services
    stukken.start_parafering(nota, door=nota.auteur)
    for houder in ("directeur", "pz"):
        stap = nota.stappen.get(status=Parafeerstap.Status.AAN_DE_BEURT)
        assert stap.houder.username == houder
        stukken.parafeer(nota, door=stap.houder)
    _als(pagina, "minister")
    pagina.goto(pagina.basis + f"/stukken/notas/{nota.pk}/")
    expect(pagina.get_by_role("heading", name="Uw handtekening")).to_be_visible()
    assert pagina.get_by_role("button", name="Besluit vastleggen").count() == 0
    controleer_toegankelijkheid(pagina)
    pagina.get_by_role("button", name="Tekenen").click()
    expect(pagina.get_by_text("U heeft de nota getekend")).to_be_visible()
    expect(pagina.locator(".utrecht-status-badge", has_text="Getekend")).to_be_visible()
    expect(pagina.get_by_text("Getekend door de bewindspersoon")).to_be_visible()
    pagina.get_by_role("button", name="Afdoen (retour naar de lijn)").click()
    expect(pagina.locator(".utrecht-status-badge", has_text="Afgedaan")).to_be_visible()
    # Parlementaire Zaken is told to send, and finds it on Mijn werk
    _als(pagina, "pz")
    item = pagina.get_by_role("link", name=f"{kv.nummer} — {kv.onderwerp}")
    expect(item.first).to_be_visible()
    assert "Kamervragen — te verzenden" in pagina.content()
    controleer_toegankelijkheid(pagina)
    pagina.goto(pagina.basis + "/meldingen/")
    expect(pagina.get_by_text(f"Te verzenden: Kamervragen {kv.nummer}").first).to_be_visible()


def test_te_late_toezegging_bij_directeur_en_bewindspersoon(pagina: Any, gevuld: dict[str, Any]) -> None:
    _als(pagina, "directeur")
    rij = pagina.get_by_role("row").filter(has_text="TZ-LAAT-1")
    assert "te laat" in rij.inner_text()
    controleer_toegankelijkheid(pagina)
    _als(pagina, "minister")
    pagina.get_by_role("link", name="Kamerzaken", exact=True).click()
    # wait for the new page itself, not just the URL: the click returns before it has loaded
    expect(pagina.get_by_text("over de termijn").first).to_be_visible()
    rij = pagina.get_by_role("row").filter(has_text="TZ-LAAT-1")
    assert "te laat" in rij.inner_text()
    controleer_toegankelijkheid(pagina)
    # the tablet view of the debate for the bewindspersoon
    pagina.goto(pagina.basis + f"/parlement/debatten/{gevuld['debat'].pk}/live/")
    assert "Wat gaat u doen?" in pagina.content()
    controleer_toegankelijkheid(pagina, alle_maten=True)
