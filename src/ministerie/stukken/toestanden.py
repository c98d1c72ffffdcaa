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

#: Kinds of memo that another process can ask for as its product (an annotation for a cabinet
#: agenda item is a vergaderstuk): such a memo may be handed over there instead of going its route.
ALS_PRODUCT = frozenset({Nota.Soort.VERGADERSTUK})

#: The one step of a memo handed over as a product (``services.lever_als_product``): from Concept
#: straight to Afgedaan. Kept apart from ``NOTA`` so that no other memo, and no other action
#: (``doe_af`` settles only a decided memo), can skip the route.
ALS_PRODUCT_GELEVERD = Levenscyclus("een nota", S, {S.CONCEPT: {S.AFGEDAAN}})

__all__ = ["ALS_PRODUCT", "ALS_PRODUCT_GELEVERD", "NOTA", "OngeldigeOvergang"]
