"""Opening a PDF from bytes, with a Dutch reason when that is not possible."""

from __future__ import annotations

import pymupdf

from .fouten import OnleesbarePdf

MUPDF_FOUTEN: tuple[type[BaseException], ...] = (
    pymupdf.FileDataError,
    pymupdf.mupdf.FzErrorBase,
)
"""Errors MuPDF raises on a broken file (a damaged stream, a page tree that does not resolve)."""


def open_pdf(pdf: bytes) -> pymupdf.Document:
    """Open ``pdf`` for reading and editing in memory, or raise :class:`OnleesbarePdf`."""
    if not isinstance(pdf, bytes | bytearray | memoryview):
        raise TypeError("pdf moet bytes zijn")
    data = bytes(pdf)
    if not data.strip():
        raise OnleesbarePdf("Het bestand is leeg.")
    if b"%PDF-" not in data[:1024]:
        raise OnleesbarePdf("Het bestand is geen PDF: de kop '%PDF-' ontbreekt.")
    try:
        doc = pymupdf.open(stream=data, filetype="pdf")
    except MUPDF_FOUTEN as fout:
        raise OnleesbarePdf(f"De PDF is beschadigd en kan niet worden gelezen ({fout}).") from fout
    if doc.needs_pass or doc.is_encrypted:
        doc.close()
        raise OnleesbarePdf("De PDF is versleuteld met een wachtwoord. Lever een onversleutelde versie aan.")
    if not doc.is_pdf:
        doc.close()
        raise OnleesbarePdf("Het bestand is geen PDF.")
    if doc.page_count < 1:
        doc.close()
        raise OnleesbarePdf("De PDF bevat geen leesbare pagina's; het bestand is beschadigd.")
    return doc
