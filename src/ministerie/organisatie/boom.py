"""The organisation as one tree in memory, built with three queries."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .models import Eenheid, Positie


@dataclass
class Knoop:
    eenheid: Eenheid
    posities: list[Positie] = field(default_factory=list)
    onderdelen: list[Knoop] = field(default_factory=list)

    @property
    def leiding(self) -> list[str]:
        return [p.persoon.naam for p in self.posities]

    def doorloop(self, diepte: int = 0) -> Iterator[tuple[int, Knoop]]:
        yield diepte, self
        for kind in self.onderdelen:
            yield from kind.doorloop(diepte + 1)

    @property
    def aantal(self) -> int:
        return sum(1 for _ in self.doorloop())


def bouw_boom() -> list[Knoop]:
    """All roots (normally one: the ministry), each with its whole subtree."""
    knopen = {e.pk: Knoop(e) for e in Eenheid.objects.order_by("volgorde", "naam")}
    posities = Positie.objects.select_related("persoon").order_by("volgorde", "pk")
    for positie in posities:
        if positie.eenheid_id in knopen:
            knopen[positie.eenheid_id].posities.append(positie)
    kinderen: dict[int | None, list[Knoop]] = defaultdict(list)
    for knoop in knopen.values():
        kinderen[knoop.eenheid.bovenliggende_id].append(knoop)
    for knoop in knopen.values():
        knoop.onderdelen = kinderen.get(knoop.eenheid.pk, [])
    return kinderen.get(None, [])


def als_dict(knoop: Knoop) -> dict[str, Any]:
    e = knoop.eenheid
    return {
        "code": e.code,
        "naam": e.naam,
        "afkorting": e.afkorting or None,
        "soort": e.soort,
        "leiding": knoop.leiding,
        "posities": [
            {"persoon": p.persoon.naam, "soort": p.soort, "functie": p.functie} for p in knoop.posities
        ],
        "onderdelen": [als_dict(k) for k in knoop.onderdelen],
    }


def als_tekst(wortels: list[Knoop]) -> str:
    regels = []
    for wortel in wortels:
        for diepte, knoop in wortel.doorloop():
            e = knoop.eenheid
            naam = f"{e.naam} ({e.afkorting})" if e.afkorting else e.naam
            leiding = f" — {', '.join(knoop.leiding)}" if knoop.leiding else ""
            regels.append(f"{'  ' * diepte}{naam}{leiding}")
    return "\n".join(regels)
