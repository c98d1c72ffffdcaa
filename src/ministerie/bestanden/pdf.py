"""PDF with PyMuPDF: the text page by page, the page count, and a page as a PNG for a preview.

A preview rendered on the server works on every tablet, without a PDF plug-in.
"""

from __future__ import annotations

import math
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta, timezone

import pymupdf

from .fouten import OnleesbaarBestand
from .limieten import (
    MAX_PDF_EXTRACTIETIJD,
    MAX_PIXELS,
    MAX_RENDERBREEDTE,
    MIN_RENDERBREEDTE,
    controleer_grootte,
)
from .opschonen import schone_regel
from .typen import Extractie

BESCHADIGD = "Het PDF-bestand is beschadigd en kan niet worden gelezen."
VERSLEUTELD = "Het PDF-bestand is versleuteld met een wachtwoord."
HERSTELD = "Het PDF-bestand was beschadigd en is hersteld; de tekst kan onvolledig zijn."

#: Plain text with ligatures (fi, fl) written out, so that search finds the words.
_TEKSTVLAGGEN = pymupdf.TEXTFLAGS_TEXT & ~pymupdf.TEXT_PRESERVE_LIGATURES

#: PyMuPDF does not support use from several threads at once (it may crash the process), so
#: all its work in one process goes one at a time. Run PDF work in several processes (the
#: task worker, gunicorn workers) for parallelism.
_MUPDF_SLOT = threading.Lock()

_PDF_DATUM = re.compile(
    r"D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?\s*(?:([Zz])|([+-])(\d{2})'?(\d{2})?'?)?"
)


@contextmanager
def open_pdf(data: bytes) -> Iterator[pymupdf.Document]:
    """``data`` opened as a PDF; a corrupt, encrypted, empty or too big one is unreadable.

    Holds the process's PyMuPDF lock while the document is open.
    """
    controleer_grootte(len(data))
    with _MUPDF_SLOT:
        # A corrupt upload is expected here: keep MuPDF's messages off the server's stderr.
        pymupdf.TOOLS.mupdf_display_errors(False)
        pymupdf.TOOLS.mupdf_display_warnings(False)
        try:
            document = pymupdf.open(stream=data, filetype="pdf")
        except Exception as fout:  # MuPDF raises several kinds for a broken file
            raise OnleesbaarBestand(BESCHADIGD) from fout
        try:
            if document.needs_pass:
                raise OnleesbaarBestand(VERSLEUTELD)
            if document.page_count < 1:
                raise OnleesbaarBestand(BESCHADIGD)
            yield document
        finally:
            document.close()


def aantal_paginas(pdf_data: bytes) -> int:
    """The number of pages of a PDF."""
    with open_pdf(pdf_data) as document:
        return int(document.page_count)


def pagina_als_png(pdf_data: bytes, pagina: int, breedte: int = 1200) -> bytes:
    """Page ``pagina`` (from 1) of a PDF as a PNG ``breedte`` pixels wide.

    A page so tall that the image would pass ``MAX_PIXELS`` is rendered narrower. A page
    that does not exist or a width out of bounds raises ``ValueError``.
    """
    if isinstance(breedte, bool) or not isinstance(breedte, int):
        raise ValueError("De breedte van een paginabeeld moet een geheel aantal pixels zijn.")
    if not MIN_RENDERBREEDTE <= breedte <= MAX_RENDERBREEDTE:
        raise ValueError(
            f"De breedte van een paginabeeld moet tussen {MIN_RENDERBREEDTE} en "
            f"{MAX_RENDERBREEDTE} pixels liggen."
        )
    with open_pdf(pdf_data) as document:
        aantal = int(document.page_count)
        if isinstance(pagina, bool) or not isinstance(pagina, int) or not 1 <= pagina <= aantal:
            raise ValueError(f"Pagina {pagina} bestaat niet; het document heeft {_paginas(aantal)}.")
        try:
            pagina_obj = document.load_page(pagina - 1)
            vlak = pagina_obj.rect
            if vlak.width <= 0 or vlak.height <= 0:
                raise OnleesbaarBestand(f"Pagina {pagina} van het PDF-bestand heeft geen afmetingen.")
            zoom = breedte / vlak.width
            if vlak.width * vlak.height * zoom * zoom > MAX_PIXELS:
                zoom = math.sqrt(MAX_PIXELS / (vlak.width * vlak.height))
            beeld = pagina_obj.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False)
            return bytes(beeld.tobytes("png"))
        except OnleesbaarBestand:
            raise
        except Exception as fout:
            raise OnleesbaarBestand(
                f"Pagina {pagina} van het PDF-bestand is beschadigd en kan niet worden getoond."
            ) from fout


