"""Every change in the agenda part: one transaction, the permission check, the change, an audit
record; the acting user is ``door``. Pages, API and CLI call these functions."""

from __future__ import annotations

import csv
import hashlib
import io
import secrets
import uuid
from datetime import date, datetime, timedelta
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from ministerie.core import audit
from ministerie.core.models import Gebruiker
from ministerie.core.permissies import heeft_recht, vereis
from ministerie.organisatie.models import Eenheid, Persoon
from ministerie.stukken import services as stukken
from ministerie.stukken.models import Nota

from . import bezetting, ics, planner
from .models import (
    Afspraak,
    Agenda,
    Agendapunt,
    Annotatieverzoek,
    Besluit,
    Introductieprogramma,
    Overleg,
    Reeks,
    Soort,
    Taak,
    Vergadering,
)
from .tijd import AMSTERDAM, Tijdfout, controleer_regel, lokaal
from .toestanden import ANNOTATIEVERZOEK, BESLUIT, TAAK, VERGADERING
from .zichtbaarheid import KABINET

BEHEREN = "agenda.beheren"
MAX_PUNTEN = 200
MAX_CSV = 200_000


def _naam(door: Any) -> str:
    return door if isinstance(door, str) else f"{door.get_username()} ({door})"


def _nieuwe_uid() -> str:
    return f"{uuid.uuid4()}@ministerie"


def _vereis_clearance(door: Any, rubricering: int) -> None:
    if not isinstance(door, str) and rubricering > door.clearance:
        raise PermissionDenied("U kunt niets rubriceren boven uw eigen rubriceringsniveau.")


# --- agendas -------------------------------------------------------------------------------------


def portefeuille_van(persoon: Persoon) -> Eenheid | None:
    """The bewindspersoon's portfolio unit: where they hold the lead."""
    positie = (
        persoon.posities.filter(eenheid__soort=Eenheid.Soort.BEWINDSPERSOON)
        .select_related("eenheid")
        .order_by("volgorde", "pk")
        .first()
    )
    return positie.eenheid if positie is not None else None


@transaction.atomic
def maak_agenda(*, door: Any, persoon: Persoon) -> Agenda:
    """The agenda of a bewindspersoon in the register (an existing one is returned)."""
    if not isinstance(door, str):
        vereis(door, BEHEREN)
    bestaand = Agenda.objects.filter(persoon=persoon).first()
    if bestaand is not None:
        return bestaand
    eenheid = portefeuille_van(persoon)
    if eenheid is None:
        raise ValidationError(f"{persoon.naam} is in het organisatieregister geen bewindspersoon.")
    agenda = Agenda.objects.create(persoon=persoon, eenheid=eenheid)
    audit.registreer("agenda_aangemaakt", door=door, subject=agenda)
    return agenda


def _conflicttekst(items: list[bezetting.Item]) -> str:
    delen = [
        f"{i.titel} ({lokaal(i.begin):%d-%m %H:%M}–{lokaal(i.eind):%H:%M})"
        if i.afspraak is None or i.afspraak.rubricering <= 10
        else f"een gerubriceerde afspraak ({lokaal(i.begin):%d-%m %H:%M})"
        for i in items[:5]
    ]
    return (
        "Deze afspraak valt samen met "
        + "; ".join(delen)
        + ". Vink 'Toch opslaan' aan om haar toch op te slaan."
    )


def controleer_conflicten(
    agenda: Agenda,
    begin: datetime,
    eind: datetime,
    *,
    heen: int = 0,
    terug: int = 0,
    behalve: Afspraak | None = None,
) -> list[bezetting.Item]:
    return bezetting.conflicten(
        agenda.afspraken.all(),
        agenda.reeksen.all(),
        begin - timedelta(minutes=heen),
        eind + timedelta(minutes=terug),
        overleggen=bezetting.vaste_overleggen().exclude(code__in=_eigen_overlegcodes(agenda)),
        behalve=behalve,
    )


def _eigen_overlegcodes(agenda: Agenda) -> list[str]:
    """Fixed meetings already in the agenda as a series are not counted twice."""
    return list(agenda.reeksen.exclude(overleg=None).values_list("overleg__code", flat=True))


def _controleer_afspraak(soort: str, begin: datetime, eind: datetime, omschrijving: str, plaats: str) -> None:
    if eind <= begin:
        raise ValidationError({"eind": "Het einde ligt na het begin."})
    if eind - begin > timedelta(days=14):
        raise ValidationError({"eind": "Een afspraak duurt hoogstens 14 dagen."})
    if soort == Soort.BPO and (omschrijving.strip() or plaats.strip()):
        raise ValidationError(
            "Van het bewindspersonenoverleg wordt alleen de tijd geblokkeerd: "
            "laat plaats en omschrijving leeg."
        )


