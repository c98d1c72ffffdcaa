"""Debates: preparation (agenda, members, themes with a proposed answer per directie), the live
questions marked on the bewindspersoon's tablet, follow-ups in writing, and the commitments
made in the debate registered in one step."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F

from ministerie.core import audit
from ministerie.core.models import Gebruiker
from ministerie.core.permissies import vereis
from ministerie.organisatie.models import Eenheid

from ..models import Agendapunt, Debat, Debatvraag, Deelnemer, Thema, Toezegging
from ..toestanden import DEBAT, DEBATVRAAG
from .gedeeld import controleer_bewindspersoon, iso, kamerleden, vereis_voorbereiden
from .kamervragen import termijn_kamervragen
from .toezeggingen import maak_toezegging


@transaction.atomic
def maak_debat(
    *,
    door: Gebruiker,
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
        bewindspersoon=controleer_bewindspersoon(bewindspersoon),
        trekker=trekker,
    )
    debat.full_clean()
    debat.save()
    for volgorde, punt in enumerate([a.strip() for a in agenda if a.strip()], start=1):
        Agendapunt.objects.create(debat=debat, volgorde=volgorde, titel=punt)
    for lid in kamerleden(deelnemers):
        Deelnemer.objects.create(debat=debat, **lid)
    for thema_titel, directie in themas:
        if thema_titel.strip():
            Thema.objects.create(debat=debat, titel=thema_titel.strip(), directie=directie)
    audit.registreer("debat_aangemaakt", door=door, subject=debat, gegevens={"datum": iso(datum)})
    return debat


def _verhoog_versie(debat: Debat) -> None:
    Debat.objects.filter(pk=debat.pk).update(versie=F("versie") + 1)


@transaction.atomic
def voeg_deelnemer_toe(debat: Debat, *, door: Gebruiker, naam: str, fractie: str = "") -> Deelnemer:
    vereis(door, "parlement.registreren")
    if not naam.strip():
        raise ValidationError({"naam": "Geef de naam van het Kamerlid."})
    deelnemer = Deelnemer.objects.create(debat=debat, naam=naam.strip(), fractie=fractie.strip())
    _verhoog_versie(debat)
    audit.registreer("debat_deelnemer_toegevoegd", door=door, subject=debat, gegevens={"naam": naam.strip()})
    return deelnemer


@transaction.atomic
def bereid_thema_voor(thema: Thema, *, door: Gebruiker, voorgesteld_antwoord: str) -> None:
    thema = Thema.objects.select_for_update().get(pk=thema.pk)
    vereis_voorbereiden(door, thema.directie)
    thema.voorgesteld_antwoord = voorgesteld_antwoord.strip()
    thema.save(update_fields=["voorgesteld_antwoord"])
    _verhoog_versie(thema.debat)
    audit.registreer(
        "debat_thema_voorbereid", door=door, subject=thema.debat, gegevens={"thema": thema.titel}
    )


def _zet_debatstatus(debat: Debat, naar: str) -> None:
    DEBAT.controleer(debat.status, naar)
    debat.status = naar
    debat.save(update_fields=["status"])
    _verhoog_versie(debat)


@transaction.atomic
def start_debat(debat: Debat, *, door: Gebruiker) -> None:
    vereis(door, "parlement.registreren")
    debat = Debat.objects.select_for_update().get(pk=debat.pk)
    _zet_debatstatus(debat, Debat.Status.LIVE)
    audit.registreer("debat_gestart", door=door, subject=debat)


@transaction.atomic
def sluit_debat(debat: Debat, *, door: Gebruiker) -> None:
    vereis(door, "parlement.registreren")
    debat = Debat.objects.select_for_update().get(pk=debat.pk)
    _zet_debatstatus(debat, Debat.Status.AFGELOPEN)
    audit.registreer("debat_afgelopen", door=door, subject=debat)


@transaction.atomic
def zet_debatstatus(debat: Debat, *, door: Gebruiker, naar: str) -> Debat:
    """The debate begins (live) or is over (afgelopen)."""
    if naar == Debat.Status.AFGELOPEN:
        sluit_debat(debat, door=door)
    elif naar == Debat.Status.LIVE:
        start_debat(debat, door=door)
    else:
        raise ValidationError({"naar": "Een debat begint of wordt afgesloten."})
    return Debat.objects.get(pk=debat.pk)


@transaction.atomic
def voeg_debatvraag_toe(
    debat: Debat,
    *,
    door: Gebruiker,
    tekst: str,
    deelnemer: Deelnemer | None = None,
    thema: Thema | None = None,
    nieuw_lid: dict[str, str] | None = None,
) -> Debatvraag:
    """Parlementaire Zaken enters a member's question as it is asked; a member who is not on
    the list yet (``nieuw_lid``: naam and fractie) is added to the debate first."""
    vereis(door, "parlement.registreren")
    if nieuw_lid is not None:
        deelnemer = voeg_deelnemer_toe(debat, door=door, **nieuw_lid)
    if deelnemer is None:
        raise ValidationError("Kies het Kamerlid dat de vraag stelt.")
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
def registreer_toezeggingen_uit_debat(
    debat: Debat, *, door: Gebruiker, regels: Sequence[dict[str, Any]]
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
                maak_toezegging(
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
def markeer_debatvraag(vraag: Debatvraag, *, door: Gebruiker, status: str) -> Debatvraag:
    """Answered, or to be answered in writing: that becomes work for the directie with the
    same term as written questions (three weeks from the debate, deadline engine)."""
    vereis(door, "debat.live")
    vraag = Debatvraag.objects.select_for_update().get(pk=vraag.pk)
    if status not in Debatvraag.Status.values:
        raise ValidationError({"status": f"Onbekende status '{status}'."})
    DEBATVRAAG.controleer(vraag.status, status)
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
def registreer_nagestuurd(vraag: Debatvraag, *, door: Gebruiker, op: date) -> None:
    vraag = Debatvraag.objects.select_for_update().get(pk=vraag.pk)
    vereis_voorbereiden(door, vraag.trekker)
    if vraag.status != Debatvraag.Status.SCHRIFTELIJK:
        raise ValidationError("Alleen schriftelijk na te sturen vragen worden nagestuurd.")
    vraag.nagestuurd_op = op
    vraag.save(update_fields=["nagestuurd_op"])
    audit.registreer("debatvraag_nagestuurd", door=door, subject=vraag.debat, gegevens={"vraag": vraag.pk})
