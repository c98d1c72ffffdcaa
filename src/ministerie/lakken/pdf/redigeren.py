"""``lak``: find what to withhold on each page, remove it for real, scrub the rest, write anew."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import pymupdf

from .fouten import LakMislukt, OnleesbarePdf
from .lezen import Lezing, document_sleutel, lees_pagina
from .model import Lakopdracht, Lakresultaat, Redactie, Vak
from .nacontrole import restanten
from .openen import MUPDF_FOUTEN, open_pdf
from .opschonen import (
    herstel_lagen,
    maak_vervanger,
    schoon_navigatie,
    schrap_bijwerk,
    unieke_teksten,
    voorbereiden,
)
from .tekstlaag import onzichtbare_glyphs
from .tijd import Tijdsbudget
from .zoeken import Doorzoekbaar, term_patroon

ZWART = (0.0, 0.0, 0.0)
WIT = (1.0, 1.0, 1.0)
LETTER = "helv"
MAX_LETTERGROOTTE = 10.0
OCR_MARGE = 1.5
"""OCR boxes hug the glyphs; the pixels of anti-aliased edges sit just outside them."""
LABEL_ONZICHTBAAR = "onzichtbare tekst"


@dataclass(frozen=True)
class _Treffer:
    start: int
    eind: int
    labels: tuple[str, ...]
    gronden: tuple[str, ...]


def _voeg_samen(treffers: list[_Treffer]) -> list[_Treffer]:
    """Merge overlapping ranges so a character is redacted once, with every reason kept."""
    samen: list[_Treffer] = []
    for t in sorted(treffers, key=lambda t: (t.start, t.eind)):
        if samen and t.start < samen[-1].eind:
            vorige = samen[-1]
            samen[-1] = _Treffer(
                vorige.start,
                max(vorige.eind, t.eind),
                vorige.labels + tuple(x for x in t.labels if x not in vorige.labels),
                vorige.gronden + tuple(x for x in t.gronden if x not in vorige.gronden),
            )
        else:
            samen.append(t)
    return samen


def _heel_woord(tekst: str, t: _Treffer) -> _Treffer:
    """Widen a match to whole words. OCR reports a box per word and MuPDF divides it evenly
    over the letters, so a letter's box is only an estimate; the word box is exact."""
    start, eind = t.start, t.eind
    while start > 0 and not tekst[start - 1].isspace():
        start -= 1
    while eind < len(tekst) and not tekst[eind].isspace():
        eind += 1
    return _Treffer(start, eind, t.labels, t.gronden)


def _lettergrootte(rect: Vak, tekst: str) -> float:
    """The largest font size (at most 10 pt) at which ``tekst`` fits the box on one line.
    PyMuPDF prints nothing below 4 pt: a box that small carries no label."""
    breedte = pymupdf.get_text_length(tekst, fontname=LETTER, fontsize=1) or 1.0
    hoogte = rect[3] - rect[1]
    return max(0.0, min(MAX_LETTERGROOTTE, hoogte / 1.25, (rect[2] - rect[0] - 1) / breedte))


def _plaats(page: pymupdf.Page, rect: Vak, grond: str, *, label: bool = True) -> None:
    if label and grond:
        page.add_redact_annot(
            rect,
            text=grond,
            fontname=LETTER,
            fontsize=_lettergrootte(rect, grond),
            align=pymupdf.TEXT_ALIGN_CENTER,
            fill=ZWART,
            text_color=WIT,
            cross_out=False,
        )
    else:
        # fill=False: remove without drawing a box (invisible text has nothing to cover)
        page.add_redact_annot(
            rect,
            fill=ZWART if label else False,
            cross_out=False,
        )


def _pas_toe(page: pymupdf.Page, ocr: bool) -> None:
    page.apply_redactions(
        images=pymupdf.PDF_REDACT_IMAGE_PIXELS,
        graphics=(
            pymupdf.PDF_REDACT_LINE_ART_REMOVE_IF_TOUCHED
            if ocr
            else pymupdf.PDF_REDACT_LINE_ART_REMOVE_IF_COVERED
        ),
        text=pymupdf.PDF_REDACT_TEXT_REMOVE,
    )


