"""The lifecycles of the agenda part as tables of allowed transitions."""

from __future__ import annotations

from ministerie.core.levenscyclus import Levenscyclus, OngeldigeOvergang

from .models import Annotatieverzoek, Besluit, Taak, Vergadering

V = Vergadering.Status
A = Annotatieverzoek.Status
B = Besluit.Status
T = Taak.Status

VERGADERING = Levenscyclus(
    "een vergadering",
    V,
    {
        V.IN_VOORBEREIDING: {V.GEANNOTEERD, V.GEHOUDEN},
        V.GEANNOTEERD: {V.IN_VOORBEREIDING, V.GEHOUDEN},
        V.GEHOUDEN: set(),
    },
)

ANNOTATIEVERZOEK = Levenscyclus("een annotatieverzoek", A, {A.GEVRAAGD: {A.GELEVERD}, A.GELEVERD: set()})

BESLUIT = Levenscyclus("een besluit", B, {B.OPEN: {B.AFGEROND}, B.AFGEROND: {B.OPEN}})

TAAK = Levenscyclus("een taak", T, {T.OPEN: {T.GEREED}, T.GEREED: {T.OPEN}})

__all__ = ["ANNOTATIEVERZOEK", "BESLUIT", "TAAK", "VERGADERING", "OngeldigeOvergang"]
