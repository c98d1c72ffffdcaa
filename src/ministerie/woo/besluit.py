"""The decision: reasons per ground, the decision letter and inventory, sign-off through the
routing of initials (a beslisnota in stukken, linked, not copied), and taking the decision."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from ministerie.core.models import Gebruiker
from ministerie.core.permissies import vereis
from ministerie.core.rubricering import Rubricering
from ministerie.meldingen.models import Soort as Meldingsoort
from ministerie.meldingen.services import meld
from ministerie.stukken import services as stukken
from ministerie.stukken.models import Beslispunt, Nota
from ministerie.stukken.opslag import sla_op
from ministerie.stukken.route import stel_route_voor

from . import documenten_pdf
from .gronden import GRONDEN
from .models import Beoordeling, Motivering, Verzoek
from .services import log, zet_status
from .termijn import publicatiedatum

S = Verzoek.Status

#: The decision memo's classification. The decision letter and inventory it carries are made
#: public (Woo art. 3.3 lid 2 i), and the memo itself is internal deliberation (art. 5.2): Intern,
#: not the author's clearance. A request holds no classification of its own (its documents keep
#: theirs and are not attached), so nothing in the request raises it; the author or a co-author
#: can still raise it on the memo (stukken allows up, never down).
NOTA_RUBRICERING = Rubricering.INTERN
#: The reason given with the memo's deadline (Nota.reden_beslisdatum).
REDEN_BESLISDATUM = "Beslistermijn Woo-verzoek (Woo art. 4.4)"


@transaction.atomic
def sla_motivering_op(verzoek: Verzoek, *, door: Gebruiker, grond: str, tekst: str) -> None:
    vereis(door, "woo.behandelen")
    if grond not in GRONDEN:
        raise ValidationError({"grond": "Onbekende grond."})
    if not tekst.strip():
        Motivering.objects.filter(verzoek=verzoek, grond=grond).delete()
        return
    Motivering.objects.update_or_create(verzoek=verzoek, grond=grond, defaults={"tekst": tekst.strip()})


@transaction.atomic
def sla_motiveringen_op(verzoek: Verzoek, *, door: Gebruiker, motiveringen: dict[str, str]) -> None:
    """The reasons per ground as typed on the page, in one go (an empty text removes one)."""
    for grond, tekst in motiveringen.items():
        sla_motivering_op(verzoek, door=door, grond=grond, tekst=tekst)


def gebruikte_gronden(verzoek: Verzoek) -> list[str]:
    codes: set[str] = set()
    for d in verzoek.documenten.all():
        codes.update(d.alle_gronden())
    return sorted(codes)


def ontbrekend_voor_besluit(verzoek: Verzoek) -> list[str]:
    """What must be done before the decision letter can be made."""
    problemen = [
        f"Document {d.nummer} is nog niet beoordeeld." for d in verzoek.documenten.filter(beoordeling="")
    ]
    if not verzoek.documenten.exists():
        problemen.append("Er zijn nog geen documenten verzameld.")
    gemotiveerd = set(verzoek.motiveringen.values_list("grond", flat=True))
    for code in gebruikte_gronden(verzoek):
        if GRONDEN[code].weging_vereist and code not in gemotiveerd:
            problemen.append(
                f"Grond {code} ({GRONDEN[code].omschrijving}) vraagt een belangenafweging of "
                "motivering in het besluit."
            )
    return problemen


def _bewaar_stukken(verzoek: Verzoek) -> bytes:
    pdf = documenten_pdf.besluit_pdf(verzoek)
    naam = f"besluit-{verzoek.zaaknummer}.pdf"
    if verzoek.besluit_pdf:
        verzoek.besluit_pdf.delete(save=False)
    verzoek.besluit_pdf.save(naam, ContentFile(pdf), save=False)
    for veld, inhoud, ext in (
        ("inventaris_pdf", documenten_pdf.inventaris_pdf(verzoek), "pdf"),
        ("inventaris_xlsx", documenten_pdf.inventaris_xlsx(verzoek), "xlsx"),
    ):
        bestand = getattr(verzoek, veld)
        if bestand:
            bestand.delete(save=False)
        bestand.save(f"inventarislijst-{verzoek.zaaknummer}.{ext}", ContentFile(inhoud), save=False)
    verzoek.save()
    return pdf


def vereis_op_te_stellen(verzoek: Verzoek) -> None:
    """The decision can be drawn up now (else ``ValidationError`` with what is missing)."""
    if verzoek.status != S.IN_BEHANDELING:
        raise ValidationError(
            "Het besluit kan alleen worden opgesteld als het verzoek in behandeling is en niet "
            f"is opgeschort (nu: {verzoek.get_status_display().lower()})."
        )
    problemen = ontbrekend_voor_besluit(verzoek)
    if problemen:
        raise ValidationError(problemen)


@transaction.atomic
def stel_besluit_op(verzoek: Verzoek, *, door: Gebruiker) -> Nota | None:
    """Generate the letter and inventory; for a request, send a beslisnota with the letter
    attached up the line (routing of initials) for sign-off."""
    verzoek = Verzoek.objects.select_for_update().get(pk=verzoek.pk)
    vereis(door, "woo.behandelen")
    vereis_op_te_stellen(verzoek)
    pdf = _bewaar_stukken(verzoek)
    if not verzoek.is_verzoek:
        log(verzoek, door, "woo_besluit_opgesteld", "Inventarislijst opgesteld")
        return None
    eenheid = door.eenheden.order_by("pk").first()
    if eenheid is None:
        raise ValidationError("U hoort bij geen eenheid; de beslisnota kan niet worden opgesteld.")
    nota = verzoek.besluit_nota
    if (
        nota is not None
        and nota.status in (Nota.Status.BESLOTEN, Nota.Status.AFGEDAAN)
        and not nota_akkoord(verzoek)
    ):
        nota = None  # the bewindspersoon did not agree: a revised decision goes up in a new memo
    if nota is not None and nota.status not in (Nota.Status.TERUGGESTUURD, Nota.Status.CONCEPT):
        raise ValidationError(
            f"Het besluit ligt al in de parafeerroute (nota {nota.kenmerk}, "
            f"{nota.get_status_display().lower()})."
        )
    naam = f"besluit-{verzoek.zaaknummer}.pdf"
    if nota is None:
        uiterst = verzoek.uiterste_datum()
        nota = stukken.maak_nota(
            door=door,
            soort=Nota.Soort.BESLISNOTA,
            onderwerp=f"Besluit op Woo-verzoek {verzoek.zaaknummer}: {verzoek.onderwerp}"[:300],
            aan="de minister van BZK",
            eenheid=eenheid,
            rubricering=NOTA_RUBRICERING,
            beslispunten=[f"Instemmen met het bijgevoegde besluit op Woo-verzoek {verzoek.zaaknummer}."],
            aanleiding=f"Woo-verzoek ontvangen op {verzoek.ontvangen_op:%d-%m-%Y}.",
            kernpunten=_kernpunten(verzoek),
            uiterste_beslisdatum=uiterst,
            reden_beslisdatum=REDEN_BESLISDATUM if uiterst else "",
        )
        opgeslagen = sla_op(
            pdf,
            naam,
            door=door,
            eenheid=eenheid,
            titel=f"Besluit {verzoek.zaaknummer}",
            rubricering=NOTA_RUBRICERING,  # the letter carries the requester's data, not secrets
        )
        if not opgeslagen.gelukt:
            raise ValidationError(opgeslagen.melding)
        stukken.voeg_bijlage_toe(nota, door=door, document=opgeslagen.document)
        verzoek.besluit_nota = nota
        verzoek.save(update_fields=["besluit_nota"])
    else:
        bijlage = nota.bijlagen.order_by("pk").first()
        sla_op(pdf, naam, door=door, eenheid=bijlage.eenheid if bijlage else eenheid, document=bijlage)
    route = stel_route_voor(door, eenheid)
    if not route or route[-1].soort != "beslissing":
        raise ValidationError("Er is geen parafeerroute te maken: er is geen bewindspersoon die beslist.")
    stukken.stel_route_in(nota, door=door, stappen=route)
    stukken.start_parafering(nota, door=door)
    log(
        verzoek,
        door,
        "woo_besluit_opgesteld",
        f"Besluit opgesteld en ter parafering aangeboden (nota {nota.kenmerk})",
    )
    return nota


def _kernpunten(verzoek: Verzoek) -> str:
    """What the decision comes to, in numbers per assessment (the due date is in the memo's
    date field, not here)."""
    telling = Counter(verzoek.documenten.values_list("beoordeling", flat=True))
    delen = [f"{aantal} {Beoordeling(b).label.lower()}" for b, aantal in sorted(telling.items()) if b]
    totaal = sum(telling.values())
    return f"Het besluit betreft {totaal} document{'en' if totaal != 1 else ''}: {', '.join(delen)}."


def nota_akkoord(verzoek: Verzoek) -> bool:
    nota = verzoek.besluit_nota
    if nota is None or nota.status not in (Nota.Status.BESLOTEN, Nota.Status.AFGEDAAN):
        return False
    besluiten = list(nota.beslispunten.values_list("besluit", flat=True))
    return bool(besluiten) and all(b == Beslispunt.Besluit.AKKOORD for b in besluiten)


def _tijdig(verzoek: Verzoek, besluit_datum: date) -> str:
    uiterst = verzoek.uiterste_datum()
    if uiterst is None:
        return ""
    if besluit_datum <= uiterst:
        return " (binnen de termijn)"
    return f" (te laat: uiterste datum {uiterst:%d-%m-%Y})"


def wacht_op_bekendmaking(verzoek: Verzoek) -> bool:
    """The bewindspersoon has signed the decision; the handler must still make it known."""
    return verzoek.is_verzoek and verzoek.status == S.BESLUIT_GENOMEN and verzoek.bekendgemaakt_op is None


@transaction.atomic
def bij_nota_besloten(
    sender: Any = None,
    *,
    nota_id: int,
    besluiten: Mapping[int, str],
    besloten_op: datetime,
    gebruiker: Gebruiker,
    **kwargs: Any,
) -> None:
    """The bewindspersoon decided a memo (``stukken.signalen.nota_besloten``, plain values): if it
    is a request's decision memo, the decision goes into the request's course of events now, in
    the transaction of the signature, without anyone clicking again (issue 14 §2).

    Akkoord on every point: the request is decided (status 'Besluit genomen', decision date the
    day of the signature); what is left for the handler is making it known, which Mijn werk and
    a notification tell them. Not akkoord: the course of events says so and the handler revises.
    A request that is no longer in handling (withdrawn meanwhile) only gets the line: the
    signature is never undone by what the request can no longer do."""
    verzoek = (
        Verzoek.objects.select_for_update()
        .filter(besluit_nota_id=nota_id, soort=Verzoek.Soort.VERZOEK)
        .first()
    )
    if verzoek is None:
        return
    nota = Nota.objects.get(pk=nota_id)
    datum = timezone.localdate(besloten_op)
    akkoord = bool(besluiten) and all(b == Beslispunt.Besluit.AKKOORD for b in besluiten.values())
    if not akkoord:
        uitkomst = "; ".join(
            f"punt {nummer}: {Beslispunt.Besluit(b).label.lower()}" for nummer, b in sorted(besluiten.items())
        )
        log(
            verzoek,
            gebruiker,
            "woo_besluit_niet_akkoord",
            f"De bewindspersoon is niet akkoord met het besluit (nota {nota.kenmerk}, {uitkomst}); "
            "het besluit wordt herzien",
            datum=datum,
            nota=nota.kenmerk,
        )
        _meld_behandelaar(verzoek, nota, "Beslisnota niet akkoord: herzie het besluit", "niet_akkoord")
        return
    if verzoek.status != S.IN_BEHANDELING:
        log(
            verzoek,
            gebruiker,
            "woo_besluit_getekend",
            f"Beslisnota {nota.kenmerk} akkoord bevonden door de bewindspersoon; het verzoek is "
            f"{verzoek.get_status_display().lower()}, er is geen besluit vastgelegd",
            datum=datum,
            nota=nota.kenmerk,
        )
        return
    zet_status(verzoek, S.BESLUIT_GENOMEN)
    verzoek.besluit_datum = datum
    verzoek.save(update_fields=["besluit_datum"])
    log(
        verzoek,
        gebruiker,
        "woo_besluit_genomen",
        f"Besluit genomen op {datum:%d-%m-%Y}{_tijdig(verzoek, datum)}: de bewindspersoon heeft de "
        f"beslisnota {nota.kenmerk} akkoord bevonden; het besluit moet nog aan de verzoeker "
        "worden bekendgemaakt",
        datum=datum,
        nota=nota.kenmerk,
    )
    _meld_behandelaar(verzoek, nota, "Besluit getekend: maak het bekend aan de verzoeker", "getekend")


def behandelaar(verzoek: Verzoek) -> Gebruiker | None:
    """Who must act on the request next: its handler, else who drew up the decision."""
    if verzoek.behandelaar_id is not None:
        return verzoek.behandelaar
    return verzoek.besluit_nota.auteur if verzoek.besluit_nota is not None else None


def _meld_behandelaar(verzoek: Verzoek, nota: Nota, wat: str, sleutel: str) -> None:
    """Mijn werk shows the next step from the request's state (``werk.py``); this adds the
    notification in the header and by e-mail (``ministerie.meldingen``), once per memo."""
    meld(
        behandelaar(verzoek),
        Meldingsoort.TE_DOEN,
        f"{wat} ({verzoek.zaaknummer})",
        reverse("woo:verzoek", args=[verzoek.pk]),
        sleutel=f"woo:{verzoek.pk}:nota:{nota.pk}:{sleutel}",
        rubricering=Rubricering.INTERN,
    )


def vereis_te_nemen(verzoek: Verzoek, *, bekendgemaakt_op: date, besluit_datum: date | None) -> date:
    """The decision can be recorded with these dates (else ``ValidationError``); returns the
    decision date (for a request signed by the bewindspersoon: the day of the signature)."""
    al_getekend = wacht_op_bekendmaking(verzoek)
    if verzoek.is_verzoek and not al_getekend and not nota_akkoord(verzoek):
        raise ValidationError(
            "Het besluit is nog niet afgetekend: de beslisnota moet door de bewindspersoon "
            "akkoord zijn bevonden."
        )
    if not verzoek.is_verzoek and not verzoek.inventaris_pdf:
        raise ValidationError("Stel eerst de inventarislijst op.")
    if al_getekend:
        assert verzoek.besluit_datum is not None
        if besluit_datum is not None and besluit_datum != verzoek.besluit_datum:
            raise ValidationError(
                f"Het besluit is genomen op {verzoek.besluit_datum:%d-%m-%Y}, de dag waarop de "
                "bewindspersoon de beslisnota tekende."
            )
        besluit_datum = verzoek.besluit_datum
    elif besluit_datum is None:
        raise ValidationError({"besluit_datum": "Vul de besluitdatum in."})
    if besluit_datum < verzoek.ontvangen_op:
        raise ValidationError("De besluitdatum ligt vóór de ontvangst van het verzoek.")
    if bekendgemaakt_op < besluit_datum:
        raise ValidationError("Het besluit kan niet bekend zijn gemaakt vóór de besluitdatum.")
    problemen = ontbrekend_voor_besluit(verzoek)
    if problemen:
        raise ValidationError(problemen)
    return besluit_datum


@transaction.atomic
def neem_besluit(
    verzoek: Verzoek,
    *,
    door: Gebruiker,
    bekendgemaakt_op: date,
    bezwaar_verwacht: bool,
    besluit_datum: date | None = None,
) -> None:
    """Record the announcement of the decision (and, for an active disclosure, the decision
    itself); the publication date follows from it (Woo art. 4.4 lid 5: 2 weeks after the
    announcement when an objection is expected).

    For a request the decision date is the day the bewindspersoon signed the decision memo,
    recorded by ``bij_nota_besloten``; a request decided before that was automatic (the memo
    akkoord, the request still in handling) takes ``besluit_datum`` as before."""
    verzoek = Verzoek.objects.select_for_update().get(pk=verzoek.pk)
    vereis(door, "woo.behandelen")
    al_getekend = wacht_op_bekendmaking(verzoek)
    besluit_datum = vereis_te_nemen(verzoek, bekendgemaakt_op=bekendgemaakt_op, besluit_datum=besluit_datum)
    if not al_getekend:
        zet_status(verzoek, S.BESLUIT_GENOMEN)
    verzoek.besluit_datum = besluit_datum
    verzoek.bekendgemaakt_op = bekendgemaakt_op
    verzoek.bezwaar_verwacht = bezwaar_verwacht
    verzoek.publicatie_op = publicatiedatum(bekendgemaakt_op) if bezwaar_verwacht else bekendgemaakt_op
    verzoek.save()
    if verzoek.is_verzoek:
        _bewaar_stukken(verzoek)  # the letter now carries its date
    wanneer = (
        f"openbaarmaking op {verzoek.publicatie_op:%d-%m-%Y}, twee weken na bekendmaking omdat "
        "bezwaar van een derde wordt verwacht (Woo art. 4.4 lid 5)"
        if bezwaar_verwacht
        else "openbaarmaking met het besluit"
    )
    if al_getekend:
        log(
            verzoek,
            door,
            "woo_besluit_bekendgemaakt",
            f"Besluit bekendgemaakt aan de verzoeker op {bekendgemaakt_op:%d-%m-%Y}; {wanneer}",
            datum=bekendgemaakt_op,
        )
        return
    log(
        verzoek,
        door,
        "woo_besluit_genomen",
        f"Besluit genomen op {besluit_datum:%d-%m-%Y}{_tijdig(verzoek, besluit_datum)}, bekendgemaakt op "
        f"{bekendgemaakt_op:%d-%m-%Y}; {wanneer}",
        datum=besluit_datum,
    )
