"""Every change to an objection (Awb chapters 6 and 7): one transaction, permission check, state
change through the transition table, terms checked by the deadline engine, audit record, a line
in the course of events, letters made in the transaction and e-mailed after it commits."""

from __future__ import annotations

from datetime import date, timedelta
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
from .gronden import AFZIEN_HOREN
from .models import Bezwaar, Brief, Hoorzitting, Logregel, Termijngebeurtenis
from .toestanden import controleer_overgang

#: Who did it: a user, or a text for a system step.
Door = Gebruiker | str

S = Bezwaar.Status

#: Bounds of free text, for every caller (pages, the correspondence signal).
MAX_TEKST = 10_000
MAX_REGEL = 300
MAX_NAAM = 200
MAX_ADRES = 500
MAX_KENMERK = 40

_GRENZEN = {
    "bezwaarmaker_naam": MAX_NAAM,
    "bezwaarmaker_adres": MAX_ADRES,
    "onderwerp": MAX_REGEL,
    "besluit": MAX_REGEL,
    "hoorder": MAX_REGEL,
    "woo_zaaknummer": MAX_KENMERK,
}


def _d(datum: date | None) -> str:
    """A date as people read it ("7 december 2026")."""
    return date_format(datum, "j F Y") if datum else "—"


def log(
    bezwaar: Bezwaar, door: Door, actie: str, omschrijving: str, datum: date | None = None, **gegevens: Any
) -> None:
    Logregel.objects.create(
        bezwaar=bezwaar,
        datum=datum or timezone.localdate(),
        omschrijving=omschrijving[:500],
        door=str(door)[:200],
    )
    audit.registreer(actie, door=door, subject=bezwaar, gegevens={"omschrijving": omschrijving, **gegevens})


def _vergrendel(bezwaar: Bezwaar) -> Bezwaar:
    return Bezwaar.objects.select_for_update().get(pk=bezwaar.pk)


def _zet_status(bezwaar: Bezwaar, naar: str) -> None:
    controleer_overgang(bezwaar, naar)
    bezwaar.status = naar
    bezwaar.save(update_fields=["status"])


def _controleer_lengtes(**teksten: str) -> None:
    te_lang = {
        veld: f"Deze tekst is te lang ({len(tekst)} tekens); de grens is {_GRENZEN.get(veld, MAX_TEKST)}."
        for veld, tekst in teksten.items()
        if len(tekst) > _GRENZEN.get(veld, MAX_TEKST)
    }
    if te_lang:
        raise ValidationError(te_lang)


def _datum_niet_in_toekomst(datum: date, veld: str, wat: str) -> None:
    if datum > timezone.localdate():
        raise ValidationError({veld: f"{wat} kan niet in de toekomst liggen."})


def nieuw_zaaknummer(datum: date) -> str:
    prefix = f"BZ-{datum.year}-"
    laatste = (
        Bezwaar.objects.filter(zaaknummer__startswith=prefix)
        .order_by("-zaaknummer")
        .values_list("zaaknummer", flat=True)
        .first()
    )
    return f"{prefix}{(int(laatste.removeprefix(prefix)) + 1) if laatste else 1:05d}"


def _stuur_brief(bezwaar: Bezwaar, door: Door, soort: str, datum: date) -> Brief:
    brief = brieven.maak_brief(bezwaar, soort, datum)
    if brief.per_email:
        transaction.on_commit(partial(brieven.verstuur, brief.pk))
    hoe = (
        "per e-mail verstuurd" if brief.per_email else "klaar om per post te versturen (PDF bij het bezwaar)"
    )
    log(
        bezwaar,
        door,
        "bezwaar_brief",
        f"Brief '{brieven.ONDERWERPEN[soort]}' {hoe}",
        datum=datum,
        brief=soort,
    )
    return brief


def _controleer_besluitdata(
    ontvangen_op: date, besluit_bekendgemaakt_op: date | None, ter_post_op: date | None
) -> None:
    _datum_niet_in_toekomst(ontvangen_op, "ontvangen_op", "De ontvangstdatum")
    if besluit_bekendgemaakt_op is not None:
        _datum_niet_in_toekomst(besluit_bekendgemaakt_op, "besluit_bekendgemaakt_op", "De bekendmaking")
    if ter_post_op is not None:
        _datum_niet_in_toekomst(ter_post_op, "ter_post_op", "De datum van terpostbezorging")
        if ter_post_op > ontvangen_op:
            raise ValidationError(
                {"ter_post_op": "Het bezwaarschrift kan niet na de ontvangst op de post zijn gedaan."}
            )


