"""Every change to parliament items: one transaction, permission check, state change, audit
record; signals queued on commit. Views, API, import and CLI call these functions."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from ministerie.core import audit
from ministerie.core.permissies import heeft_recht, vereis
from ministerie.organisatie.models import Eenheid
from ministerie.stukken import services as stukken
from ministerie.stukken.models import Nota, Parafeerstap
from ministerie.stukken.route import stel_route_voor
from ministerie.termijnen import bereken

from .betrokkenheid import is_betrokken
from .models import (
    Agendapunt,
    Debat,
    Debatvraag,
    Deelnemer,
    Kamerbrief,
    Kamervragen,
    MondelingeVraag,
    Motie,
    Thema,
    Toezegging,
    Vraag,
)
from .signalen import kamerbrief_verzonden
from .termijnzinnen import OnbekendeTermijn, leid_af
from .toestanden import controleer_overgang
from .zichtbaarheid import koppelbare_notas

GETEKEND = (Nota.Status.BESLOTEN, Nota.Status.AFGEDAAN)
logger = logging.getLogger(__name__)


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _vereis_voorbereiden(door: Any, *eenheden: Eenheid | None) -> None:
    """Parlementaire Zaken always; others for their own directie."""
    if heeft_recht(door, "parlement.registreren"):
        return
    vereis(door, "parlement.voorbereiden")
    if not is_betrokken(door, *eenheden):
        raise PermissionDenied("Dit is toegewezen aan een andere directie dan de uwe.")


def _bewindspersoon(eenheid: Eenheid) -> Eenheid:
    if eenheid.soort != Eenheid.Soort.BEWINDSPERSOON:
        raise ValidationError({"bewindspersoon": f"{eenheid} is geen portefeuille van een bewindspersoon."})
    return eenheid


def _leden(leden: Iterable[Any]) -> list[dict[str, str]]:
    uit = []
    for lid in leden:
        if isinstance(lid, dict):
            naam, fractie = str(lid.get("naam", "")).strip(), str(lid.get("fractie", "")).strip()
        else:
            naam, fractie = str(lid[0]).strip(), str(lid[1]).strip()
        if naam:
            uit.append({"naam": naam, "fractie": fractie})
    return uit


# --- Schriftelijke Kamervragen -------------------------------------------------------------


def termijn_kamervragen(ontvangen_op: date) -> tuple[date, str]:
    """The plain 3-week date (no Atw) and the name of the free day it falls on, if any."""
    uitkomst = bereken("kamervragen", ontvangen_op)
    return uitkomst.uiterste_datum, (uitkomst.vrije_dag or "") if uitkomst.valt_op_vrije_dag else ""


@transaction.atomic
def registreer_kamervragen(
    *,
    door: Any,
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
        vragenstellers=_leden(vragenstellers),
        bewindspersoon=_bewindspersoon(bewindspersoon),
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
        gegevens={"uiterste_datum": _iso(uiterste), "trekker": trekker.code, "vragen": len(teksten)},
    )
    return kv


@transaction.atomic
def wijs_kamervragen_toe(
    kv: Kamervragen, *, door: Any, trekker: Eenheid, medetrekkers: Iterable[Eenheid] = ()
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


@transaction.atomic
def maak_antwoordnota(kv: Kamervragen, *, door: Any) -> Nota:
    """Draft the answer as a memo of kind Kamerbrief from the user's own unit, with the route
    up the line to the bewindspersoon who signs it."""
    kv = Kamervragen.objects.select_for_update().get(pk=kv.pk)
    _vereis_voorbereiden(door, kv.trekker, *kv.medetrekkers.all())
    if kv.antwoord_nota_id:
        raise ValidationError("Er is al een antwoordnota voor deze vragen.")
    if kv.status == Kamervragen.Status.VERZONDEN:
        raise ValidationError("Deze vragen zijn al beantwoord.")
    eenheid = door.eenheden.order_by("pk").first()
    if eenheid is None:
        raise ValidationError("U hoort bij geen eenheid; vraag functioneel beheer u te koppelen.")
    vragen = "\n".join(f"{v.nummer}. {v.tekst}" for v in kv.vragen.all())
    nota = stukken.maak_nota(
        door=door,
        soort=Nota.Soort.KAMERBRIEF,
        onderwerp=f"Beantwoording Kamervragen {kv.nummer}: {kv.onderwerp}"[:300],
        aan=f"de {kv.bewindspersoon.naam.lower()}"[:200],
        eenheid=eenheid,
        aanleiding=f"Schriftelijke vragen van {kv.vragenstellers_tekst}, ontvangen "
        f"{kv.ontvangen_op:%d-%m-%Y}.",
        toelichting=vragen,
        uiterste_beslisdatum=kv.uiterste_datum,
        reden_beslisdatum="Termijn Kamervragen: drie weken na ontvangst",
        kamerstuk=f"Kamervragen {kv.nummer}",
    )
    voorstel = stel_route_voor(door, eenheid)
    if voorstel and voorstel[-1].soort == Parafeerstap.Soort.BESLISSING:
        stukken.stel_route_in(nota, door=door, stappen=voorstel)
    kv.antwoord_nota = nota
    kv.save(update_fields=["antwoord_nota"])
    audit.registreer("kamervragen_antwoordnota", door=door, subject=kv, gegevens={"nota": nota.kenmerk})
    return nota


@transaction.atomic
def meld_uitstel(
    kv: Kamervragen, *, door: Any, reden: str, verwacht_op: date | None, gemeld_op: date | None = None
) -> None:
    kv = Kamervragen.objects.select_for_update().get(pk=kv.pk)
    _vereis_voorbereiden(door, kv.trekker)
    fouten = {}
    if not reden.strip():
        fouten["reden"] = "Geef de reden van het uitstel; de Kamer krijgt die te lezen."
    gemeld_op = gemeld_op or timezone.localdate()
    if verwacht_op is None or verwacht_op <= gemeld_op:
        fouten["verwacht_op"] = "Geef de verwachte datum van beantwoording, na vandaag."
    if fouten:
        raise ValidationError(fouten)
    controleer_overgang(Kamervragen, Kamervragen.Status, kv.status, Kamervragen.Status.UITSTEL)
    kv.status = Kamervragen.Status.UITSTEL
    kv.uitstel_reden, kv.uitstel_verwacht_op, kv.uitstel_gemeld_op = reden.strip(), verwacht_op, gemeld_op
    kv.save()
    audit.registreer(
        "kamervragen_uitstelbericht",
        door=door,
        subject=kv,
        gegevens={"reden": kv.uitstel_reden, "verwacht_op": _iso(verwacht_op)},
    )


def _markeer_verzonden(kv: Kamervragen, verzonden_op: date) -> None:
    controleer_overgang(Kamervragen, Kamervragen.Status, kv.status, Kamervragen.Status.VERZONDEN)
    kv.status = Kamervragen.Status.VERZONDEN
    kv.verzonden_op = verzonden_op
    kv.save(update_fields=["status", "verzonden_op"])


@transaction.atomic
def registreer_antwoord_verzonden(kv: Kamervragen, *, door: Any, verzonden_op: date) -> None:
    kv = Kamervragen.objects.select_for_update().get(pk=kv.pk)
    vereis(door, "parlement.registreren")
    nota = kv.antwoord_nota
    if nota is None or nota.status not in GETEKEND:
        raise ValidationError("Het antwoord is nog niet getekend door de bewindspersoon.")
    if verzonden_op > timezone.localdate():
        raise ValidationError({"verzonden_op": "De verzenddatum ligt in de toekomst."})
    _markeer_verzonden(kv, verzonden_op)
    audit.registreer(
        "kamervragen_verzonden",
        door=door,
        subject=kv,
        gegevens={"verzonden_op": _iso(verzonden_op), "te_laat": kv.te_laat_verzonden},
    )


# --- Mondelinge vragen ---------------------------------------------------------------------


@transaction.atomic
def registreer_mondelinge_vraag(
    *,
    door: Any,
    datum: date,
    vragensteller: str,
    onderwerp: str,
    bewindspersoon: Eenheid,
    trekker: Eenheid,
    fractie: str = "",
    vraag: str = "",
    kamer: str = "TK",
) -> MondelingeVraag:
    vereis(door, "parlement.registreren")
    mv = MondelingeVraag(
        kamer=kamer,
        datum=datum,
        vragensteller=vragensteller.strip(),
        fractie=fractie.strip(),
        onderwerp=onderwerp.strip(),
        vraag=vraag.strip(),
        bewindspersoon=_bewindspersoon(bewindspersoon),
        trekker=trekker,
    )
    mv.full_clean()
    mv.save()
    audit.registreer("mondelinge_vraag_geregistreerd", door=door, subject=mv, gegevens={"datum": _iso(datum)})
    return mv


@transaction.atomic
def bereid_antwoordblad(mv: MondelingeVraag, *, door: Any, antwoordblad: str) -> None:
    mv = MondelingeVraag.objects.select_for_update().get(pk=mv.pk)
    _vereis_voorbereiden(door, mv.trekker)
    if not antwoordblad.strip():
        raise ValidationError({"antwoordblad": "Het antwoordblad is leeg."})
    if mv.status in (MondelingeVraag.Status.GESTELD, MondelingeVraag.Status.VERVALLEN):
        raise ValidationError("Deze vraag is al gesteld of vervallen.")
    mv.antwoordblad, mv.status = antwoordblad.strip(), MondelingeVraag.Status.VOORBEREID
    mv.save(update_fields=["antwoordblad", "status"])
    audit.registreer("mondelinge_vraag_voorbereid", door=door, subject=mv)


@transaction.atomic
def sluit_mondelinge_vraag(mv: MondelingeVraag, *, door: Any, status: str) -> None:
    vereis(door, "parlement.registreren")
    if status not in (MondelingeVraag.Status.GESTELD, MondelingeVraag.Status.VERVALLEN):
        raise ValidationError({"status": "Kies 'gesteld' of 'vervallen'."})
    mv = MondelingeVraag.objects.select_for_update().get(pk=mv.pk)
    if mv.status in (MondelingeVraag.Status.GESTELD, MondelingeVraag.Status.VERVALLEN):
        raise ValidationError("Deze vraag is al afgesloten.")
    mv.status = status
    mv.save(update_fields=["status"])
    audit.registreer("mondelinge_vraag_afgesloten", door=door, subject=mv, gegevens={"status": status})


# --- Debatten ------------------------------------------------------------------------------


@transaction.atomic
def maak_debat(
    *,
    door: Any,
    soort: str,
    titel: str,
    datum: date,
    bewindspersoon: Eenheid,
    trekker: Eenheid,
    kamer: str = "TK",
    commissie: str = "",
    agenda: Iterable[str] = (),
    deelnemers: Iterable[Any] = (),
    themas: Iterable[tuple[str, Eenheid]] = (),
) -> Debat:
    vereis(door, "parlement.registreren")
    debat = Debat(
        soort=soort,
        titel=titel.strip(),
        datum=datum,
        kamer=kamer,
        commissie=commissie.strip(),
        bewindspersoon=_bewindspersoon(bewindspersoon),
        trekker=trekker,
    )
    debat.full_clean()
    debat.save()
    for volgorde, punt in enumerate([a.strip() for a in agenda if a.strip()], start=1):
        Agendapunt.objects.create(debat=debat, volgorde=volgorde, titel=punt)
    for lid in _leden(deelnemers):
        Deelnemer.objects.create(debat=debat, **lid)
    for thema_titel, directie in themas:
        if thema_titel.strip():
            Thema.objects.create(debat=debat, titel=thema_titel.strip(), directie=directie)
    audit.registreer("debat_aangemaakt", door=door, subject=debat, gegevens={"datum": _iso(datum)})
    return debat


def _verhoog_versie(debat: Debat) -> None:
    Debat.objects.filter(pk=debat.pk).update(versie=F("versie") + 1)


@transaction.atomic
def voeg_deelnemer_toe(debat: Debat, *, door: Any, naam: str, fractie: str = "") -> Deelnemer:
    vereis(door, "parlement.registreren")
    if not naam.strip():
        raise ValidationError({"naam": "Geef de naam van het Kamerlid."})
    deelnemer = Deelnemer.objects.create(debat=debat, naam=naam.strip(), fractie=fractie.strip())
    _verhoog_versie(debat)
    audit.registreer("debat_deelnemer_toegevoegd", door=door, subject=debat, gegevens={"naam": naam.strip()})
    return deelnemer


@transaction.atomic
def bereid_thema_voor(thema: Thema, *, door: Any, voorgesteld_antwoord: str) -> None:
    thema = Thema.objects.select_for_update().get(pk=thema.pk)
    _vereis_voorbereiden(door, thema.directie)
    thema.voorgesteld_antwoord = voorgesteld_antwoord.strip()
    thema.save(update_fields=["voorgesteld_antwoord"])
    _verhoog_versie(thema.debat)
    audit.registreer(
        "debat_thema_voorbereid", door=door, subject=thema.debat, gegevens={"thema": thema.titel}
    )


def _zet_debatstatus(debat: Debat, naar: str) -> None:
    controleer_overgang(Debat, Debat.Status, debat.status, naar)
    debat.status = naar
    debat.save(update_fields=["status"])
    _verhoog_versie(debat)


@transaction.atomic
def start_debat(debat: Debat, *, door: Any) -> None:
    vereis(door, "parlement.registreren")
    debat = Debat.objects.select_for_update().get(pk=debat.pk)
    _zet_debatstatus(debat, Debat.Status.LIVE)
    audit.registreer("debat_gestart", door=door, subject=debat)


@transaction.atomic
def sluit_debat(debat: Debat, *, door: Any) -> None:
    vereis(door, "parlement.registreren")
    debat = Debat.objects.select_for_update().get(pk=debat.pk)
    _zet_debatstatus(debat, Debat.Status.AFGELOPEN)
    audit.registreer("debat_afgelopen", door=door, subject=debat)


@transaction.atomic
def voeg_debatvraag_toe(
    debat: Debat, *, door: Any, deelnemer: Deelnemer, tekst: str, thema: Thema | None = None
) -> Debatvraag:
    """Parlementaire Zaken enters a member's question as it is asked."""
    vereis(door, "parlement.registreren")
    debat = Debat.objects.select_for_update().get(pk=debat.pk)
    if deelnemer.debat_id != debat.pk or (thema is not None and thema.debat_id != debat.pk):
        raise ValidationError("Het Kamerlid of thema hoort niet bij dit debat.")
    if not tekst.strip():
        raise ValidationError({"tekst": "Typ de vraag van het Kamerlid."})
    if debat.status == Debat.Status.AFGELOPEN:
        raise ValidationError("Dit debat is afgelopen; er kunnen geen vragen meer bij.")
    if debat.status == Debat.Status.GEPLAND:
        _zet_debatstatus(debat, Debat.Status.LIVE)
    vraag = Debatvraag.objects.create(debat=debat, deelnemer=deelnemer, thema=thema, tekst=tekst.strip())
    _verhoog_versie(debat)
    audit.registreer("debatvraag_ingevoerd", door=door, subject=debat, gegevens={"vraag": vraag.pk})
    return vraag


