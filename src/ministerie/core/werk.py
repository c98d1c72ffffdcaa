""" "Mijn werk": one list of everything a user has to do, soonest due date first.

Each part of the system registers a source: a function that returns the work items of a user
(memos waiting for their initial, Woo requests they handle, questions they answer, ...).
The core knows no domain; it only gathers, sorts and shows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.utils import timezone


@dataclass(frozen=True)
class Werkitem:
    soort: str
    titel: str
    url: str
    uiterste_datum: date | None = None
    toelichting: str = ""

    @property
    def dagen_over(self) -> int | None:
        if self.uiterste_datum is None:
            return None
        return (self.uiterste_datum - timezone.localdate()).days

    @property
    def te_laat(self) -> bool:
        return self.dagen_over is not None and self.dagen_over < 0


Werkbron = Callable[[Any], Iterable[Werkitem]]
_bronnen: list[Werkbron] = []


def registreer_bron(bron: Werkbron) -> Werkbron:
    """Decorator for a function ``(gebruiker) -> Iterable[Werkitem]``."""
    if bron not in _bronnen:
        _bronnen.append(bron)
    return bron


def verwijder_bron(bron: Werkbron) -> None:
    if bron in _bronnen:
        _bronnen.remove(bron)


def werk_voor(gebruiker: Any) -> list[Werkitem]:
    items = [item for bron in _bronnen for item in bron(gebruiker)]
    return sorted(items, key=lambda i: (i.uiterste_datum is None, i.uiterste_datum or date.max))