def behandelaars() -> list[Gebruiker]:
    """Who may handle objections (and is told a new one waits)."""
    rollen = matrix().rollen_met("bezwaar.behandelen")
    return list(Gebruiker.objects.filter(is_active=True, rollen__rol__in=rollen).distinct())


def _log_tijdigheid(bezwaar: Bezwaar, door: Door) -> None:
    einde = termijn.einde_bezwaartermijn(bezwaar)
    if einde is None:
        log(
            bezwaar,
            door,
            "bezwaar_signaal",
            "Datum van bekendmaking van het besluit onbekend: tijdigheid nog niet vast te stellen",
        )
    elif termijn.te_laat(bezwaar):
        log(
            bezwaar,
            door,
            "bezwaar_signaal",
            f"Na de bezwaartermijn ingediend (die eindigde {_d(einde)}, Awb 6:7, 6:9): niet-ontvankelijk, "
            "tenzij de overschrijding verschoonbaar is (Awb 6:11)",
            einde_bezwaartermijn=str(einde),
        )


@transaction.atomic
def _nieuw_bezwaar(
    *,
    door: Door,
    kanaal: str,
    onderwerp: str,
    gronden: str,
    bezwaarmaker_naam: str,
    bezwaarmaker_email: str = "",
    bezwaarmaker_adres: str = "",
    ontvangen_op: date | None = None,
    ter_post_op: date | None = None,
    besluit: str = "",
    besluit_bekendgemaakt_op: date | None = None,
    woo_zaaknummer: str = "",
    bron_zaaknummer: str = "",
) -> Bezwaar:
    if kanaal not in Bezwaar.Kanaal.values:
        raise ValidationError({"kanaal": "Kies hoe het bezwaarschrift binnenkwam."})
    onderwerp, gronden, besluit = onderwerp.strip(), gronden.strip(), besluit.strip()
    naam, email, adres = bezwaarmaker_naam.strip(), bezwaarmaker_email.strip(), bezwaarmaker_adres.strip()
    woo_zaaknummer = woo_zaaknummer.strip()
    _controleer_lengtes(
        onderwerp=onderwerp,
        gronden=gronden,
        besluit=besluit,
        bezwaarmaker_naam=naam,
        bezwaarmaker_adres=adres,
        woo_zaaknummer=woo_zaaknummer,
    )
    fouten = {}
    if not gronden:
        fouten["gronden"] = "Vul de gronden van het bezwaar in (Awb art. 6:5 lid 1 onder d)."
    if not naam:
        fouten["bezwaarmaker_naam"] = "Vul de naam van de bezwaarmaker in (Awb art. 6:5 lid 1 onder a)."
    if not (email or adres):
        fouten["bezwaarmaker_email"] = (
            "Geef een e-mailadres of een postadres voor de ontvangstbevestiging (Awb 6:14)."
        )
    if fouten:
        raise ValidationError(fouten)
    ontvangen_op = ontvangen_op or timezone.localdate()
    _controleer_besluitdata(ontvangen_op, besluit_bekendgemaakt_op, ter_post_op)
    bezwaar = Bezwaar(
        zaaknummer=nieuw_zaaknummer(ontvangen_op),
        kanaal=kanaal,
        bron_zaaknummer=bron_zaaknummer,
        onderwerp=(onderwerp or besluit or gronden)[:MAX_REGEL],
        gronden=gronden,
        besluit=besluit,
        besluit_bekendgemaakt_op=besluit_bekendgemaakt_op,
        woo_zaaknummer=woo_zaaknummer,
        bezwaarmaker_naam=naam,
        bezwaarmaker_email=email,
        bezwaarmaker_adres=adres,
        ontvangen_op=ontvangen_op,
        ter_post_op=ter_post_op,
        geregistreerd_door=door if isinstance(door, Gebruiker) else None,
    )
    bezwaar.full_clean()
    bezwaar.save()
    herkomst = f" uit correspondentie {bron_zaaknummer}" if bron_zaaknummer else ""
    log(
        bezwaar,
        door,
        "bezwaar_ontvangen",
        f"Bezwaarschrift ontvangen via {bezwaar.get_kanaal_display().lower()}{herkomst}",
        datum=ontvangen_op,
    )
    _log_tijdigheid(bezwaar, door)
    # Awb 6:14: receipt of a bezwaarschrift is acknowledged in writing
    bezwaar.ontvangst_bevestigd_op = timezone.localdate()
    bezwaar.save(update_fields=["ontvangst_bevestigd_op"])
    _stuur_brief(bezwaar, door, Brief.Soort.ONTVANGSTBEVESTIGING, bezwaar.ontvangst_bevestigd_op)
    meld(
        [g for g in behandelaars() if g != door],
        Meldingsoort.TE_DOEN,
        f"Nieuw bezwaarschrift {bezwaar.zaaknummer}: wijs een behandelaar aan",
        reverse("bezwaar:bezwaar", args=[bezwaar.pk]),
        sleutel=f"bezwaar:{bezwaar.pk}:nieuw",
        over=bezwaar,
    )
    return bezwaar


