"""Search over units and people, insensitive to case and diacritics ("Rene" finds "René")."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet

from .models import Eenheid, Persoon
from .zoektekst import zoektermen

MAX_RESULTATEN = 50


@dataclass(frozen=True)
class Zoekresultaat:
    eenheden: list[Eenheid]
    personen: list[Persoon]

    @property
    def leeg(self) -> bool:
        return not (self.eenheden or self.personen)


def _filter(qs: QuerySet, termen: list[str]) -> QuerySet:
    for term in termen:
        qs = qs.filter(zoektekst__contains=term)
    return qs


def zoek(vraag: str) -> Zoekresultaat:
    termen = zoektermen(vraag)
    if not termen:
        return Zoekresultaat([], [])
    eenheden = _filter(Eenheid.objects.select_related("bovenliggende"), termen)
    personen = _filter(Persoon.objects.prefetch_related("posities__eenheid"), termen)
    return Zoekresultaat(list(eenheden[:MAX_RESULTATEN]), list(personen[:MAX_RESULTATEN]))
