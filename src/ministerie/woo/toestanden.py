"""The lifecycle of a Woo request as an explicit table of allowed transitions."""

from __future__ import annotations

from ministerie.core.levenscyclus import Levenscyclus, OngeldigeOvergang

from .models import Verzoek

S = Verzoek.Status

OVERGANGEN: dict[str, set[str]] = {
    S.ONTVANGEN: {S.VERDUIDELIJKING, S.IN_BEHANDELING, S.NIET_IN_BEHANDELING, S.INGETROKKEN},
    S.VERDUIDELIJKING: {S.IN_BEHANDELING, S.NIET_IN_BEHANDELING, S.INGETROKKEN},
    S.IN_BEHANDELING: {S.OPGESCHORT, S.BESLUIT_GENOMEN, S.INGETROKKEN},
    S.OPGESCHORT: {S.IN_BEHANDELING, S.INGETROKKEN},
    S.BESLUIT_GENOMEN: {S.WACHT, S.GEPUBLICEERD, S.AFGEROND},
    S.WACHT: {S.GEPUBLICEERD},
    S.GEPUBLICEERD: {S.AFGEROND},
    S.AFGEROND: set(),
    S.INGETROKKEN: set(),
    S.NIET_IN_BEHANDELING: set(),
}

VERZOEK = Levenscyclus("een verzoek", S, OVERGANGEN)

#: The statuses of a request that is still running (the overview's "open" filter, Mijn werk).
OPEN = [S.ONTVANGEN, S.VERDUIDELIJKING, S.IN_BEHANDELING, S.OPGESCHORT]


def controleer_overgang(verzoek: Verzoek, naar: str) -> None:
    """Raise ``OngeldigeOvergang`` when the table does not allow the request to go to ``naar``."""
    VERZOEK.controleer(verzoek.status, naar)


__all__ = ["OPEN", "OVERGANGEN", "VERZOEK", "OngeldigeOvergang", "controleer_overgang"]
