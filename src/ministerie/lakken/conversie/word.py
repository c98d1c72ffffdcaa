"""A Word document (DOCX) as a readable PDF: headings, paragraphs, lists and tables."""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from typing import Any

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.table import Table, _Cell
from docx.text.hyperlink import Hyperlink
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from ministerie.bestanden import OnleesbaarBestand, extraheer, herken

from .fouten import NietOmTeZetten
from .opmaak import maak_pdf, tekst_html

BESCHADIGD = "Het Word-bestand (DOCX) is beschadigd en kan niet worden gelezen."

#: Tables nested deeper than this are shown as their text.
MAX_TABELDIEPTE = 5

_KOP = re.compile(r"^(?:heading|kop)\s*(\d)$", re.IGNORECASE)
_TITELS = {"title": 1, "titel": 1, "subtitle": 2, "ondertitel": 2}
_LIJST = re.compile(r"^(?:list|lijst)", re.IGNORECASE)


def docx_naar_pdf(data: bytes, titel: str) -> bytes:
    """The PDF of the Word document in ``data``; ``titel`` becomes the PDF's title.

    The document is first read by the document store's checks (ZIP bomb, encryption, size),
    so a corrupt or hostile file is refused with a Dutch reason."""
    try:
        extraheer(data, herken(data, "document.docx"))
    except OnleesbaarBestand as fout:
        raise NietOmTeZetten(fout.reden) from fout
    except Exception as fout:  # zlib.error and the like from a damaged ZIP
        raise NietOmTeZetten(BESCHADIGD) from fout
    try:
        document = docx.Document(io.BytesIO(data))
        inhoud = "".join(_blokken(document.iter_inner_content(), 0))
    except Exception as fout:  # python-docx and lxml raise many kinds for a broken file
        raise NietOmTeZetten(BESCHADIGD) from fout
    return maak_pdf(titel, inhoud)


def _blokken(inhoud: Iterable[Paragraph | Table], diepte: int) -> Iterable[str]:
    for blok in inhoud:
        if isinstance(blok, Paragraph):
            yield _alinea(blok)
        else:
            yield _tabel(blok, diepte)


def _alinea(alinea: Paragraph) -> str:
    stijl = (alinea.style.name if alinea.style is not None else "") or ""
    tekst = "".join(_inline(deel) for deel in alinea.iter_inner_content())
    niveau = _kopniveau(stijl)
    if niveau:
        return f"<h{niveau}>{tekst}</h{niveau}>"
    klassen = []
    if _LIJST.match(stijl) or alinea._p.pPr is not None and alinea._p.pPr.numPr is not None:
        klassen.append("lijst")
        tekst = "\u2022 " + tekst
    uitlijning = alinea.alignment
    if uitlijning == WD_ALIGN_PARAGRAPH.CENTER:
        klassen.append("midden")
    elif uitlijning == WD_ALIGN_PARAGRAPH.RIGHT:
        klassen.append("rechts")
    klasse = f' class="{" ".join(klassen)}"' if klassen else ""
    return f"<p{klasse}>{tekst or '&nbsp;'}</p>"


def _kopniveau(stijl: str) -> int:
    gevonden = _KOP.match(stijl.strip())
    if gevonden:
        return min(max(int(gevonden.group(1)), 1), 6)
    return _TITELS.get(stijl.strip().lower(), 0)


def _inline(deel: Run | Hyperlink) -> str:
    if isinstance(deel, Hyperlink):
        return "".join(_run(run) for run in deel.runs)
    return _run(deel)


def _run(run: Run) -> str:
    html = tekst_html(run.text).replace("\n", "<br>")
    if run._r.xpath("./w:drawing | ./w:pict"):
        html += "[afbeelding]"
    if not html:
        return ""
    if run.bold:
        html = f"<strong>{html}</strong>"
    if run.italic:
        html = f"<em>{html}</em>"
    if run.underline:
        html = f"<u>{html}</u>"
    return html


def _tabel(tabel: Table, diepte: int) -> str:
    rijen = []
    for tr in tabel._tbl.tr_lst:
        cellen = []
        for tc in tr.tc_lst:
            cel = _Cell(tc, tabel)
            span = _getal(tc.grid_span)
            colspan = f' colspan="{min(span, 100)}"' if span > 1 else ""
            if tc.vMerge == "continue":
                inhoud = ""  # the rest of a vertically merged cell: its text is in the first
            elif diepte >= MAX_TABELDIEPTE:
                inhoud = tekst_html(_celtekst(cel))
            else:
                inhoud = "".join(_blokken(cel.iter_inner_content(), diepte + 1))
            cellen.append(f"<td{colspan}>{inhoud}</td>")
        rijen.append(f"<tr>{''.join(cellen)}</tr>")
    return f"<table>{''.join(rijen)}</table>"


def _celtekst(cel: _Cell) -> str:
    return "\n".join(p.text for p in cel.paragraphs)


def _getal(waarde: Any) -> int:
    try:
        return int(waarde)
    except (TypeError, ValueError):
        return 1
