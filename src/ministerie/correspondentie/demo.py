"""Demo content for `make run`: a small, realistic set of correspondence of team MC (idempotent).

Everything goes through the part's own services, as MC's demo worker: e-mails arrive through
the mailbox reader (``postvak.neem_op``, as if read from IMAP), letters and a phone call are
registered by MC. The set: burgerbrieven (one answered and posted, one assigned to the directie
Woningbouw with a draft, one past its service norm), a kinderbrief on the minister's tablet for
signature, a letter of an organisation and one of a municipality, a phone call, and a campaign
of five near-identical e-mails grouped as one. All senders are fictitious and say so. No mail
is sent: the answered letter is marked as posted."""

from __future__ import annotations

from datetime import timedelta
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from typing import Any

from django.utils import timezone

from ministerie.core.demo import registreer_demolader

MARKERING = "[demo]"
DOMEIN = "example.org"

TEKSTBLOKKEN = (
    (
        "Dank voor uw brief",
        "Dank voor uw brief aan de minister. Wij hebben uw vragen met aandacht gelezen.",
        False,
    ),
    (
        "Betaalbaar wonen",
        "Het kabinet werkt aan meer betaalbare woningen: corporaties bouwen de komende jaren "
        "extra sociale huurwoningen en de huurstijging wordt begrensd. Meer informatie vindt u "
        "op volkshuisvestingnederland.nl.",
        False,
    ),
    (
        "Kinderbrief: bedankt",
        "Wat leuk dat je de minister een brief hebt geschreven! Ze heeft je brief zelf gelezen. "
        "Speeltuinen zijn heel belangrijk. De gemeente beslist waar ze komen; vraag je juf of je "
        "ouders om samen een brief aan de burgemeester te schrijven.",
        False,
    ),
    (
        "Standaardantwoord: verkoop sociale huurwoningen",
        "Dank voor uw e-mail over de verkoop van sociale huurwoningen. Veel mensen schreven ons "
        "hierover. Woningcorporaties mogen sociale huurwoningen alleen verkopen onder strikte "
        "voorwaarden; de woningvoorraad voor mensen met een laag inkomen moet op peil blijven. "
        "Wij houden u op de hoogte via rijksoverheid.nl.",
        True,
    ),
)

CAMPAGNE_TEKST = (
    "Geachte minister,\n\nIk maak mij grote zorgen over de verkoop van sociale huurwoningen in "
    "mijn stad. Elke woning die verkocht wordt, is een woning minder voor mensen die wachten op "
    "een betaalbaar huis. Ik vraag u de verkoop van sociale huurwoningen te stoppen zolang de "
    "wachtlijsten zo lang zijn.\n\nMet vriendelijke groet,\n{naam}"
)
CAMPAGNE_AFZENDERS = (
    "Demo Campagnevoerder Een (fictief)",
    "Demo Campagnevoerder Twee (fictief)",
    "Demo Campagnevoerder Drie (fictief)",
    "Demo Campagnevoerder Vier (fictief)",
    "Demo Campagnevoerder Vijf (fictief)",
)


def _email(*, naam: str, adres: str, onderwerp: str, tekst: str, dagen_geleden: int, sleutel: str) -> bytes:
    """An e-mail as the mailbox reader gets it (its Message-ID makes a second load a no-op)."""
    bericht = EmailMessage()
    bericht["From"] = formataddr((naam, adres))  # quoted: "(fictief)" is no comment
    bericht["To"] = "correspondentie@minbzk.nl"
    bericht["Subject"] = onderwerp
    bericht["Date"] = format_datetime(timezone.now() - timedelta(days=dagen_geleden))
    bericht["Message-ID"] = f"<demo-correspondentie-{sleutel}@{DOMEIN}>"
    bericht.set_content(f"{MARKERING} {tekst}")
    return bytes(bericht)


def _uit_postvak(**velden: Any) -> Any:
    from . import postvak

    post, _ = postvak.neem_op(_email(**velden))
    return post.zaak