def registreer(*, door: Gebruiker, **gegevens: Any) -> Bezwaar:
    """An objection received by letter, e-mail or form, registered by staff."""
    vereis(door, "bezwaar.registreren")
    return _nieuw_bezwaar(door=door, **gegevens)


#: the channel of the correspondence → how the objection came in; a call is no bezwaarschrift
KANALEN_CORRESPONDENTIE = {"email": "email", "brief": "brief", "webformulier": "webformulier"}


def registreer_uit_correspondentie(
    *,
    door: Gebruiker,
    zaaknummer: str,
    afzender_naam: str,
    afzender_email: str,
    afzender_adres: str,
    onderwerp: str,
    tekst: str,
    ontvangen_op: date,
    kanaal: str,
) -> Bezwaar:
    """An item of MC turned into an objection. Once per item: a second call for the same item
    returns the objection made the first time. The date the contested decision was made known
    is not in a letter's fields: the jurist records it (``wijzig_besluit``)."""
    vereis(door, "bezwaar.registreren")
    bestaand = Bezwaar.objects.filter(bron_zaaknummer=zaaknummer).first()
    if bestaand is not None:
        return bestaand
    if kanaal not in KANALEN_CORRESPONDENTIE:
        raise ValidationError(
            "Bezwaar wordt gemaakt met een bezwaarschrift (Awb art. 6:4 lid 1): een telefoongesprek of "
            "bericht op sociale media is dat niet. Vraag de afzender schriftelijk bezwaar te maken."
        )
    herkomst = f"\n\n(Omgezet uit correspondentiezaak {zaaknummer} van team MC.)"
    gronden = tekst.strip() or "(Het bericht had geen tekst.)"
    if len(gronden) + len(herkomst) > MAX_TEKST:
        herkomst = f"\n\n(Ingekort; de volledige tekst staat in correspondentiezaak {zaaknummer}.)"
        gronden = gronden[: MAX_TEKST - len(herkomst) - 1].rstrip() + "…"
    email = afzender_email.strip()
    if len(email) > 254 or "@" not in email:
        email = ""
    try:
        return _nieuw_bezwaar(
            door=door,
            kanaal=KANALEN_CORRESPONDENTIE[kanaal],
            onderwerp=onderwerp[:MAX_REGEL],
            gronden=gronden + herkomst,
            bezwaarmaker_naam=(afzender_naam.strip() or email or "onbekend")[:MAX_NAAM],
            bezwaarmaker_email=email,
            bezwaarmaker_adres=afzender_adres[:MAX_ADRES],
            ontvangen_op=ontvangen_op,
            bron_zaaknummer=zaaknummer[:40],
        )
    except IntegrityError:  # made at this moment by a concurrent conversion of the same item
        return Bezwaar.objects.get(bron_zaaknummer=zaaknummer)


# --- handling --------------------------------------------------------------------------------


def _vereis_open(bezwaar: Bezwaar) -> None:
    if not bezwaar.open:
        raise ValidationError(f"Dit bezwaar is al {bezwaar.get_status_display().lower()}.")


def _vereis_behandelaar(bezwaar: Bezwaar, door: Gebruiker) -> None:
    vereis(door, "bezwaar.behandelen")
    if bezwaar.behandelaar_id != door.pk:
        raise PermissionDenied("Alleen de behandelaar van dit bezwaar kan dit doen.")
    _vereis_open(bezwaar)


