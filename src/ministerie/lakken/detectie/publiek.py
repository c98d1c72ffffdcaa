"""Names of people in a public role, which are kept (not redacted).

A detected name matches a public person when, after normalisation (case, diacritics, titles
dropped), its words are a tail of the public name and any initials before them agree with the
public person's given names: "H. Bruins Slot", "Bruins Slot", "mevrouw Bruins Slot" and
"Hanke Bruins Slot" all match "Hanke Bruins Slot". The tail must at least hold the surname
(from the first tussenvoegsel on, or else the last word), so "Hanke" alone does not match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .lijsten import normaliseer

_TITELS = frozenset(
    """dhr mw mevr mevrouw meneer heer mr drs ir ing dr prof ds bc minister staatssecretaris
    premier burgemeester wethouder kamerlid""".split()
)
_TV = frozenset("van de der den het 't ter ten te in op el al ben von".split())
_WOORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*\.?|['’]t")


@dataclass(frozen=True)
class _Publiek:
    woorden: tuple[str, ...]
    achternaam_vanaf: int  # index where the surname part starts


def _woorden(naam: str) -> tuple[list[str], list[str]]:
    """(initials, words) of a name, normalised, without titles or form of address."""
    stukken = _WOORD.findall(naam.replace("’", "'"))
    i = 0
    while i < len(stukken):
        norm = normaliseer(stukken[i].rstrip("."))
        if norm in _TITELS:
            i += 1
        elif norm == "de" and i + 1 < len(stukken) and normaliseer(stukken[i + 1]) == "heer":
            i += 2
        else:
            break
    initialen: list[str] = []
    woorden: list[str] = []
    for stuk in stukken[i:]:
        kaal = stuk.rstrip(".")
        if stuk.endswith(".") and len(kaal) <= 3 and not woorden and kaal[:1].isupper():
            initialen.append(normaliseer(kaal)[0])
        else:
            woorden.append(normaliseer(kaal))
    return initialen, woorden


def _publiek(naam: str) -> _Publiek | None:
    initialen, woorden = _woorden(naam)
    alle = tuple([*initialen, *woorden])
    if not woorden:
        return None
    vanaf = len(alle) - 1
    for i, w in enumerate(alle):
        if i > 0 and w in _TV:
            vanaf = i
            break
    return _Publiek(alle, vanaf)


class PubliekeNamen:
    """The public names given by the caller, ready for matching."""

    def __init__(self, namen: Iterable[str]) -> None:
        self._namen = [p for p in (_publiek(n) for n in namen) if p is not None]

    def __bool__(self) -> bool:
        return bool(self._namen)

    def bevat(self, gevonden: str) -> bool:
        """Does the detected name refer to one of the public persons?"""
        initialen, woorden = _woorden(gevonden)
        woorden = [w for w in woorden if w != ","]
        if not woorden:
            return False
        for p in self._namen:
            if self._past(p, initialen, woorden):
                return True
            # "Bruins Slot, Hanke" (surname first, as in e-mail headers).
            if "," in gevonden:
                achter, _, voor = gevonden.partition(",")
                i2, w2 = _woorden(voor.strip() + " " + achter.strip())
                if w2 and self._past(p, i2, w2):
                    return True
        return False

    @staticmethod
    def _past(p: _Publiek, initialen: list[str], woorden: list[str]) -> bool:
        n, m = len(woorden), len(p.woorden)
        begin = m - n
        # The tail must hold the surname; its tussenvoegsel may be left out ("Koster" for
        # "Jelle de Koster").
        kern = p.achternaam_vanaf
        while kern < m - 1 and p.woorden[kern] in _TV:
            kern += 1
        if n > m or begin > kern:
            return False
        for k, a in enumerate(woorden):
            b = p.woorden[begin + k]
            if a == b:
                continue
            # A given name against an initial ("Hanke" ~ "H." in the list).
            if begin + k < p.achternaam_vanaf and (len(a) == 1 or len(b) == 1) and a[0] == b[0]:
                continue
            return False
        rest = p.woorden[:begin]
        if len(initialen) > len(rest):
            return False
        return all(rest[i][0] == initialen[i] for i in range(len(initialen)))
