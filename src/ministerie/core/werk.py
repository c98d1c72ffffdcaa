""" "Mijn werk": one list of everything a user has to do — what they must act on first, then what
they only follow ("ter informatie"), each soonest due date first.

Each part of the system registers a source: a function that returns the work items of a user
(memos waiting for their initial, Woo requests they handle, questions they answer, ...). The
source decides which items a user gets. Whether the user can act on an item is decided by the
source (``kan_handelen``) and by the permission matrix (``actie``: the action the item asks
for; without that right the item is shown "ter informatie"). The core knows no domain; it only
gathers, sorts, filters and counts.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.utils import timezone

from .permissies import heeft_recht


@dataclass(frozen=True)
class Werkitem:
    """One thing on a user's list.

    Optional fields a source may set (all have a default, so older sources keep working):

    - ``kan_handelen``: ``False`` when the user only follows the item (shown "ter informatie").
    - ``actie``: the action in the permission matrix the item asks for; a user without that right
      gets the item "ter informatie" (checked with ``heeft_recht``).
    - ``sleutel``: a stable name of the item within its source (``"nota:12"``); used for the
      overdue notification. Without it a hash of kind, url and title serves.
    - ``rubricering``: the classification of the item; the overdue notification takes it over so
      the e-mail leaves the title out above Intern. Without it the notification says nothing but
      the kind in its e-mail (fails closed).
    - ``bron``: filled in by ``werk_voor`` with the name of the source.
    """

    soort: str
    titel: str
    url: str
    uiterste_datum: date | None = None
    toelichting: str = ""
    kan_handelen: bool = True
    actie: str = ""
    sleutel: str = ""
    rubricering: int | None = None
    bron: str = ""

    @property
    def dagen_over(self) -> int | None:
        if self.uiterste_datum is None:
            return None
        return (self.uiterste_datum - timezone.localdate()).days

    @property
    def te_laat(self) -> bool:
        return self.dagen_over is not None and self.dagen_over < 0

    @property
    def ter_informatie(self) -> bool:
        return not self.kan_handelen

    @property
    def item_sleutel(self) -> str:
        """The item's name within its source: ``sleutel`` or a short hash of kind, url and title."""
        if self.sleutel:
            return self.sleutel
        inhoud = "\x1f".join((self.soort, self.url, self.titel)).encode()
        return hashlib.sha256(inhoud).hexdigest()[:16]


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


def bronnaam(bron: Werkbron) -> str:
    """``stukken.notas_voor`` for ``ministerie.stukken.werk.notas_voor``."""
    module = getattr(bron, "__module__", "") or ""
    deel = module.removeprefix("ministerie.").removesuffix(".werk")
    return f"{deel}.{getattr(bron, '__qualname__', type(bron).__name__)}"


def _sorteersleutel(item: Werkitem) -> tuple[bool, bool, date]:
    return (not item.kan_handelen, item.uiterste_datum is None, item.uiterste_datum or date.max)


def werk_voor(gebruiker: Any) -> list[Werkitem]:
    """All items of all sources for ``gebruiker``: what they must act on first, then what they only
    follow; within each, soonest due date first (items without a due date last)."""
    items: list[Werkitem] = []
    rechten: dict[str, bool] = {}
    for bron in _bronnen:
        naam = bronnaam(bron)
        for item in bron(gebruiker):
            kan = item.kan_handelen
            if kan and item.actie:
                if item.actie not in rechten:
                    rechten[item.actie] = heeft_recht(gebruiker, item.actie)
                kan = rechten[item.actie]
            items.append(dataclasses.replace(item, kan_handelen=kan, bron=item.bron or naam))
    return sorted(items, key=_sorteersleutel)


# -- filters and counts (the page's "soort" and "termijn") ----------------------------------------

TE_LAAT = "te_laat"
DEZE_WEEK = "deze_week"
ZONDER_TERMIJN = "zonder"
TERMIJNEN = [
    ("", "Alle termijnen"),
    (TE_LAAT, "Te laat"),
    (DEZE_WEEK, "Uiterlijk deze week (ook te laat)"),
    (ZONDER_TERMIJN, "Zonder termijn"),
]


def einde_week(vandaag: date) -> date:
    """The Sunday of the week of ``vandaag``."""
    return vandaag + timedelta(days=6 - vandaag.weekday())


def past_bij_termijn(item: Werkitem, termijn: str, vandaag: date | None = None) -> bool:
    vandaag = vandaag or timezone.localdate()
    if termijn == TE_LAAT:
        return item.uiterste_datum is not None and item.uiterste_datum < vandaag
    if termijn == DEZE_WEEK:
        return item.uiterste_datum is not None and item.uiterste_datum <= einde_week(vandaag)
    if termijn == ZONDER_TERMIJN:
        return item.uiterste_datum is None
    return True


def filter_werk(items: Iterable[Werkitem], *, soort: str = "", termijn: str = "") -> list[Werkitem]:
    vandaag = timezone.localdate()
    return [
        item
        for item in items
        if (not soort or item.soort == soort) and past_bij_termijn(item, termijn, vandaag)
    ]


@dataclass(frozen=True)
class Telling:
    soort: str
    aantal: int
    te_laat: int
    ter_informatie: int


def tel_per_soort(items: Iterable[Werkitem]) -> list[Telling]:
    """Per kind: how many items, how many overdue, how many only to follow; by kind's name."""
    aantal: Counter[str] = Counter()
    laat: Counter[str] = Counter()
    info: Counter[str] = Counter()
    for item in items:
        aantal[item.soort] += 1
        laat[item.soort] += item.te_laat
        info[item.soort] += item.ter_informatie
    return [Telling(s, aantal[s], laat[s], info[s]) for s in sorted(aantal, key=str.casefold)]