def _controleer_termijn(bezwaar: Bezwaar) -> None:
    """The recorded events still make a term the engine accepts (else the change rolls back)."""
    try:
        termijn.beslistermijn(bezwaar)
    except TermijnFout as fout:
        raise ValidationError(str(fout)) from None


@transaction.atomic
def wijs_toe(
    bezwaar: Bezwaar, *, door: Gebruiker, behandelaar: Gebruiker, met_advies: bool = False
) -> Bezwaar:
    """Choose the jurist who handles the objection, and whether an advisory committee (7:13) is used."""
    bezwaar = _vergrendel(bezwaar)
    vereis(door, "bezwaar.behandelen")
    _vereis_open(bezwaar)
    if not behandelaar.is_active or not heeft_recht(behandelaar, "bezwaar.behandelen"):
        raise ValidationError({"behandelaar": f"{behandelaar} kan geen bezwaren behandelen."})
    if met_advies != bezwaar.met_advies and bezwaar.termijngebeurtenissen.exists():
        raise ValidationError(
            {"met_advies": "Na een verdaging kan de beslistermijn niet meer van soort wisselen."}
        )
    bezwaar.behandelaar = behandelaar
    bezwaar.met_advies = met_advies
    bezwaar.save(update_fields=["behandelaar", "met_advies"])
    if bezwaar.status == S.ONTVANGEN:
        _zet_status(bezwaar, S.IN_BEHANDELING)
    advies = " met een bezwaaradviescommissie (Awb 7:13, twaalf weken)" if met_advies else ""
    log(
        bezwaar, door, "bezwaar_toegewezen", f"Behandelaar: {behandelaar}{advies}", behandelaar=behandelaar.pk
    )
    meld(
        behandelaar,
        Meldingsoort.TE_DOEN,
        f"Bezwaar {bezwaar.zaaknummer} is aan u toegewezen",
        reverse("bezwaar:bezwaar", args=[bezwaar.pk]),
        sleutel=f"bezwaar:{bezwaar.pk}:toegewezen:{behandelaar.pk}",
        over=bezwaar,
    )
    return bezwaar


@transaction.atomic
def wijzig_besluit(
    bezwaar: Bezwaar,
    *,
    door: Gebruiker,
    besluit: str,
    besluit_bekendgemaakt_op: date,
    woo_zaaknummer: str = "",
    ter_post_op: date | None = None,
) -> Bezwaar:
    """Record or correct the contested decision and its date of bekendmaking (and the postmark):
    the objection term, the timeliness and the decision term follow from them."""
    bezwaar = _vergrendel(bezwaar)
    vereis(door, "bezwaar.behandelen")
    _vereis_open(bezwaar)
    besluit, woo_zaaknummer = besluit.strip(), woo_zaaknummer.strip()
    _controleer_lengtes(besluit=besluit, woo_zaaknummer=woo_zaaknummer)
    if not besluit:
        raise ValidationError({"besluit": "Omschrijf het bestreden besluit (Awb art. 6:5 lid 1 onder c)."})
    _controleer_besluitdata(bezwaar.ontvangen_op, besluit_bekendgemaakt_op, ter_post_op)
    bezwaar.besluit, bezwaar.besluit_bekendgemaakt_op = besluit, besluit_bekendgemaakt_op
    bezwaar.woo_zaaknummer, bezwaar.ter_post_op = woo_zaaknummer, ter_post_op
    if not termijn.te_laat(bezwaar):
        bezwaar.verschoonbaar, bezwaar.verschoonbaar_motivering = None, ""
    bezwaar.save(
        update_fields=[
            "besluit",
            "besluit_bekendgemaakt_op",
            "woo_zaaknummer",
            "ter_post_op",
            "verschoonbaar",
            "verschoonbaar_motivering",
        ]
    )
    _controleer_termijn(bezwaar)
    log(
        bezwaar,
        door,
        "bezwaar_besluit",
        f"Bestreden besluit: {besluit}, bekendgemaakt {_d(besluit_bekendgemaakt_op)}; "
        f"bezwaartermijn tot en met {_d(termijn.einde_bezwaartermijn(bezwaar))}",
    )
    _log_tijdigheid(bezwaar, door)
    return bezwaar


