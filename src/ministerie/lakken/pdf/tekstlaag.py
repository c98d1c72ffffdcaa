"""The text layer of a page with a box per character: text offsets → rectangles to redact.

One mapping for everything: terms, spans and detector output are all offsets into
:attr:`Tekstlaag.tekst`; :meth:`Tekstlaag.rechthoeken` turns any offset range into one
rectangle per line it touches.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pymupdf

from .model import Vak

VLAGGEN = pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP | pymupdf.TEXT_CID_FOR_UNKNOWN_UNICODE
"""Text extraction flags: ligatures are split into letters (each with its own part of the box),
no image data is collected, characters outside the page are left out (see
:func:`onzichtbare_glyphs` for those)."""

_INSPRING = 0.15
"""MuPDF removes every glyph whose box *touches* a redaction box. Character boxes of adjacent
lines overlap a little (font ascender and descender), so the box is drawn this fraction smaller
across the line and a little smaller along it: it still hits every glyph of the span and none
of its neighbours."""

_MINIMUM = 0.5


@dataclass(frozen=True)
class Deel:
    """The part of a span on one line: its rectangle and its offsets in the page text."""

    rect: Vak
    start: int
    eind: int


@dataclass(frozen=True)
class Tekstlaag:
    """A page's text (lines joined by ``\\n``) with, per character, its box and line number."""

    tekst: str
    vakken: list[Vak | None]
    regels: list[int]
    richtingen: list[tuple[float, float]]
    regelvakken: list[Vak]
    """The box of each line."""

    @property
    def aantal_tekens(self) -> int:
        """Number of non-space characters."""
        return sum(1 for teken in self.tekst if not teken.isspace())

    def rechthoeken(self, start: int, eind: int, *, marge: float = 0.0) -> list[Deel]:
        """One rectangle per line for the characters ``start:eind`` (white space ignored).

        ``marge`` > 0 grows the rectangles (OCR boxes hug the glyphs); 0 shrinks them as
        described at ``_INSPRING``.
        """
        start, eind = max(0, start), min(eind, len(self.tekst))
        per_regel: dict[int, list[int]] = {}
        for i in range(start, eind):
            if self.vakken[i] is None or self.tekst[i].isspace():
                continue
            per_regel.setdefault(self.regels[i], []).append(i)
        delen = []
        for regel, indices in per_regel.items():
            vakken = [v for v in (self.vakken[i] for i in indices) if v is not None]
            rect = _vorm(vakken, self.richtingen[regel], marge)
            if marge <= 0 and abs(self.richtingen[regel][1]) < 0.01:
                rect = self._buiten_buren(rect, regel)
            delen.append(Deel(rect, indices[0], indices[-1] + 1))
        return delen

    def _buiten_buren(self, rect: Vak, eigen: int) -> Vak:
        """Keep a horizontal box clear of the lines above and below it: MuPDF would remove
        their glyphs too where their boxes overlap (tight line spacing). A line that overlaps
        for most of the height (text printed on top of text) is not avoided."""
        x0, y0, x1, y1 = rect
        hoogte = y1 - y0
        midden = (y0 + y1) / 2
        for regel, (a0, b0, a1, b1) in enumerate(self.regelvakken):
            if regel == eigen or a0 >= x1 or a1 <= x0 or b0 >= y1 or b1 <= y0:
                continue
            if (b0 + b1) / 2 < midden:
                nieuw = (max(y0, b1 + 0.01), y1)
            else:
                nieuw = (y0, min(y1, b0 - 0.01))
            if nieuw[1] - nieuw[0] >= 0.4 * hoogte:
                y0, y1 = nieuw
        return (x0, y0, x1, y1)

    def tekst_in(self, rect: Vak) -> str:
        """The characters whose centre lies inside ``rect``, in text order."""
        x0, y0, x1, y1 = rect
        tekens: list[str] = []
        for teken, vak in zip(self.tekst, self.vakken, strict=True):
            if vak is None:
                if tekens and tekens[-1] != " ":
                    tekens.append(" ")
                continue
            mx, my = (vak[0] + vak[2]) / 2, (vak[1] + vak[3]) / 2
            if x0 <= mx <= x1 and y0 <= my <= y1:
                tekens.append(teken)
        return "".join(tekens).strip()