@transaction.atomic
def maak_afspraak(
    agenda: Agenda,
    *,
    door: Any,
    titel: str,
    soort: str,
    begin: datetime,
    eind: datetime,
    plaats: str = "",
    reistijd_heen: int = 0,
    reistijd_terug: int = 0,
    omschrijving: str = "",
    rubricering: int = 10,
    eenheid: Eenheid | None = None,
    toch_opslaan: bool = False,
) -> Afspraak:
    vereis(door, BEHEREN)
    _vereis_clearance(door, rubricering)
    _controleer_afspraak(soort, begin, eind, omschrijving, plaats)
    if not toch_opslaan:
        botsingen = controleer_conflicten(agenda, begin, eind, heen=reistijd_heen, terug=reistijd_terug)
        if botsingen:
            raise ValidationError(_conflicttekst(botsingen))
    if soort == Soort.BPO:
        titel = "Bewindspersonenoverleg"
    afspraak = Afspraak.objects.create(
        agenda=agenda,
        uid=_nieuwe_uid(),
        titel=titel.strip(),
        soort=soort,
        begin=begin,
        eind=eind,
        plaats=plaats.strip(),
        reistijd_heen=reistijd_heen,
        reistijd_terug=reistijd_terug,
        omschrijving=omschrijving.strip(),
        rubricering=rubricering,
        eenheid=eenheid,
        aangemaakt_door=_naam(door),
    )
    audit.registreer("afspraak_aangemaakt", door=door, subject=afspraak, gegevens={"agenda": agenda.pk})
    return afspraak


@transaction.atomic
def wijzig_afspraak(
    afspraak: Afspraak,
    *,
    door: Any,
    titel: str,
    soort: str,
    begin: datetime,
    eind: datetime,
    plaats: str = "",
    reistijd_heen: int = 0,
    reistijd_terug: int = 0,
    omschrijving: str = "",
    rubricering: int = 10,
    eenheid: Eenheid | None = None,
    toch_opslaan: bool = False,
) -> Afspraak:
    vereis(door, BEHEREN)
    afspraak = Afspraak.objects.select_for_update().get(pk=afspraak.pk)
    _vereis_clearance(door, max(rubricering, afspraak.rubricering))
    _controleer_afspraak(soort, begin, eind, omschrijving, plaats)
    if not toch_opslaan:
        botsingen = controleer_conflicten(
            afspraak.agenda, begin, eind, heen=reistijd_heen, terug=reistijd_terug, behalve=afspraak
        )
        if botsingen:
            raise ValidationError(_conflicttekst(botsingen))
    oud = {"begin": afspraak.begin.isoformat(), "eind": afspraak.eind.isoformat(), "titel": afspraak.titel}
    if soort == Soort.BPO:
        titel = "Bewindspersonenoverleg"
    afspraak.titel, afspraak.soort, afspraak.begin, afspraak.eind = titel.strip(), soort, begin, eind
    afspraak.plaats, afspraak.omschrijving = plaats.strip(), omschrijving.strip()
    afspraak.reistijd_heen, afspraak.reistijd_terug = reistijd_heen, reistijd_terug
    afspraak.rubricering, afspraak.eenheid = rubricering, eenheid
    afspraak.handmatig_gewijzigd = True
    afspraak.save()
    audit.registreer("afspraak_gewijzigd", door=door, subject=afspraak, gegevens={"was": oud})
    return afspraak


@transaction.atomic
def verwijder_afspraak(afspraak: Afspraak, *, door: Any) -> Agenda:
    vereis(door, BEHEREN)
    agenda = afspraak.agenda
    audit.registreer("afspraak_verwijderd", door=door, subject=afspraak, gegevens={"agenda": agenda.pk})
    afspraak.delete()
    return agenda


@transaction.atomic
def maak_reeks(
    agenda: Agenda,
    *,
    door: Any,
    titel: str,
    soort: str,
    regel: str,
    begin: datetime,
    duur_minuten: int,
    plaats: str = "",
    omschrijving: str = "",
    rubricering: int = 10,
    overleg: Overleg | None = None,
) -> Reeks:
    vereis(door, BEHEREN)
    _vereis_clearance(door, rubricering)
    try:
        regel = controleer_regel(regel)
    except Tijdfout as fout:
        raise ValidationError({"regel": str(fout)}) from None
    if not 5 <= duur_minuten <= 24 * 60:
        raise ValidationError({"duur_minuten": "De duur is 5 tot 1440 minuten."})
    if soort == Soort.BPO:
        titel, plaats, omschrijving = "Bewindspersonenoverleg", "", ""
    reeks = Reeks.objects.create(
        agenda=agenda,
        uid=_nieuwe_uid(),
        titel=titel.strip(),
        soort=soort,
        regel=regel,
        begin=begin,
        duur_minuten=duur_minuten,
        plaats=plaats.strip(),
        omschrijving=omschrijving.strip(),
        rubricering=rubricering,
        overleg=overleg,
        aangemaakt_door=_naam(door),
    )
    audit.registreer("reeks_aangemaakt", door=door, subject=reeks, gegevens={"regel": regel})
    return reeks