@transaction.atomic
def beoordeel_overschrijding(
    bezwaar: Bezwaar, *, door: Gebruiker, verschoonbaar: bool, motivering: str
) -> Bezwaar:
    """Judge whether a late objection is excusable (Awb 6:11), with reasons; recorded."""
    bezwaar = _vergrendel(bezwaar)
    _vereis_behandelaar(bezwaar, door)
    if not termijn.te_laat(bezwaar):
        raise ValidationError("Dit bezwaarschrift is niet te laat ingediend; er valt niets te verschonen.")
    if not motivering.strip():
        raise ValidationError(
            {"motivering": "Motiveer het oordeel over de termijnoverschrijding (Awb art. 6:11)."}
        )
    _controleer_lengtes(motivering=motivering)
    bezwaar.verschoonbaar, bezwaar.verschoonbaar_motivering = verschoonbaar, motivering.strip()
    bezwaar.save(update_fields=["verschoonbaar", "verschoonbaar_motivering"])
    oordeel = (
        "verschoonbaar: het bezwaar wordt inhoudelijk behandeld" if verschoonbaar else "niet verschoonbaar"
    )
    log(
        bezwaar,
        door,
        "bezwaar_verschoonbaarheid",
        f"Termijnoverschrijding {oordeel} (Awb 6:11)",
        verschoonbaar=verschoonbaar,
    )
    return bezwaar


@transaction.atomic
def hoor(
    bezwaar: Bezwaar,
    *,
    door: Gebruiker,
    gehoord_op: date,
    hoorder: str,
    verslag: str,
    verschenen: bool = True,
) -> Hoorzitting:
    """Record the hearing (Awb 7:2) and its report (7:7)."""
    bezwaar = _vergrendel(bezwaar)
    _vereis_behandelaar(bezwaar, door)
    fouten = {}
    if not hoorder.strip():
        fouten["hoorder"] = "Vul in wie heeft gehoord (Awb art. 7:5: niet wie het besluit voorbereidde)."
    if not verslag.strip():
        fouten["verslag"] = "Van het horen wordt een verslag gemaakt (Awb art. 7:7)."
    if fouten:
        raise ValidationError(fouten)
    _controleer_lengtes(hoorder=hoorder, verslag=verslag)
    _datum_niet_in_toekomst(gehoord_op, "gehoord_op", "De datum van de hoorzitting")
    if gehoord_op < bezwaar.ontvangen_op:
        raise ValidationError(
            {"gehoord_op": "De hoorzitting kan niet vóór de ontvangst van het bezwaar liggen."}
        )
    zitting = Hoorzitting.objects.create(
        bezwaar=bezwaar,
        gehoord_op=gehoord_op,
        hoorder=hoorder.strip(),
        verschenen=verschenen,
        verslag=verslag.strip(),
        door=door,
    )
    wie = "bezwaarmaker gehoord" if verschenen else "bezwaarmaker niet verschenen"
    log(
        bezwaar,
        door,
        "bezwaar_gehoord",
        f"Hoorzitting: {wie}; verslag vastgelegd (Awb 7:2, 7:7)",
        datum=gehoord_op,
    )
    return zitting


@transaction.atomic
def zie_af_van_horen(bezwaar: Bezwaar, *, door: Gebruiker, grond: str, toelichting: str) -> Bezwaar:
    """Record that the objector is not heard, with its ground (Awb 7:3)."""
    bezwaar = _vergrendel(bezwaar)
    _vereis_behandelaar(bezwaar, door)
    if grond not in AFZIEN_HOREN:
        raise ValidationError({"grond": "Kies een grond uit Awb artikel 7:3."})
    if not toelichting.strip():
        raise ValidationError({"toelichting": "Licht toe waarom niet wordt gehoord."})
    _controleer_lengtes(toelichting=toelichting)
    bezwaar.afzien_horen_grond, bezwaar.afzien_horen_toelichting = grond, toelichting.strip()
    bezwaar.save(update_fields=["afzien_horen_grond", "afzien_horen_toelichting"])
    log(
        bezwaar,
        door,
        "bezwaar_afzien_horen",
        f"Afgezien van horen ({AFZIEN_HOREN[grond].artikel})",
        grond=grond,
    )
    return bezwaar