@registreer_demolader
def laad_correspondentie_demo() -> None:
    from ministerie.core.models import Gebruiker
    from ministerie.organisatie.models import Eenheid

    from . import services
    from .models import Campagne, Mandaat, Tekstblok, Zaak

    if Zaak.objects.filter(tekst__startswith=MARKERING).exists():
        return
    mc = Gebruiker.objects.filter(username="mc").first()
    if mc is None or not Eenheid.objects.filter(code="com-team-maatschappelijke-correspondentie").exists():
        return
    eenheden = {
        e.code: e for e in Eenheid.objects.filter(code__in=["minister-bzk", "minister-vro", "woningbouw"])
    }
    minister_bzk, minister_vro = eenheden.get("minister-bzk"), eenheden.get("minister-vro")
    nu = timezone.now()

    blokken: dict[str, Tekstblok] = {}
    for titel, tekst, standaard in TEKSTBLOKKEN:
        blokken[titel] = Tekstblok.objects.filter(titel=titel).first() or services.bewaar_tekstblok(
            door=mc, titel=titel, tekst=tekst, standaardantwoord=standaard
        )
    if minister_bzk is not None and not Mandaat.objects.filter(bewindspersoon=minister_bzk).exists():
        # the minister agreed that MC signs ordinary letters addressed to her
        services.stel_mandaat_in(door=mc, bewindspersoon=minister_bzk, wie=Mandaat.Wie.MC)

    # a citizen's e-mail to the minister, just in
    _uit_postvak(
        naam="Demo Huurder (fictief)",
        adres=f"huurder@{DOMEIN}",
        onderwerp="Mijn huur stijgt te veel",
        tekst="Geachte minister, mijn huur is dit jaar met 7 procent gestegen terwijl mijn "
        "inkomen gelijk bleef. Mag dat zomaar? Met vriendelijke groet, Demo Huurder",
        dagen_geleden=2,
        sleutel="huurstijging",
    )

    # a child's e-mail: recognised as kinderbrief, answered from a text block, on the minister's
    # tablet for signature (the memo flow)
    kind = _uit_postvak(
        naam="Demo Kind (fictief)",
        adres=f"kind@{DOMEIN}",
        onderwerp="Meer speeltuinen in onze wijk",
        tekst="Lieve minister,\n\nIk ben 9 jaar en ik zit in groep 6. In mijn wijk is geen "
        "speeltuin meer, want daar worden huizen gebouwd. Kunt u zorgen dat er een nieuwe "
        "speeltuin komt?\n\nGroetjes van Demo Kind",
        dagen_geleden=4,
        sleutel="speeltuin",
    )
    if kind is not None:
        kind = services.bevestig_soort(kind, door=mc, soort="kinderbrief")
        services.stel_concept_op(kind, door=mc, blokken=[blokken["Kinderbrief: bedankt"]])
        if Gebruiker.objects.filter(
            is_active=True, eenheden=minister_bzk, rollen__rol="bewindspersoon"
        ).exists():
            services.leg_voor_ter_ondertekening(kind, door=mc)

    # a citizen's letter, assigned to the directie Woningbouw, which drafts the answer
    wachtlijst = services.registreer_zaak(
        door=mc,
        kanaal="brief",
        onderwerp="Wachtlijst voor een sociale huurwoning",
        tekst=f"{MARKERING} Ik sta al elf jaar ingeschreven voor een sociale huurwoning en kom nog "
        "steeds niet aan de beurt. Wat doet het Rijk aan de lange wachtlijsten?",
        afzender_naam="Demo Woningzoekende (fictief)",
        afzender_adres="Voorbeeldstraat 12\n1234 AB Voorbeeldstad",
        bewindspersoon=minister_vro,
        ontvangen_op=nu - timedelta(days=10),
    )
    if eenheden.get("woningbouw") is not None:
        wachtlijst = services.wijs_toe(wachtlijst, door=mc, eenheid=eenheden["woningbouw"])
        services.stel_concept_op(
            wachtlijst, door=mc, blokken=[blokken["Dank voor uw brief"], blokken["Betaalbaar wonen"]]
        )

    # a citizen's e-mail past its service norm (three weeks): overdue on Mijn werk
    laat = _uit_postvak(
        naam="Demo Verbouwer (fictief)",
        adres=f"verbouwer@{DOMEIN}",
        onderwerp="Vergunning voor een dakkapel onder de Omgevingswet",
        tekst="Beste mensen van het ministerie, ik wil een dakkapel plaatsen. Heb ik sinds de "
        "Omgevingswet nog een vergunning nodig, en waar vraag ik die aan?",
        dagen_geleden=26,
        sleutel="dakkapel",
    )
    if laat is not None:
        services.bevestig_soort(laat, door=mc, soort="burgerbrief")

    # a letter of an organisation and one of another government
    services.registreer_zaak(
        door=mc,
        kanaal="brief",
        onderwerp="Betaalbaarheid van middenhuurwoningen",
        tekst=f"{MARKERING} Namens onze leden vragen wij aandacht voor de snel stijgende huren in "
        "het middensegment. Wij gaan graag met u in gesprek over de regulering.",
        afzender_naam="Demo Voorzitter (fictief)",
        afzender_organisatie="Stichting Demo Huurdersbelang (fictief)",
        afzender_adres="Postbus 100\n1000 AA Voorbeeldstad",
        bewindspersoon=minister_vro,
        ontvangen_op=nu - timedelta(days=6),
    )
    services.registreer_zaak(
        door=mc,
        kanaal="brief",
        onderwerp="Verzoek om bestuurlijk overleg over de woningbouwopgave",
        tekst=f"{MARKERING} Het college van burgemeester en wethouders vraagt om een bestuurlijk "
        "overleg over de verdeling van de woningbouwimpuls in onze regio.",
        afzender_organisatie="Gemeente Voorbeeldstad (fictief)",
        afzender_adres="Postbus 2000\n2000 AA Voorbeeldstad",
        bewindspersoon=minister_vro,
        ontvangen_op=nu - timedelta(days=8),
    )

    # a phone call, taken down by MC
    services.registreer_zaak(
        door=mc,
        kanaal="telefoon",
        onderwerp="Telefonische vraag over inloggen met DigiD",
        tekst=f"{MARKERING} Beller kan niet inloggen met DigiD en wil weten wie daarvoor "
        "verantwoordelijk is. Terugbellen op het bekende nummer.",
        afzender_naam="Demo Beller (fictief)",
        ontvangen_op=nu - timedelta(days=1),
    )

    # a citizen's letter answered by MC (signed and posted): closed, on time
    klaar = services.registreer_zaak(
        door=mc,
        kanaal="brief",
        onderwerp="Bedankt voor de uitleg over huurtoeslag",
        tekst=f"{MARKERING} Kunt u mij uitleggen of ik recht heb op huurtoeslag nu mijn "
        "kinderen het huis uit zijn?",
        afzender_naam="Demo Briefschrijver (fictief)",
        afzender_adres="Voorbeeldlaan 3\n1234 CD Voorbeeldstad",
        ontvangen_op=nu - timedelta(days=12),
    )
    services.stel_concept_op(
        klaar, door=mc, blokken=[blokken["Dank voor uw brief"], blokken["Betaalbaar wonen"]]
    )
    services.onderteken(klaar, door=mc)
    services.verzend(klaar, door=mc, wijze="post")

    # a campaign: five near-identical e-mails, grouped into one
    for i, naam in enumerate(CAMPAGNE_AFZENDERS, start=1):
        _uit_postvak(
            naam=naam,
            adres=f"campagne{i}@{DOMEIN}",
            onderwerp="Stop de verkoop van sociale huurwoningen",
            tekst=CAMPAGNE_TEKST.format(naam=naam),
            dagen_geleden=3,
            sleutel=f"campagne-{i}",
        )
    if not Campagne.objects.filter(zaken__tekst__startswith=MARKERING).exists():
        services.groepeer_campagnes(door=mc)