def _treffers(
    nummer: int,
    tekst: str,
    patronen: Sequence[tuple[re.Pattern[str], str]],
    spans: Sequence[tuple[int, int, int, str, str]],
    detecteer: Callable[[str], Sequence[Any]] | None,
) -> list[_Treffer]:
    treffers: list[_Treffer] = []
    doorzoekbaar = Doorzoekbaar(tekst)
    for patroon, grond in patronen:
        treffers.extend(_Treffer(s, e, ("term",), (grond,)) for s, e in doorzoekbaar.vind(patroon))
    for _pagina, start, eind, label, grond in spans:
        if not 0 <= start < eind <= len(tekst):
            raise ValueError(
                f"Span {start}-{eind} valt buiten de tekst van pagina {nummer} "
                f"({len(tekst)} tekens); gebruik de offsets van paginatekst()."
            )
        treffers.append(_Treffer(start, eind, (label,), (grond,)))
    if detecteer is not None and tekst.strip():
        for vondst in detecteer(tekst):
            start, eind = int(vondst.start), int(vondst.end)
            if 0 <= start < eind <= len(tekst):
                treffers.append(_Treffer(start, eind, (str(vondst.label),), (str(vondst.grond),)))
    return treffers


def _lak_pagina(
    page: pymupdf.Page,
    lezing: Lezing,
    patronen: Sequence[tuple[re.Pattern[str], str]],
    spans: Sequence[tuple[int, int, int, str, str]],
    gebieden: Sequence[tuple[Vak, str, str]],
    detecteer: Callable[[str], Sequence[Any]] | None,
    controleer_tijd: Callable[[], None] = lambda: None,
) -> list[Redactie]:
    nummer = (page.number or 0) + 1
    laag, ocr = lezing.laag, lezing.methode == "ocr"
    redacties: list[Redactie] = []
    treffers = _treffers(nummer, laag.tekst, patronen, spans, detecteer)
    controleer_tijd()  # detection may be slow on a large page
    if ocr:
        treffers = [_heel_woord(laag.tekst, t) for t in treffers]
    for t in _voeg_samen(treffers):
        grond, label = ", ".join(g for g in t.gronden if g), ", ".join(t.labels)
        for deel in laag.rechthoeken(t.start, t.eind, marge=OCR_MARGE if ocr else 0.0):
            tekst = laag.tekst[deel.start : deel.eind]
            redacties.append(Redactie(nummer, label, grond, tekst, deel.rect))
    for rect, grond, label in gebieden:
        redacties.append(Redactie(nummer, label, grond, laag.tekst_in(rect), rect))
    for rect, tekst in onzichtbare_glyphs(page):
        redacties.append(Redactie(nummer, LABEL_ONZICHTBAAR, "", tekst, rect))
    if not redacties:
        return []
    for r in redacties:
        _plaats(page, r.rect, r.grond, label=r.label != LABEL_ONZICHTBAAR)
    controleer_tijd()
    _pas_toe(page, ocr)
    if ocr:
        return redacties  # the OCR text came from pixels that are now blank
    vakken = [r.rect for r in redacties if r.label != LABEL_ONZICHTBAAR]
    gronden = {r.grond for r in redacties}
    termen = [patroon for patroon, _ in patronen]
    verborgen = any(r.label == LABEL_ONZICHTBAAR for r in redacties)
    for ronde in range(2):
        over = restanten(page, vakken, gronden, termen, verborgen=verborgen)
        if not over:
            return redacties
        if ronde == 1:
            break
        for rect in over:
            _plaats(page, rect, "", label=True)
        _pas_toe(page, ocr)
    raise LakMislukt(
        f"Op pagina {nummer} bleef na het lakken tekst staan die weg moest; "
        "het bestand wordt niet vrijgegeven."
    )


Perpagina = dict[int, list[Any]]


def _per_pagina(opdracht: Lakopdracht, aantal: int) -> tuple[Perpagina, Perpagina]:
    spans: Perpagina = {}
    for span in opdracht.spans:
        if not 1 <= span[0] <= aantal:
            raise ValueError(f"Span op pagina {span[0]}, maar de PDF heeft {aantal} pagina's.")
        spans.setdefault(span[0], []).append(span)
    gebieden: Perpagina = {}
    for pagina, rect, grond in opdracht.gebieden:
        if not 1 <= pagina <= aantal:
            raise ValueError(f"Gebied op pagina {pagina}, maar de PDF heeft {aantal} pagina's.")
        x0, y0, x1, y1 = (float(v) for v in rect)
        gebieden.setdefault(pagina, []).append(((x0, y0, x1, y1), grond, "gebied"))
    return spans, gebieden