@transaction.atomic
def verdaag(bezwaar: Bezwaar, *, door: Gebruiker, reden: str, gemeld_op: date) -> Termijngebeurtenis:
    """Extend the decision term once by at most six weeks, told in writing (Awb 7:10 lid 3); the
    engine refuses a second verdaging and one made known after the first term ended."""
    bezwaar = _vergrendel(bezwaar)
    _vereis_behandelaar(bezwaar, door)
    if bezwaar.besluit_bekendgemaakt_op is None:
        raise ValidationError(
            "Leg eerst de datum van bekendmaking van het besluit vast; daaruit volgt de beslistermijn."
        )
    if not reden.strip():
        raise ValidationError(
            {"reden": "Geef de reden van de verdaging; de bezwaarmaker krijgt die schriftelijk."}
        )
    _controleer_lengtes(reden=reden)
    _datum_niet_in_toekomst(gemeld_op, "gemeld_op", "De datum van de mededeling")
    try:
        uitkomst = termijn.beslistermijn(bezwaar, [Gebeurtenis.verdaagd(gemeld_op)])
    except TermijnFout as fout:
        raise ValidationError(str(fout)) from None
    assert uitkomst is not None
    gebeurtenis = Termijngebeurtenis.objects.create(
        bezwaar=bezwaar,
        soort=Termijngebeurtenis.Soort.VERDAAGD,
        datum=gemeld_op,
        reden=reden.strip(),
        door=door,
    )
    log(
        bezwaar,
        door,
        "bezwaar_verdaagd",
        f"Beslissing verdaagd met zes weken tot {_d(uitkomst.uiterste_datum)} (Awb 7:10 lid 3)",
        datum=gemeld_op,
        uiterste_datum=str(uitkomst.uiterste_datum),
    )
    _stuur_brief(bezwaar, door, Brief.Soort.VERDAGING, gemeld_op)
    return gebeurtenis


@transaction.atomic
def vraag_herstel(
    bezwaar: Bezwaar, *, door: Gebruiker, verzuim: str, gevraagd_op: date, hersteltermijn_tot: date
) -> Termijngebeurtenis:
    """Ask the objector to repair an omission (Awb 6:6: grounds missing, not signed, no copy of
    the decision); the decision term is suspended from the day after the request (7:10 lid 2)."""
    bezwaar = _vergrendel(bezwaar)
    _vereis_behandelaar(bezwaar, door)
    if bezwaar.besluit_bekendgemaakt_op is None:
        raise ValidationError(
            "Leg eerst de datum van bekendmaking van het besluit vast; daaruit volgt de beslistermijn."
        )
    if termijn.lopend_herstel(bezwaar) is not None:
        raise ValidationError("Er loopt al een hersteltermijn; leg eerst vast of het verzuim is hersteld.")
    if not verzuim.strip():
        raise ValidationError({"verzuim": "Beschrijf het verzuim dat hersteld moet worden (Awb art. 6:6)."})
    _controleer_lengtes(verzuim=verzuim)
    _datum_niet_in_toekomst(gevraagd_op, "gevraagd_op", "De datum van het verzoek")
    if gevraagd_op < bezwaar.ontvangen_op:
        raise ValidationError(
            {"gevraagd_op": "Het verzoek kan niet vóór de ontvangst van het bezwaar liggen."}
        )
    if hersteltermijn_tot <= gevraagd_op:
        raise ValidationError({"hersteltermijn_tot": "De hersteltermijn eindigt na de dag van het verzoek."})
    van = gevraagd_op + timedelta(days=1)
    try:
        aanvang = termijn.aanvang_beslistermijn(bezwaar)
        assert aanvang is not None
        termijn.beslistermijn(bezwaar, [g for g in [termijn.opgeschort(aanvang, van, None)] if g])
    except TermijnFout as fout:
        raise ValidationError(str(fout)) from None
    gebeurtenis = Termijngebeurtenis.objects.create(
        bezwaar=bezwaar,
        soort=Termijngebeurtenis.Soort.OPGESCHORT,
        datum=van,
        nieuwe_datum=hersteltermijn_tot,
        reden=verzuim.strip(),
        door=door,
    )
    log(
        bezwaar,
        door,
        "bezwaar_herstel_gevraagd",
        f"Herstel verzuim gevraagd tot en met {_d(hersteltermijn_tot)} (Awb 6:6); "
        f"beslistermijn opgeschort vanaf {_d(van)} (Awb 7:10 lid 2)",
        datum=gevraagd_op,
    )
    return gebeurtenis