@transaction.atomic
def markeer_debatvraag(vraag: Debatvraag, *, door: Any, status: str) -> Debatvraag:
    """Answered, or to be answered in writing: that becomes work for the directie with the
    same term as written questions (three weeks from the debate, deadline engine)."""
    vereis(door, "debat.live")
    vraag = Debatvraag.objects.select_for_update().get(pk=vraag.pk)
    if status not in Debatvraag.Status.values:
        raise ValidationError({"status": f"Onbekende status '{status}'."})
    controleer_overgang(Debatvraag, Debatvraag.Status, vraag.status, status)
    vraag.status = status
    if status == Debatvraag.Status.SCHRIFTELIJK:
        vraag.trekker = vraag.thema.directie if vraag.thema else vraag.debat.trekker
        vraag.uiterste_datum = termijn_kamervragen(vraag.debat.datum)[0]
    else:
        vraag.trekker, vraag.uiterste_datum = None, None
    vraag.save()
    _verhoog_versie(vraag.debat)
    audit.registreer(
        "debatvraag_gemarkeerd",
        door=door,
        subject=vraag.debat,
        gegevens={"vraag": vraag.pk, "status": status},
    )
    return vraag


@transaction.atomic
def registreer_nagestuurd(vraag: Debatvraag, *, door: Any, op: date) -> None:
    vraag = Debatvraag.objects.select_for_update().get(pk=vraag.pk)
    _vereis_voorbereiden(door, vraag.trekker)
    if vraag.status != Debatvraag.Status.SCHRIFTELIJK:
        raise ValidationError("Alleen schriftelijk na te sturen vragen worden nagestuurd.")
    vraag.nagestuurd_op = op
    vraag.save(update_fields=["nagestuurd_op"])
    audit.registreer("debatvraag_nagestuurd", door=door, subject=vraag.debat, gegevens={"vraag": vraag.pk})