def lak(pdf: bytes, opdracht: Lakopdracht) -> Lakresultaat:
    """Redact ``pdf`` as ``opdracht`` says and return the file rewritten in full.

    Raises :class:`OnleesbarePdf` for input that cannot be read and :class:`LakMislukt` when the
    redaction cannot be verified; never returns a half-redacted file.
    """
    patronen: list[tuple[re.Pattern[str], str]] = []
    for term, grond in opdracht.termen:
        patroon = term_patroon(term)
        if patroon is None:
            raise ValueError(f"Lege zoekterm {term!r}.")
        patronen.append((patroon, grond))
    budget = Tijdsbudget(opdracht.tijdslimiet)
    doc = open_pdf(pdf)
    try:
        return _lak(doc, bytes(pdf), opdracht, patronen, budget)
    except MUPDF_FOUTEN as fout:
        raise OnleesbarePdf(f"De PDF is beschadigd en kan niet worden gelakt ({fout}).") from fout
    finally:
        doc.close()


def _lak(
    doc: pymupdf.Document,
    pdf: bytes,
    opdracht: Lakopdracht,
    patronen: list[tuple[re.Pattern[str], str]],
    budget: Tijdsbudget,
) -> Lakresultaat:
    aantal = doc.page_count
    spans, gebieden = _per_pagina(opdracht, aantal)
    voorbereiding = voorbereiden(doc)
    for index, rect, grond in voorbereiding.lakmarkeringen:
        gebieden.setdefault(index + 1, []).append((rect, grond, "bestaande lakmarkering"))
    sleutel = document_sleutel(pdf)
    redacties: list[Redactie] = []
    handmatig: list[int] = []
    for page in doc:
        nummer = (page.number or 0) + 1
        budget.controleer(nummer, aantal)
        lezing = lees_pagina(page, ocr=opdracht.ocr, sleutel=sleutel)
        budget.controleer(nummer, aantal)  # reading may have meant OCR
        if lezing.methode == "handmatig":
            handmatig.append(nummer)
        redacties.extend(
            _lak_pagina(
                page,
                lezing,
                patronen,
                spans.get(nummer, ()),
                gebieden.get(nummer, ()),
                opdracht.detecteer,
                functools.partial(budget.controleer, nummer, aantal),
            )
        )
    budget.controleer(aantal, aantal)
    if doc.get_toc() or doc.get_page_labels():
        weg = unieke_teksten([r.tekst for r in redacties if r.label != LABEL_ONZICHTBAAR])
        grond_van = {r.tekst.strip(): r.grond for r in redacties}
        alle = list(patronen)
        for tekst in weg:
            patroon = term_patroon(tekst) if len(tekst) >= 3 else None
            if patroon is not None:
                alle.append((patroon, grond_van.get(tekst, "")))
        schoon_navigatie(doc, maak_vervanger(alle, opdracht.detecteer))
    schrap_bijwerk(doc)
    herstel_lagen(doc, voorbereiding)
    budget.controleer(aantal, aantal)
    # no_new_id: the same input gives the same bytes (a restarted job yields an identical file)
    uit = doc.tobytes(
        garbage=4, deflate=True, clean=True, encryption=pymupdf.PDF_ENCRYPT_NONE, no_new_id=True
    )
    _controleer_uitvoer(uit, aantal)
    return Lakresultaat(uit, redacties, handmatig, schoon=not handmatig)


def _controleer_uitvoer(uit: bytes, aantal: int) -> None:
    try:
        met = pymupdf.open(stream=uit, filetype="pdf")
    except MUPDF_FOUTEN as fout:
        raise LakMislukt(f"Het gelakte bestand is niet leesbaar ({fout}).") from fout
    with met:
        if met.page_count != aantal:
            raise LakMislukt(f"Het gelakte bestand heeft {met.page_count} pagina's in plaats van {aantal}.")
