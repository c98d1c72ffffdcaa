"""Accessible charts drawn on the server: an SVG with a title and a summary, and its data table
folded under it (``<details>``), so screen-reader users read the table and nobody depends on colour
or on JavaScript.

- ``staafdiagram``: horizontal bars of (label, value) pairs; values may be negative (budget
  changes), bars then run left of the zero line. Labels are never cut off: a long label wraps
  onto more lines and its row grows.
- ``waterval``: how a total came about — a start bar, each change as a step up or down from where
  the previous one ended (coloured and signed), subtotals and an end bar, every value labelled.
  When the changes are small beside the totals, the scale starts near the lowest level instead of
  at zero (the totals carry a break mark and the axis says where it starts), so a change of € 2 mln
  next to a total of € 1,2 mld is still a visible step.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

BREEDTE = 640
LABELRUIMTE = 200
WAARDERUIMTE = 90
RIJHOOGTE = 28
STAAFHOOGTE = 18
REGELHOOGTE = 14  # one line of a label, 12px text
TEKENS_PER_REGEL = 30  # what fits in LABELRUIMTE at 12px


def _regels(label: str, tekens: int = TEKENS_PER_REGEL) -> tuple[str, ...]:
    """The label over as many lines as it needs; a word longer than a line is split."""
    return tuple(textwrap.wrap(label, tekens, break_long_words=True, break_on_hyphens=False)) or ("",)


def _rijhoogte(regels: Sequence[str]) -> int:
    return max(RIJHOOGTE, len(regels) * REGELHOOGTE + 10)


@dataclass(frozen=True)
class Staaf:
    label: str
    waarde: float
    tekst: str  # the value as shown, e.g. "1.234" or "12 dagen"
    x: float
    y: float
    breedte: float
    negatief: bool
    regels: tuple[str, ...] = ()
    rij_y: float = 0.0
    rij_hoogte: int = RIJHOOGTE

    @property
    def tekst_x(self) -> float:
        return self.x + self.breedte + 6

    @property
    def label_y(self) -> float:
        return self.y + STAAFHOOGTE - 4

    @property
    def eerste_regel_y(self) -> float:
        """The baseline of the label's first line: the lines centred on the row."""
        return self.rij_y + (self.rij_hoogte - len(self.regels) * REGELHOOGTE) / 2 + REGELHOOGTE - 3


@dataclass(frozen=True)
class Staafdiagram:
    id: str
    titel: str
    samenvatting: str
    kolom_label: str
    kolom_waarde: str
    staven: list[Staaf]
    nul_x: float
    breedte: int = BREEDTE

    @property
    def hoogte(self) -> int:
        if not self.staven:
            return RIJHOOGTE + 8
        laatste = self.staven[-1]
        return int(laatste.rij_y + laatste.rij_hoogte + 4)

    @property
    def label_x(self) -> int:
        return LABELRUIMTE - 8

    @property
    def regelhoogte(self) -> int:
        return REGELHOOGTE


def _opgemaakt(waarde: float, eenheid: str) -> str:
    tekst = f"{waarde:,.0f}" if float(waarde).is_integer() else f"{waarde:,.1f}"
    tekst = tekst.replace(",", "\u202f").replace(".", ",").replace("\u202f", ".")
    return f"{tekst} {eenheid}".strip()


def staafdiagram(
    id: str,
    titel: str,
    reeks: list[tuple[str, float | int | Decimal]],
    *,
    eenheid: str = "",
    kolom_label: str = "Onderdeel",
    kolom_waarde: str = "Waarde",
    samenvatting: str = "",
    opmaak: Callable[[float], str] | None = None,
) -> Staafdiagram:
    """A horizontal bar chart of (label, value) pairs, in the given order. ``opmaak`` writes a
    value as shown (e.g. ``bedrag_kort``); by default the number in Dutch notation with ``eenheid``."""
    waarden = [float(w) for _, w in reeks]
    laagste, hoogste = min([0.0, *waarden]), max([0.0, *waarden])
    bereik = (hoogste - laagste) or 1.0
    ruimte = BREEDTE - LABELRUIMTE - WAARDERUIMTE
    schaal = ruimte / bereik
    nul_x = LABELRUIMTE + (-laagste) * schaal
    staven = []
    rij_y = 4.0
    for (label, _), waarde in zip(reeks, waarden, strict=True):
        breedte = abs(waarde) * schaal
        x = nul_x - breedte if waarde < 0 else nul_x
        regels = _regels(label)
        hoogte = _rijhoogte(regels)
        staven.append(
            Staaf(
                label=label,
                waarde=waarde,
                tekst=opmaak(waarde) if opmaak else _opgemaakt(waarde, eenheid),
                x=round(x, 1),
                y=round(rij_y + (hoogte - STAAFHOOGTE) / 2, 1),
                breedte=round(max(breedte, 1.0 if waarde else 0.0), 1),
                negatief=waarde < 0,
                regels=regels,
                rij_y=rij_y,
                rij_hoogte=hoogte,
            )
        )
        rij_y += hoogte
    if not samenvatting:
        samenvatting = "; ".join(f"{s.label}: {s.tekst}" for s in staven) or "Geen gegevens."
    return Staafdiagram(
        id=id,
        titel=titel,
        samenvatting=samenvatting,
        kolom_label=kolom_label,
        kolom_waarde=kolom_waarde,
        staven=staven,
        nul_x=round(nul_x, 1),
    )


