"""The list filters that the pages and the API share, in one place."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from .models import Kamervragen, Toezegging

OPENSTAAND = "open"
"""The pages' default choice for commitments: open or partly met (still owed)."""


def filter_kamervragen(
    qs: QuerySet[Kamervragen], *, status: str = "", bewindspersoon: str = "", directie: str = ""
) -> QuerySet[Kamervragen]:
    """By status, by portfolio (code) and by directie (code), as first or co-directie."""
    if status:
        qs = qs.filter(status=status)
    if bewindspersoon:
        qs = qs.filter(bewindspersoon__code=bewindspersoon)
    if directie:
        qs = qs.filter(Q(trekker__code=directie) | Q(medetrekkers__code=directie)).distinct()
    return qs


def filter_toezeggingen(
    qs: QuerySet[Toezegging], status: str, *, open_met_deels: bool = False
) -> QuerySet[Toezegging]:
    """By status. With ``open_met_deels`` (the pages) "open" means still owed: open or partly
    met, and an unknown status shows all; in the API a status is taken as given."""
    if open_met_deels:
        if status == OPENSTAAND:
            return qs.filter(status__in=[Toezegging.Status.OPEN, Toezegging.Status.DEELS_VOLDAAN])
        return qs.filter(status=status) if status in Toezegging.Status.values else qs
    return qs.filter(status=status) if status else qs
