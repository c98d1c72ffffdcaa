"""The checker: does a redacted PDF still hold any secret, and is it otherwise intact?

Returns Dutch problem descriptions; an empty list means the file passes. It looks at:

- the text of every page as extracted (text layer, every glyph including invisible ones, and
  OCR of scans when Dutch OCR is available; a scan that cannot be OCR'd is a problem);
- the raw file bytes and every compressed stream in them (old revisions included), every
  object and decompressed stream of the document, metadata, XMP, annotations, form fields,
  bookmarks, embedded files, page labels and links — each read as Latin-1, UTF-8, UTF-16 and
  as decoded PDF string literals and hex strings;
- secrets are compared case-insensitively, without accents and ignoring white space and
  hyphens (``Jan Klaas-\\nsen`` is ``Jan Klaassen``);
- each expected ground label must be visible as text on a page, each ``behouden`` string must
  still be extractable text, and the page count must be as expected;
- redaction annotations that were never applied are a problem too.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

import pymupdf

from .bronnen import document_bronnen, ruwe_bronnen, weergaven
from .ocr import ocr_beschikbaar, ocr_laag, ocr_soort
from .openen import MUPDF_FOUTEN
from .tekstlaag import lees_tekstlaag, zichtbaar_vlak
from .zoeken import kern, kern_latin1, latin1_naald


def _kort(geheim: str) -> str:
    return geheim if len(geheim) <= 40 else geheim[:37] + "..."


def _pagina_teksten(doc: pymupdf.Document, ocr: bool, problemen: list[str]) -> list[list[str]]:
    """Per page, the texts in which secrets are looked for."""
    teksten: list[list[str]] = []
    for page in doc:
        nummer = (page.number or 0) + 1
        laag = lees_tekstlaag(page)
        spoor = "".join(chr(t[0]) for span in page.get_texttrace() for t in span["chars"] if t[0] > 0)
        delen = [laag.tekst, page.get_text(), spoor]
        soort = ocr_soort(page, laag.aantal_tekens)
        if soort is not None:
            if ocr and ocr_beschikbaar():
                delen.append(ocr_laag(page, soort).tekst)
            else:
                problemen.append(
                    f"Pagina {nummer} bevat een scan of afbeelding die zonder OCR niet kan "
                    "worden gecontroleerd: handmatig nakijken."
                )
        teksten.append(delen)
    return teksten


def controleer(
    pdf: bytes,
    geheimen: Iterable[str],
    *,
    verwachte_gronden: Iterable[str] = (),
    verwacht_paginas: int | None = None,
    behouden: Iterable[str] = (),
    ocr: bool = True,
) -> list[str]:
    """Check a redacted PDF; an empty list means it passes. See the module text."""
    geheimen = [g for g in geheimen if kern(g)]
    try:
        doc = pymupdf.open(stream=bytes(pdf), filetype="pdf")
    except MUPDF_FOUTEN as fout:
        return [f"Het bestand is geen leesbare PDF ({fout})."]
    with doc:
        if doc.needs_pass:
            return ["Het bestand is versleuteld en kan niet worden gecontroleerd."]
        problemen: list[str] = []
        if verwacht_paginas is not None and doc.page_count != verwacht_paginas:
            problemen.append(f"Het bestand heeft {doc.page_count} pagina's; verwacht: {verwacht_paginas}.")
        for page in doc:
            if any(True for _ in page.annots(types=(pymupdf.PDF_ANNOT_REDACT,))):
                problemen.append(
                    f"Pagina {(page.number or 0) + 1} bevat lakmarkeringen die niet zijn "
                    "toegepast: de tekst eronder staat er nog."
                )
        ruwe = list(ruwe_bronnen(bytes(pdf)))
        catalogus = doc.pdf_catalog()
        if doc.xref_get_key(catalogus, "OCProperties")[0] != "null":
            doc.xref_set_key(catalogus, "OCProperties", "null")  # read hidden layers too
        pagina_teksten = _pagina_teksten(doc, ocr, problemen)
        pagina_kernen = [[kern(t) for t in delen] for delen in pagina_teksten]
        for geheim in geheimen:
            naald = kern(geheim)
            for nummer, kernen in enumerate(pagina_kernen, start=1):
                if any(naald in k for k in kernen):
                    problemen.append(f"Geheim '{_kort(geheim)}' staat nog als tekst op pagina {nummer}.")
        bronnen = ruwe + list(document_bronnen(doc))
        gevonden: set[tuple[str, str]] = set()
        naalden = {geheim: kern(geheim) for geheim in geheimen}
        # a stream read twice (inflated from the file, and as the object's stream) is searched
        # once: the readings of large image data are the costly part of the check
        per_inhoud: dict[bytes, list[str]] = {}
        for beschrijving, blob in bronnen:
            open_naalden = {g: n for g, n in naalden.items() if (g, beschrijving) not in gevonden}
            if not open_naalden or not blob:
                continue
            vingerafdruk = hashlib.blake2b(blob, digest_size=16).digest()
            if vingerafdruk not in per_inhoud:
                per_inhoud[vingerafdruk] = _gevonden_in(blob, naalden)
            for geheim in per_inhoud[vingerafdruk]:
                if geheim in open_naalden:
                    gevonden.add((geheim, beschrijving))
                    problemen.append(f"Geheim '{_kort(geheim)}' gevonden in {beschrijving}.")
        problemen.extend(_gronden(doc, verwachte_gronden))
        alle_tekst = [k for kernen in pagina_kernen for k in kernen[:2]]
        for tekst in behouden:
            if kern(tekst) and not any(kern(tekst) in k for k in alle_tekst):
                problemen.append(f"Tekst '{_kort(tekst)}' is niet meer als tekst aanwezig.")
        return problemen


def _gevonden_in(blob: bytes, naalden: dict[str, str]) -> list[str]:
    """The secrets (in the order given) whose kern is in one of the readings of ``blob``."""
    latin1 = kern_latin1(blob)
    gevonden = [g for g, naald in naalden.items() if (n := latin1_naald(naald)) is not None and n in latin1]
    for weergave in weergaven(blob, latin1=False):
        hooiberg = kern(weergave)
        gevonden += [g for g, naald in naalden.items() if g not in gevonden and naald in hooiberg]
    return sorted(gevonden, key=list(naalden).index)


def _gronden(doc: pymupdf.Document, gronden: Iterable[str]) -> list[str]:
    problemen = []
    for grond in dict.fromkeys(gronden):
        zichtbaar = False
        for page in doc:
            for rect in page.search_for(grond):
                if rect.intersects(zichtbaar_vlak(page)) and min(rect.width, rect.height) >= 2:
                    zichtbaar = True
                    break
            if zichtbaar:
                break
        if not zichtbaar:
            problemen.append(f"Weigeringsgrond '{grond}' staat op geen enkele pagina zichtbaar.")
    return problemen