@transaction.atomic
def neem_vaste_overleggen_op(agenda: Agenda, *, door: Any) -> list[Reeks]:
    """Put the fixed meetings (Ministerraad, onderraden, Rijksministerraad, vragenuur, BPO) in the
    agenda as series; those already in it are skipped."""
    vereis(door, BEHEREN)
    al = set(_eigen_overlegcodes(agenda))
    nieuw = []
    for overleg in bezetting.vaste_overleggen().order_by("pk"):
        if overleg.code in al:
            continue
        soort = Soort.BPO if overleg.alleen_tijd else Soort.OVERLEG
        nieuw.append(
            maak_reeks(
                agenda,
                door=door,
                titel=overleg.naam,
                soort=soort,
                regel=overleg.regel,
                begin=datetime.combine(overleg.vanaf, overleg.begintijd, tzinfo=AMSTERDAM),
                duur_minuten=overleg.duur_minuten,
                plaats="" if overleg.alleen_tijd else overleg.plaats,
                overleg=overleg,
            )
        )
    return nieuw


@transaction.atomic
def laat_keer_vervallen(reeks: Reeks, *, door: Any, moment: datetime) -> Reeks:
    """Leave out one occurrence of a series (EXDATE)."""
    vereis(door, BEHEREN)
    reeks = Reeks.objects.select_for_update().get(pk=reeks.pk)
    from .tijd import herhalingen

    lokaal_moment = lokaal(moment)
    treffers = list(
        herhalingen(reeks.regel, reeks.begin, lokaal_moment, lokaal_moment + timedelta(minutes=1))
    )
    if not treffers:
        raise ValidationError({"moment": "Op dat moment begint geen keer van deze reeks."})
    tekst = lokaal_moment.isoformat()
    if tekst not in reeks.uitzonderingen:
        reeks.uitzonderingen = [*reeks.uitzonderingen, tekst]
        reeks.save(update_fields=["uitzonderingen"])
    audit.registreer("reeks_keer_vervallen", door=door, subject=reeks, gegevens={"moment": tekst})
    return reeks


@transaction.atomic
def verwijder_reeks(reeks: Reeks, *, door: Any) -> Agenda:
    vereis(door, BEHEREN)
    agenda = reeks.agenda
    audit.registreer("reeks_verwijderd", door=door, subject=reeks)
    reeks.delete()
    return agenda


# --- the feed and the import -----------------------------------------------------------------------


def _sleutelhash(sleutel: str) -> str:
    return hashlib.sha256(sleutel.encode()).hexdigest()


@transaction.atomic
def vernieuw_feed(agenda: Agenda, *, door: Any) -> str:
    """A new secret feed key (the old URL stops working); the key itself is shown once."""
    vereis(door, BEHEREN)
    sleutel = secrets.token_urlsafe(32)
    agenda.feed_sleutel, agenda.feed_sinds = _sleutelhash(sleutel), timezone.now()
    agenda.save(update_fields=["feed_sleutel", "feed_sinds"])
    audit.registreer("agenda_feed_vernieuwd", door=door, subject=agenda)
    return sleutel


@transaction.atomic
def trek_feed_in(agenda: Agenda, *, door: Any) -> Agenda:
    vereis(door, BEHEREN)
    agenda.feed_sleutel, agenda.feed_sinds = "", None
    agenda.save(update_fields=["feed_sleutel", "feed_sinds"])
    audit.registreer("agenda_feed_ingetrokken", door=door, subject=agenda)
    return agenda


def agenda_bij_sleutel(sleutel: str) -> Agenda | None:
    if not sleutel or len(sleutel) > 100:
        return None
    return Agenda.objects.filter(feed_sleutel=_sleutelhash(sleutel)).exclude(feed_sleutel="").first()


def feed(agenda: Agenda) -> bytes:
    """The iCalendar feed: appointments from 90 days back to a year ahead, and every series."""
    nu = timezone.now()
    # moved occurrences always go with their series (RECURRENCE-ID), whatever their date
    afspraken = agenda.afspraken.filter(
        Q(eind__gte=nu - timedelta(days=90), begin__lte=nu + timedelta(days=366)) | Q(reeks__isnull=False)
    )
    return ics.maak_kalender(
        str(agenda), afspraken.select_related("reeks")[:5000], agenda.reeksen.all()[:1000]
    )


