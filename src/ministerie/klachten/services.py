"""Every change to a complaint (Awb chapter 9): one transaction, permission check, state change
through the transition table, term events checked by the deadline engine, audit record, a line
in the course of events, letters made in the transaction and e-mailed after it commits."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from ministerie.core import audit
from ministerie.core.models import Gebruiker
from ministerie.core.permissiematrix import matrix
from ministerie.core.permissies import heeft_recht, vereis
from ministerie.meldingen.models import Soort as Meldingsoort
from ministerie.meldingen.services import meld
from ministerie.termijnen import Gebeurtenis, TermijnFout

from . import brieven, termijn
from .gronden import AFZIEN_HOREN, NIET_BEHANDELEN
from .models import Brief, Hoorgesprek, Klacht, Logregel, Termijngebeurtenis
from .toestanden import controleer_overgang

#: Who did it: a user; a text for a system step (another part); None for the public form.
Door = Gebruiker | str | None

S = Klacht.Status

#: Bounds of free text, for every caller (public form, pages, the correspondence signal).
MAX_TEKST = 10_000
MAX_REGEL = 300
MAX_NAAM = 200
MAX_ADRES = 500

ONGEWENSTE_OMGANGSVORMEN = (
    "Een klacht van een medewerker over ongewenst gedrag van collega's (ongewenste omgangsvormen) "
    "valt niet onder de klachtbehandeling van de Algemene wet bestuursrecht. Neem contact op met een "
    "vertrouwenspersoon of meld het bij de Klachtencommissie ongewenste omgangsvormen BZK "
    "(Regeling Vertrouwenspersonen en Klachtencommissie BZK); de centrale integriteitscoördinatoren "
    "BZK ondersteunen de commissie, die de minister adviseert."
)


def _d(datum: date | None) -> str:
    """A date as people read it ("7 december 2026")."""
    return date_format(datum, "j F Y") if datum else "—"


def _naam(door: Door) -> str:
    if door is None:
        return "publiek webformulier"
    return door if isinstance(door, str) else str(door)


def log(
    klacht: Klacht, door: Door, actie: str, omschrijving: str, datum: date | None = None, **gegevens: Any
) -> None:
    Logregel.objects.create(
        klacht=klacht,
        datum=datum or timezone.localdate(),
        omschrijving=omschrijving[:500],
        door=_naam(door)[:200],
    )
    audit.registreer(
        actie,
        door=door if door is not None else "publiek webformulier",
        subject=klacht,
        gegevens={"omschrijving": omschrijving, **gegevens},
    )


def _vergrendel(klacht: Klacht) -> Klacht:
    return Klacht.objects.select_for_update().get(pk=klacht.pk)


def _zet_status(klacht: Klacht, naar: str) -> None:
    controleer_overgang(klacht, naar)
    klacht.status = naar
    klacht.save(update_fields=["status"])


def _controleer_lengtes(**teksten: str) -> None:
    grenzen = {"klager_naam": MAX_NAAM, "klager_adres": MAX_ADRES, "onderwerp": MAX_REGEL}
    grenzen |= {"beklaagde_omschrijving": MAX_REGEL}
    te_lang = {
        veld: f"Deze tekst is te lang ({len(tekst)} tekens); de grens is {grenzen.get(veld, MAX_TEKST)}."
        for veld, tekst in teksten.items()
        if len(tekst) > grenzen.get(veld, MAX_TEKST)
    }
    if te_lang:
        raise ValidationError(te_lang)


def _datum_niet_in_toekomst(datum: date, veld: str, wat: str) -> None:
    if datum > timezone.localdate():
        raise ValidationError({veld: f"{wat} kan niet in de toekomst liggen."})


def nieuw_zaaknummer(datum: date) -> str:
    prefix = f"KL-{datum.year}-"
    laatste = (
        Klacht.objects.filter(zaaknummer__startswith=prefix)
        .order_by("-zaaknummer")
        .values_list("zaaknummer", flat=True)
        .first()
    )
    return f"{prefix}{(int(laatste.removeprefix(prefix)) + 1) if laatste else 1:05d}"


def _verstuur_na_commit(brief: Brief) -> None:
    if brief.per_email:
        transaction.on_commit(partial(brieven.verstuur, brief.pk))


def _stuur_brief(klacht: Klacht, door: Door, soort: str, datum: date) -> Brief:
    brief = brieven.maak_brief(klacht, soort, datum)
    _verstuur_na_commit(brief)
    hoe = "per e-mail verstuurd" if brief.per_email else "klaar om per post te versturen (PDF bij de klacht)"
    log(klacht, door, "klacht_brief", f"Brief '{brieven.ONDERWERPEN[soort]}' {hoe}", datum=datum, brief=soort)
    return brief


def toewijzers(klacht: Klacht) -> list[Gebruiker]:
    """Who is told a new complaint waits to be assigned: holders of ``klacht.toewijzen`` who may
    see it (never the person complained about)."""
    rollen = matrix().rollen_met("klacht.toewijzen")
    kandidaten = Gebruiker.objects.filter(is_active=True, rollen__rol__in=rollen).distinct()
    return [g for g in kandidaten if g.pk != klacht.beklaagde_id]


def _meld_nieuw(klacht: Klacht) -> None:
    meld(
        toewijzers(klacht),
        Meldingsoort.TE_DOEN,
        f"Nieuwe klacht {klacht.zaaknummer}: wijs een klachtbehandelaar aan",
        reverse("klachten:klacht", args=[klacht.pk]),
        sleutel=f"klacht:{klacht.pk}:nieuw",
        over=klacht,
    )


@transaction.atomic
def _nieuwe_klacht(
    *,
    door: Door,
    kanaal: str,
    onderwerp: str,
    omschrijving: str,
    klager_naam: str,
    klager_email: str = "",
    klager_adres: str = "",
    ontvangen_op: date | None = None,
    gedraging_op: date | None = None,
    beklaagde_omschrijving: str = "",
    ongewenste_omgangsvormen: bool = False,
    bron_zaaknummer: str = "",
) -> Klacht:
    if ongewenste_omgangsvormen:
        raise ValidationError({"hoedanigheid": ONGEWENSTE_OMGANGSVORMEN})
    if kanaal not in Klacht.Kanaal.values:
        raise ValidationError({"kanaal": "Kies hoe de klacht binnenkwam."})
    onderwerp, omschrijving = onderwerp.strip(), omschrijving.strip()
    klager_naam, klager_email, klager_adres = klager_naam.strip(), klager_email.strip(), klager_adres.strip()
    _controleer_lengtes(
        onderwerp=onderwerp,
        omschrijving=omschrijving,
        klager_naam=klager_naam,
        klager_adres=klager_adres,
        beklaagde_omschrijving=beklaagde_omschrijving,
    )
    fouten = {}
    if not omschrijving:
        fouten["omschrijving"] = (
            "Beschrijf de gedraging waarover de klacht gaat (Awb art. 9:4 lid 2 onder c)."
        )
    if not klager_naam:
        fouten["klager_naam"] = "Vul de naam van de klager in (Awb art. 9:4 lid 2 onder a)."
    if kanaal != Klacht.Kanaal.MONDELING and not (klager_email or klager_adres):
        fouten["klager_email"] = (
            "Geef een e-mailadres of een postadres voor de ontvangstbevestiging en de uitkomst."
        )
    if fouten:
        raise ValidationError(fouten)
    ontvangen_op = ontvangen_op or timezone.localdate()
    _datum_niet_in_toekomst(ontvangen_op, "ontvangen_op", "De ontvangstdatum")
    if gedraging_op is not None:
        _datum_niet_in_toekomst(gedraging_op, "gedraging_op", "De datum van de gedraging")
        if gedraging_op > ontvangen_op:
            raise ValidationError(
                {"gedraging_op": "De gedraging kan niet na de ontvangst van de klacht liggen."}
            )
    klacht = Klacht(
        zaaknummer=nieuw_zaaknummer(ontvangen_op),
        kanaal=kanaal,
        bron_zaaknummer=bron_zaaknummer,
        onderwerp=(onderwerp or omschrijving)[:MAX_REGEL],
        omschrijving=omschrijving,
        gedraging_op=gedraging_op,
        beklaagde_omschrijving=beklaagde_omschrijving.strip(),
        klager_naam=klager_naam,
        klager_email=klager_email,
        klager_adres=klager_adres,
        ontvangen_op=ontvangen_op,
    )
    klacht.full_clean()
    klacht.save()
    vorm = "schriftelijk" if klacht.schriftelijk else "mondeling (Awb 9:2)"
    log(
        klacht,
        door,
        "klacht_ontvangen",
        f"Klacht {vorm} ontvangen via {klacht.get_kanaal_display().lower()}",
        datum=ontvangen_op,
    )
    if termijn.ouder_dan_een_jaar(gedraging_op, ontvangen_op):
        log(
            klacht,
            door,
            "klacht_signaal",
            "De gedraging ligt meer dan een jaar vóór de klacht: behandeling "
            "is niet verplicht (Awb 9:8 lid 1 onder b)",
            datum=ontvangen_op,
        )
    if klacht.schriftelijk:  # Awb 9:6: receipt of a klaagschrift is acknowledged in writing
        klacht.ontvangst_bevestigd_op = timezone.localdate()
        klacht.save(update_fields=["ontvangst_bevestigd_op"])
        _stuur_brief(klacht, door, Brief.Soort.ONTVANGSTBEVESTIGING, klacht.ontvangst_bevestigd_op)
    _meld_nieuw(klacht)
    return klacht


def dien_in(
    *,
    onderwerp: str,
    omschrijving: str,
    klager_naam: str,
    klager_email: str,
    klager_adres: str = "",
    gedraging_op: date | None = None,
    beklaagde_omschrijving: str = "",
    ongewenste_omgangsvormen: bool = False,
) -> Klacht:
    """A complaint filed on the public form (no log-in; received today)."""
    return _nieuwe_klacht(
        door=None,
        kanaal=Klacht.Kanaal.WEBFORMULIER,
        onderwerp=onderwerp,
        omschrijving=omschrijving,
        klager_naam=klager_naam,
        klager_email=klager_email,
        klager_adres=klager_adres,
        gedraging_op=gedraging_op,
        beklaagde_omschrijving=beklaagde_omschrijving,
        ongewenste_omgangsvormen=ongewenste_omgangsvormen,
    )


def registreer(*, door: Gebruiker, kanaal: str, **gegevens: Any) -> Klacht:
    """A complaint received by letter, e-mail or orally (Awb 9:1, 9:2), registered by staff."""
    vereis(door, "klacht.registreren")
    if kanaal == Klacht.Kanaal.WEBFORMULIER:
        raise ValidationError({"kanaal": "Het webformulier registreert zijn klachten zelf."})
    return _nieuwe_klacht(door=door, kanaal=kanaal, **gegevens)


KANALEN_CORRESPONDENTIE = {"email": "email", "e-mail": "email", "brief": "brief", "post": "brief"}


def uit_correspondentie(
    *,
    zaaknummer: str,
    afzender_naam: str,
    afzender_adres: str,
    onderwerp: str,
    tekst: str,
    ontvangen_op: Any,
    kanaal: str,
    door: int | None,
    **_: Any,
) -> Klacht:
    """An incoming item of MC turned into a complaint (signal ``als_klacht_aangemeld``). Once per
    item: a second signal for the same item returns the complaint made the first time."""
    bestaand = Klacht.objects.filter(bron_zaaknummer=zaaknummer).first()
    if bestaand is not None:
        return bestaand
    gebruiker = Gebruiker.objects.filter(pk=door).first() if door else None
    if gebruiker is not None:
        vereis(gebruiker, "klacht.registreren")
    ontvangen = ontvangen_op.date() if hasattr(ontvangen_op, "date") else ontvangen_op
    if hasattr(ontvangen_op, "tzinfo") and ontvangen_op.tzinfo is not None:
        ontvangen = timezone.localtime(ontvangen_op).date()
    adres = afzender_adres.strip()
    email = adres if "@" in adres and "\n" not in adres and len(adres) <= 254 else ""
    try:
        return _nieuwe_klacht(
            door=gebruiker or "correspondentie",
            kanaal=KANALEN_CORRESPONDENTIE.get(kanaal.lower(), Klacht.Kanaal.MONDELING),
            onderwerp=onderwerp,
            omschrijving=tekst,
            klager_naam=afzender_naam or adres or "onbekend",
            klager_email=email,
            klager_adres="" if email else adres,
            ontvangen_op=ontvangen,
            bron_zaaknummer=zaaknummer[:40],
        )
    except IntegrityError:  # made at this moment by a concurrent signal for the same item
        return Klacht.objects.get(bron_zaaknummer=zaaknummer)


# --- handling --------------------------------------------------------------------------------


def _vereis_behandelaar(klacht: Klacht, door: Gebruiker) -> None:
    vereis(door, "klacht.behandelen")
    if klacht.behandelaar_id != door.pk:
        raise PermissionDenied("Alleen de klachtbehandelaar van deze klacht kan dit doen.")
    if not klacht.open:
        raise ValidationError(f"Deze klacht is al {klacht.get_status_display().lower()}.")


@transaction.atomic
def wijs_toe(klacht: Klacht, *, door: Gebruiker, behandelaar: Gebruiker, met_advies: bool = False) -> Klacht:
    """Choose who handles the complaint: someone not involved in the behaviour (Awb 9:7)."""
    klacht = _vergrendel(klacht)
    vereis(door, "klacht.toewijzen")
    if not klacht.open:
        raise ValidationError(f"Deze klacht is al {klacht.get_status_display().lower()}.")
    if not heeft_recht(behandelaar, "klacht.behandelen") or not behandelaar.is_active:
        raise ValidationError({"behandelaar": f"{behandelaar} kan geen klachten behandelen."})
    if behandelaar.pk == klacht.beklaagde_id:
        raise ValidationError(
            {
                "behandelaar": "Wie bij de gedraging betrokken was, "
                "behandelt de klacht niet (Awb art. 9:7 lid 1)."
            }
        )
    if met_advies != klacht.met_advies and klacht.termijngebeurtenissen.exists():
        raise ValidationError({"met_advies": "Na een verdaging kan de termijn niet meer van soort wisselen."})
    klacht.behandelaar = behandelaar
    klacht.met_advies = met_advies
    klacht.save(update_fields=["behandelaar", "met_advies"])
    if klacht.status == S.ONTVANGEN:
        _zet_status(klacht, S.IN_BEHANDELING)
    advies = " met een adviescommissie (Awb 9:14, tien weken)" if met_advies else ""
    log(
        klacht,
        door,
        "klacht_toegewezen",
        f"Klachtbehandelaar: {behandelaar}{advies}",
        behandelaar=behandelaar.pk,
    )
    meld(
        behandelaar,
        Meldingsoort.TE_DOEN,
        f"Klacht {klacht.zaaknummer} is aan u toegewezen",
        reverse("klachten:klacht", args=[klacht.pk]),
        sleutel=f"klacht:{klacht.pk}:toegewezen:{behandelaar.pk}",
        over=klacht,
    )
    return klacht


@transaction.atomic
def wijzig_beklaagde(
    klacht: Klacht, *, door: Gebruiker, beklaagde: Gebruiker | None, beklaagde_omschrijving: str = ""
) -> Klacht:
    """Record who is complained about (a colleague with an account, and/or a description)."""
    klacht = _vergrendel(klacht)
    vereis(door, "klacht.toewijzen")
    _controleer_lengtes(beklaagde_omschrijving=beklaagde_omschrijving)
    if beklaagde is not None and klacht.behandelaar_id == beklaagde.pk:
        raise ValidationError(
            {"beklaagde": "De beklaagde is nu de klachtbehandelaar; wijs eerst een ander aan (Awb art. 9:7)."}
        )
    if beklaagde is not None and beklaagde.pk == door.pk:
        raise ValidationError({"beklaagde": "U kunt uzelf niet als beklaagde vastleggen; vraag een collega."})
    klacht.beklaagde = beklaagde
    klacht.beklaagde_omschrijving = beklaagde_omschrijving.strip()
    klacht.save(update_fields=["beklaagde", "beklaagde_omschrijving"])
    log(klacht, door, "klacht_beklaagde", f"Beklaagde: {beklaagde or klacht.beklaagde_omschrijving or '—'}")
    return klacht


@transaction.atomic
def behandel_niet(klacht: Klacht, *, door: Gebruiker, grond: str, motivering: str, gemeld_op: date) -> Klacht:
    """The decision not to handle the complaint (Awb 9:8), told in writing with reasons."""
    klacht = _vergrendel(klacht)
    _vereis_behandelaar(klacht, door)
    if grond not in NIET_BEHANDELEN:
        raise ValidationError({"grond": "Kies een grond uit Awb artikel 9:8."})
    if not motivering.strip():
        raise ValidationError(
            {"motivering": "Motiveer het besluit de klacht niet te behandelen (Awb art. 9:8 lid 3)."}
        )
    _controleer_lengtes(motivering=motivering)
    _datum_niet_in_toekomst(gemeld_op, "gemeld_op", "De datum van de mededeling")
    if gemeld_op < klacht.ontvangen_op:
        raise ValidationError({"gemeld_op": "De mededeling kan niet vóór de ontvangst van de klacht liggen."})
    if grond == "9:8-1b" and not termijn.ouder_dan_een_jaar(klacht.gedraging_op, klacht.ontvangen_op):
        raise ValidationError(
            {
                "grond": "Volgens de vastgelegde datum van de gedraging "
                "is die niet langer dan een jaar vóór de klacht."
            }
        )
    klacht.niet_behandelen_grond = grond
    klacht.niet_behandelen_motivering = motivering.strip()
    klacht.niet_behandelen_gemeld_op = gemeld_op
    klacht.save(
        update_fields=["niet_behandelen_grond", "niet_behandelen_motivering", "niet_behandelen_gemeld_op"]
    )
    _zet_status(klacht, S.NIET_BEHANDELD)
    uiterlijk = termijn.niet_behandelen_uiterlijk(klacht)
    te_laat = (
        f"; na de termijn van Awb 9:8 lid 3 (uiterlijk {_d(uiterlijk)})" if gemeld_op > uiterlijk else ""
    )
    log(
        klacht,
        door,
        "klacht_niet_behandeld",
        f"Niet in behandeling genomen ({NIET_BEHANDELEN[grond].artikel}){te_laat}",
        datum=gemeld_op,
        grond=grond,
    )
    _stuur_brief(klacht, door, Brief.Soort.NIET_BEHANDELEN, gemeld_op)
    return klacht


@transaction.atomic
def hoor(klacht: Klacht, *, door: Gebruiker, wie: str, gehoord_op: date, verslag: str) -> Hoorgesprek:
    """Record a hearing (Awb 9:10 lid 1) and its report (9:10 lid 3)."""
    klacht = _vergrendel(klacht)
    _vereis_behandelaar(klacht, door)
    if wie not in Hoorgesprek.Wie.values:
        raise ValidationError({"wie": "Kies wie is gehoord: de klager of de beklaagde."})
    if not verslag.strip():
        raise ValidationError({"verslag": "Van het horen wordt een verslag gemaakt (Awb art. 9:10 lid 3)."})
    _controleer_lengtes(verslag=verslag)
    _datum_niet_in_toekomst(gehoord_op, "gehoord_op", "De datum van het horen")
    if gehoord_op < klacht.ontvangen_op:
        raise ValidationError({"gehoord_op": "Het horen kan niet vóór de ontvangst van de klacht liggen."})
    gesprek = Hoorgesprek.objects.create(
        klacht=klacht, wie=wie, gehoord_op=gehoord_op, verslag=verslag.strip(), door=door
    )
    log(
        klacht,
        door,
        "klacht_gehoord",
        f"{gesprek.get_wie_display().split(' ')[0]} gehoord; verslag vastgelegd",
        datum=gehoord_op,
    )
    return gesprek


@transaction.atomic
def zie_af_van_horen(klacht: Klacht, *, door: Gebruiker, grond: str, toelichting: str) -> Klacht:
    """Record that the complainant is not heard, with its ground (Awb 9:10 lid 2)."""
    klacht = _vergrendel(klacht)
    _vereis_behandelaar(klacht, door)
    if grond not in AFZIEN_HOREN:
        raise ValidationError({"grond": "Kies een grond uit Awb artikel 9:10 lid 2."})
    if not toelichting.strip():
        raise ValidationError({"toelichting": "Licht toe waarom niet wordt gehoord."})
    _controleer_lengtes(toelichting=toelichting)
    klacht.afzien_horen_grond = grond
    klacht.afzien_horen_toelichting = toelichting.strip()
    klacht.save(update_fields=["afzien_horen_grond", "afzien_horen_toelichting"])
    log(
        klacht,
        door,
        "klacht_afzien_horen",
        f"Afgezien van horen ({AFZIEN_HOREN[grond].artikel})",
        grond=grond,
    )
    return klacht


@transaction.atomic
def verdaag(klacht: Klacht, *, door: Gebruiker, reden: str, gemeld_op: date) -> Termijngebeurtenis:
    """Extend the term once by at most four weeks, told in writing (Awb 9:11 lid 2); the engine
    refuses a second verdaging and one made known after the first term ended."""
    klacht = _vergrendel(klacht)
    _vereis_behandelaar(klacht, door)
    if not reden.strip():
        raise ValidationError({"reden": "Geef de reden van de verdaging; de klager krijgt die schriftelijk."})
    _controleer_lengtes(reden=reden)
    _datum_niet_in_toekomst(gemeld_op, "gemeld_op", "De datum van de mededeling")
    try:
        uitkomst = termijn.afhandeltermijn(klacht, [Gebeurtenis.verdaagd(gemeld_op)])
    except TermijnFout as fout:
        raise ValidationError(str(fout)) from None
    gebeurtenis = Termijngebeurtenis.objects.create(
        klacht=klacht,
        soort=Termijngebeurtenis.Soort.VERDAAGD,
        datum=gemeld_op,
        reden=reden.strip(),
        door=door,
    )
    log(
        klacht,
        door,
        "klacht_verdaagd",
        f"Afhandeling verdaagd met vier weken tot {_d(uitkomst.uiterste_datum)} (Awb 9:11 lid 2)",
        datum=gemeld_op,
        uiterste_datum=str(uitkomst.uiterste_datum),
    )
    _stuur_brief(klacht, door, Brief.Soort.VERDAGING, gemeld_op)
    return gebeurtenis


@transaction.atomic
def leg_instemming_vast(
    klacht: Klacht, *, door: Gebruiker, ontvangen_op: date, nieuwe_datum: date, reden: str
) -> Termijngebeurtenis:
    """Further postponement after the verdaging, only with the complainant's written consent
    (Awb 9:11 lid 2): the consent's date and the date agreed are recorded."""
    klacht = _vergrendel(klacht)
    _vereis_behandelaar(klacht, door)
    if not klacht.termijngebeurtenissen.filter(soort=Termijngebeurtenis.Soort.VERDAAGD).exists():
        raise ValidationError(
            "Verder uitstel met instemming komt pas na de verdaging "
            "van vier weken (Awb art. 9:11 lid 2); verdaag eerst."
        )
    if not reden.strip():
        raise ValidationError(
            {"reden": "Beschrijf de schriftelijke instemming van de klager (brief, e-mail)."}
        )
    _controleer_lengtes(reden=reden)
    _datum_niet_in_toekomst(ontvangen_op, "ontvangen_op", "De datum van de instemming")
    huidig = termijn.uiterste_datum(klacht)
    if huidig is not None and nieuwe_datum <= huidig:
        raise ValidationError(
            {"nieuwe_datum": f"De afgesproken datum moet na de huidige uiterste datum ({_d(huidig)}) liggen."}
        )
    gebeurtenis = Termijngebeurtenis.objects.create(
        klacht=klacht,
        soort=Termijngebeurtenis.Soort.INSTEMMING,
        datum=ontvangen_op,
        nieuwe_datum=nieuwe_datum,
        reden=reden.strip(),
        door=door,
    )
    log(
        klacht,
        door,
        "klacht_uitstel_instemming",
        f"Verder uitstel tot {_d(nieuwe_datum)} met schriftelijke instemming van de klager",
        datum=ontvangen_op,
    )
    return gebeurtenis


