"""The negative list: names of organisational units, their abbreviations and function titles,
which are never a person ("Secretariaat DGO", "Directie Woningmarkt", "FEZ", "clusterdirecteur").

The detector is plain Python and knows no database. A caller passes the list to ``detecteer``
(``negatieflijst=``), or a part of the application registers a provider once at start-up
(``registreer_negatieflijst``) that ``detecteer`` asks on every call when no list is passed;
the provider is expected to cache (it is called once per page).

Entries are matched on words, case-insensitively and without diacritics, except abbreviations
(an entry of one word in capitals, "DGO", "P&O"), which only match in capitals, so the unit
"ROB" does not hide the given name "Rob". A one-word entry that is a known given name or
surname is ignored: the register does not get to hide people. Parenthesised parts of an entry
are entries of their own: "Directie Personeel & Organisatie (P&O)".
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from .lijsten import lijsten, normaliseer

Aanbieder = Callable[[], Iterable[str]]

_aanbieder: Aanbieder | None = None
_slot = threading.Lock()

MAX_ITEMS = 20_000
MAX_LENGTE = 200


def registreer_negatieflijst(aanbieder: Aanbieder | None) -> None:
    """Register the function that supplies the negative list (``None`` removes it)."""
    global _aanbieder
    with _slot:
        _aanbieder = aanbieder


def geregistreerde_aanbieder() -> Aanbieder | None:
    return _aanbieder


def geregistreerde_negatieflijst() -> frozenset[str]:
    """The entries of the registered provider, or none."""
    aanbieder = _aanbieder
    if aanbieder is None:
        return frozenset()
    items = aanbieder()
    return items if isinstance(items, frozenset) else frozenset(items)


_HAAKJES = re.compile(r"\(([^()]{1,60})\)")
_AFKORTING = re.compile(r"^[A-Z][A-Z0-9&/.\-]{0,14}$")
# The same words as the name detector's tokens.
_WOORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@dataclass(frozen=True)
class Negatief:
    """Compiled entries: word sequences (normalised) by first word, and abbreviations."""

    frasen: dict[str, tuple[tuple[str, ...], ...]]
    afkortingen: frozenset[str]
    volledig: frozenset[str]  # every entry normalised as a whole, for the final check

    @property
    def afkortingen_klein(self) -> frozenset[str]:
        return frozenset(a.lower() for a in self.afkortingen)

    def __bool__(self) -> bool:
        return bool(self.frasen or self.afkortingen)


def _stukken(item: str) -> list[str]:
    item = item.strip()[:MAX_LENGTE]
    uit = [m.group(1).strip() for m in _HAAKJES.finditer(item)]
    kaal = _HAAKJES.sub(" ", item).strip()
    if kaal:
        uit.append(kaal)
    return [u for u in uit if u]


def woorden(tekst: str) -> tuple[str, ...]:
    return tuple(normaliseer(w) for w in _WOORD.findall(tekst))


@lru_cache(maxsize=8)
def compileer(items: frozenset[str]) -> Negatief:
    lijst = lijsten()
    frasen: dict[str, set[tuple[str, ...]]] = {}
    afkortingen: set[str] = set()
    volledig: set[str] = set()
    for item in list(items)[:MAX_ITEMS]:
        if not isinstance(item, str):
            continue
        for stuk in _stukken(item):
            if _AFKORTING.match(stuk) and not stuk.isdigit():
                afkortingen.add(stuk)
                continue
            reeks = woorden(stuk)
            if not reeks:
                continue
            if len(reeks) == 1 and (reeks[0] in lijst.voornamen or reeks[0] in lijst.achternamen):
                continue
            frasen.setdefault(reeks[0], set()).add(reeks)
            volledig.add(" ".join(reeks))
    return Negatief(
        frasen={k: tuple(sorted(v, key=len, reverse=True)) for k, v in frasen.items()},
        afkortingen=frozenset(afkortingen),
        volledig=frozenset(volledig),
    )


def negatief_voor(negatieflijst: Iterable[str] | None) -> Negatief:
    """The compiled list passed by the caller, or else the registered one."""
    if negatieflijst is None:
        items = geregistreerde_negatieflijst()
    else:
        items = negatieflijst if isinstance(negatieflijst, frozenset) else frozenset(negatieflijst)
    return compileer(items)
