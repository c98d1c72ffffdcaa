"""Moties: registration, the vote, and how an adopted motion is carried out."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from ministerie.core import audit
from ministerie.core.models import Gebruiker
from ministerie.core.permissies import vereis
from ministerie.organisatie.models import Eenheid

from ..models import Debat, Motie
from ..toestanden import MOTIE
from .gedeeld import controleer_bewindspersoon, iso, kamerleden, vereis_voorbereiden


@transaction.atomic
def registreer_motie(
    *,
    door: Gebruiker,
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
        indieners=kamerleden(indieners),
        dictum=dictum.strip(),
        ingediend_op=ingediend_op,
        bewindspersoon=controleer_bewindspersoon(bewindspersoon),
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


def _zet_uitslag(motie: Motie, door: Gebruiker, uitslag: str, gestemd_op: date) -> None:
    if uitslag not in Motie.Uitslag.values or not uitslag:
        raise ValidationError({"uitslag": f"Onbekende uitslag '{uitslag}'."})
    MOTIE.controleer(motie.uitslag, uitslag)
    motie.uitslag, motie.gestemd_op = uitslag, gestemd_op
    motie.save(update_fields=["uitslag", "gestemd_op"])
    audit.registreer("motie_uitslag", door=door, subject=motie, gegevens={"uitslag": uitslag})


@transaction.atomic
def leg_uitslag_vast(motie: Motie, *, door: Gebruiker, uitslag: str, gestemd_op: date) -> None:
    vereis(door, "parlement.registreren")
    motie = Motie.objects.select_for_update().get(pk=motie.pk)
    _zet_uitslag(motie, door, uitslag, gestemd_op)


@transaction.atomic
def leg_uitvoering_vast(
    motie: Motie,
    *,
    door: Gebruiker,
    uitvoering: str,
    uitvoeren_voor: date | None = None,
    uitgevoerd_op: date | None = None,
) -> None:
    motie = Motie.objects.select_for_update().get(pk=motie.pk)
    vereis_voorbereiden(door, motie.verantwoordelijke)
    if motie.uitslag != Motie.Uitslag.AANGENOMEN:
        raise ValidationError("Alleen een aangenomen motie wordt uitgevoerd.")
    if not uitvoering.strip():
        raise ValidationError({"uitvoering": "Beschrijf hoe de motie wordt uitgevoerd."})
    motie.uitvoering = uitvoering.strip()
    motie.uitvoeren_voor = uitvoeren_voor or motie.uitvoeren_voor
    motie.uitgevoerd_op = uitgevoerd_op or motie.uitgevoerd_op
    motie.save(update_fields=["uitvoering", "uitvoeren_voor", "uitgevoerd_op"])
    audit.registreer(
        "motie_uitvoering", door=door, subject=motie, gegevens={"uitgevoerd_op": iso(motie.uitgevoerd_op)}
    )
