"""Redaction of PDF files that really removes what is withheld (Woo, Open Government Act).

``lak`` removes text, image pixels and graphics under each box, prints the Woo ground on the
black box, scrubs metadata, XMP, annotations, form fields, embedded files, JavaScript and old
revisions, and writes the file anew. ``controleer`` is the independent checker of the result.
Every redaction has a time budget (``Lakopdracht.tijdslimiet``); ``lak_in_eigen_proces`` also
stops a step that hangs. ``lak_en_controleer`` is a redaction with its check as one pure step;
``Lakpool`` runs several of those ahead in other processes.
``paginatekst`` gives the page texts whose offsets ``Lakopdracht.spans`` and detectors use.
"""

from .begrensd import lak_in_eigen_proces
from .controle import controleer
from .fouten import LakMislukt, LakTeLang, OnleesbarePdf
from .lakwerk import Controlewerk, Lakpool, Lakuitkomst, Lakwerk, lak_en_controleer
from .lezen import paginatekst
from .model import Lakopdracht, Lakresultaat, Redactie
from .ocr import ocr_beschikbaar
from .redigeren import lak

__all__ = [
    "Controlewerk",
    "LakMislukt",
    "LakTeLang",
    "Lakopdracht",
    "Lakpool",
    "Lakresultaat",
    "Lakuitkomst",
    "Lakwerk",
    "OnleesbarePdf",
    "Redactie",
    "controleer",
    "lak",
    "lak_en_controleer",
    "lak_in_eigen_proces",
    "ocr_beschikbaar",
    "paginatekst",
]
