"""Intake: the command's overview (open items, soonest due first), Mijn werk with overdue, and
the public contact form's anti-abuse (honeypot, single-use token, rate limit)."""

from __future__ import annotations

import json
from datetime import timedelta
from io import StringIO
from typing import Any

from django.core.cache import cache
from django.core.management import call_command
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone

from ministerie.core.werk import werk_voor
from ministerie.correspondentie import services
from ministerie.correspondentie.formulieren import BESCHERMING
from ministerie.correspondentie.models import Zaak

from .hulp import mc_medewerker


def _zaak(onderwerp: str, dagen_geleden: int) -> Zaak:
    return services.maak_zaak(
        kanaal="brief",
        onderwerp=onderwerp,
        tekst="Geachte heer, mevrouw, ik heb een vraag over de Omgevingswet en de gevolgen voor mij.",
        afzender_naam="Jan",
        ontvangen_op=timezone.now() - timedelta(days=dagen_geleden),
    )


def test_overzicht_en_mijn_werk_eerstvolgende_eerst_met_te_laat(bzk: Any, maak_gebruiker: Any) -> None:
    recent, oud = _zaak("Recent", 1), _zaak("Oud", 30)
    afgehandeld = _zaak("Klaar", 2)
    Zaak.objects.filter(pk=afgehandeld.pk).update(status="afgehandeld")
    uit = StringIO()
    call_command("correspondentie", "overzicht", "--json", stdout=uit)
    rijen = json.loads(uit.getvalue())
    assert [r["zaaknummer"] for r in rijen] == [oud.zaaknummer, recent.zaaknummer]
    assert rijen[0]["te_laat"] is True and rijen[1]["te_laat"] is False
    # the term counts in days of the ministry's time zone, not UTC (a test just before midnight)
    uiterst = timezone.localdate(oud.ontvangen_op) + timedelta(weeks=3)
    assert rijen[0]["uiterste_datum"] == uiterst.isoformat()
    tekst = StringIO()
    call_command("correspondentie", "overzicht", stdout=tekst)
    assert tekst.getvalue().splitlines()[0].split()[1] == "TE"

    mc = mc_medewerker(maak_gebruiker)
    items = [
        i for i in werk_voor(mc) if i.bron.endswith("correspondentie_voor") or "Correspondentie" in i.soort
    ]
    assert [i.titel.split()[0] for i in items] == [oud.zaaknummer, recent.zaaknummer]
    assert items[0].te_laat and not items[1].te_laat
    # a directie sees nothing that is not assigned to it
    directeur = maak_gebruiker("directeur", eenheden=["woningbouw"])
    assert not [i for i in werk_voor(directeur) if "Correspondentie" in i.soort]


def _formulier(**extra: str) -> dict[str, str]:
    return {
        "naam": "Jan Jansen",
        "email": "jan@voorbeeld.nl",
        "onderwerp": "Huurtoeslag",
        "bericht": "Wanneer gaat de huurtoeslag omhoog?",
        "website": "",
        "token": BESCHERMING.nieuw_token(),
        **extra,
    }


@override_settings(CORRESPONDENTIE_MIN_INVULTIJD=0, CORRESPONDENTIE_MAX_PER_UUR=3)
def test_contactformulier_weert_lokveld_hergebruik_en_te_veel(bzk: Any) -> None:
    cache.clear()  # the counts per IP address of earlier tests
    client = Client()
    url = reverse("correspondentie:contact")
    assert (
        "Het formulier kon niet worden verwerkt."
        in client.post(url, _formulier(website="spam")).content.decode()
    )
    gegevens = _formulier()
    antwoord = client.post(url, gegevens)
    assert antwoord.status_code == 302 and Zaak.objects.count() == 1
    bevestiging = client.get(antwoord["Location"]).content.decode()
    assert Zaak.objects.get().zaaknummer in bevestiging and "uiterlijk op" in bevestiging
    assert "al verstuurd" in client.post(url, gegevens).content.decode()
    assert client.post(url, _formulier()).status_code == 429
    assert Zaak.objects.count() == 1


@override_settings(CORRESPONDENTIE_MIN_INVULTIJD=60)
def test_contactformulier_te_snel_verstuurd(bzk: Any) -> None:
    cache.clear()
    antwoord = Client().post(reverse("correspondentie:contact"), _formulier())
    assert "te snel verstuurd" in antwoord.content.decode() and not Zaak.objects.exists()
