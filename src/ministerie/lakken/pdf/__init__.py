"""Redaction of PDF files that really removes what is withheld (Woo, Open Government Act).

``lak`` removes text, image pixels and graphics under each box, prints the Woo ground on the
black box, scrubs metadata, XMP, annotations, form fields, embedded files, JavaScript and old
revisions, and writes the file anew. ``controleer`` is the independent checker of the result.
``paginatekst`` gives the page texts whose offsets ``Lakopdracht.spans`` and detectors use.
"""

from .controle import controleer
from .fouten import LakMislukt, OnleesbarePdf
from .lezen import paginatekst
from .model import Lakopdracht, Lakresultaat, Redactie
from .ocr import ocr_beschikbaar
from .redigeren import lak

__all__ = [
    "LakMislukt",
    "Lakopdracht",
    "Lakresultaat",
    "OnleesbarePdf",
    "Redactie",
    "controleer",
    "lak",
    "ocr_beschikbaar",
    "paginatekst",
]
