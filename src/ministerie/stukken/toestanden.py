"""The lifecycle of a memo as an explicit table of allowed transitions."""

from __future__ import annotations

from ministerie.core.levenscyclus import Levenscyclus, OngeldigeOvergang

from .models import Nota

S = Nota.Status

NOTA = Levenscyclus(
    "een nota",
    S,
    {
        S.CONCEPT: {S.IN_PARAFERING},
        S.IN_PARAFERING: {S.TERUGGESTUURD, S.TER_BESLISSING},
        S.TERUGGESTUURD: {S.IN_PARAFERING},
        S.TER_BESLISSING: {S.TERUGGESTUURD, S.BESLOTEN},
        S.BESLOTEN: {S.AFGEDAAN},
        S.AFGEDAAN: set(),
    },
)

__all__ = ["NOTA", "OngeldigeOvergang"]