# --- Toezeggingen --------------------------------------------------------------------------


def _volgnummer_toezegging(jaar: int) -> str:
    prefix = f"BZK-TZ-{jaar}-"
    laatste = (
        Toezegging.objects.filter(nummer__startswith=prefix)
        .order_by("-nummer")
        .values_list("nummer", flat=True)
        .first()
    )
    return f"{prefix}{(int(laatste.removeprefix(prefix)) + 1) if laatste else 1:04d}"


def _maak_toezegging(
    *,
    door: Any,
    tekst: str,
    termijn_tekst: str,
    gedaan_op: date,
    gedaan_in: str,
    bewindspersoon: Eenheid,
    verantwoordelijke: Eenheid,
    kamer: str,
    debat: Debat | None = None,
    nummer: str = "",
    extern_id: str = "",
) -> Toezegging:
    fouten: dict[str, str] = {}
    if not tekst.strip():
        fouten["tekst"] = "Geef de tekst van de toezegging."
    try:
        afleiding = leid_af(termijn_tekst, gedaan_op, kamer)
    except OnbekendeTermijn as fout:
        fouten["termijn_tekst"] = str(fout)
    if fouten:
        raise ValidationError(fouten)
    tz = Toezegging(
        kamer=kamer,
        nummer=nummer.strip() or _volgnummer_toezegging(gedaan_op.year),
        bewindspersoon=_bewindspersoon(bewindspersoon),
        debat=debat,
        gedaan_in=gedaan_in.strip(),
        gedaan_op=gedaan_op,
        tekst=tekst.strip(),
        termijn_tekst=termijn_tekst.strip(),
        uiterste_datum=afleiding.datum,
        termijn_uitleg=afleiding.uitleg[:300],
        verantwoordelijke=verantwoordelijke,
        extern_id=extern_id,
    )
    tz.full_clean()
    tz.save()
    audit.registreer(
        "toezegging_geregistreerd",
        door=door,
        subject=tz,
        gegevens={"termijn": tz.termijn_tekst, "uiterste_datum": _iso(tz.uiterste_datum)},
    )
    return tz


