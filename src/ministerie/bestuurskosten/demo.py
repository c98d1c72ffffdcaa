"""Demo content for `make run`: one month of fictitious receipts, redacted and published.

Every receipt says FICTIEF on the page; the people are the bewindspersonen and top officials of
the BZK data set, the third parties on the receipts are invented. Idempotent: a second run
changes nothing."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from ministerie.core.demo import registreer_demolader
from ministerie.core.models import Gebruiker
from ministerie.organisatie.models import Eenheid, Persoon

from . import services
from .categorieen import Categorie
from .models import Brondocument
from .voorbeeldbonnen import maak_bon

DEMO_TITEL = "FICTIEF"

BONNEN = [
    # (persoon, categorie, titel, soort, leverancier, regels, bedrag, omschrijving)
    (
        "hanke-bruins-slot",
        Categorie.REPRESENTATIE,
        "FICTIEF lunch werkbezoek",
        "bon",
        "Restaurant De Fictieve Vork, Zwolle",
        ["Lunch minister Hanke Bruins Slot", "met gast Jan de Vries", "Reserveringsnummer tel. 06-12345678"],
        Decimal("84.50"),
        "Lunch tijdens werkbezoek (2 personen)",
    ),
    (
        "maarten-schurink",
        Categorie.REIS_BINNENLAND,
        "FICTIEF treinkaartje Groningen",
        "declaratie",
        "Declaratieformulier reiskosten (fictief)",
        [
            "Declarant: Maarten Schurink, secretaris-generaal",
            "Traject Den Haag Centraal - Groningen v.v.",
            "Uitbetalen op IBAN NL91ABNA0417164300",
        ],
        Decimal("52.80"),
        "Treinreis Den Haag–Groningen v.v., overleg provincie",
    ),
    (
        "chris-kuijpers",
        Categorie.REIS_BUITENLAND,
        "FICTIEF hotel Brussel",
        "factuur",
        "Hotel Fictief Bruxelles",
        [
            "Gast: Chris Kuijpers",
            "Geboekt door: Petra Jansen, secretariaat",
            "petra.jansen@example.org",
            "1 nacht, ontbijt inbegrepen",
        ],
        Decimal("189.00"),
        "Overnachting EU-overleg Brussel",
    ),
]


def _vorige_maand() -> date:
    return timezone.localdate().replace(day=1) - timedelta(days=1)


@registreer_demolader
def laad_demo_bestuurskosten() -> None:
    if Brondocument.objects.filter(titel__startswith=DEMO_TITEL).exists():
        return
    fez = Gebruiker.objects.filter(username="fez").first()
    ministerie = Eenheid.objects.filter(code="bzk", soort=Eenheid.Soort.MINISTERIE).first()
    personen = {p.code: p for p in Persoon.objects.filter(code__in=[b[0] for b in BONNEN])}
    if fez is None or ministerie is None or len(personen) < len(BONNEN):
        return  # the organisation or the demo accounts are missing; nothing to hang it on
    maand = _vorige_maand()
    with transaction.atomic():
        periode = services.maak_periode(door=fez, ministerie=ministerie, jaar=maand.year, maand=maand.month)
        for dag, (code, categorie, titel, soort, leverancier, regels, bedrag, omschrijving) in enumerate(
            BONNEN, start=3
        ):
            datum = maand.replace(day=dag)
            pdf = maak_bon(leverancier=leverancier, regels=regels, bedrag=bedrag, datum=f"{datum:%d-%m-%Y}")
            document = services.voeg_document_toe(
                periode, door=fez, data=pdf, bestandsnaam=f"{titel}.pdf", titel=titel, soort=soort
            )
            services.beoordeel(document, door=fez, besluiten={v.pk: True for v in document.voorstellen.all()})
            services.lak_document(document, door=fez)
            services.voeg_post_toe(
                periode,
                door=fez,
                persoon=personen[code],
                categorie=categorie,
                datum=datum,
                bedrag=bedrag,
                omschrijving=omschrijving,
                brondocument=document,
            )
        services.publiceer(periode, door=fez)
