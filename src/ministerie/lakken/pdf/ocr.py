"""OCR through MuPDF's built-in Tesseract: is it available, does a page need it, run it.

MuPDF carries Tesseract itself; it only needs the trained data for Dutch (``nld.traineddata``,
Debian package ``tesseract-ocr-nld``). No threads: PyMuPDF is not thread-safe.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from functools import lru_cache
from pathlib import Path

import pymupdf

from .tekstlaag import VLAGGEN, Tekstlaag, lees_tekstlaag, zichtbaar_vlak

TAAL = "nld"
DPI = 300
_KANDIDATEN = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
)
_WEINIG_TEKENS = 1
_GROOT_BEELD = 0.10
"""An image covering at least this fraction of the page may hold text of its own (a scan, a
photographed letter); such a page is OCR'd for its images even when it has a text layer."""


@lru_cache(maxsize=1)
def tessdata() -> str | None:
    """The folder holding ``nld.traineddata``, or None when Dutch OCR is not installed."""
    kandidaten = [os.environ.get("TESSDATA_PREFIX", ""), *_KANDIDATEN]
    for kandidaat in kandidaten:
        if kandidaat and (Path(kandidaat) / f"{TAAL}.traineddata").is_file():
            return kandidaat
    return None


def ocr_beschikbaar() -> bool:
    """Whether pages can be OCR'd in Dutch on this machine."""
    return tessdata() is not None


def ocr_soort(page: pymupdf.Page, aantal_tekens: int) -> str | None:
    """Which OCR a page needs: ``"pagina"`` (no text layer: OCR the rendered page),
    ``"beelden"`` (a text layer and a large image: OCR the images too) or None."""
    if aantal_tekens >= _WEINIG_TEKENS and not page.get_images(full=True):
        return None  # a text page without image objects (inline images are not looked for)
    vlak = zichtbaar_vlak(page)
    oppervlak = abs(vlak) or 1.0
    beeld = 0.0
    for info in page.get_image_info():
        zichtbaar = pymupdf.Rect(info["bbox"]) & vlak
        if not zichtbaar.is_empty:
            beeld += abs(zichtbaar)
    if aantal_tekens < _WEINIG_TEKENS:
        if beeld > 0 or page.get_cdrawings():
            return "pagina"
        return None
    if beeld / oppervlak >= _GROOT_BEELD:
        return "beelden"
    return None


_CACHE: OrderedDict[tuple[str, int, str], Tekstlaag] = OrderedDict()
_CACHE_GROOTTE = 256


def ocr_laag(page: pymupdf.Page, soort: str, sleutel: str | None = None) -> Tekstlaag:
    """OCR the page (``soort`` from :func:`ocr_soort`) and return its text layer.

    Results are kept per (``sleutel``, page, soort) so :func:`paginatekst` and ``lak`` on the
    same file see the very same text and offsets without OCR'ing twice.
    """
    pad = tessdata()
    if pad is None:
        raise RuntimeError("Nederlandse OCR (tesseract-ocr-nld) is niet geïnstalleerd")
    cache_sleutel = (sleutel or "", page.number or 0, soort)
    if sleutel is not None and cache_sleutel in _CACHE:
        _CACHE.move_to_end(cache_sleutel)
        return _CACHE[cache_sleutel]
    textpage = page.get_textpage_ocr(
        flags=VLAGGEN, language=TAAL, dpi=DPI, full=soort == "pagina", tessdata=pad
    )
    laag = lees_tekstlaag(page, textpage)
    if sleutel is not None:
        _CACHE[cache_sleutel] = laag
        while len(_CACHE) > _CACHE_GROOTTE:
            _CACHE.popitem(last=False)
    return laag
