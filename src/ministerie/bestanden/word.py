"""DOCX with python-docx: paragraphs and tables in document order, and the core properties."""

from __future__ import annotations

import io
from collections.abc import Iterable
from datetime import datetime

import docx
from docx.document import Document as WordDocument
from docx.table import Table
from docx.text.paragraph import Paragraph

from .fouten import OnleesbaarBestand
from .opschonen import schone_regel
from .typen import Extractie
from .zipcontrole import controleer_xml, open_zip

NAAM = "Het Word-bestand"
BESCHADIGD = "Het Word-bestand (DOCX) is beschadigd en kan niet worden gelezen."
VERSLEUTELD = "Het Word-bestand is versleuteld met een wachtwoord."

_CFB_HANDTEKENING = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def extraheer_docx(data: bytes) -> Extractie:
    """The text of a DOCX: each paragraph on a line, each table row on a line with its cells
    separated by tabs (nested tables follow their cell)."""
    if data.startswith(_CFB_HANDTEKENING):
        # Word saves a document with a password as an OLE file around the encrypted ZIP.
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise OnleesbaarBestand(VERSLEUTELD)
        raise OnleesbaarBestand(BESCHADIGD)
    with open_zip(data, NAAM) as zf:
        controleer_xml(zf, NAAM)
    try:
        document = docx.Document(io.BytesIO(data))
        regels = list(_regels(document.iter_inner_content()))
        metadata = _metadata(document)
    except OnleesbaarBestand:
        raise
    except Exception as fout:  # python-docx and lxml raise many kinds for a broken file
        raise OnleesbaarBestand(BESCHADIGD) from fout
    return Extractie(tekst="\n".join(regels), paginas=None, metadata=metadata)


def _regels(inhoud: Iterable[Paragraph | Table]) -> Iterable[str]:
    for blok in inhoud:
        if isinstance(blok, Paragraph):
            yield blok.text
        else:
            yield from _tabelregels(blok)


def _tabelregels(tabel: Table) -> Iterable[str]:
    for rij in tabel.rows:
        cellen: list[str] = []
        geneste: list[str] = []
        vorige = None
        for cel in rij.cells:
            if cel._tc is vorige:  # a merged cell is handed out once per grid column
                continue
            vorige = cel._tc
            cellen.append(" ".join(p.text.strip() for p in cel.paragraphs if p.text.strip()))
            for geneste_tabel in cel.tables:
                geneste.extend(_tabelregels(geneste_tabel))
        yield "\t".join(cellen).rstrip("\t")
        yield from geneste


def _metadata(document: WordDocument) -> dict[str, str]:
    eigenschappen = document.core_properties
    metadata: dict[str, str] = {}
    for doel, waarde in (
        ("titel", eigenschappen.title),
        ("auteur", eigenschappen.author),
        ("onderwerp", eigenschappen.subject),
    ):
        schoon = schone_regel(waarde or "")
        if schoon:
            metadata[doel] = schoon
    datum = _datum(eigenschappen, "created") or _datum(eigenschappen, "modified")
    if datum is not None:
        metadata["datum"] = datum.isoformat()
    return metadata


def _datum(eigenschappen: object, naam: str) -> datetime | None:
    try:
        waarde = getattr(eigenschappen, naam)
    except (ValueError, TypeError):  # a malformed date in docProps/core.xml
        return None
    return waarde if isinstance(waarde, datetime) else None
