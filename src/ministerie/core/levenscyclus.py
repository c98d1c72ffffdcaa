"""One small lifecycle class for every process: a table of allowed transitions, the labels of
the states, and one error for a transition the table does not allow (fail closed: an unknown
state allows nothing). Each part keeps its own table in its ``toestanden.py``."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from django.core.exceptions import ValidationError
from django.db.models import Choices


class OngeldigeOvergang(ValidationError):
    """A transition that the table of a lifecycle does not allow."""


class Levenscyclus:
    def __init__(self, naam: str, keuzes: type[Choices], overgangen: Mapping[str, Iterable[str]]) -> None:
        """``naam`` is what the item is called in a sentence ("een nota"), ``keuzes`` the
        model's status choices, ``overgangen`` the table: state -> the states it may go to."""
        onbekend = {v for v, naar in overgangen.items() for w in (v, *naar) if w not in keuzes.values}
        if onbekend:
            raise ValueError(f"Onbekende toestanden in de levenscyclus van {naam}: {sorted(onbekend)}")
        self.naam = naam
        self.keuzes = keuzes
        self.overgangen: dict[str, frozenset[str]] = {v: frozenset(naar) for v, naar in overgangen.items()}

    def label(self, toestand: str) -> str:
        return str(dict(self.keuzes.choices).get(toestand, toestand))

    def volgende(self, van: str) -> frozenset[str]:
        return self.overgangen.get(van, frozenset())

    def mag(self, van: str, naar: str) -> bool:
        return naar in self.volgende(van)

    def controleer(self, van: str, naar: str) -> None:
        """Raise ``OngeldigeOvergang`` with a Dutch sentence when ``van`` -> ``naar`` is not allowed."""
        if not self.mag(van, naar):
            raise OngeldigeOvergang(
                f"{self.naam[0].upper()}{self.naam[1:]} met status '{self.label(van)}' kan niet naar "
                f"'{self.label(naar)}'."
            )
