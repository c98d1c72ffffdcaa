"""What the services of the parliament entities share: who may prepare an answer, the checks on
a bewindspersoon and on Kamerleden, and the memo states that count as signed."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError

from ministerie.core.models import Gebruiker
from ministerie.core.permissies import heeft_recht, vereis
from ministerie.organisatie.models import Eenheid
from ministerie.stukken.models import Nota

from ..betrokkenheid import is_betrokken

GETEKEND = (Nota.Status.BESLOTEN, Nota.Status.AFGEDAAN)

#: Memos that are letters to the Kamer: a Kamerbrief, and a signed answer to Kamervragen.
BRIEFSOORTEN = (Nota.Soort.KAMERBRIEF, Nota.Soort.ANTWOORD_KAMERVRAGEN)


def iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def vereis_voorbereiden(door: Gebruiker, *eenheden: Eenheid | None) -> None:
    """Parlementaire Zaken always; others for their own directie."""
    if heeft_recht(door, "parlement.registreren"):
        return
    vereis(door, "parlement.voorbereiden")
    if not is_betrokken(door, *eenheden):
        raise PermissionDenied("Dit is toegewezen aan een andere directie dan de uwe.")


def controleer_bewindspersoon(eenheid: Eenheid) -> Eenheid:
    if eenheid.soort != Eenheid.Soort.BEWINDSPERSOON:
        raise ValidationError({"bewindspersoon": f"{eenheid} is geen portefeuille van een bewindspersoon."})
    return eenheid


def kamerleden(lijst: Iterable[Any]) -> list[dict[str, str]]:
    """Kamerleden as ``{"naam", "fractie"}``, from dicts or (naam, fractie) pairs; no empty names."""
    uit = []
    for lid in lijst:
        if isinstance(lid, dict):
            naam, fractie = str(lid.get("naam", "")).strip(), str(lid.get("fractie", "")).strip()
        else:
            naam, fractie = str(lid[0]).strip(), str(lid[1]).strip()
        if naam:
            uit.append({"naam": naam, "fractie": fractie})
    return uit
