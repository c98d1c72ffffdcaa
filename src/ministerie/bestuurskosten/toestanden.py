"""The lifecycle of a month as an explicit table of allowed transitions."""

from __future__ import annotations

from ministerie.core.levenscyclus import Levenscyclus, OngeldigeOvergang

from .models import Periode

S = Periode.Status

OVERGANGEN: dict[str, set[str]] = {
    S.OPEN: {S.GEPUBLICEERD},
    S.GEPUBLICEERD: {S.INGETROKKEN},
    S.INGETROKKEN: {S.OPEN},  # reopened to correct, then published again
}

PERIODE = Levenscyclus("een maand", S, OVERGANGEN)


def controleer_overgang(periode: Periode, naar: str) -> None:
    PERIODE.controleer(periode.status, naar)


__all__ = ["OVERGANGEN", "PERIODE", "OngeldigeOvergang", "controleer_overgang"]