@transaction.atomic
def leg_herstel_vast(bezwaar: Bezwaar, *, door: Gebruiker, hersteld_op: date | None = None) -> Bezwaar:
    """End the opschorting: the omission was repaired on ``hersteld_op`` (suspended up to the day
    before), or, without a date, the term set for it passed unused (suspended to its end)."""
    bezwaar = _vergrendel(bezwaar)
    _vereis_behandelaar(bezwaar, door)
    lopend = termijn.lopend_herstel(bezwaar)
    if lopend is None:
        raise ValidationError("Er loopt geen hersteltermijn.")
    if hersteld_op is not None:
        _datum_niet_in_toekomst(hersteld_op, "hersteld_op", "De datum van herstel")
        if hersteld_op < bezwaar.ontvangen_op:
            raise ValidationError(
                {"hersteld_op": "Het herstel kan niet vóór de ontvangst van het bezwaar liggen."}
            )
        tot = hersteld_op - timedelta(days=1)
        wat = f"Verzuim hersteld op {_d(hersteld_op)}"
    else:
        if lopend.nieuwe_datum >= timezone.localdate():
            raise ValidationError(
                {"hersteld_op": "De hersteltermijn loopt nog; vul de datum van herstel in."}
            )
        tot = lopend.nieuwe_datum
        wat = f"Verzuim niet hersteld binnen de termijn (tot en met {_d(tot)}): niet-ontvankelijk (Awb 6:6)"
    if tot < lopend.datum:  # repaired on the first day: nothing was suspended
        lopend.delete()
    else:
        lopend.tot = tot
        lopend.save(update_fields=["tot"])
    _controleer_termijn(bezwaar)
    log(bezwaar, door, "bezwaar_herstel", f"{wat}; opschorting beëindigd", hersteld=hersteld_op is not None)
    return bezwaar


@transaction.atomic
def leg_instemming_vast(
    bezwaar: Bezwaar,
    *,
    door: Gebruiker,
    ontvangen_op: date,
    nieuwe_datum: date,
    reden: str,
    derden_niet_geschaad: bool,
) -> Termijngebeurtenis:
    """Further postponement only with the objector's consent, while other interested parties are
    not harmed or consent too (Awb 7:10 lid 4): the consent and the date agreed are recorded."""
    bezwaar = _vergrendel(bezwaar)
    _vereis_behandelaar(bezwaar, door)
    fouten = {}
    if not reden.strip():
        fouten["reden"] = "Beschrijf de instemming van de bezwaarmaker (brief, e-mail, kenmerk)."
    if not derden_niet_geschaad:
        fouten["derden_niet_geschaad"] = (
            "Verder uitstel kan alleen als andere belanghebbenden niet in hun belangen worden geschaad "
            "of ermee instemmen (Awb art. 7:10 lid 4)."
        )
    if fouten:
        raise ValidationError(fouten)
    _controleer_lengtes(reden=reden)
    _datum_niet_in_toekomst(ontvangen_op, "ontvangen_op", "De datum van de instemming")
    huidig = termijn.uiterste_datum(bezwaar)
    if huidig is None:
        raise ValidationError(
            "Leg eerst de datum van bekendmaking van het besluit vast; daaruit volgt de beslistermijn."
        )
    if nieuwe_datum <= huidig:
        raise ValidationError(
            {"nieuwe_datum": f"De afgesproken datum moet na de huidige uiterste datum ({_d(huidig)}) liggen."}
        )
    gebeurtenis = Termijngebeurtenis.objects.create(
        bezwaar=bezwaar,
        soort=Termijngebeurtenis.Soort.INSTEMMING,
        datum=ontvangen_op,
        nieuwe_datum=nieuwe_datum,
        reden=reden.strip(),
        door=door,
    )
    log(
        bezwaar,
        door,
        "bezwaar_uitstel_instemming",
        f"Verder uitstel tot {_d(nieuwe_datum)} met instemming van de bezwaarmaker (Awb 7:10 lid 4)",
        datum=ontvangen_op,
    )
    return gebeurtenis


