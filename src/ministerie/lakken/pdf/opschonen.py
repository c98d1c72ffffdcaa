"""Everything outside the page content that can carry withheld text, made safe.

Choices (the safest of the options):

- **Optional content (layers)**: switched off while reading and redacting, so text in a hidden
  layer is found and removed too; restored afterwards.
- **Form fields**: flattened (their visible value becomes page content, which is then redacted
  like any other text); the form itself (AcroForm, field values) is removed.
- **Annotations**: *all* removed — sticky notes, free text, links, file attachments, stamps,
  ink, popups. Redaction annotations already in the input are applied first (they mark what
  someone meant to hide).
- **Metadata**: the document information (title, author, subject, keywords, creator,
  producer, dates) is cleared, XMP metadata is removed, on the document and on every object.
- **Embedded files, JavaScript, actions on open, thumbnails, private application data
  (PieceInfo), the structure tree (Alt/ActualText copies of the text)**: removed.
- **Bookmarks and page labels**: kept, with every withheld string in them replaced by
  ``[ground]``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import pymupdf

from .model import Vak
from .zoeken import Doorzoekbaar

_CATALOGUS_WEG = (
    "AcroForm",
    "OpenAction",
    "AA",
    "PieceInfo",
    "Metadata",
    "Collection",
    "Threads",
    "SpiderInfo",
    "Perms",
    "Legal",
    "StructTreeRoot",
    "MarkInfo",
    "Names/EmbeddedFiles",
    "Names/JavaScript",
    "Names/AlternatePresentations",
)
_OBJECT_WEG = ("Metadata", "PieceInfo", "Thumb", "AA", "JS")


@dataclass(frozen=True)
class Voorbereiding:
    """What :func:`voorbereiden` took away and must be put back, or applied, later."""

    lagen: tuple[str, str] | None
    lakmarkeringen: list[tuple[int, Vak, str]]


def voorbereiden(doc: pymupdf.Document) -> Voorbereiding:
    """Make every piece of text reachable for reading: layers on, fields flattened,
    annotations gone. Run before reading text, by ``lak`` and ``paginatekst`` alike."""
    catalogus = doc.pdf_catalog()
    lagen = doc.xref_get_key(catalogus, "OCProperties")
    if lagen[0] != "null":
        doc.xref_set_key(catalogus, "OCProperties", "null")
    markeringen: list[tuple[int, Vak, str]] = []
    heeft_velden = False
    for page in doc:
        for annot in page.annots(types=(pymupdf.PDF_ANNOT_REDACT,)):
            tekst = doc.xref_get_key(annot.xref, "OverlayText")
            grond = tekst[1].strip("()") if tekst[0] == "string" else ""
            markeringen.append((page.number or 0, tuple(annot.rect), grond))
        heeft_velden = heeft_velden or page.first_widget is not None
    if heeft_velden:
        doc.bake(annots=False, widgets=True)
    for page in doc:
        if doc.xref_get_key(page.xref, "Annots")[0] != "null":
            doc.xref_set_key(page.xref, "Annots", "null")
    if doc.xref_get_key(catalogus, "AcroForm")[0] != "null":
        doc.xref_set_key(catalogus, "AcroForm", "null")
    return Voorbereiding(None if lagen[0] == "null" else lagen, markeringen)


def herstel_lagen(doc: pymupdf.Document, voorbereiding: Voorbereiding) -> None:
    """Put the optional-content configuration back (hidden layers hidden again)."""
    if voorbereiding.lagen is not None:
        doc.xref_set_key(doc.pdf_catalog(), "OCProperties", voorbereiding.lagen[1])


def schrap_bijwerk(doc: pymupdf.Document) -> None:
    """Clear metadata and remove XMP, embedded files, JavaScript, thumbnails, private data."""
    doc.set_metadata({})
    doc.del_xml_metadata()
    for naam in doc.embfile_names():
        doc.embfile_del(naam)
    catalogus = doc.pdf_catalog()
    for sleutel in _CATALOGUS_WEG:
        if doc.xref_get_key(catalogus, sleutel)[0] != "null":
            doc.xref_set_key(catalogus, sleutel, "null")
    for xref in range(1, doc.xref_length()):
        try:
            sleutels = doc.xref_get_keys(xref)
        except (RuntimeError, ValueError):
            continue
        for sleutel in _OBJECT_WEG:
            if sleutel in sleutels:
                doc.xref_set_key(xref, sleutel, "null")
        if "S" in sleutels and doc.xref_get_key(xref, "S")[1] == "/JavaScript":
            doc.xref_set_key(xref, "S", "null")
        if "A" in sleutels and doc.xref_get_key(xref, "A/S")[1] == "/JavaScript":
            doc.xref_set_key(xref, "A", "null")
        if "StructParents" in sleutels:
            doc.xref_set_key(xref, "StructParents", "null")
    trailer_info = doc.xref_get_key(-1, "Info")
    if trailer_info[0] != "null":
        doc.xref_set_key(-1, "Info", "null")


Vervanger = Callable[[str], str]


def maak_vervanger(
    patronen: Sequence[tuple[re.Pattern[str], str]],
    detecteer: Callable[[str], Sequence[Any]] | None,
) -> Vervanger:
    """A function that replaces each withheld string in a short text by ``[ground]``."""

    def vervang(tekst: str) -> str:
        if not tekst:
            return tekst
        doorzoekbaar = Doorzoekbaar(tekst)
        treffers: list[tuple[int, int, str]] = []
        for patroon, grond in patronen:
            treffers.extend((s, e, grond) for s, e in doorzoekbaar.vind(patroon))
        if detecteer is not None:
            for vondst in detecteer(tekst):
                treffers.append((int(vondst.start), int(vondst.end), str(vondst.grond)))
        if not treffers:
            return tekst
        treffers.sort()
        uit, positie = [], 0
        for start, eind, grond in treffers:
            if eind <= positie:
                continue
            start = max(start, positie)
            uit.append(tekst[positie:start])
            uit.append(f"[{grond}]" if grond else "[gelakt]")
            positie = eind
        uit.append(tekst[positie:])
        return "".join(uit)

    return vervang


def schoon_navigatie(doc: pymupdf.Document, vervang: Vervanger) -> None:
    """Replace withheld strings in bookmark titles and page label prefixes."""
    inhoud = doc.get_toc(simple=False)
    nieuw = []
    veranderd = False
    for niveau, titel, pagina, *rest in inhoud:
        schoon = vervang(titel)
        veranderd = veranderd or schoon != titel
        nieuw.append([niveau, schoon, pagina, *rest])
    if veranderd:
        doc.set_toc(nieuw)
    labels = doc.get_page_labels()
    if labels:
        schone = [{**regel, "prefix": vervang(regel.get("prefix", ""))} for regel in labels]
        if schone != labels:
            doc.set_page_labels(schone)


def unieke_teksten(teksten: Iterable[str]) -> list[str]:
    """Distinct non-empty texts, longest first (so the longest replacement wins)."""
    return sorted({t.strip() for t in teksten if t and t.strip()}, key=len, reverse=True)
