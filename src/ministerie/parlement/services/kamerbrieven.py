"""Kamerbrieven: a signed memo of kind Kamerbrief gets its Kamerstuk number; sending it meets
commitments, carries out motions, answers questions and hands decision memos to openness."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from ministerie.core import audit
from ministerie.core.models import Gebruiker
from ministerie.core.permissies import vereis
from ministerie.stukken.models import Nota

from ..models import Kamerbrief, Kamervragen, Motie, Toezegging
from ..signalen import kamerbrief_verzonden
from ..toestanden import TOEZEGGING
from ..zichtbaarheid import koppelbare_notas
from .gedeeld import BRIEFSOORTEN, GETEKEND, iso
from .kamervragen import markeer_verzonden

logger = logging.getLogger(__name__)


@transaction.atomic
def registreer_kamerbrief(
    *,
    door: Gebruiker,
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
    if nota.soort not in BRIEFSOORTEN:
        raise ValidationError({"nota": f"Nota {nota.kenmerk} is geen Kamerbrief."})
    if Kamerbrief.objects.filter(nota=nota).exists():
        raise ValidationError({"nota": f"Nota {nota.kenmerk} is al als Kamerbrief geregistreerd."})
    if any(b.soort in BRIEFSOORTEN or b.pk == nota.pk for b in beslis):
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
    door: Gebruiker,
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
        TOEZEGGING.controleer(tz.status, naar)
        tz.status, tz.voldaan_met = naar, kb
        tz.toelichting = (tz.toelichting + "\n" if tz.toelichting else "") + f"Kamerbrief {kb.kamerstuk}"
        tz.save(update_fields=["status", "voldaan_met", "toelichting"])
    for motie in kb.moties.select_for_update():
        if motie.uitslag != Motie.Uitslag.AANGENOMEN:
            raise ValidationError(f"Motie {motie.nummer} is niet aangenomen.")
        motie.uitgevoerd_op, motie.uitgevoerd_met = verzonden_op, kb
        motie.save(update_fields=["uitgevoerd_op", "uitgevoerd_met"])
    for kv in kb.kamervragen.select_for_update():
        markeer_verzonden(kv, verzonden_op)
    openbaar = list(kb.beslisnotas.filter(openbaar_bij_kamerstuk=True).values_list("pk", flat=True))
    audit.registreer(
        "kamerbrief_verzonden",
        door=door,
        subject=kb,
        gegevens={"kamerstuk": kb.kamerstuk, "verzonden_op": iso(verzonden_op), "openbaar": openbaar},
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