def extraheer_pdf(data: bytes) -> Extractie:
    """The text of every page, separated by a form feed, with warnings for pages without text."""
    with open_pdf(data) as document:
        aantal = int(document.page_count)
        metadata = _metadata(document)
        teksten: list[str] = []
        zonder_tekstlaag: list[int] = []
        leeg: list[int] = []
        onleesbaar: list[int] = []
        waarschuwingen: list[str] = []
        grens = time.monotonic() + MAX_PDF_EXTRACTIETIJD
        for index in range(aantal):
            if time.monotonic() > grens:
                waarschuwingen.append(
                    f"Het lezen van de tekst duurde te lang en is na pagina {index} van "
                    f"{aantal} gestopt; de tekst is onvolledig."
                )
                break
            try:
                pagina = document.load_page(index)
                tekst = pagina.get_text("text", flags=_TEKSTVLAGGEN)
                if not tekst.strip():
                    (zonder_tekstlaag if _heeft_inhoud(pagina) else leeg).append(index + 1)
            except Exception:  # one broken page does not make the others unreadable
                onleesbaar.append(index + 1)
                tekst = ""
            teksten.append(tekst)
        if onleesbaar and len(onleesbaar) == len(teksten):
            raise OnleesbaarBestand(BESCHADIGD)
        if document.is_repaired:
            # A repaired file of which nothing shows (its content lost) is no document.
            if len(leeg) + len(onleesbaar) == len(teksten):
                raise OnleesbaarBestand(BESCHADIGD)
            waarschuwingen.insert(0, HERSTELD)
    if zonder_tekstlaag:
        waarschuwingen.append(
            f"Geen tekstlaag op {_paginanummers(zonder_tekstlaag)} (waarschijnlijk gescand); "
            "de tekst daarvan is niet doorzoekbaar zonder tekstherkenning (OCR)."
        )
    if onleesbaar:
        waarschuwingen.append(f"De tekst van {_paginanummers(onleesbaar)} kon niet worden gelezen.")
    return Extractie(
        tekst="\f".join(teksten), paginas=aantal, metadata=metadata, waarschuwingen=waarschuwingen
    )


def _heeft_inhoud(pagina: pymupdf.Page) -> bool:
    """Whether a page without text shows something (an image, drawn shapes): not a blank page."""
    return bool(pagina.get_images(full=False)) or bool(pagina.get_bboxlog())


def _metadata(document: pymupdf.Document) -> dict[str, str]:
    ruw = document.metadata or {}
    metadata: dict[str, str] = {}
    for bron, doel in (("title", "titel"), ("author", "auteur"), ("subject", "onderwerp")):
        waarde = schone_regel(str(ruw.get(bron) or ""))
        if waarde:
            metadata[doel] = waarde
    for bron in ("creationDate", "modDate"):
        datum = pdf_datum(str(ruw.get(bron) or ""))
        if datum:
            metadata["datum"] = datum
            break
    return metadata


def pdf_datum(waarde: str) -> str:
    """A PDF date (``D:20240917143000+02'00'``) as ISO 8601; ``""`` when there is none."""
    waarde = waarde.strip()
    if not waarde:
        return ""
    if not waarde.startswith("D:"):
        waarde = "D:" + waarde
    treffer = _PDF_DATUM.match(waarde)
    if treffer is None:
        return schone_regel(waarde[2:])
    jaar, maand, dag, uur, minuut, seconde, zulu, teken, tz_uur, tz_min = treffer.groups()
    try:
        if uur is None:
            return datetime(int(jaar), int(maand or 1), int(dag or 1)).date().isoformat()
        zone = None
        if zulu:
            zone = UTC
        elif teken:
            verschil = timedelta(hours=int(tz_uur), minutes=int(tz_min or 0))
            zone = timezone(-verschil if teken == "-" else verschil)
        moment = datetime(
            int(jaar),
            int(maand or 1),
            int(dag or 1),
            int(uur),
            int(minuut or 0),
            int(seconde or 0),
            tzinfo=zone,
        )
    except ValueError:
        return schone_regel(waarde[2:])
    return moment.isoformat()


def _paginas(aantal: int) -> str:
    return "1 pagina" if aantal == 1 else f"{aantal} pagina's"


def _paginanummers(nummers: list[int]) -> str:
    """``[1, 2, 3, 5]`` as ``"pagina's 1-3, 5"``; one page as ``"pagina 4"``."""
    if len(nummers) == 1:
        return f"pagina {nummers[0]}"
    reeksen: list[str] = []
    begin = vorige = nummers[0]
    for nummer in [*nummers[1:], None]:
        if nummer is not None and nummer == vorige + 1:
            vorige = nummer
            continue
        reeksen.append(str(begin) if begin == vorige else f"{begin}\u2013{vorige}")
        if nummer is not None:
            begin = vorige = nummer
    return "pagina's " + ", ".join(reeksen)