@transaction.atomic
def registreer_toezegging(*, door: Any, **velden: Any) -> Toezegging:
    vereis(door, "parlement.registreren")
    velden.setdefault("kamer", "TK")
    return _maak_toezegging(door=door, **velden)


@transaction.atomic
def registreer_toezeggingen_uit_debat(
    debat: Debat, *, door: Any, regels: Sequence[dict[str, Any]]
) -> list[Toezegging]:
    """All commitments made in a debate in one step: all or none."""
    vereis(door, "parlement.registreren")
    ingevuld = [r for r in regels if str(r.get("tekst", "")).strip()]
    if not ingevuld:
        raise ValidationError("Vul minstens één toezegging in.")
    nieuw = []
    for plek, regel in enumerate(ingevuld, start=1):
        try:
            nieuw.append(
                _maak_toezegging(
                    door=door,
                    tekst=regel["tekst"],
                    termijn_tekst=regel.get("termijn_tekst", ""),
                    verantwoordelijke=regel.get("verantwoordelijke") or debat.trekker,
                    gedaan_op=debat.datum,
                    gedaan_in=str(debat),
                    bewindspersoon=debat.bewindspersoon,
                    kamer=debat.kamer,
                    debat=debat,
                )
            )
        except ValidationError as fout:
            raise ValidationError(f"Toezegging {plek}: {' '.join(fout.messages)}") from None
    _verhoog_versie(debat)
    return nieuw