@transaction.atomic
def importeer_ics(agenda: Agenda, *, door: Any, bestand: Any) -> dict[str, int]:
    """Import a .ics file: read whole, refused whole with line and reason, or written whole in one
    transaction. An event whose UID is already in the agenda is replaced."""
    vereis(door, BEHEREN)
    data = bestand.read(ics.MAX_BESTAND + 1)
    try:
        gebeurtenissen = ics.lees_ics(data)
    except ics.Importfout as fout:
        raise ValidationError({"bestand": str(fout)}) from None
    for g in gebeurtenissen:
        if g.rubricering > getattr(door, "clearance", 0):
            raise ValidationError({"bestand": f"regel {g.regel}: rubricering boven uw eigen niveau"})
    aantallen = {"afspraken": 0, "reeksen": 0, "vervangen": 0}
    reeksen: dict[str, Reeks] = {}
    for g in sorted(gebeurtenissen, key=lambda g: g.origineel_begin is not None):
        if g.herhaling:
            bestaand = agenda.reeksen.filter(uid=g.uid).first()
            if bestaand is not None:
                bestaand.delete()
                aantallen["vervangen"] += 1
            elif Reeks.objects.filter(uid=g.uid).exists():
                raise ValidationError(
                    {"bestand": f"regel {g.regel}: UID '{g.uid[:60]}' hoort bij een andere agenda"}
                )
            reeksen[g.uid] = Reeks.objects.create(
                agenda=agenda,
                uid=g.uid,
                titel=g.titel[:200],
                soort=g.soort,
                regel=g.herhaling,
                begin=g.begin,
                duur_minuten=max(5, min(24 * 60, int((g.eind - g.begin).total_seconds() // 60))),
                uitzonderingen=[lokaal(u).isoformat() for u in g.uitzonderingen],
                plaats=g.plaats,
                omschrijving=g.omschrijving,
                rubricering=g.rubricering,
                aangemaakt_door=_naam(door),
            )
            aantallen["reeksen"] += 1
            continue
        vervangen, _ = agenda.afspraken.filter(uid=g.uid, origineel_begin=g.origineel_begin).delete()
        aantallen["vervangen"] += 1 if vervangen else 0
        Afspraak.objects.create(
            agenda=agenda,
            uid=g.uid,
            titel=g.titel[:200],
            soort=g.soort,
            begin=g.begin,
            eind=g.eind,
            plaats=g.plaats,
            omschrijving=g.omschrijving,
            rubricering=g.rubricering,
            reistijd_heen=g.reistijd_heen,
            reistijd_terug=g.reistijd_terug,
            reeks=reeksen.get(g.uid) if g.origineel_begin is not None else None,
            origineel_begin=g.origineel_begin,
            aangemaakt_door=_naam(door),
        )
        aantallen["afspraken"] += 1
    audit.registreer("agenda_geimporteerd", door=door, subject=agenda, gegevens=aantallen)
    return aantallen


# --- werkbezoeken: the preparation memo ------------------------------------------------------------


@transaction.atomic
def vraag_bezoeknota(afspraak: Afspraak, *, door: Any) -> Nota:
    """Start the bezoekdossier of a werkbezoek: a preparation memo in the memo flow, due the
    working day before the visit, linked to the appointment."""
    vereis(door, BEHEREN)
    afspraak = Afspraak.objects.select_for_update().get(pk=afspraak.pk)
    if afspraak.soort != Soort.WERKBEZOEK:
        raise ValidationError("Alleen een werkbezoek krijgt een bezoekdossier.")
    if afspraak.nota_id is not None:
        raise ValidationError("Dit werkbezoek heeft al een voorbereidingsnota.")
    from ministerie.termijnen import is_werkdag

    dag = lokaal(afspraak.begin).date() - timedelta(days=1)
    while not is_werkdag(dag):
        dag -= timedelta(days=1)
    nota = stukken.stel_nota_op(
        door=door,
        soort=Nota.Soort.INFORMATIENOTA,
        onderwerp=f"Bezoekdossier: {afspraak.titel}"[:300],
        aan=f"de {afspraak.agenda.eenheid.naam.lower()}"[:200],
        rubricering=min(afspraak.rubricering, door.clearance),
        uiterste_beslisdatum=dag,
        reden_beslisdatum=f"werkbezoek op {lokaal(afspraak.begin):%d-%m-%Y %H:%M}",
        aanleiding=f"Werkbezoek {afspraak.titel}, {afspraak.plaats}".strip(", ")[:1000],
    )
    afspraak.nota = nota
    afspraak.save(update_fields=["nota", "gewijzigd_op"])
    audit.registreer("bezoeknota_gevraagd", door=door, subject=afspraak, gegevens={"nota": nota.kenmerk})
    return nota


# --- cabinet meetings and the Bestuursraad -------------------------------------------------------


def _recht_voor(overleg: Overleg) -> str:
    return (
        "bestuursraad.besluiten"
        if overleg.soort == Overleg.Soort.BESTUURSRAAD
        else "vergadering.voorbereiden"
    )


@transaction.atomic
def maak_vergadering(
    *, door: Any, overleg: Overleg, begin: datetime, titel: str = "", rubricering: int | None = None
) -> Vergadering:
    if overleg.soort not in (*KABINET, Overleg.Soort.BESTUURSRAAD):
        raise ValidationError(
            {"overleg": "Alleen voor de (Rijks)ministerraad, een onderraad of de Bestuursraad."}
        )
    vereis(door, _recht_voor(overleg))
    if rubricering is None:
        rubricering = 20 if overleg.soort in KABINET else 10
    _vereis_clearance(door, rubricering)
    vergadering = Vergadering.objects.create(
        overleg=overleg,
        titel=(titel or overleg.naam).strip(),
        begin=begin,
        rubricering=rubricering,
        aangemaakt_door=_naam(door),
    )
    audit.registreer("vergadering_aangemaakt", door=door, subject=vergadering)
    return vergadering


def _open_voor_wijziging(vergadering: Vergadering) -> None:
    if vergadering.status == Vergadering.Status.GEHOUDEN:
        raise ValidationError("De vergadering is gehouden; de agenda ligt vast.")


@transaction.atomic
def voeg_punt_toe(
    vergadering: Vergadering,
    *,
    door: Any,
    onderwerp: str,
    ministerie: str,
    stuk: str = "",
    gevraagd_besluit: str = "",
) -> Agendapunt:
    vereis(door, _recht_voor(vergadering.overleg))
    vergadering = Vergadering.objects.select_for_update().get(pk=vergadering.pk)
    _open_voor_wijziging(vergadering)
    if vergadering.punten.count() >= MAX_PUNTEN:
        raise ValidationError(f"Een agenda heeft hoogstens {MAX_PUNTEN} punten.")
    volgorde = (vergadering.punten.order_by("-volgorde").values_list("volgorde", flat=True).first() or 0) + 1
    punt = Agendapunt.objects.create(
        vergadering=vergadering,
        volgorde=volgorde,
        onderwerp=onderwerp.strip(),
        ministerie=ministerie.strip().upper(),
        stuk=stuk.strip(),
        gevraagd_besluit=gevraagd_besluit.strip(),
    )
    audit.registreer(
        "agendapunt_toegevoegd", door=door, subject=vergadering, gegevens={"punt": punt.volgorde}
    )
    return punt


KOLOMMEN = ("onderwerp", "ministerie", "stuk", "gevraagd_besluit")


@transaction.atomic
def importeer_punten(vergadering: Vergadering, *, door: Any, bestand: Any) -> list[Agendapunt]:
    """Items from a CSV file (columns onderwerp;ministerie;stuk;gevraagd_besluit, with a header):
    refused whole with line and reason, or added whole."""
    vereis(door, _recht_voor(vergadering.overleg))
    data = bestand.read(MAX_CSV + 1)
    if len(data) > MAX_CSV:
        raise ValidationError({"bestand": f"Het bestand is groter dan {MAX_CSV // 1000} kB."})
    try:
        tekst = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError({"bestand": "Het bestand is geen UTF-8-tekst."}) from None
    dialect = csv.excel
    try:
        dialect = csv.Sniffer().sniff(tekst[:2000], delimiters=";,\t")  # type: ignore[assignment]
    except csv.Error:
        pass
    lezer = csv.DictReader(io.StringIO(tekst), dialect=dialect)
    velden = [v.strip().lower() for v in (lezer.fieldnames or [])]
    if not {"onderwerp", "ministerie"} <= set(velden) or set(velden) - set(KOLOMMEN):
        raise ValidationError({"bestand": f"regel 1: verwacht de kolommen {';'.join(KOLOMMEN)}."})
    rijen, problemen = [], []
    for nummer, rij in enumerate(lezer, start=2):
        rij = {(k or "").strip().lower(): (v or "").strip() for k, v in rij.items() if isinstance(v, str)}
        if not rij.get("onderwerp") or not rij.get("ministerie"):
            problemen.append(f"regel {nummer}: onderwerp en ministerie zijn verplicht")
        elif len(rij["onderwerp"]) > 300 or len(rij["ministerie"]) > 40 or len(rij.get("stuk", "")) > 200:
            problemen.append(f"regel {nummer}: te lang (onderwerp 300, ministerie 40, stuk 200 tekens)")
        elif len(rij.get("gevraagd_besluit", "")) > 2000:
            problemen.append(f"regel {nummer}: gevraagd besluit is langer dan 2000 tekens")
        else:
            rijen.append(rij)
        if nummer > MAX_PUNTEN + 1:
            problemen.append(f"regel {nummer}: meer dan {MAX_PUNTEN} punten")
            break
    if problemen:
        raise ValidationError({"bestand": "Niets geïmporteerd. " + "; ".join(problemen[:5])})
    return [
        voeg_punt_toe(
            vergadering,
            door=door,
            onderwerp=r["onderwerp"],
            ministerie=r["ministerie"],
            stuk=r.get("stuk", ""),
            gevraagd_besluit=r.get("gevraagd_besluit", ""),
        )
        for r in rijen
    ]


@transaction.atomic
def vraag_annotatie(punt: Agendapunt, *, door: Any, eenheid: Eenheid, uiterste: datetime) -> Annotatieverzoek:
    """BA asks the responsible directie for an ambtelijk advies, due before the meeting."""
    vereis(door, "vergadering.voorbereiden")
    vergadering = Vergadering.objects.select_for_update().get(pk=punt.vergadering_id)
    _open_voor_wijziging(vergadering)
    if uiterste >= vergadering.begin:
        raise ValidationError({"uiterste": "De uiterste datum ligt vóór de vergadering."})
    if Annotatieverzoek.objects.filter(punt=punt).exists():
        raise ValidationError("Voor dit punt is al een annotatie gevraagd.")
    verzoek = Annotatieverzoek.objects.create(
        punt=punt, eenheid=eenheid, uiterste=uiterste, gevraagd_door=_naam(door)
    )
    audit.registreer(
        "annotatie_gevraagd",
        door=door,
        subject=vergadering,
        gegevens={"punt": punt.volgorde, "eenheid": eenheid.code, "uiterste": uiterste.isoformat()},
    )
    return verzoek


@transaction.atomic
def lever_annotatie(
    verzoek: Annotatieverzoek, *, door: Any, advies: str, toelichting: str = ""
) -> Annotatieverzoek:
    """The directie answers with a memo (vergaderstuk) in the memo flow, handed over to BA at
    once (Afgedaan, off the author's open work); late is kept as late."""
    vereis(door, "annotatie.leveren", eenheid=verzoek.eenheid)
    verzoek = (
        Annotatieverzoek.objects.select_for_update().select_related("punt__vergadering").get(pk=verzoek.pk)
    )
    if verzoek.eenheid_id not in door.eenheden_in_scope():
        raise PermissionDenied("Alleen de gevraagde directie levert deze annotatie.")
    ANNOTATIEVERZOEK.controleer(verzoek.status, Annotatieverzoek.Status.GELEVERD)
    if not advies.strip():
        raise ValidationError({"advies": "Schrijf het ambtelijk advies."})
    punt, vergadering = verzoek.punt, verzoek.punt.vergadering
    nota = stukken.maak_nota(
        door=door,
        soort=Nota.Soort.VERGADERSTUK,
        onderwerp=f"Annotatie {vergadering}: {punt.onderwerp}"[:300],
        aan="Directie Bestuursadvisering",
        eenheid=verzoek.eenheid,
        rubricering=min(vergadering.rubricering, door.clearance),
        kernpunten=advies.strip(),
        toelichting=toelichting.strip(),
        kamerstuk=punt.stuk[:200],
    )
    verzoek.status, verzoek.nota, verzoek.geleverd_op = Annotatieverzoek.Status.GELEVERD, nota, timezone.now()
    verzoek.save()
    # Handed over to BA, the memo is done: it leaves the author's "Mijn werk" and is read-only.
    verzoek.nota = stukken.lever_als_product(
        nota,
        door=door,
        als="annotatie",
        aan=nota.aan,
        bij=f"{vergadering}, punt {punt.volgorde}" + (" (na de uiterste datum)" if verzoek.te_laat else ""),
    )
    audit.registreer(
        "annotatie_geleverd",
        door=door,
        subject=vergadering,
        gegevens={"punt": punt.volgorde, "nota": nota.kenmerk, "te_laat": verzoek.te_laat},
    )
    return verzoek


@transaction.atomic
def stel_geannoteerd_vast(vergadering: Vergadering, *, door: Any) -> Vergadering:
    """BA compiles the annotated agenda for the bewindspersoon; items without an annotation stay
    marked. The PDF is made by a background job."""
    vereis(door, "vergadering.voorbereiden")
    vergadering = Vergadering.objects.select_for_update().get(pk=vergadering.pk)
    if not vergadering.punten.exists():
        raise ValidationError("De agenda heeft nog geen punten.")
    VERGADERING.controleer(vergadering.status, Vergadering.Status.GEANNOTEERD)
    vergadering.status = Vergadering.Status.GEANNOTEERD
    vergadering.save(update_fields=["status"])
    audit.registreer("geannoteerde_agenda_vastgesteld", door=door, subject=vergadering)
    from .taken import vraag_pdf_aan

    vraag_pdf_aan(vergadering)
    return vergadering


@transaction.atomic
def leg_terugkoppeling_vast(vergadering: Vergadering, *, door: Any, terugkoppeling: str) -> Vergadering:
    """After the Ministerraad: BA's short overview of the bewindspersonen's feedback, for the
    Bestuursraad."""
    vereis(door, "vergadering.voorbereiden")
    vergadering = Vergadering.objects.select_for_update().get(pk=vergadering.pk)
    if vergadering.overleg.soort not in KABINET:
        raise ValidationError("Een terugkoppeling hoort bij een vergadering van het kabinet.")
    if not terugkoppeling.strip():
        raise ValidationError({"terugkoppeling": "Schrijf het overzicht van de terugkoppeling."})
    if vergadering.status != Vergadering.Status.GEHOUDEN:
        VERGADERING.controleer(vergadering.status, Vergadering.Status.GEHOUDEN)
        vergadering.status = Vergadering.Status.GEHOUDEN
    vergadering.terugkoppeling = terugkoppeling.strip()
    vergadering.save(update_fields=["status", "terugkoppeling"])
    audit.registreer("terugkoppeling_vastgelegd", door=door, subject=vergadering)
    return vergadering


@transaction.atomic
def neem_besluit(
    vergadering: Vergadering,
    *,
    door: Any,
    besluit: str,
    actie: str,
    eenheid: Eenheid,
    uiterste_datum: date,
    eigenaar: Gebruiker | None = None,
) -> Besluit:
    """A decision of the Bestuursraad on its besluitenlijst, with owner, action and due date."""
    vereis(door, "bestuursraad.besluiten")
    vergadering = Vergadering.objects.select_for_update().get(pk=vergadering.pk)
    if vergadering.overleg.soort != Overleg.Soort.BESTUURSRAAD:
        raise ValidationError("Besluiten met acties horen bij de Bestuursraad.")
    if eigenaar is not None and eenheid.pk not in eigenaar.eenheden_in_scope():
        raise ValidationError({"eigenaar": "De eigenaar hoort bij de eenheid die eigenaar is."})
    nummer = (vergadering.besluiten.order_by("-nummer").values_list("nummer", flat=True).first() or 0) + 1
    nieuw = Besluit.objects.create(
        vergadering=vergadering,
        nummer=nummer,
        besluit=besluit.strip(),
        actie=actie.strip(),
        eenheid=eenheid,
        eigenaar=eigenaar,
        uiterste_datum=uiterste_datum,
    )
    audit.registreer(
        "bestuursraadbesluit_genomen",
        door=door,
        subject=nieuw,
        gegevens={"eenheid": eenheid.code, "uiterste_datum": uiterste_datum.isoformat()},
    )
    return nieuw


def mag_besluit_afronden(gebruiker: Any, besluit: Besluit) -> bool:
    if heeft_recht(gebruiker, "bestuursraad.besluiten"):
        return True
    return besluit.eigenaar_id == gebruiker.pk or besluit.eenheid_id in gebruiker.eenheden_in_scope()


@transaction.atomic
def rond_besluit_af(besluit: Besluit, *, door: Any, toelichting: str = "") -> Besluit:
    vereis(door, "besluit.afronden")
    besluit = Besluit.objects.select_for_update().get(pk=besluit.pk)
    if not mag_besluit_afronden(door, besluit):
        raise PermissionDenied(
            "Alleen de eigenaar van de actie of het secretariaat van de Bestuursraad rondt haar af."
        )
    BESLUIT.controleer(besluit.status, Besluit.Status.AFGEROND)
    besluit.status, besluit.afgerond_op, besluit.afgerond_door = (
        Besluit.Status.AFGEROND,
        timezone.now(),
        _naam(door),
    )
    besluit.toelichting = toelichting.strip()
    besluit.save()
    audit.registreer("bestuursraadbesluit_afgerond", door=door, subject=besluit)
    return besluit


# --- the introduction programme --------------------------------------------------------------------


# (code, title, working days from the swearing-in: negative is before it)
TAKEN = [
    ("cv-review", "CV voorleggen aan de bewindspersoon vóór publicatie", -1),
    ("cv-engels", "CV vertalen in het Engels", 5),
    ("cv-frans", "CV vertalen in het Frans", 5),
    ("cv-duits", "CV vertalen in het Duits", 5),
    ("cv-papiaments", "CV vertalen in het Papiaments", 5),
]


def _taakdatum(beediging: date, werkdagen: int) -> date:
    if werkdagen < 0:
        return planner.vorige_werkdag(beediging, -werkdagen)
    if werkdagen == 0:
        return beediging
    return planner.werkdagen_vanaf(beediging + timedelta(days=1), werkdagen)[-1]


@transaction.atomic
def plan_introductie(
    *, door: Any, persoon: Persoon, beediging: date, wensen: planner.Wensen | None = None
) -> Introductieprogramma:
    """Plan (or re-plan) the introduction programme into the person's agenda. Appointments the
    secretariaat changed by hand are kept and planned around; the rest is planned anew."""
    if not isinstance(door, str):
        vereis(door, BEHEREN)
    agenda = maak_agenda(door=door, persoon=persoon)
    programma, _ = Introductieprogramma.objects.select_for_update().get_or_create(
        agenda=agenda,
        defaults={"beediging": beediging, "gepland_op": timezone.now(), "gepland_door": _naam(door)},
    )
    programma.afspraken.filter(handmatig_gewijzigd=False).delete()
    bezet = bezetting.items_in(
        agenda.afspraken.all(),
        agenda.reeksen.all(),
        datetime.combine(beediging - timedelta(days=7), datetime.min.time(), tzinfo=AMSTERDAM),
        datetime.combine(beediging + timedelta(days=120), datetime.min.time(), tzinfo=AMSTERDAM),
        overleggen=bezetting.vaste_overleggen(),
    )
    behouden = [
        planner.sleutel(a.soort, a.titel, a.eenheid.code if a.eenheid else "")
        for a in programma.afspraken.select_related("eenheid")
    ]
    plan = planner.plan(
        persoon, agenda.eenheid, beediging, bezet, wensen or planner.Wensen(), al_gepland=behouden
    )
    for voorstel in plan.afspraken:
        Afspraak.objects.create(
            agenda=agenda,
            uid=_nieuwe_uid(),
            titel=voorstel.titel[:200],
            soort=voorstel.soort,
            begin=voorstel.begin,
            eind=voorstel.eind,
            plaats=voorstel.plaats[:200],
            omschrijving=voorstel.omschrijving,
            eenheid=voorstel.eenheid,
            rubricering=voorstel.rubricering,
            introductie=programma,
            aangemaakt_door=_naam(door),
        )
    programma.beediging = beediging
    programma.niet_gepland = [
        {"titel": n.titel, "soort": n.soort, "eenheid": n.eenheid, "reden": n.reden}
        for n in plan.niet_gepland
    ]
    programma.gepland_op, programma.gepland_door = timezone.now(), _naam(door)
    programma.save()
    for code, titel, dagen in TAKEN:
        Taak.objects.update_or_create(
            introductie=programma,
            code=code,
            defaults={"titel": titel, "uiterste_datum": _taakdatum(beediging, dagen)},
        )
    audit.registreer(
        "introductie_gepland",
        door=door,
        subject=programma,
        gegevens={
            "beediging": beediging.isoformat(),
            "gepland": len(plan.afspraken),
            "niet_gepland": len(plan.niet_gepland),
        },
    )
    return programma


@transaction.atomic
def rond_taak_af(taak: Taak, *, door: Any) -> Taak:
    vereis(door, BEHEREN)
    taak = Taak.objects.select_for_update().get(pk=taak.pk)
    TAAK.controleer(taak.status, Taak.Status.GEREED)
    taak.status, taak.afgerond_op, taak.afgerond_door = Taak.Status.GEREED, timezone.now(), _naam(door)
    taak.save()
    audit.registreer("introductietaak_gereed", door=door, subject=taak)
    return taak


@transaction.atomic
def bewaar_protocol(programma: Introductieprogramma, *, door: Any, bestand: Any) -> Introductieprogramma:
    """Store the signed protocol van overdracht in the document store and link it."""
    vereis(door, BEHEREN)
    from ministerie.stukken.opslag import sla_op
    from ministerie.stukken.uploadgrens import weigering

    if reden := weigering(bestand):
        raise ValidationError({"bestand": reden})
    eenheid = door.eenheden.order_by("pk").first()
    if eenheid is None:
        raise ValidationError("U hoort bij geen eenheid.")
    resultaat = sla_op(bestand.read(), bestand.name, door=door, eenheid=eenheid, rubricering=10)
    if not resultaat.gelukt:
        raise ValidationError({"bestand": resultaat.melding})
    programma.protocol = resultaat.document
    programma.save(update_fields=["protocol"])
    audit.registreer("protocol_overdracht_bewaard", door=door, subject=programma)
    return programma


def plan_introductie_in(
    agenda: Agenda, *, door: Any, beediging: date, begin: Any = None, eind: Any = None
) -> Introductieprogramma:
    """The page's way in: the programme of this agenda's bewindspersoon, with their wishes."""
    from .laden import zorg_voor_overleggen

    try:
        zorg_voor_overleggen(door)
    except ValueError as fout:
        raise ValidationError(f"De overlegstructuren konden niet worden geladen: {fout}") from None
    return plan_introductie(
        door=door, persoon=agenda.persoon, beediging=beediging, wensen=planner.Wensen(begin=begin, eind=eind)
    )
