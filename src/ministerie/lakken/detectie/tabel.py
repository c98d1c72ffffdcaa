"""Cells of a column in a plain-text table (";", tab or "|" separated lines)."""

from __future__ import annotations

import re
from collections.abc import Iterator

_REGEL = re.compile(r"[^\n]+")
SCHEIDINGEN = (";", "\t", "|")


def kolomcellen(
    tekst: str, kop: re.Pattern[str], scheidingen: tuple[str, ...] = SCHEIDINGEN
) -> Iterator[tuple[int, str]]:
    """(offset, text) of every cell below a header cell that matches ``kop``, as long as the
    following lines have the same number of cells."""
    regels = list(_REGEL.finditer(tekst))
    for n, kopregel in enumerate(regels):
        for scheiding in scheidingen:
            cellen = kopregel.group().split(scheiding)
            if len(cellen) < 2:
                continue
            kolommen = [i for i, c in enumerate(cellen) if kop.match(c.strip())]
            if not kolommen:
                continue
            for regel in regels[n + 1 :]:
                delen = regel.group().split(scheiding)
                if len(delen) != len(cellen):
                    break
                for k in kolommen:
                    yield regel.start() + sum(len(d) + len(scheiding) for d in delen[:k]), delen[k]