def _vorm(vakken: list[Vak], richting: tuple[float, float], marge: float) -> Vak:
    x0 = min(v[0] for v in vakken)
    y0 = min(v[1] for v in vakken)
    x1 = max(v[2] for v in vakken)
    y1 = max(v[3] for v in vakken)
    if marge > 0:
        x0, y0, x1, y1 = x0 - marge, y0 - marge, x1 + marge, y1 + marge
    else:
        breedtes = [v[2] - v[0] for v in vakken if v[2] > v[0]]
        hoogtes = [v[3] - v[1] for v in vakken if v[3] > v[1]]
        dx, dy = richting
        if abs(dy) < 0.01:  # horizontal text
            x_in = 0.1 * min(breedtes, default=0.0)
            y_in = _INSPRING * (y1 - y0)
        elif abs(dx) < 0.01:  # vertical text
            x_in = _INSPRING * (x1 - x0)
            y_in = 0.1 * min(hoogtes, default=0.0)
        else:  # slanted: leave the box as it is
            x_in = y_in = 0.0
        x0, y0, x1, y1 = x0 + x_in, y0 + y_in, x1 - x_in, y1 - y_in
    if x1 - x0 < _MINIMUM:
        mx = (x0 + x1) / 2
        x0, x1 = mx - _MINIMUM / 2, mx + _MINIMUM / 2
    if y1 - y0 < _MINIMUM:
        my = (y0 + y1) / 2
        y0, y1 = my - _MINIMUM / 2, my + _MINIMUM / 2
    return (x0, y0, x1, y1)


def uit_rawdict(rawdict: dict[str, Any]) -> Tekstlaag:
    """Build the layer from ``page.get_text("rawdict", flags=VLAGGEN)`` (also of an OCR page)."""
    tekens: list[str] = []
    vakken: list[Vak | None] = []
    regels: list[int] = []
    richtingen: list[tuple[float, float]] = []
    regelvakken: list[Vak] = []
    for blok in rawdict.get("blocks", ()):
        if blok.get("type", 0) != 0:
            continue
        for regel in blok.get("lines", ()):
            nummer = len(richtingen)
            dx, dy = regel.get("dir", (1.0, 0.0))
            richtingen.append((float(dx), float(dy)))
            regelvakken.append(tuple(regel["bbox"]))
            for span in regel.get("spans", ()):
                for teken in span.get("chars", ()):
                    vak = tuple(teken["bbox"])
                    for letter in teken["c"] or "\ufffd":
                        tekens.append(letter)
                        vakken.append(vak)
                        regels.append(nummer)
            tekens.append("\n")
            vakken.append(None)
            regels.append(-1)
    return Tekstlaag("".join(tekens), vakken, regels, richtingen, regelvakken)


def lees_tekstlaag(page: pymupdf.Page, textpage: pymupdf.TextPage | None = None) -> Tekstlaag:
    """The text layer of ``page`` (or of an OCR ``textpage`` made for it)."""
    if textpage is None:
        return uit_rawdict(page.get_text("rawdict", flags=VLAGGEN))
    return uit_rawdict(page.get_text("rawdict", textpage=textpage))


def zichtbaar_vlak(page: pymupdf.Page) -> pymupdf.Rect:
    """The visible page in the coordinates of text extraction and annotations: unrotated,
    relative to the crop box."""
    return pymupdf.Rect(0, 0, page.cropbox.width, page.cropbox.height)


def onzichtbare_glyphs(page: pymupdf.Page) -> list[tuple[Vak, str]]:
    """Glyphs the text layer leaves out because nobody can see them: size zero, or entirely
    outside the visible page. They still carry text, so they are removed unconditionally.
    Returns one (rectangle, text) per run."""
    zichtbaar = zichtbaar_vlak(page)
    gevonden: list[tuple[Vak, str]] = []
    for span in page.get_texttrace():
        tekens = span.get("chars", ())
        if not tekens:
            continue
        bbox = pymupdf.Rect(span["bbox"])
        leeg = span.get("size", 0) <= 0 or bbox.width <= 0 or bbox.height <= 0
        buiten = not leeg and not bbox.intersects(zichtbaar)
        if not (leeg or buiten):
            continue
        rect = pymupdf.Rect(bbox)
        for teken in tekens:
            rect |= teken[2]
        x0, y0, x1, y1 = float(rect.x0), float(rect.y0), float(rect.x1), float(rect.y1)
        vak = (x0 - 0.25, y0 - 0.25, max(x1, x0 + 0.25) + 0.25, max(y1, y0 + 0.25) + 0.25)
        tekst = "".join(chr(t[0]) for t in tekens if t[0] > 0)
        gevonden.append((vak, tekst))
    return gevonden