# --- the waterfall -------------------------------------------------------------------------

W_BREEDTE = 720
W_LABELRUIMTE = 230
W_WAARDERUIMTE = 110
W_ASRUIMTE = 30  # the axis with its values under the bars
MIN_STAP = 3.0  # px: a change never disappears, however small beside the totals
#: the scale starts at zero unless the levels lie this close together (their spread, as a share
#: of the highest level): then it starts just below the lowest level, with a break mark
ONDERBREKEN_ONDER = 0.5


@dataclass(frozen=True)
class Watervalstap:
    label: str
    soort: str  # "totaal" (a level: start, subtotal, end), "op" or "af" (a change)
    van: float  # the level before (0 for a total)
    tot: float  # the level after
    tekst: str  # the value as shown: the level for a total, the signed change for a step
    regels: tuple[str, ...]
    rij_y: float
    rij_hoogte: int
    x: float
    breedte: float
    breuk: str = ""  # the SVG path of the break mark on a level bar when the scale is broken

    @property
    def verandering(self) -> float:
        return self.tot - self.van

    @property
    def y(self) -> float:
        return round(self.rij_y + (self.rij_hoogte - STAAFHOOGTE) / 2, 1)

    @property
    def midden_y(self) -> float:
        return round(self.rij_y + self.rij_hoogte / 2, 1)

    @property
    def onder_y(self) -> float:
        return self.y + STAAFHOOGTE

    @property
    def tekst_x(self) -> float:
        return round(self.x + self.breedte + 6, 1)

    @property
    def tekst_y(self) -> float:
        return self.y + STAAFHOOGTE - 4

    @property
    def eerste_regel_y(self) -> float:
        return self.rij_y + (self.rij_hoogte - len(self.regels) * REGELHOOGTE) / 2 + REGELHOOGTE - 3

    @property
    def is_totaal(self) -> bool:
        return self.soort == "totaal"


@dataclass(frozen=True)
class Verbinding:
    """The dashed line from where one bar ends to where the next begins."""

    x: float
    y1: float
    y2: float


@dataclass(frozen=True)
class Asmerk:
    x: float
    tekst: str


@dataclass(frozen=True)
class Waterval:
    id: str
    titel: str
    samenvatting: str
    kolom_label: str
    stappen: list[Watervalstap]
    verbindingen: list[Verbinding]
    asmerken: list[Asmerk]
    as_x: float  # where the scale starts (zero, or the break)
    onderbroken: bool  # the scale does not start at zero: the totals are drawn shortened
    as_tekst: str  # the level where the scale starts
    breedte: int = W_BREEDTE

    @property
    def staven_hoogte(self) -> float:
        if not self.stappen:
            return RIJHOOGTE
        laatste = self.stappen[-1]
        return laatste.rij_y + laatste.rij_hoogte

    @property
    def hoogte(self) -> int:
        return int(self.staven_hoogte + W_ASRUIMTE)

    @property
    def as_y(self) -> float:
        return self.staven_hoogte + 2

    @property
    def asmerk_y(self) -> float:
        return self.as_y + 16

    @property
    def label_x(self) -> int:
        return W_LABELRUIMTE - 8

    @property
    def regelhoogte(self) -> int:
        return REGELHOOGTE


def _mooie_stap(bereik: float, aantal: int = 4) -> float:
    """A round step (1, 2 or 5 times a power of ten) for about ``aantal`` axis marks."""
    ruw = bereik / max(aantal, 1)
    if ruw <= 0:
        return 1.0
    macht = 10 ** math.floor(math.log10(ruw))
    for factor in (1, 2, 5, 10):
        if factor * macht >= ruw:
            return factor * macht
    return 10 * macht