@transaction.atomic
def wijzig_toezegging(tz: Toezegging, *, door: Any, status: str, toelichting: str = "") -> None:
    vereis(door, "parlement.registreren")
    tz = Toezegging.objects.select_for_update().get(pk=tz.pk)
    controleer_overgang(Toezegging, Toezegging.Status, tz.status, status)
    tz.status = status
    if toelichting.strip():
        tz.toelichting = toelichting.strip()
    tz.save(update_fields=["status", "toelichting"])
    audit.registreer("toezegging_status", door=door, subject=tz, gegevens={"status": status})


# --- Moties --------------------------------------------------------------------------------


@transaction.atomic
def registreer_motie(
    *,
    door: Any,
    nummer: str,
    dictum: str,
    ingediend_op: date,
    bewindspersoon: Eenheid,
    verantwoordelijke: Eenheid,
    indieners: Iterable[Any] = (),
    kamer: str = "TK",
    debat: Debat | None = None,
    uitslag: str = "",
    gestemd_op: date | None = None,
    extern_id: str = "",
) -> Motie:
    vereis(door, "parlement.registreren")
    motie = Motie(
        kamer=kamer,
        nummer=nummer.strip(),
        indieners=_leden(indieners),
        dictum=dictum.strip(),
        ingediend_op=ingediend_op,
        bewindspersoon=_bewindspersoon(bewindspersoon),
        verantwoordelijke=verantwoordelijke,
        debat=debat,
        extern_id=extern_id,
    )
    motie.full_clean()
    motie.save()
    audit.registreer("motie_geregistreerd", door=door, subject=motie)
    if uitslag:
        _zet_uitslag(motie, door, uitslag, gestemd_op or ingediend_op)
    return motie


