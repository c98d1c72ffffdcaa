"""Schriftelijke Kamervragen: registration with the 3-week term, assignment, the answer as a
memo through the routing, uitstel, and the date the answer was sent."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from ministerie.core import audit
from ministerie.core.models import Gebruiker
from ministerie.core.permissies import vereis
from ministerie.core.rubricering import Rubricering
from ministerie.organisatie.models import Eenheid
from ministerie.stukken import services as stukken
from ministerie.stukken.models import Nota, Parafeerstap
from ministerie.stukken.route import stel_route_voor
from ministerie.termijnen import bereken

from ..models import Kamer, Kamervragen, Vraag
from ..toestanden import KAMERVRAGEN
from .gedeeld import GETEKEND, controleer_bewindspersoon, iso, kamerleden, vereis_voorbereiden


def termijn_kamervragen(ontvangen_op: date) -> tuple[date, str]:
    """The plain 3-week date (no Atw) and the name of the free day it falls on, if any."""
    uitkomst = bereken("kamervragen", ontvangen_op)
    return uitkomst.uiterste_datum, (uitkomst.vrije_dag or "") if uitkomst.valt_op_vrije_dag else ""


@transaction.atomic
def registreer_kamervragen(
    *,
    door: Gebruiker,
    nummer: str,
    onderwerp: str,
    ontvangen_op: date,
    vragen: Sequence[str],
    bewindspersoon: Eenheid,
    trekker: Eenheid,
    vragenstellers: Iterable[Any] = (),
    medetrekkers: Iterable[Eenheid] = (),
    kamer: str = "TK",
    extern_id: str = "",
) -> Kamervragen:
    vereis(door, "parlement.registreren")
    teksten = [v.strip() for v in vragen if v and v.strip()]
    if not teksten:
        raise ValidationError({"vragen": "Een set Kamervragen bevat minstens één vraag."})
    uiterste, vrije_dag = termijn_kamervragen(ontvangen_op)
    kv = Kamervragen(
        kamer=kamer,
        nummer=nummer.strip(),
        onderwerp=onderwerp.strip(),
        ontvangen_op=ontvangen_op,
        vragenstellers=kamerleden(vragenstellers),
        bewindspersoon=controleer_bewindspersoon(bewindspersoon),
        trekker=trekker,
        uiterste_datum=uiterste,
        valt_op_vrije_dag=vrije_dag,
        extern_id=extern_id,
    )
    kv.full_clean()
    kv.save()
    kv.medetrekkers.set([m for m in medetrekkers if m.pk != trekker.pk])
    for nummer_vraag, tekst in enumerate(teksten, start=1):
        Vraag.objects.create(set=kv, nummer=nummer_vraag, tekst=tekst)
    audit.registreer(
        "kamervragen_geregistreerd",
        door=door,
        subject=kv,
        gegevens={"uiterste_datum": iso(uiterste), "trekker": trekker.code, "vragen": len(teksten)},
    )
    return kv


@transaction.atomic
def wijs_kamervragen_toe(
    kv: Kamervragen, *, door: Gebruiker, trekker: Eenheid, medetrekkers: Iterable[Eenheid] = ()
) -> None:
    vereis(door, "parlement.registreren")
    kv = Kamervragen.objects.select_for_update().get(pk=kv.pk)
    kv.trekker = trekker
    kv.save(update_fields=["trekker"])
    mede = [m for m in medetrekkers if m.pk != trekker.pk]
    kv.medetrekkers.set(mede)
    audit.registreer(
        "kamervragen_toegewezen",
        door=door,
        subject=kv,
        gegevens={"trekker": trekker.code, "medetrekkers": [m.code for m in mede]},
    )


#: Who a written answer is addressed to: the chair of the Kamer that asked, in the form of the
#: letters to the Staten-Generaal ("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal").
GEADRESSEERDE = {
    Kamer.TWEEDE: "de Voorzitter van de Tweede Kamer der Staten-Generaal",
    Kamer.EERSTE: "de Voorzitter van de Eerste Kamer der Staten-Generaal",
}


@transaction.atomic
def maak_antwoordnota(kv: Kamervragen, *, door: Gebruiker) -> Nota:
    """Draft the answer as an answer memo (``Nota.Soort.ANTWOORD_KAMERVRAGEN``) from the user's
    own unit: one answer per question, numbered like the questions; addressed to the chair of
    the Kamer; Intern (the signed answer becomes a public Kamerstuk); the term as its date; the
    route up the line and past Parlementaire Zaken to the bewindspersoon, who signs it."""
    kv = Kamervragen.objects.select_for_update().get(pk=kv.pk)
    vereis_voorbereiden(door, kv.trekker, *kv.medetrekkers.all())
    if kv.antwoord_nota_id:
        raise ValidationError("Er is al een antwoordnota voor deze vragen.")
    if kv.status == Kamervragen.Status.VERZONDEN:
        raise ValidationError("Deze vragen zijn al beantwoord.")
    eenheid = door.eenheden.order_by("pk").first()
    if eenheid is None:
        raise ValidationError("U hoort bij geen eenheid; vraag functioneel beheer u te koppelen.")
    nota = stukken.maak_nota(
        door=door,
        soort=Nota.Soort.ANTWOORD_KAMERVRAGEN,
        onderwerp=f"Beantwoording Kamervragen {kv.nummer}: {kv.onderwerp}"[:300],
        aan=GEADRESSEERDE[Kamer(kv.kamer)],
        eenheid=eenheid,
        rubricering=Rubricering.INTERN,
        vragen=[v.tekst for v in kv.vragen.order_by("nummer")],
        aanleiding=f"Schriftelijke vragen van {kv.vragenstellers_tekst} ({kv.get_kamer_display()}), "
        f"ontvangen {kv.ontvangen_op:%d-%m-%Y}.",
        uiterste_beslisdatum=kv.uiterste_datum,
        reden_beslisdatum="Termijn Kamervragen: drie weken na ontvangst",
        kamerstuk=f"Kamervragen {kv.nummer}",
    )
    voorstel = stel_route_voor(door, eenheid, soort=nota.soort)
    if voorstel and voorstel[-1].soort == Parafeerstap.Soort.BESLISSING:
        stukken.stel_route_in(nota, door=door, stappen=voorstel)
    kv.antwoord_nota = nota
    kv.save(update_fields=["antwoord_nota"])
    audit.registreer("kamervragen_antwoordnota", door=door, subject=kv, gegevens={"nota": nota.kenmerk})
    return nota


@transaction.atomic
def meld_uitstel(
    kv: Kamervragen,
    *,
    door: Gebruiker,
    reden: str,
    verwacht_op: date | None,
    gemeld_op: date | None = None,
) -> None:
    kv = Kamervragen.objects.select_for_update().get(pk=kv.pk)
    vereis_voorbereiden(door, kv.trekker)
    fouten = {}
    if not reden.strip():
        fouten["reden"] = "Geef de reden van het uitstel; de Kamer krijgt die te lezen."
    gemeld_op = gemeld_op or timezone.localdate()
    if verwacht_op is None or verwacht_op <= gemeld_op:
        fouten["verwacht_op"] = "Geef de verwachte datum van beantwoording, na vandaag."
    if fouten:
        raise ValidationError(fouten)
    KAMERVRAGEN.controleer(kv.status, Kamervragen.Status.UITSTEL)
    kv.status = Kamervragen.Status.UITSTEL
    kv.uitstel_reden, kv.uitstel_verwacht_op, kv.uitstel_gemeld_op = reden.strip(), verwacht_op, gemeld_op
    kv.save()
    audit.registreer(
        "kamervragen_uitstelbericht",
        door=door,
        subject=kv,
        gegevens={"reden": kv.uitstel_reden, "verwacht_op": iso(verwacht_op)},
    )


def markeer_verzonden(kv: Kamervragen, verzonden_op: date) -> None:
    """Within the caller's transaction and permission check: the answer has been sent."""
    KAMERVRAGEN.controleer(kv.status, Kamervragen.Status.VERZONDEN)
    kv.status = Kamervragen.Status.VERZONDEN
    kv.verzonden_op = verzonden_op
    kv.save(update_fields=["status", "verzonden_op"])


@transaction.atomic
def registreer_antwoord_verzonden(kv: Kamervragen, *, door: Gebruiker, verzonden_op: date) -> None:
    kv = Kamervragen.objects.select_for_update().get(pk=kv.pk)
    vereis(door, "parlement.registreren")
    nota = kv.antwoord_nota
    if nota is None or nota.status not in GETEKEND:
        raise ValidationError("Het antwoord is nog niet getekend door de bewindspersoon.")
    if verzonden_op > timezone.localdate():
        raise ValidationError({"verzonden_op": "De verzenddatum ligt in de toekomst."})
    markeer_verzonden(kv, verzonden_op)
    audit.registreer(
        "kamervragen_verzonden",
        door=door,
        subject=kv,
        gegevens={"verzonden_op": iso(verzonden_op), "te_laat": kv.te_laat_verzonden},
    )
