"""The lifecycle of an objection as an explicit table of allowed transitions."""

from __future__ import annotations

from ministerie.core.levenscyclus import Levenscyclus

from .models import Bezwaar

S = Bezwaar.Status

OVERGANGEN: dict[str, set[str]] = {
    S.ONTVANGEN: {S.IN_BEHANDELING, S.INGETROKKEN},
    S.IN_BEHANDELING: {S.BESLIST, S.INGETROKKEN},
    S.BESLIST: set(),
    S.INGETROKKEN: set(),
}

BEZWAAR = Levenscyclus("een bezwaarschrift", S, OVERGANGEN)

#: An objection that still runs (Mijn werk, the overview's "open" filter).
OPEN = [S.ONTVANGEN, S.IN_BEHANDELING]


def controleer_overgang(bezwaar: Bezwaar, naar: str) -> None:
    BEZWAAR.controleer(bezwaar.status, naar)
