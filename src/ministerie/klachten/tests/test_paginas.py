"""The public form (honeypot, single-use token, rate limit, Dutch messages), the staff pages
behind the matrix, and the yearly figures on the page and from the command (contract)."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core import signing
from django.core.cache import cache
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from ministerie.klachten import publiek, services
from ministerie.klachten.models import Klacht
from ministerie.klachten.tests.hulp import dien_klacht_in


@pytest.fixture(autouse=True)
def _schoon(settings, db):
    settings.KLACHT_MIN_INVULTIJD = 0
    cache.clear()


def _formulier(**overig):
    data = {
        "hoedanigheid": "burger",
        "onderwerp": "Onheus behandeld",
        "omschrijving": "Aan de balie werd ik uitgelachen.",
        "klager_naam": "K. Klager",
        "klager_email": "k@voorbeeld.nl",
        "token": publiek.BESCHERMING.nieuw_token(),
        "website": "",
    }
    data.update(overig)
    return data


def test_publiek_formulier(client):
    pagina = client.get(reverse("klachten:indienen"))
    assert pagina.status_code == 200
    assert "Klachtencommissie ongewenste omgangsvormen" in pagina.content.decode()
    data = _formulier()
    antwoord = client.post(reverse("klachten:indienen"), data)
    assert antwoord.status_code == 302
    klacht = Klacht.objects.get()
    bevestiging = client.get(antwoord["Location"]).content.decode()
    assert klacht.zaaknummer in bevestiging and "Nationale ombudsman" in bevestiging
    # the same token again: refused, nothing new
    nogmaals = client.post(reverse("klachten:indienen"), data)
    assert "al verstuurd" in nogmaals.content.decode() and Klacht.objects.count() == 1
    # honeypot
    client.post(reverse("klachten:indienen"), _formulier(website="http://spam"))
    assert Klacht.objects.count() == 1


@pytest.mark.parametrize(
    ("wijziging", "tekst"),
    [
        ({"omschrijving": "x" * 10_001}, "te lang"),
        ({"klager_naam": ""}, "Vul dit veld in (naam)"),
        ({"klager_email": "geen-adres"}, "geldig e-mailadres"),
        ({"gedraging_op": "31-02-2026"}, "geen geldige datum"),
        ({"hoedanigheid": "medewerker"}, "Klachtencommissie ongewenste omgangsvormen"),
        ({"token": "vervalst"}, "verlopen of ongeldig"),
    ],
)
def test_publiek_formulier_slechte_invoer(client, wijziging, tekst):
    antwoord = client.post(reverse("klachten:indienen"), _formulier(**wijziging))
    assert antwoord.status_code == 200
    assert tekst in antwoord.content.decode()
    assert not Klacht.objects.exists()


def test_oude_gedraging_gemeld_op_bevestiging(client):
    antwoord = client.post(reverse("klachten:indienen"), _formulier(gedraging_op="2020-01-01"))
    assert "meer dan een jaar geleden" in client.get(antwoord["Location"]).content.decode()


def test_limiet_per_uur(client, settings):
    settings.KLACHT_MAX_PER_UUR = 1
    client.post(reverse("klachten:indienen"), _formulier())
    antwoord = client.post(reverse("klachten:indienen"), _formulier())
    assert antwoord.status_code == 429 and "te veel klachten" in antwoord.content.decode()


def test_bevestiging_met_vervalst_token(client):
    assert client.get(reverse("klachten:bevestiging", args=["x"])).status_code == 404


def test_paginas_voor_behandelaar(client, maak_gebruiker):
    mc = maak_gebruiker("mc_medewerker")
    klacht = dien_klacht_in()
    client.force_login(mc)
    assert klacht.zaaknummer in client.get(reverse("klachten:overzicht")).content.decode()
    antwoord = client.post(
        reverse("klachten:toewijzen", args=[klacht.pk]), {"behandelaar": mc.pk}, follow=True
    )
    assert "De klachtbehandelaar is aangewezen." in antwoord.content.decode()
    pagina = client.get(reverse("klachten:klacht", args=[klacht.pk])).content.decode()
    assert "Verdagen met vier weken" in pagina and "Horen (Awb 9:10)" in pagina
    brief = klacht.brieven.get()
    pdf = client.get(reverse("klachten:brief", args=[klacht.pk, brief.pk]))
    assert pdf.status_code == 200 and b"".join(pdf.streaming_content)[:5] == b"%PDF-"
    # bad input on an action: one Dutch message, nothing recorded
    antwoord = client.post(
        reverse("klachten:verdagen", args=[klacht.pk]), {"reden": "", "gemeld_op": "gisteren"}, follow=True
    )
    assert "geen geldige datum" in antwoord.content.decode()
    assert not klacht.termijngebeurtenissen.exists()
    # someone outside the complaint handlers
    client.force_login(maak_gebruiker("beleidsmedewerker"))
    assert client.get(reverse("klachten:klacht", args=[klacht.pk])).status_code == 403


def test_jaarverslag_pagina_pdf_en_commando(client, maak_gebruiker):
    mc = maak_gebruiker("mc_medewerker")
    vandaag = timezone.localdate()
    klacht = services.wijs_toe(dien_klacht_in(), door=mc, behandelaar=mc)
    services.zie_af_van_horen(klacht, door=mc, grond="9:10-2a", toelichting="Kennelijk ongegrond.")
    services.handel_af(
        klacht, door=mc, oordeel="ongegrond", bevindingen="b", conclusies="c", afgehandeld_op=vandaag
    )
    niet = services.wijs_toe(dien_klacht_in(), door=mc, behandelaar=mc)
    services.behandel_niet(niet, door=mc, grond="9:8-1c", motivering="Bezwaar mogelijk.", gemeld_op=vandaag)

    uit = StringIO()
    call_command("klachten", "jaarverslag", str(vandaag.year), "--json", stdout=uit)
    cijfers = json.loads(uit.getvalue())
    assert cijfers["ontvangen"] == 2 and cijfers["afgehandeld"] == 1 and cijfers["ongegrond"] == 1
    assert cijfers["niet_behandeld"] == 1 and cijfers["niet_behandeld_per_grond"]["9:8-1c"] == 1
    assert cijfers["op_tijd"] == 1 and cijfers["gemiddelde_behandelduur_dagen"] == 0
    tekst = StringIO()
    call_command("klachten", "jaarverslag", str(vandaag.year), stdout=tekst)
    assert "Ontvangen:" in tekst.getvalue()

    client.force_login(mc)
    pagina = client.get(reverse("klachten:jaarverslag"), {"jaar": vandaag.year}).content.decode()
    assert 'id="ontvangen">2<' in pagina
    pdf = client.get(reverse("klachten:jaarverslag-pdf", args=[vandaag.year]))
    assert pdf.content[:5] == b"%PDF-"


def test_jaarverslag_ongeldig_jaar(db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="Kies een jaar"):
        call_command("klachten", "jaarverslag", "12")


def test_bevestigingstoken_is_ondertekend(db):
    klacht = dien_klacht_in()
    assert signing.loads(
        signing.dumps(klacht.pk, salt=publiek.ZOUT_BEVESTIGING), salt=publiek.ZOUT_BEVESTIGING
    )
