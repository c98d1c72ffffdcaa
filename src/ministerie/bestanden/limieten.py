"""The limits of the document store, and the size check of an upload.

Every limit guards against a pathological or hostile file: reading never takes unbounded
memory or time.
"""

from __future__ import annotations

import math

from .fouten import TeGrootBestand

MB = 1024 * 1024

#: The largest file the document store accepts.
MAX_BESTANDSGROOTTE = 50 * MB

#: The largest total uncompressed size of the members of a ZIP container (DOCX, ODT);
#: checked on the declared sizes before anything is unpacked (Python's zipfile never
#: unpacks more than a member declares).
MAX_UITGEPAKT = 200 * MB

#: The most members a ZIP container may have (a real DOCX or ODT has tens to hundreds).
MAX_ZIP_LEDEN = 10_000

#: The most XML elements (counted as ``<`` characters, an upper bound) in the XML parts of a
#: DOCX, since these are loaded into an in-memory tree (lxml: about 1 s and 300 MB at most).
MAX_XML_ELEMENTEN = 2_000_000

#: The same for an ODT: odfpy builds a tree of Python objects, about 9 s and 650 MB at most.
#: A 300-page report has some 200,000 elements.
MAX_ODT_ELEMENTEN = 1_000_000

#: The largest Excel workbook (XLSX) whose cells are read: a workbook of this size holds some
#: millions of cells; the document store's own limit still applies to everything.
MAX_XLSX_GROOTTE = 20 * MB

#: The most cells of a workbook whose values are read (empty ones in a row count); the rest is
#: left out of the text with a warning (the file itself is kept whole). openpyxl reads some
#: 30,000 to 60,000 cells a second on one core here, so an upload waits a few seconds at most.
MAX_XLSX_CELLEN = 200_000

#: How long text extraction from a PDF may take before it stops with a warning.
MAX_PDF_EXTRACTIETIJD = 120.0  # seconds

#: The most characters of extracted text that are kept.
MAX_TEKST_TEKENS = 20_000_000

#: The most characters of HTML (an e-mail body) that are converted to text.
MAX_HTML_TEKENS = 5_000_000

#: The most MIME parts of an e-mail that are looked at.
MAX_EML_DELEN = 1_000

#: The widths a page image may have, and the most pixels it may have in all.
MIN_RENDERBREEDTE = 16
MAX_RENDERBREEDTE = 4_000
MAX_PIXELS = 40_000_000


def megabytes(aantal_bytes: int) -> str:
    """``aantal_bytes`` as megabytes the Dutch way: ``"50"``, ``"73,4"`` (rounded up, so that a
    size just over a limit never reads as the limit itself)."""
    if aantal_bytes % MB == 0:
        return str(aantal_bytes // MB)
    tienden = math.ceil(aantal_bytes * 10 / MB)
    return f"{tienden // 10},{tienden % 10}"


def getal(aantal: int) -> str:
    """``aantal`` with Dutch thousands separators: ``"2.000.000"``."""
    return f"{aantal:,}".replace(",", ".")


def controleer_grootte(aantal_bytes: int) -> None:
    """Raise ``TeGrootBestand`` when a file of ``aantal_bytes`` is over ``MAX_BESTANDSGROOTTE``."""
    if aantal_bytes < 0:
        raise ValueError("Een bestandsgrootte kan niet negatief zijn.")
    if aantal_bytes > MAX_BESTANDSGROOTTE:
        raise TeGrootBestand(
            f"Het bestand is te groot ({megabytes(aantal_bytes)} MB); "
            f"de grens is {megabytes(MAX_BESTANDSGROOTTE)} MB.",
            aantal_bytes=aantal_bytes,
            grens=MAX_BESTANDSGROOTTE,
        )
