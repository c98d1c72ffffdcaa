"""The data that goes into and comes out of ``lak``: the order, each redaction, the result."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .tijd import MAX_LAKTIJD

Vak = tuple[float, float, float, float]
"""A rectangle x0, y0, x1, y1 in PDF points in PyMuPDF page coordinates: origin at the top left
of the crop box, y downwards, on the unrotated page (as text extraction and ``Redactie.rect``
report them; for a page without rotation this is simply what a viewer shows)."""


@dataclass(frozen=True)
class Lakopdracht:
    """What to redact.

    - ``termen``: (term, ground). Every occurrence, case-insensitive, also when split over
      lines, hyphenated at a line end, or written with other accents/ligatures. A term matches
      whole words only (``Jan`` does not hit ``Januari``).
    - ``gebieden``: (page 1-based, rectangle, ground). Everything in the rectangle goes: text,
      the pixels of images and the vector graphics fully inside it.
    - ``spans``: (page 1-based, start, end, label, ground) as character offsets into the text of
      that page as returned by :func:`paginatekst`.
    - ``detecteer``: called with the text of each page; returns objects with ``start``, ``end``,
      ``label`` and ``grond`` in the same offsets.
    - ``ocr``: OCR pages without a text layer when Tesseract with Dutch is available.
    - ``tijdslimiet``: seconds the redaction may take (None: no limit), checked between pages
      and the steps of a page; past it ``lak`` raises ``LakTeLang``. A single step that hangs
      is stopped only by running ``lak`` in a child process (``lak_in_eigen_proces``).
    """

    termen: Sequence[tuple[str, str]] = ()
    gebieden: Sequence[tuple[int, Vak, str]] = ()
    spans: Sequence[tuple[int, int, int, str, str]] = ()
    detecteer: Callable[[str], Sequence[Any]] | None = None
    ocr: bool = True
    tijdslimiet: float | None = MAX_LAKTIJD


@dataclass(frozen=True)
class Redactie:
    """One black box: on which page, why (label and Woo ground), what it hid, and where."""

    pagina: int
    label: str
    grond: str
    tekst: str
    rect: Vak


@dataclass(frozen=True)
class Lakresultaat:
    """The redacted file (written in full), the report, and the pages a person must check."""

    pdf: bytes
    redacties: list[Redactie] = field(default_factory=list)
    handmatig_nakijken: list[int] = field(default_factory=list)
    schoon: bool = False
