"""XLSX with openpyxl: the cell values of every sheet, and the workbook's core properties.

Only a real Office Open XML workbook is read: a ZIP (opened with the same guards as every
container: members, unpacked size, encryption) whose ``[Content_Types].xml`` declares the
workbook part as a spreadsheet — not a macro-enabled workbook (XLSM) or a template — with its
package relationships, no DTD in any XML part (no entity tricks), and which openpyxl opens. The
sheets are streamed (openpyxl's read-only mode), so only the parts openpyxl loads whole (shared
strings, styles, the workbook) count towards ``MAX_XML_ELEMENTEN``; at most ``MAX_XLSX_CELLEN``
cells are read, with a warning when there are more.
"""

from __future__ import annotations

import io
import warnings
import zipfile
from collections.abc import Iterator
from datetime import date, datetime, time
from typing import Any

from .fouten import OnleesbaarBestand, TeGrootBestand
from .limieten import MAX_XLSX_CELLEN, MAX_XLSX_GROOTTE, MAX_XML_ELEMENTEN, getal, megabytes
from .opschonen import schone_regel
from .typen import Extractie
from .zipcontrole import lees_lid, open_zip

NAAM = "De Excel-werkmap"
BESCHADIGD = "De Excel-werkmap (XLSX) is beschadigd en kan niet worden gelezen."
VERSLEUTELD = "De Excel-werkmap is versleuteld met een wachtwoord."
MACROS = "De Excel-werkmap bevat macro's (XLSM); lever een werkmap zonder macro's aan (.xlsx)."

#: The content type of the workbook part of an ordinary workbook (ECMA-376 part 1, 12.3.23).
WERKMAP_TYPE = b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"

_CFB_HANDTEKENING = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_WERKBLADEN = "xl/worksheets/"


def geen_ooxml(reden: str) -> OnleesbaarBestand:
    return OnleesbaarBestand(f"Het bestand is geen geldige Excel-werkmap (XLSX): {reden}.")


def extraheer_xlsx(data: bytes) -> Extractie:
    """The text of an XLSX: per sheet its name on a line, then each row that holds a value on
    a line, the cells separated by tabs (formulas as their last computed value)."""
    if data.startswith(_CFB_HANDTEKENING):
        # Excel saves a workbook with a password as an OLE file around the encrypted ZIP.
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise OnleesbaarBestand(VERSLEUTELD)
        raise OnleesbaarBestand(BESCHADIGD)
    if len(data) > MAX_XLSX_GROOTTE:
        raise TeGrootBestand(
            f"De Excel-werkmap is te groot ({megabytes(len(data))} MB); de grens voor een "
            f"werkmap is {megabytes(MAX_XLSX_GROOTTE)} MB.",
            aantal_bytes=len(data),
            grens=MAX_XLSX_GROOTTE,
        )
    with open_zip(data, NAAM) as zf:
        controleer_werkmap(zf)
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles and extensions it skips
            boek = load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    except Exception as fout:  # openpyxl and its XML parser raise many kinds for a broken file
        raise OnleesbaarBestand(BESCHADIGD) from fout
    waarschuwingen: list[str] = []
    try:
        regels = list(_regels(boek, waarschuwingen))
        metadata = _metadata(boek)
    except OnleesbaarBestand:
        raise
    except Exception as fout:
        raise OnleesbaarBestand(BESCHADIGD) from fout
    finally:
        boek.close()
    return Extractie(tekst="\n".join(regels), paginas=None, metadata=metadata, waarschuwingen=waarschuwingen)


def controleer_werkmap(zf: zipfile.ZipFile) -> None:
    """Refuse a ZIP that is not an ordinary OOXML workbook, one with macros, one with a DTD in
    any XML part, and one whose whole-loaded parts are too complex."""
    namen = set(zf.namelist())
    if "[Content_Types].xml" not in namen:
        raise geen_ooxml("het onderdeel [Content_Types].xml ontbreekt")
    if "_rels/.rels" not in namen:
        raise geen_ooxml("de relaties van het pakket (_rels/.rels) ontbreken")
    if "xl/workbook.xml" not in namen:
        raise geen_ooxml("het werkboek (xl/workbook.xml) ontbreekt")
    typen = lees_lid(zf, "[Content_Types].xml", NAAM)
    if "xl/vbaProject.bin" in namen or b"macroEnabled" in typen:
        raise OnleesbaarBestand(MACROS)
    if WERKMAP_TYPE not in typen:
        raise geen_ooxml("het werkboek heeft niet het type van een werkmap (mogelijk een sjabloon)")
    tags = 0
    for lid in zf.infolist():
        if lid.is_dir() or not lid.filename.lower().endswith((".xml", ".rels")):
            continue
        inhoud = lees_lid(zf, lid.filename, NAAM)
        if b"<!DOCTYPE" in inhoud or b"<!ENTITY" in inhoud:
            raise geen_ooxml(f"het onderdeel {lid.filename} bevat een DTD")
        if not lid.filename.startswith(_WERKBLADEN):  # sheets are streamed, the rest is loaded whole
            tags += inhoud.count(b"<")
            if tags > MAX_XML_ELEMENTEN:
                raise OnleesbaarBestand(
                    f"{NAAM} is te complex om te lezen (meer dan {getal(MAX_XML_ELEMENTEN)} XML-elementen)."
                )


def _regels(boek: Any, waarschuwingen: list[str]) -> Iterator[str]:
    cellen = 0
    for blad in boek.worksheets:
        yield f"{blad.title}"
        for rij in blad.iter_rows(values_only=True):
            cellen += len(rij)
            if cellen > MAX_XLSX_CELLEN:
                waarschuwingen.append(
                    f"Alleen de eerste {getal(MAX_XLSX_CELLEN)} cellen van de werkmap zijn gelezen."
                )
                return
            waarden = [_tekst(w) for w in rij]
            if any(waarden):
                yield "\t".join(waarden).rstrip("\t")
        yield ""


def _tekst(waarde: Any) -> str:
    if waarde is None:
        return ""
    if isinstance(waarde, bool):
        return "WAAR" if waarde else "ONWAAR"
    if isinstance(waarde, float) and waarde.is_integer():
        return str(int(waarde))
    if isinstance(waarde, datetime | date | time):
        return waarde.isoformat()
    return " ".join(str(waarde).split())


def _metadata(boek: Any) -> dict[str, str]:
    eigenschappen = boek.properties
    metadata: dict[str, str] = {}
    for doel, waarde in (
        ("titel", eigenschappen.title),
        ("auteur", eigenschappen.creator),
        ("onderwerp", eigenschappen.subject),
    ):
        schoon = schone_regel(waarde or "")
        if schoon:
            metadata[doel] = schoon
    datum = eigenschappen.created or eigenschappen.modified
    if isinstance(datum, datetime):
        metadata["datum"] = datum.isoformat()
    return metadata
