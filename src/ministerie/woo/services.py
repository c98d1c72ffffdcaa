"""Every change to a Woo request: one transaction, permission check, state change through the
transition table, term events checked by the deadline engine, audit record and log line."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from ministerie.core import audit
from ministerie.core.models import Gebruiker
from ministerie.core.permissies import heeft_recht, vereis
from ministerie.organisatie.models import Eenheid
from ministerie.termijnen import TermijnFout

from . import categorieen
from .models import Derde, Logregel, Termijngebeurtenis, Verzoek
from .termijn import beslistermijn, uiterste_preciseringsdatum
from .toestanden import controleer_overgang

#: Who did it: a user; a text for a system step (a job, another part); None for the public form.
Door = Gebruiker | str | None

S = Verzoek.Status
T = Termijngebeurtenis


def _vergrendel(verzoek: Verzoek) -> Verzoek:
    return Verzoek.objects.select_for_update().get(pk=verzoek.pk)


def _naam(door: Door) -> str:
    if door is None:
        return "publiek webformulier"
    if isinstance(door, str):
        return door
    return str(door)


def log(
    verzoek: Verzoek, door: Door, actie: str, omschrijving: str, datum: date | None = None, **gegevens: Any
) -> None:
    Logregel.objects.create(
        verzoek=verzoek,
        datum=datum or timezone.localdate(),
        omschrijving=omschrijving,
        door=_naam(door),
    )
    audit.registreer(
        actie,
        door=door if door is not None else "publiek webformulier",
        subject=verzoek,
        gegevens={"omschrijving": omschrijving, **gegevens},
    )


def zet_status(verzoek: Verzoek, naar: str) -> None:
    controleer_overgang(verzoek, naar)
    verzoek.status = naar
    verzoek.save(update_fields=["status"])


def controleer_termijn(verzoek: Verzoek) -> None:
    """Replay the events through the engine; an impossible event becomes a clear error."""
    try:
        beslistermijn(verzoek)
    except TermijnFout as fout:
        raise ValidationError(str(fout)) from None


def nieuw_zaaknummer(soort: str, datum: date) -> str:
    prefix = f"{'WOO' if soort == Verzoek.Soort.VERZOEK else 'AO'}-{datum.year}-"
    laatste = (
        Verzoek.objects.filter(zaaknummer__startswith=prefix)
        .order_by("-zaaknummer")
        .values_list("zaaknummer", flat=True)
        .first()
    )
    volgnummer = int(laatste.removeprefix(prefix)) + 1 if laatste else 1
    return f"{prefix}{volgnummer:05d}"


def _vandaag(datum: date | None) -> date:
    return datum or timezone.localdate()


def registreer_verzoek(
    *,
    door: Gebruiker,
    kanaal: str,
    onderwerp: str,
    omschrijving: str,
    verzoeker_naam: str = "",
    verzoeker_email: str = "",
    verzoeker_adres: str = "",
    ontvangen_op: date | None = None,
) -> Verzoek:
    """A request received by letter, e-mail or orally, registered by staff."""
    return _nieuw_verzoek(
        door=door,
        kanaal=kanaal,
        onderwerp=onderwerp,
        omschrijving=omschrijving,
        verzoeker_naam=verzoeker_naam,
        verzoeker_email=verzoeker_email,
        verzoeker_adres=verzoeker_adres,
        ontvangen_op=ontvangen_op,
    )


def dien_verzoek_in(
    *, onderwerp: str, omschrijving: str, verzoeker_naam: str = "", verzoeker_email: str = ""
) -> Verzoek:
    """A request filed by someone of the public on the web form (no log-in; received today)."""
    return _nieuw_verzoek(
        door=None,
        kanaal=Verzoek.Kanaal.WEBFORMULIER,
        onderwerp=onderwerp,
        omschrijving=omschrijving,
        verzoeker_naam=verzoeker_naam,
        verzoeker_email=verzoeker_email,
    )


@transaction.atomic
def _nieuw_verzoek(
    *,
    door: Gebruiker | None,
    kanaal: str,
    onderwerp: str,
    omschrijving: str,
    verzoeker_naam: str = "",
    verzoeker_email: str = "",
    verzoeker_adres: str = "",
    ontvangen_op: date | None = None,
) -> Verzoek:
    """A new request. ``door`` None: filed on the public form (received today)."""
    if door is None:
        if kanaal != Verzoek.Kanaal.WEBFORMULIER:
            raise PermissionDenied("Alleen het webformulier kan zonder inloggen indienen.")
        ontvangen_op = timezone.localdate()
    else:
        vereis(door, "woo.registreren")
    if kanaal not in Verzoek.Kanaal.values or kanaal == Verzoek.Kanaal.KAMERBRIEF:
        raise ValidationError({"kanaal": "Kies hoe het verzoek binnenkwam."})
    if not omschrijving.strip():
        raise ValidationError({"omschrijving": "Beschrijf over welke informatie het verzoek gaat."})
    _controleer_lengtes(omschrijving=omschrijving, verzoeker_adres=verzoeker_adres)
    if not (verzoeker_email.strip() or verzoeker_adres.strip()) and kanaal != "mondeling":
        raise ValidationError({"verzoeker_email": "Geef een e-mailadres of een postadres voor het besluit."})
    ontvangen_op = _vandaag(ontvangen_op)
    if ontvangen_op > timezone.localdate():
        raise ValidationError({"ontvangen_op": "De ontvangstdatum kan niet in de toekomst liggen."})
    verzoek = Verzoek(
        soort=Verzoek.Soort.VERZOEK,
        zaaknummer=nieuw_zaaknummer(Verzoek.Soort.VERZOEK, ontvangen_op),
        onderwerp=(onderwerp.strip() or omschrijving.strip())[:300],
        omschrijving=omschrijving.strip(),
        kanaal=kanaal,
        verzoeker_naam=verzoeker_naam.strip(),
        verzoeker_email=verzoeker_email.strip(),
        verzoeker_adres=verzoeker_adres.strip(),
        ontvangen_op=ontvangen_op,
        informatiecategorie=categorieen.WOO_VERZOEKEN,
        behandelaar=door if door is not None and "jurist_czw" in door.rolcodes() else None,
    )
    verzoek.full_clean()
    verzoek.save()
    log(
        verzoek,
        door,
        "woo_verzoek_ontvangen",
        f"Verzoek ontvangen via {verzoek.get_kanaal_display().lower()}",
        datum=ontvangen_op,
    )
    if verzoek.verzoeker_email:
        transaction.on_commit(lambda: _mail_bevestiging(verzoek.pk))
    return verzoek


#: The longest free text of a request (the forms say the same): the letters, the search index
#: and the e-mail carry it, so it is bounded here for every caller (page, API, CLI, import).
MAX_TEKST = 10_000
MAX_ADRES = 500


def _controleer_lengtes(**teksten: str) -> None:
    grenzen = {"verzoeker_adres": MAX_ADRES}
    te_lang = {
        veld: f"Deze tekst is te lang ({len(tekst)} tekens); de grens is {grenzen.get(veld, MAX_TEKST)}."
        for veld, tekst in teksten.items()
        if len(tekst) > grenzen.get(veld, MAX_TEKST)
    }
    if te_lang:
        raise ValidationError(te_lang)


def _mail_bevestiging(pk: int) -> None:
    _mail_brief(pk, "ontvangstbevestiging")


def _mail_brief(pk: int, soort: str) -> None:
    from django.core.mail import send_mail

    from .documenten_pdf import BRIEVEN, brief_tekst

    verzoek = Verzoek.objects.get(pk=pk)
    send_mail(
        f"{BRIEVEN[soort].onderwerp} ({verzoek.zaaknummer})",
        brief_tekst(verzoek, soort),
        None,
        [verzoek.verzoeker_email],
        fail_silently=True,
    )


def verstuur_brief(verzoek: Verzoek, door: Door, soort: str, datum: date) -> None:
    """Send a letter to the requester (e-mail when known, else the PDF goes by post) and record
    it in the course of events."""
    from .documenten_pdf import BRIEVEN

    brief = BRIEVEN[soort]
    if verzoek.verzoeker_email:
        transaction.on_commit(lambda: _mail_brief(verzoek.pk, soort))
        hoe = "per e-mail verstuurd aan de verzoeker"
    else:
        hoe = "opgesteld om per post te versturen (PDF bij het verzoek)"
    log(verzoek, door, "woo_brief_verstuurd", f"Brief '{brief.onderwerp}' {hoe}", datum=datum, brief=soort)


def _vereis_behandelen(door: Gebruiker) -> None:
    vereis(door, "woo.behandelen")


@transaction.atomic
def neem_in_behandeling(verzoek: Verzoek, *, door: Gebruiker) -> None:
    verzoek = _vergrendel(verzoek)
    _vereis_behandelen(door)
    zet_status(verzoek, S.IN_BEHANDELING)
    if verzoek.behandelaar_id is None:
        verzoek.behandelaar = door
        verzoek.save(update_fields=["behandelaar"])
    log(verzoek, door, "woo_in_behandeling", "In behandeling genomen")


@transaction.atomic
def wijs_toe(verzoek: Verzoek, *, door: Gebruiker, eenheid: Eenheid) -> None:
    verzoek = _vergrendel(verzoek)
    _vereis_behandelen(door)
    verzoek.eenheid = eenheid
    verzoek.save(update_fields=["eenheid"])
    log(verzoek, door, "woo_toegewezen", f"Behandelende directie: {eenheid}")


@transaction.atomic
def vraag_precisering(
    verzoek: Verzoek, *, door: Gebruiker, vraag: str, gevraagd_op: date, termijn_tot: date
) -> None:
    """Woo art. 4.1 lid 5: ask within 2 weeks; the decision term is suspended from the next day
    until the precision arrives or its term passes (Awb art. 4:15 lid 1 onder a)."""
    verzoek = _vergrendel(verzoek)
    _vereis_behandelen(door)
    if not vraag.strip():
        raise ValidationError({"vraag": "Schrijf wat de verzoeker moet preciseren."})
    _controleer_lengtes(vraag=vraag)
    uiterst = uiterste_preciseringsdatum(verzoek.ontvangen_op)
    if gevraagd_op < verzoek.ontvangen_op:
        raise ValidationError("Een precisering kan niet vóór de ontvangst worden gevraagd.")
    if gevraagd_op > uiterst:
        raise ValidationError(
            f"Te laat: om precisering moet uiterlijk op {uiterst:%d-%m-%Y} worden gevraagd "
            "(Woo art. 4.1 lid 5, twee weken na ontvangst)."
        )
    if termijn_tot <= gevraagd_op:
        raise ValidationError("De termijn voor de precisering moet na de vraag eindigen.")
    zet_status(verzoek, S.VERDUIDELIJKING)
    verzoek.precisering_gevraagd_op = gevraagd_op
    verzoek.precisering_vraag = vraag.strip()
    verzoek.precisering_termijn_tot = termijn_tot
    verzoek.save()
    T.objects.create(
        verzoek=verzoek,
        soort=T.Soort.OPGESCHORT,
        aanleiding=T.Aanleiding.PRECISERING,
        datum=gevraagd_op + timedelta(days=1),
        reden="Verzoek om precisering",
        door=door,
    )
    controleer_termijn(verzoek)
    log(
        verzoek,
        door,
        "woo_precisering_gevraagd",
        f"Precisering gevraagd; antwoord uiterlijk {termijn_tot:%d-%m-%Y}. De beslistermijn is opgeschort.",
        datum=gevraagd_op,
    )
    verstuur_brief(verzoek, door, "preciseringsverzoek", gevraagd_op)


def _lopende_opschorting(verzoek: Verzoek, aanleiding: str) -> Termijngebeurtenis | None:
    return verzoek.termijngebeurtenissen.filter(
        soort=T.Soort.OPGESCHORT, aanleiding=aanleiding, tot__isnull=True
    ).first()


def _sluit_opschorting(verzoek: Verzoek, gebeurtenis: Termijngebeurtenis, laatste_dag: date) -> None:
    """End a running suspension; ``laatste_dag`` is its last suspended day."""
    if laatste_dag < gebeurtenis.datum:
        gebeurtenis.delete()  # ended before it began: no day was suspended
    else:
        gebeurtenis.tot = laatste_dag
        gebeurtenis.save(update_fields=["tot"])
    controleer_termijn(verzoek)


@transaction.atomic
def ontvang_precisering(verzoek: Verzoek, *, door: Gebruiker, ontvangen_op: date, antwoord: str) -> None:
    verzoek = _vergrendel(verzoek)
    _vereis_behandelen(door)
    if verzoek.status != S.VERDUIDELIJKING:
        raise ValidationError("Er is geen precisering gevraagd.")
    assert verzoek.precisering_gevraagd_op is not None
    if ontvangen_op < verzoek.precisering_gevraagd_op:
        raise ValidationError("De precisering kan niet vóór de vraag zijn ontvangen.")
    if not antwoord.strip():
        raise ValidationError({"antwoord": "Neem de precisering van de verzoeker over."})
    _controleer_lengtes(antwoord=antwoord)
    zet_status(verzoek, S.IN_BEHANDELING)
    verzoek.precisering_ontvangen_op = ontvangen_op
    verzoek.precisering_antwoord = antwoord.strip()
    verzoek.save()
    lopend = _lopende_opschorting(verzoek, T.Aanleiding.PRECISERING)
    if lopend is not None:
        # "tot de dag waarop": the day the precision arrives counts again
        _sluit_opschorting(verzoek, lopend, ontvangen_op - timedelta(days=1))
    log(
        verzoek,
        door,
        "woo_precisering_ontvangen",
        "Precisering ontvangen; de termijn loopt weer",
        datum=ontvangen_op,
    )


@transaction.atomic
def precisering_uitgebleven(verzoek: Verzoek, *, door: Gebruiker, vandaag: date | None = None) -> None:
    """The term for precision passed unused: the request is not handled (Woo art. 4.1 lid 6;
    this decision is made known within 2 weeks after that term, in derogation of Awb 4:5 lid 4)."""
    verzoek = _vergrendel(verzoek)
    _vereis_behandelen(door)
    vandaag = _vandaag(vandaag)
    if verzoek.status != S.VERDUIDELIJKING or verzoek.precisering_termijn_tot is None:
        raise ValidationError("Er is geen precisering gevraagd.")
    if vandaag <= verzoek.precisering_termijn_tot:
        raise ValidationError(
            f"De termijn voor de precisering loopt nog tot en met {verzoek.precisering_termijn_tot:%d-%m-%Y}."
        )
    zet_status(verzoek, S.NIET_IN_BEHANDELING)
    lopend = _lopende_opschorting(verzoek, T.Aanleiding.PRECISERING)
    if lopend is not None:
        _sluit_opschorting(verzoek, lopend, verzoek.precisering_termijn_tot)
    verzoek.afgerond_op = vandaag
    verzoek.save(update_fields=["afgerond_op"])
    log(
        verzoek,
        door,
        "woo_niet_in_behandeling",
        "Niet in behandeling genomen: de precisering bleef uit (Woo art. 4.1 lid 6)",
        datum=vandaag,
    )


@transaction.atomic
def verdaag(verzoek: Verzoek, *, door: Gebruiker, gemeld_op: date, reden: str) -> None:
    """Woo art. 4.4 lid 2: once, at most 2 weeks, with reasons, before the first term ends."""
    verzoek = _vergrendel(verzoek)
    _vereis_behandelen(door)
    if verzoek.status not in (S.ONTVANGEN, S.VERDUIDELIJKING, S.IN_BEHANDELING, S.OPGESCHORT):
        raise ValidationError("Alleen een lopend verzoek kan worden verdaagd.")
    _controleer_lengtes(reden=reden)
    if not reden.strip():
        raise ValidationError({"reden": "Een verdaging moet met redenen worden omkleed."})
    T.objects.create(
        verzoek=verzoek,
        soort=T.Soort.VERDAAGD,
        aanleiding=T.Aanleiding.VERDAGING,
        datum=gemeld_op,
        reden=reden.strip(),
        door=door,
    )
    controleer_termijn(verzoek)
    log(
        verzoek,
        door,
        "woo_verdaagd",
        f"Beslistermijn verdaagd met twee weken: {reden.strip()}",
        datum=gemeld_op,
    )
    verstuur_brief(verzoek, door, "verdagingsbericht", gemeld_op)


@transaction.atomic
def vraag_zienswijze(
    verzoek: Verzoek,
    *,
    door: Gebruiker,
    naam: str,
    contact: str = "",
    gevraagd_op: date,
    verzoeker_geinformeerd_op: date,
    termijn_tot: date,
) -> Derde:
    """Ask a third party's view (Awb 4:8); the term is suspended from the day after the requester
    is told until the view arrives or its term passes (Woo art. 4.4 lid 3)."""
    verzoek = _vergrendel(verzoek)
    _vereis_behandelen(door)
    if verzoek.status not in (S.IN_BEHANDELING, S.OPGESCHORT):
        raise ValidationError("Een zienswijze kan alleen worden gevraagd bij een verzoek in behandeling.")
    if not naam.strip():
        raise ValidationError({"naam": "Noem de derde-belanghebbende."})
    if termijn_tot <= gevraagd_op:
        raise ValidationError("De termijn voor de zienswijze moet na de vraag eindigen.")
    if verzoeker_geinformeerd_op < gevraagd_op:
        raise ValidationError("De verzoeker wordt geïnformeerd op of na de dag van de vraag.")
    derde = Derde.objects.create(
        verzoek=verzoek,
        naam=naam.strip(),
        contact=contact.strip(),
        gevraagd_op=gevraagd_op,
        verzoeker_geinformeerd_op=verzoeker_geinformeerd_op,
        termijn_tot=termijn_tot,
    )
    if _lopende_opschorting(verzoek, T.Aanleiding.ZIENSWIJZE) is None:
        T.objects.create(
            verzoek=verzoek,
            soort=T.Soort.OPGESCHORT,
            aanleiding=T.Aanleiding.ZIENSWIJZE,
            datum=verzoeker_geinformeerd_op + timedelta(days=1),
            reden=f"Zienswijze gevraagd aan {derde.naam}",
            door=door,
        )
        controleer_termijn(verzoek)
    if verzoek.status == S.IN_BEHANDELING:
        zet_status(verzoek, S.OPGESCHORT)
    log(
        verzoek,
        door,
        "woo_zienswijze_gevraagd",
        f"Zienswijze gevraagd aan {derde.naam} (uiterlijk {termijn_tot:%d-%m-%Y}); verzoeker "
        f"geïnformeerd op {verzoeker_geinformeerd_op:%d-%m-%Y}; de beslistermijn is opgeschort.",
        datum=gevraagd_op,
    )
    return derde


@transaction.atomic
def registreer_zienswijze(
    derde: Derde,
    *,
    door: Gebruiker,
    ontvangen_op: date | None,
    zienswijze: str = "",
    bezwaar_verwacht: bool = False,
    vandaag: date | None = None,
) -> None:
    """Record the view (or that its term passed unused). When every third party is done, the
    suspension ends and the term runs again."""
    verzoek = _vergrendel(derde.verzoek)
    _vereis_behandelen(door)
    _controleer_lengtes(zienswijze=zienswijze)
    derde = Derde.objects.select_for_update().get(pk=derde.pk)
    vandaag = _vandaag(vandaag)
    if derde.afgesloten:
        raise ValidationError("De zienswijze van deze derde is al vastgelegd.")
    if ontvangen_op is None:
        if vandaag <= derde.termijn_tot:
            raise ValidationError(
                f"De termijn voor de zienswijze loopt nog tot en met {derde.termijn_tot:%d-%m-%Y}."
            )
    else:
        if ontvangen_op < derde.gevraagd_op:
            raise ValidationError("Een zienswijze kan niet vóór de vraag zijn ontvangen.")
        if not zienswijze.strip():
            raise ValidationError({"zienswijze": "Vat de zienswijze samen."})
    derde.ontvangen_op = ontvangen_op
    derde.zienswijze = zienswijze.strip()
    derde.bezwaar_verwacht = bezwaar_verwacht
    derde.afgesloten = True
    derde.save()
    wat = (
        f"Zienswijze van {derde.naam} ontvangen op {ontvangen_op:%d-%m-%Y}"
        if ontvangen_op
        else f"Geen zienswijze van {derde.naam} binnen de termijn"
    )
    if bezwaar_verwacht:
        verzoek.bezwaar_verwacht = True
        verzoek.save(update_fields=["bezwaar_verwacht"])
    open_derden = verzoek.derden.filter(afgesloten=False).exists()
    lopend = _lopende_opschorting(verzoek, T.Aanleiding.ZIENSWIJZE)
    if not open_derden and lopend is not None:
        einden = [
            d.ontvangen_op - timedelta(days=1) if d.ontvangen_op else d.termijn_tot
            for d in verzoek.derden.all()
        ]
        _sluit_opschorting(verzoek, lopend, max(einden))
        zet_status(verzoek, S.IN_BEHANDELING)
        wat += "; de opschorting is beëindigd en de beslistermijn loopt weer"
    log(verzoek, door, "woo_zienswijze_vastgelegd", wat, datum=ontvangen_op or vandaag)


def leg_zienswijze_vast(
    verzoek: Verzoek,
    *,
    door: Gebruiker,
    derde: Derde,
    ontvangen_op: date | None,
    zienswijze: str = "",
    bezwaar_verwacht: bool = False,
) -> None:
    """The action on a request: record the view of one of its third parties."""
    if derde.verzoek_id != verzoek.pk:
        raise ValidationError("Deze derde-belanghebbende hoort niet bij dit verzoek.")
    registreer_zienswijze(
        derde, door=door, ontvangen_op=ontvangen_op, zienswijze=zienswijze, bezwaar_verwacht=bezwaar_verwacht
    )


@transaction.atomic
def trek_verzoek_in(verzoek: Verzoek, *, door: Gebruiker, datum: date, toelichting: str = "") -> None:
    """The requester withdrew the request."""
    verzoek = _vergrendel(verzoek)
    _vereis_behandelen(door)
    zet_status(verzoek, S.INGETROKKEN)
    for lopend in verzoek.termijngebeurtenissen.filter(soort=T.Soort.OPGESCHORT, tot__isnull=True):
        _sluit_opschorting(verzoek, lopend, max(datum, lopend.datum))
    verzoek.afgerond_op = datum
    verzoek.save(update_fields=["afgerond_op"])
    log(
        verzoek,
        door,
        "woo_verzoek_ingetrokken",
        "Verzoek ingetrokken door de verzoeker" + (f": {toelichting}" if toelichting else ""),
        datum=datum,
    )


@transaction.atomic
def rond_af(verzoek: Verzoek, *, door: Gebruiker, datum: date | None = None) -> None:
    verzoek = _vergrendel(verzoek)
    _vereis_behandelen(door)
    zet_status(verzoek, S.AFGEROND)
    verzoek.afgerond_op = _vandaag(datum)
    verzoek.save(update_fields=["afgerond_op"])
    log(verzoek, door, "woo_afgerond", "Afgerond")


def mag_behandelen(gebruiker: Gebruiker) -> bool:
    return heeft_recht(gebruiker, "woo.behandelen")
