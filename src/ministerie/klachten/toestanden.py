"""The lifecycle of a complaint as an explicit table of allowed transitions."""

from __future__ import annotations

from ministerie.core.levenscyclus import Levenscyclus

from .models import Klacht

S = Klacht.Status

OVERGANGEN: dict[str, set[str]] = {
    S.ONTVANGEN: {S.IN_BEHANDELING, S.NIET_BEHANDELD},
    S.IN_BEHANDELING: {S.NIET_BEHANDELD, S.AFGEHANDELD},
    S.NIET_BEHANDELD: set(),
    S.AFGEHANDELD: set(),
}

KLACHT = Levenscyclus("een klacht", S, OVERGANGEN)

#: A complaint that still runs (Mijn werk, the overview's "open" filter).
OPEN = [S.ONTVANGEN, S.IN_BEHANDELING]


def controleer_overgang(klacht: Klacht, naar: str) -> None:
    KLACHT.controleer(klacht.status, naar)