def _zet_uitslag(motie: Motie, door: Any, uitslag: str, gestemd_op: date) -> None:
    if uitslag not in Motie.Uitslag.values or not uitslag:
        raise ValidationError({"uitslag": f"Onbekende uitslag '{uitslag}'."})
    controleer_overgang(Motie, Motie.Uitslag, motie.uitslag, uitslag)
    motie.uitslag, motie.gestemd_op = uitslag, gestemd_op
    motie.save(update_fields=["uitslag", "gestemd_op"])
    audit.registreer("motie_uitslag", door=door, subject=motie, gegevens={"uitslag": uitslag})


@transaction.atomic
def leg_uitslag_vast(motie: Motie, *, door: Any, uitslag: str, gestemd_op: date) -> None:
    vereis(door, "parlement.registreren")
    motie = Motie.objects.select_for_update().get(pk=motie.pk)
    _zet_uitslag(motie, door, uitslag, gestemd_op)


@transaction.atomic
def leg_uitvoering_vast(
    motie: Motie,
    *,
    door: Any,
    uitvoering: str,
    uitvoeren_voor: date | None = None,
    uitgevoerd_op: date | None = None,
) -> None:
    motie = Motie.objects.select_for_update().get(pk=motie.pk)
    _vereis_voorbereiden(door, motie.verantwoordelijke)
    if motie.uitslag != Motie.Uitslag.AANGENOMEN:
        raise ValidationError("Alleen een aangenomen motie wordt uitgevoerd.")
    if not uitvoering.strip():
        raise ValidationError({"uitvoering": "Beschrijf hoe de motie wordt uitgevoerd."})
    motie.uitvoering = uitvoering.strip()
    motie.uitvoeren_voor = uitvoeren_voor or motie.uitvoeren_voor
    motie.uitgevoerd_op = uitgevoerd_op or motie.uitgevoerd_op
    motie.save(update_fields=["uitvoering", "uitvoeren_voor", "uitgevoerd_op"])
    audit.registreer(
        "motie_uitvoering", door=door, subject=motie, gegevens={"uitgevoerd_op": _iso(motie.uitgevoerd_op)}
    )


# --- Kamerbrieven --------------------------------------------------------------------------


@transaction.atomic
def registreer_kamerbrief(
    *,
    door: Any,
    nota: Nota,
    kamer: str = "TK",
    beslisnotas: Iterable[Nota] = (),
    toezeggingen: Iterable[Toezegging] = (),
    moties: Iterable[Motie] = (),
    kamervragen: Iterable[Kamervragen] = (),
) -> Kamerbrief:
    vereis(door, "parlement.registreren")
    beslis = list(beslisnotas)
    genoemd = {nota.pk, *(b.pk for b in beslis)}
    if koppelbare_notas(door, Nota.objects.filter(pk__in=genoemd)).count() != len(genoemd):
        raise ValidationError({"nota": "Deze nota bestaat niet of u kunt hem niet inzien."})
    if nota.soort != Nota.Soort.KAMERBRIEF:
        raise ValidationError({"nota": f"Nota {nota.kenmerk} is geen Kamerbrief."})
    if Kamerbrief.objects.filter(nota=nota).exists():
        raise ValidationError({"nota": f"Nota {nota.kenmerk} is al als Kamerbrief geregistreerd."})
    if any(b.soort == Nota.Soort.KAMERBRIEF or b.pk == nota.pk for b in beslis):
        raise ValidationError({"beslisnotas": "Een beslisnota onder de brief is zelf geen Kamerbrief."})
    kb = Kamerbrief.objects.create(nota=nota, kamer=kamer)
    kb.beslisnotas.set(beslis)
    kb.toezeggingen.set(list(toezeggingen))
    kb.moties.set(list(moties))
    kb.kamervragen.set(list(kamervragen))
    audit.registreer("kamerbrief_geregistreerd", door=door, subject=kb, gegevens={"nota": nota.kenmerk})
    return kb