def waterval(
    id: str,
    titel: str,
    reeks: Sequence[tuple[str, str, float | int | Decimal | None]],
    *,
    opmaak: Callable[[float], str],
    as_opmaak: Callable[[float], str] | None = None,
    kolom_label: str = "Stand of verandering",
) -> Waterval:
    """A waterfall of ``(soort, label, waarde)``: soort "totaal" gives a level (a missing value
    is read as the level reached so far), soort "stap" a change from the level reached so far.
    ``opmaak`` writes a value as shown; a change is shown with its sign ("+€ 15 mln");
    ``as_opmaak`` (default ``opmaak``) writes the axis marks, which may be shorter."""
    as_opmaak = as_opmaak or opmaak
    niveau = 0.0
    rijen: list[tuple[str, str, float, float]] = []  # (soort, label, van, tot)
    for soort, label, waarde in reeks:
        if soort == "totaal":
            niveau = niveau if waarde is None else float(waarde)
            rijen.append(("totaal", label, 0.0, niveau))
        else:
            verandering = float(waarde or 0)
            rijen.append(("op" if verandering >= 0 else "af", label, niveau, niveau + verandering))
            niveau += verandering
    niveaus = [r[3] for r in rijen] + [r[2] for r in rijen if r[0] != "totaal"]
    laagste = min(niveaus, default=0.0)
    hoogste = max(niveaus, default=0.0)
    onderbroken = laagste > 0 and hoogste > 0 and (hoogste - laagste) < ONDERBREKEN_ONDER * hoogste
    if onderbroken:
        spreiding = (hoogste - laagste) or hoogste * 0.05
        stap = _mooie_stap(spreiding)
        begin = max(0.0, math.floor((laagste - spreiding * 0.25) / stap) * stap)
        onderbroken = begin > 0
    else:
        begin = min(0.0, laagste)
    eind = max(hoogste, begin + 1.0)
    ruimte = W_BREEDTE - W_LABELRUIMTE - W_WAARDERUIMTE
    schaal = ruimte / (eind - begin)

    def x_van(waarde: float) -> float:
        return W_LABELRUIMTE + (max(waarde, begin) - begin) * schaal

    stappen: list[Watervalstap] = []
    rij_y = 4.0
    for soort, label, van, tot in rijen:
        regels = _regels(label, 34)
        hoogte = _rijhoogte(regels)
        if soort == "totaal":
            links, rechts = x_van(min(0.0, tot)), x_van(max(0.0, tot))
            tekst = opmaak(tot)
        else:
            links, rechts = sorted((x_van(van), x_van(tot)))
            if rechts - links < MIN_STAP:
                rechts = links + MIN_STAP if soort == "op" else rechts
                links = rechts - MIN_STAP
            verschil = tot - van
            tekst = ("+" if verschil >= 0 else "") + opmaak(verschil)
        stappen.append(
            Watervalstap(
                label=label,
                soort=soort,
                van=van,
                tot=tot,
                tekst=tekst,
                regels=regels,
                rij_y=rij_y,
                rij_hoogte=hoogte,
                x=round(links, 1),
                breedte=round(max(rechts - links, 1.0), 1),
            )
        )
        rij_y += hoogte
    as_x = round(x_van(begin), 1)
    if onderbroken:
        stappen = [
            replace(s, breuk=f"M{as_x + 8} {s.onder_y + 2} l6 -22 M{as_x + 13} {s.onder_y + 2} l6 -22")
            if s.is_totaal
            else s
            for s in stappen
        ]
    verbindingen = [
        Verbinding(x=round(x_van(a.tot), 1), y1=a.onder_y, y2=b.y)
        for a, b in zip(stappen, stappen[1:], strict=False)
        if not b.is_totaal or abs(b.tot - a.tot) < 1e-9
    ]
    stapgrootte = _mooie_stap(eind - begin)
    merken: list[Asmerk] = []
    waarde = math.ceil(begin / stapgrootte) * stapgrootte
    while waarde <= eind + 1e-9 and len(merken) < 8:
        merken.append(Asmerk(round(x_van(waarde), 1), as_opmaak(waarde)))
        waarde += stapgrootte
    samenvatting = "; ".join(f"{s.label}: {s.tekst}" for s in stappen) or "Geen gegevens."
    if onderbroken:
        samenvatting += f". De schaal begint bij {as_opmaak(begin)}, niet bij nul."
    return Waterval(
        id=id,
        titel=titel,
        samenvatting=samenvatting,
        kolom_label=kolom_label,
        stappen=stappen,
        verbindingen=verbindingen,
        asmerken=merken,
        as_x=as_x,
        onderbroken=onderbroken,
        as_tekst=as_opmaak(begin),
    )
