"""After redacting a page: is anything left under a box, or any withheld term on the page?

``lak`` uses this to redact a second time what MuPDF left (a glyph whose box it judged not to
touch the redaction), and to refuse the file if something still remains. A fast pass over the
words of the page decides whether the character-level pass is needed at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import pymupdf

from .model import Vak
from .tekstlaag import VLAGGEN, Tekstlaag, lees_tekstlaag, onzichtbare_glyphs
from .zoeken import Doorzoekbaar, skelet

_BAND = 24.0


def _snijdt(a: Sequence[float], b: Sequence[float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _binnen(punt: tuple[float, float], vak: Vak) -> bool:
    return vak[0] <= punt[0] <= vak[2] and vak[1] <= punt[1] <= vak[3]


class _Raster:
    """Redaction boxes bucketed by height on the page, for quick overlap questions."""

    def __init__(self, vakken: Sequence[Vak]) -> None:
        self.banden: dict[int, list[Vak]] = {}
        for vak in vakken:
            for band in range(int(vak[1] // _BAND), int(vak[3] // _BAND) + 1):
                self.banden.setdefault(band, []).append(vak)

    def geraakt(self, vak: Sequence[float]) -> list[Vak]:
        gevonden: list[Vak] = []
        for band in range(int(vak[1] // _BAND), int(vak[3] // _BAND) + 1):
            gevonden.extend(v for v in self.banden.get(band, ()) if _snijdt(vak, v))
        return gevonden


def _tekens_onder_vakken(laag: Tekstlaag, raster: _Raster, labelwoorden: set[str]) -> list[Vak]:
    per_regel: dict[int, list[int]] = {}
    for i, regel in enumerate(laag.regels):
        if regel >= 0:
            per_regel.setdefault(regel, []).append(i)
    over: list[Vak] = []
    for regel, indices in per_regel.items():
        geraakt = raster.geraakt(laag.regelvakken[regel])
        if not geraakt:
            continue
        woorden = "".join(laag.tekst[i] for i in indices).replace(",", " ").split()
        if woorden and set(woorden) <= labelwoorden:
            continue
        for i in indices:
            vak = laag.vakken[i]
            if vak is None or laag.tekst[i].isspace():
                continue
            midden = ((vak[0] + vak[2]) / 2, (vak[1] + vak[3]) / 2)
            if any(_binnen(midden, v) for v in geraakt):
                over.append(vak)
    return over


def restanten(
    page: pymupdf.Page,
    vakken: Sequence[Vak],
    labels: Iterable[str],
    patronen: Sequence[re.Pattern[str]],
    *,
    verborgen: bool,
) -> list[Vak]:
    """Boxes of text still on the page that should be gone: characters whose centre lies in a
    redaction box (other than the printed ground labels), matches of withheld terms, and
    (when ``verborgen``) invisible glyphs."""
    labelwoorden = {woord for label in labels for woord in label.replace(",", " ").split()}
    raster = _Raster(vakken)
    textpage = page.get_textpage(flags=VLAGGEN)
    verdacht = any(
        woord[4].strip(",") not in labelwoorden and raster.geraakt(woord[:4])
        for woord in textpage.extractWORDS()
    )
    gevonden = bool(patronen) and any(patroon.search(skelet(textpage.extractText())) for patroon in patronen)
    over: list[Vak] = []
    if verdacht or gevonden:
        laag = lees_tekstlaag(page)
        over.extend(_tekens_onder_vakken(laag, raster, labelwoorden))
        if gevonden:
            doorzoekbaar = Doorzoekbaar(laag.tekst)
            for patroon in patronen:
                for start, eind in doorzoekbaar.vind(patroon):
                    over.extend(deel.rect for deel in laag.rechthoeken(start, eind))
    if verborgen:
        over.extend(vak for vak, _ in onzichtbare_glyphs(page))
    return over