@transaction.atomic
def verzend_kamerbrief(
    kb: Kamerbrief,
    *,
    door: Any,
    kamerstuk: str,
    verzonden_op: date,
    deels: Iterable[int] = (),
) -> Kamerbrief:
    """The signed letter gets its Kamerstuk number and date sent. Its commitments are met
    (or partly met), its motions carried out and its questions answered; the decision memos
    flagged for disclosure are handed to openness after commit (signal)."""
    vereis(door, "kamerbrief.verzenden")
    kb = Kamerbrief.objects.select_for_update().select_related("nota").get(pk=kb.pk)
    fouten = {}
    if kb.verzonden_op:
        raise ValidationError(f"Deze Kamerbrief is al verzonden ({kb.kamerstuk}).")
    if kb.nota.status not in GETEKEND:
        raise ValidationError("De Kamerbrief is nog niet getekend door de bewindspersoon.")
    if not kamerstuk.strip():
        fouten["kamerstuk"] = "Geef het Kamerstuknummer."
    if verzonden_op > timezone.localdate():
        fouten["verzonden_op"] = "De verzenddatum ligt in de toekomst."
    if fouten:
        raise ValidationError(fouten)
    kb.kamerstuk, kb.verzonden_op = kamerstuk.strip(), verzonden_op
    kb.save(update_fields=["kamerstuk", "verzonden_op"])
    deels_ids = set(deels)
    kb.deels.set([t for t in kb.toezeggingen.all() if t.pk in deels_ids])
    for tz in kb.toezeggingen.select_for_update():
        naar = Toezegging.Status.DEELS_VOLDAAN if tz.pk in deels_ids else Toezegging.Status.VOLDAAN
        controleer_overgang(Toezegging, Toezegging.Status, tz.status, naar)
        tz.status, tz.voldaan_met = naar, kb
        tz.toelichting = (tz.toelichting + "\n" if tz.toelichting else "") + f"Kamerbrief {kb.kamerstuk}"
        tz.save(update_fields=["status", "voldaan_met", "toelichting"])
    for motie in kb.moties.select_for_update():
        if motie.uitslag != Motie.Uitslag.AANGENOMEN:
            raise ValidationError(f"Motie {motie.nummer} is niet aangenomen.")
        motie.uitgevoerd_op, motie.uitgevoerd_met = verzonden_op, kb
        motie.save(update_fields=["uitgevoerd_op", "uitgevoerd_met"])
    for kv in kb.kamervragen.select_for_update():
        _markeer_verzonden(kv, verzonden_op)
    openbaar = list(kb.beslisnotas.filter(openbaar_bij_kamerstuk=True).values_list("pk", flat=True))
    audit.registreer(
        "kamerbrief_verzonden",
        door=door,
        subject=kb,
        gegevens={"kamerstuk": kb.kamerstuk, "verzonden_op": _iso(verzonden_op), "openbaar": openbaar},
    )
    nota_id = kb.nota_id
    transaction.on_commit(
        lambda: _meld_verzonden(
            kamerbrief_nota_id=nota_id,
            kamerstuk=kb.kamerstuk,
            verzonden_op=verzonden_op,
            beslisnota_ids=openbaar,
            gebruiker=door,
        )
    )
    return kb


def _meld_verzonden(**gegevens: Any) -> None:
    """The letter is sent and recorded whatever a listener does: a failing listener is logged
    (and can be retried, its receivers are idempotent per Kamerstuk), never turned into an error
    for the person who recorded the sending."""
    for ontvanger, uitkomst in kamerbrief_verzonden.send_robust(sender=Kamerbrief, **gegevens):
        if isinstance(uitkomst, Exception):
            logger.error(
                "Ontvanger %s van kamerbrief_verzonden faalde voor %s: %r",
                getattr(ontvanger, "__qualname__", ontvanger),
                gegevens["kamerstuk"],
                uitkomst,
                exc_info=uitkomst,
            )