@transaction.atomic
def handel_af(
    klacht: Klacht,
    *,
    door: Gebruiker,
    oordeel: str,
    bevindingen: str,
    conclusies: str,
    afgehandeld_op: date,
) -> Klacht:
    """The written, reasoned outcome with its conclusions and the Nationale ombudsman (Awb 9:12)."""
    klacht = _vergrendel(klacht)
    _vereis_behandelaar(klacht, door)
    fouten = {}
    if oordeel not in Klacht.Oordeel.values:
        fouten["oordeel"] = "Kies het oordeel: gegrond, deels gegrond of ongegrond."
    if not bevindingen.strip():
        fouten["bevindingen"] = "Schrijf de bevindingen: de uitkomst wordt gemotiveerd (Awb art. 9:12 lid 1)."
    if not conclusies.strip():
        fouten["conclusies"] = (
            "Schrijf de conclusies die aan de klacht worden verbonden (Awb art. 9:12 lid 1)."
        )
    if fouten:
        raise ValidationError(fouten)
    _controleer_lengtes(bevindingen=bevindingen, conclusies=conclusies)
    _datum_niet_in_toekomst(afgehandeld_op, "afgehandeld_op", "De datum van de afhandeling")
    if afgehandeld_op < klacht.ontvangen_op:
        raise ValidationError({"afgehandeld_op": "De afhandeling kan niet vóór de ontvangst liggen."})
    gehoord = set(klacht.hoorgesprekken.values_list("wie", flat=True))
    if "klager" not in gehoord and not klacht.afzien_horen_grond:
        raise ValidationError(
            "Hoor eerst de klager, of leg vast waarom daarvan wordt afgezien (Awb art. 9:10)."
        )
    heeft_beklaagde = klacht.beklaagde_id is not None or bool(klacht.beklaagde_omschrijving)
    if heeft_beklaagde and "beklaagde" not in gehoord and klacht.afzien_horen_grond != "9:10-2a":
        raise ValidationError(
            "Stel ook degene over wie geklaagd wordt in de gelegenheid "
            "te worden gehoord (Awb art. 9:10 lid 1)."
        )
    klacht.oordeel = oordeel
    klacht.bevindingen = bevindingen.strip()
    klacht.conclusies = conclusies.strip()
    klacht.afgehandeld_op = afgehandeld_op
    klacht.save(update_fields=["oordeel", "bevindingen", "conclusies", "afgehandeld_op"])
    _zet_status(klacht, S.AFGEHANDELD)
    uiterste = termijn.uiterste_datum(klacht)
    op_tijd = uiterste is None or afgehandeld_op <= uiterste
    log(
        klacht,
        door,
        "klacht_afgehandeld",
        f"Afgehandeld: {klacht.get_oordeel_display().lower()}{'' if op_tijd else ' (na de uiterste datum)'}",
        datum=afgehandeld_op,
        oordeel=oordeel,
        op_tijd=op_tijd,
    )
    _stuur_brief(klacht, door, Brief.Soort.UITKOMST, afgehandeld_op)
    return klacht


