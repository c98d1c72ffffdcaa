"""Reading a page the way ``lak`` sees it: its text layer, or OCR, or "cannot be read"."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import pymupdf

from .fouten import OnleesbarePdf
from .ocr import ocr_beschikbaar, ocr_laag, ocr_soort
from .openen import MUPDF_FOUTEN, open_pdf
from .opschonen import voorbereiden
from .tekstlaag import Tekstlaag, lees_tekstlaag


@dataclass(frozen=True)
class Lezing:
    """How a page was read: ``tekst`` (its own text layer), ``ocr`` (text from OCR), or
    ``handmatig`` (it needs OCR that is not available: a person must check it)."""

    laag: Tekstlaag
    methode: str


def lees_pagina(page: pymupdf.Page, *, ocr: bool, sleutel: str | None = None) -> Lezing:
    """Read one (prepared) page. See :func:`ocr.ocr_soort` for when OCR is needed."""
    laag = lees_tekstlaag(page)
    soort = ocr_soort(page, laag.aantal_tekens)
    if soort is None:
        return Lezing(laag, "tekst")
    if ocr and ocr_beschikbaar():
        try:
            return Lezing(ocr_laag(page, soort, sleutel), "ocr")
        except MUPDF_FOUTEN:
            pass  # OCR failed on this page: a person must look at it
    return Lezing(laag, "handmatig")


def document_sleutel(pdf: bytes) -> str:
    """A key for the OCR cache: the same bytes give the same OCR text."""
    return hashlib.sha256(pdf).hexdigest()


def paginatekst(pdf: bytes, *, ocr: bool = True) -> list[str]:
    """The text of each page, as ``lak`` uses it for span offsets (lines joined by ``\\n``).

    Pages without a text layer are OCR'd (when ``ocr`` and Dutch OCR is available), exactly as
    ``lak`` does, so offsets into the OCR text are valid spans too.
    """
    doc = open_pdf(pdf)
    try:
        voorbereiden(doc)
        sleutel = document_sleutel(bytes(pdf))
        return [lees_pagina(page, ocr=ocr, sleutel=sleutel).laag.tekst for page in doc]
    except MUPDF_FOUTEN as fout:
        raise OnleesbarePdf(f"De PDF is beschadigd en kan niet worden gelezen ({fout}).") from fout
    finally:
        doc.close()
