"""The result of a conversion: one PDF with where it came from."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

#: What a PDF was made from: an e-mail, an Outlook message, a Word document, plain text, an
#: HTML file, an OpenDocument text, or a PDF passed through unchanged.
Soort = Literal["eml", "msg", "docx", "tekst", "html", "odt", "pdf"]


@dataclass(frozen=True, slots=True)
class Omgezet:
    """One converted document.

    ``bestandsnaam`` is a name for the PDF (ending in ``.pdf``), ``pdf`` its bytes, ``soort``
    what it was made from and ``herkomst`` where it was found, in Dutch: the input's name, and
    for an attachment the path to it (``"bericht.eml / bijlage 2: nota.docx"``).
    """

    bestandsnaam: str
    pdf: bytes
    soort: Soort
    herkomst: str