@transaction.atomic
def leg_ombudsman_vast(
    klacht: Klacht, *, door: Gebruiker, ontvangen_op: date, kenmerk: str, uitkomst: str = ""
) -> Klacht:
    """Record that the complainant went to the Nationale ombudsman (and, later, its outcome)."""
    klacht = _vergrendel(klacht)
    vereis(door, "klacht.behandelen")
    if klacht.open:
        raise ValidationError("De Nationale ombudsman komt pas na de klachtbehandeling.")
    if not kenmerk.strip():
        raise ValidationError({"kenmerk": "Vul het kenmerk van de Nationale ombudsman in."})
    _controleer_lengtes(kenmerk=kenmerk, uitkomst=uitkomst)
    if len(kenmerk) > 60 or len(uitkomst) > 500:
        raise ValidationError("Kenmerk (60) of uitkomst (500 tekens) is te lang.")
    _datum_niet_in_toekomst(ontvangen_op, "ontvangen_op", "De datum")
    klacht.ombudsman_ontvangen_op = ontvangen_op
    klacht.ombudsman_kenmerk = kenmerk.strip()
    klacht.ombudsman_uitkomst = uitkomst.strip()
    klacht.save(update_fields=["ombudsman_ontvangen_op", "ombudsman_kenmerk", "ombudsman_uitkomst"])
    log(
        klacht,
        door,
        "klacht_ombudsman",
        f"Nationale ombudsman: {klacht.ombudsman_kenmerk}",
        datum=ontvangen_op,
    )
    return klacht
