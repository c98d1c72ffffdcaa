"""A campaign of 200 near-identical e-mails becomes one group, answered with one standard answer
in one action; every sender gets exactly one answer over real SMTP (the service directly, not the
browser, to keep the test short)."""

from __future__ import annotations

import random
from typing import Any

import pytest
from django.core.exceptions import ValidationError

from ministerie.correspondentie import services
from ministerie.correspondentie.models import Campagne, Kanaal, Zaak

from .hulp import mc_medewerker

OPROEP = (
    "Geachte minister, ik maak mij grote zorgen over het tekort aan betaalbare huurwoningen in "
    "Nederland. Jonge mensen kunnen nergens terecht en wachtlijsten worden steeds langer. Ik roep u "
    "op om de bouw van sociale huurwoningen fors te versnellen en de huren te bevriezen. "
    "Met vriendelijke groet,"
)


def test_tweehonderd_bijna_gelijke_mails_worden_een_campagne_met_een_antwoord_aan_iedereen(
    bzk: Any, maak_gebruiker: Any, smtp: Any
) -> None:
    mc = mc_medewerker(maak_gebruiker)
    kans = random.Random(17)
    for i in range(200):
        # each sender signs with a name and sometimes adds a word of their own
        extra = kans.choice(["", " Dank u wel.", " Alstublieft!", ""])
        services.maak_zaak(
            kanaal=Kanaal.EMAIL,
            onderwerp="Betaalbaar wonen nu",
            tekst=f"{OPROEP} Afzender {i}.{extra}",
            afzender_naam=f"Afzender {i}",
            afzender_email=f"afzender{i}@voorbeeld.nl",
        )
    los = services.maak_zaak(
        kanaal=Kanaal.EMAIL,
        onderwerp="Vraag over mijn paspoort",
        tekst="Geachte heer, mevrouw, mijn paspoort is verlopen terwijl ik in het buitenland woon. "
        "Bij welke ambassade kan ik een nieuw paspoort aanvragen en hoe lang duurt dat?",
        afzender_naam="Piet",
        afzender_email="piet@voorbeeld.nl",
    )
    [campagne] = services.groepeer_campagnes(door=mc)
    assert campagne.zaken.count() == 200 and Zaak.objects.get(pk=los.pk).campagne is None
    assert services.groepeer_campagnes(door=mc) == [] and Campagne.objects.count() == 1

    blok = services.bewaar_tekstblok(
        door=mc,
        titel="Betaalbaar wonen",
        tekst="Dank voor uw oproep over betaalbaar wonen.",
        standaardantwoord=True,
    )
    assert services.beantwoord_campagne(campagne, door=mc, tekstblok=blok) == 200
    ontvangers = [ontvanger for lijst, _ in smtp.berichten for ontvanger in lijst]
    assert sorted(ontvangers) == sorted(f"afzender{i}@voorbeeld.nl" for i in range(200))
    assert len(set(ontvangers)) == 200
    [bericht] = smtp.aan("afzender7@voorbeeld.nl")
    assert "Beste Afzender 7," in bericht.get_content() and "betaalbaar wonen" in bericht.get_content()
    assert not campagne.zaken.exclude(status="afgehandeld").exists()
    # once more: nobody gets a second answer
    assert services.beantwoord_campagne(campagne, door=mc, tekstblok=blok) == 0
    assert len(smtp.berichten) == 200


def test_een_campagne_met_een_kinderbrief_wordt_niet_in_een_keer_beantwoord(
    bzk: Any, maak_gebruiker: Any
) -> None:
    mc = mc_medewerker(maak_gebruiker)
    campagne = Campagne.objects.create(naam="Speeltuinen")
    for i in range(5):
        zaak = services.maak_zaak(
            kanaal=Kanaal.EMAIL,
            onderwerp="Speeltuinen",
            tekst=f"Lieve minister, ik ben {8 + i} jaar en ik wil een speeltuin. Groetjes uit groep 5.",
            afzender_naam=f"Kind {i}",
            afzender_email=f"kind{i}@voorbeeld.nl",
        )
        Zaak.objects.filter(pk=zaak.pk).update(campagne=campagne)
    blok = services.bewaar_tekstblok(door=mc, titel="Speeltuinen", tekst="Dank je wel.")
    with pytest.raises(ValidationError, match="altijd door de bewindspersoon"):
        services.beantwoord_campagne(campagne, door=mc, tekstblok=blok)
