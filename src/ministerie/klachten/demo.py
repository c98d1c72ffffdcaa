"""Demo content for `make run`: three fictitious complaints in different states (idempotent):
just received; heard and extended by four weeks; handled, then taken to the Nationale ombudsman.
No letters are e-mailed: the demo complaints have a postal address only."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from ministerie.core.demo import registreer_demolader


@registreer_demolader
def laad_klachten_demo() -> None:
    from ministerie.core.models import Gebruiker

    from . import services
    from .models import Klacht

    if Klacht.objects.filter(omschrijving__startswith="[demo]").exists():
        return
    mc = Gebruiker.objects.filter(username="mc").first()
    jurist = Gebruiker.objects.filter(username="jurist").first()
    if mc is None or jurist is None:
        return
    vandaag = timezone.localdate()
    adres = "Voorbeeldstraat 1\n1234 AB Voorbeeldstad"
    services.registreer(
        door=mc,
        kanaal="brief",
        ontvangen_op=vandaag - timedelta(days=3),
        onderwerp="Geen reactie op mijn brief (demo, fictief)",
        omschrijving="[demo] Ik heb twee maanden geleden geschreven en nooit antwoord gekregen.",
        klager_naam="Demo Klager (fictief)",
        klager_adres=adres,
        beklaagde_omschrijving="team Maatschappelijke Correspondentie",
    )
    lopend = services.registreer(
        door=mc,
        kanaal="mondeling",
        ontvangen_op=vandaag - timedelta(days=20),
        onderwerp="Onvriendelijk telefoongesprek (demo, fictief)",
        omschrijving="[demo] Aan de telefoon werd ik onvriendelijk te woord gestaan.",
        klager_naam="Demo Beller (fictief)",
        beklaagde_omschrijving="de medewerker van de algemene informatielijn",
    )
    lopend = services.wijs_toe(lopend, door=mc, behandelaar=jurist)
    services.hoor(
        lopend,
        door=jurist,
        wie="klager",
        gehoord_op=vandaag - timedelta(days=10),
        verslag="[demo] Klager licht toe.",
    )
    services.verdaag(
        lopend,
        door=jurist,
        reden="[demo] De medewerker over wie wordt geklaagd, is nog niet gehoord (vakantie).",
        gemeld_op=vandaag - timedelta(days=2),
    )
    klaar = services.registreer(
        door=mc,
        kanaal="email",
        ontvangen_op=vandaag - timedelta(days=40),
        onderwerp="Verkeerd doorverbonden (demo, fictief)",
        omschrijving="[demo] Ik ben vier keer doorverbonden zonder antwoord.",
        klager_naam="Demo Mailer (fictief)",
        klager_adres=adres,
    )
    klaar = services.wijs_toe(klaar, door=mc, behandelaar=jurist)
    services.zie_af_van_horen(
        klaar, door=jurist, grond="9:10-2b", toelichting="[demo] Klager wil niet gehoord worden."
    )
    services.handel_af(
        klaar,
        door=jurist,
        oordeel="gegrond",
        bevindingen="[demo] De klager is te vaak doorverbonden.",
        conclusies="[demo] Excuses; de doorverbindlijst is aangepast.",
        afgehandeld_op=vandaag - timedelta(days=5),
    )
    services.leg_ombudsman_vast(
        klaar, door=jurist, ontvangen_op=vandaag - timedelta(days=1), kenmerk="[demo] NO-2026-0001"
    )
