"""Which articles a user sees: all of them for the leadership and FEZ, else those of the user's
own units (directors and DGs). Budgets, moments and findings are seen by everyone with the read
right. One place for pages, API and exports; an unknown or hidden item is a 404."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404

from ministerie.core.permissies import heeft_recht

from .models import Artikel, Begroting, Bevinding, Stand

ALLE = "begroting.alle_artikelen_bekijken"


def zichtbare_artikelen(gebruiker: Any, artikelen: QuerySet[Artikel]) -> QuerySet[Artikel]:
    if heeft_recht(gebruiker, ALLE):
        return artikelen
    if not getattr(gebruiker, "is_authenticated", False):
        return artikelen.none()
    return artikelen.filter(eenheid_id__in=gebruiker.eenheden_in_scope())


def ziet_alles(gebruiker: Any) -> bool:
    return heeft_recht(gebruiker, ALLE)


def begroting_voor(gebruiker: Any, code: str, jaar: int) -> Begroting:
    return get_object_or_404(Begroting.objects.select_related("hoofdstuk"), hoofdstuk__code=code, jaar=jaar)


def stand_voor(gebruiker: Any, code: str, jaar: int, volgnummer: int) -> Stand:
    return get_object_or_404(
        Stand.objects.select_related("begroting__hoofdstuk"),
        begroting__hoofdstuk__code=code,
        begroting__jaar=jaar,
        volgnummer=volgnummer,
    )


def artikel_voor(gebruiker: Any, code: str, jaar: int, nummer: int) -> Artikel:
    begroting = begroting_voor(gebruiker, code, jaar)
    artikel = (
        zichtbare_artikelen(gebruiker, begroting.hoofdstuk.artikelen.select_related("hoofdstuk"))
        .filter(nummer=nummer)
        .first()
    )
    if artikel is None:
        raise Http404("Dit artikel bestaat niet of is niet zichtbaar voor u.")
    return artikel


def bevinding_voor(gebruiker: Any, pk: int) -> Bevinding:
    return get_object_or_404(Bevinding.objects.select_related("hoofdstuk"), pk=pk)
