"""Clearance levels by their names as in the classification list (core/rubricering.py)."""

from __future__ import annotations

from django.core.exceptions import ValidationError

from ministerie.core.rubricering import Rubricering

#: A raise to this level or higher waits for a second functioneel beheerder (four eyes).
VIER_OGEN_VANAF = Rubricering.STG_CONFIDENTIEEL


def geldige_namen() -> str:
    return ", ".join(f"'{label}'" for label in Rubricering.labels)


def niveau_uit_naam(tekst: str) -> int:
    """The level named by ``tekst`` (any letter case, surrounding spaces ignored); a
    ``ValidationError`` listing the valid names for anything else."""
    gezocht = " ".join(str(tekst).split()).casefold()
    for waarde, label in Rubricering.choices:
        if str(label).casefold() == gezocht:
            return int(waarde)
    raise ValidationError(
        f"Onbekend rubriceringsniveau '{str(tekst)[:60]}'. Geldig zijn: {geldige_namen()}.",
        code="onbekend_niveau",
    )


def naam(niveau: int) -> str:
    return str(Rubricering(niveau).label)


def vraagt_vier_ogen(van: int, naar: int) -> bool:
    """A raise to Stg. Confidentieel or higher needs a second approval; lowering never does."""
    return naar > van and naar >= VIER_OGEN_VANAF