@transaction.atomic
def beslis(bezwaar: Bezwaar, *, door: Gebruiker, oordeel: str, motivering: str, beslist_op: date) -> Bezwaar:
    """The decision on the objection with its reasons (Awb 7:11, 7:12), in a letter that names
    beroep at the rechtbank and its term (3:45, 6:7, 8:1)."""
    bezwaar = _vergrendel(bezwaar)
    _vereis_behandelaar(bezwaar, door)
    fouten = {}
    if oordeel not in Bezwaar.Oordeel.values:
        fouten["oordeel"] = (
            "Kies de beslissing: niet-ontvankelijk, ongegrond, gedeeltelijk gegrond of gegrond."
        )
    if not motivering.strip():
        fouten["motivering"] = (
            "De beslissing op bezwaar berust op een deugdelijke motivering (Awb art. 7:12 lid 1)."
        )
    if fouten:
        raise ValidationError(fouten)
    _controleer_lengtes(motivering=motivering)
    _datum_niet_in_toekomst(beslist_op, "beslist_op", "De datum van de beslissing")
    if beslist_op < bezwaar.ontvangen_op:
        raise ValidationError(
            {"beslist_op": "De beslissing kan niet vóór de ontvangst van het bezwaar liggen."}
        )
    if bezwaar.besluit_bekendgemaakt_op is None:
        raise ValidationError(
            "Leg eerst het bestreden besluit en de datum van bekendmaking vast (tijdigheid, Awb 6:7)."
        )
    if termijn.lopend_herstel(bezwaar) is not None:
        raise ValidationError(
            "Er loopt nog een hersteltermijn (Awb 6:6); leg eerst vast of het verzuim is hersteld."
        )
    if not bezwaar.hoorzittingen.exists() and not bezwaar.afzien_horen_grond:
        raise ValidationError(
            "Hoor eerst de bezwaarmaker, of leg vast waarom daarvan wordt afgezien (Awb art. 7:2, 7:3)."
        )
    if (
        termijn.te_laat(bezwaar)
        and bezwaar.verschoonbaar is not True
        and oordeel != Bezwaar.Oordeel.NIET_ONTVANKELIJK
    ):
        raise ValidationError(
            {
                "oordeel": "Het bezwaarschrift is te laat ingediend: het is niet-ontvankelijk, tenzij de "
                "overschrijding verschoonbaar is (Awb art. 6:11). Leg dat oordeel eerst vast."
            }
        )
    bezwaar.oordeel, bezwaar.motivering, bezwaar.beslist_op = oordeel, motivering.strip(), beslist_op
    bezwaar.save(update_fields=["oordeel", "motivering", "beslist_op"])
    _zet_status(bezwaar, S.BESLIST)
    uiterste = termijn.uiterste_datum(bezwaar)
    op_tijd = uiterste is None or beslist_op <= uiterste
    log(
        bezwaar,
        door,
        "bezwaar_beslist",
        f"Beslist: {bezwaar.get_oordeel_display().lower()}{'' if op_tijd else ' (na de uiterste datum)'}",
        datum=beslist_op,
        oordeel=oordeel,
        op_tijd=op_tijd,
    )
    _stuur_brief(bezwaar, door, Brief.Soort.BESLISSING, beslist_op)
    return bezwaar


@transaction.atomic
def trek_in(bezwaar: Bezwaar, *, door: Gebruiker, ingetrokken_op: date, toelichting: str) -> Bezwaar:
    """The objector withdrew the objection (Awb 6:21: in writing, or orally at the hearing)."""
    bezwaar = _vergrendel(bezwaar)
    vereis(door, "bezwaar.behandelen")
    _vereis_open(bezwaar)
    if not toelichting.strip():
        raise ValidationError(
            {"toelichting": "Beschrijf hoe het bezwaar is ingetrokken (brief, e-mail, op de hoorzitting)."}
        )
    _controleer_lengtes(toelichting=toelichting)
    _datum_niet_in_toekomst(ingetrokken_op, "ingetrokken_op", "De datum van intrekking")
    if ingetrokken_op < bezwaar.ontvangen_op:
        raise ValidationError({"ingetrokken_op": "De intrekking kan niet vóór de ontvangst liggen."})
    bezwaar.ingetrokken_op = ingetrokken_op
    bezwaar.save(update_fields=["ingetrokken_op"])
    _zet_status(bezwaar, S.INGETROKKEN)
    log(
        bezwaar,
        door,
        "bezwaar_ingetrokken",
        f"Ingetrokken (Awb 6:21): {toelichting.strip()[:300]}",
        datum=ingetrokken_op,
    )
    return bezwaar
