"""Reading the text of a file of a known type: the one entry point over the formats."""

from __future__ import annotations

import zlib

from .eml import extraheer_eml
from .fouten import OnleesbaarBestand
from .herkenning import HTML_MIME
from .limieten import controleer_grootte
from .opendocument import extraheer_odt
from .opschonen import begrens, schone_regel, schoon
from .pdf import extraheer_pdf
from .platte_tekst import extraheer_tekst
from .rekenblad import extraheer_xlsx
from .typen import Bestandstype, Extractie
from .word import extraheer_docx

LEEG = "Het bestand is leeg."


def niet_ondersteund(type: Bestandstype) -> str:
    """The Dutch reason for a type whose text cannot be read."""
    omschrijving = type.omschrijving or type.mime or "niet herkend"
    return (
        f"Dit bestandstype ({omschrijving}) wordt niet ondersteund; "
        "lever PDF, DOCX, ODT, XLSX, tekst of e-mail (.eml) aan."
    )


def _lees(data: bytes, type: Bestandstype) -> Extractie:
    if type.soort == "pdf":
        return extraheer_pdf(data)
    if type.soort == "docx":
        return extraheer_docx(data)
    if type.soort == "odt":
        return extraheer_odt(data)
    if type.soort == "xlsx":
        return extraheer_xlsx(data)
    if type.soort == "eml":
        return extraheer_eml(data)
    if type.soort == "tekst":
        return extraheer_tekst(data, html=type.mime == HTML_MIME)
    raise OnleesbaarBestand(niet_ondersteund(type))


def extraheer(data: bytes, type: Bestandstype) -> Extractie:
    """The text of ``data``, read as ``type`` (as ``herken`` found it).

    Raises ``OnleesbaarBestand`` (``TeGrootBestand`` for a file over the size limit) with a
    Dutch reason for an empty, corrupt, encrypted or unsupported file. The text is in NFC,
    without control characters other than tab, line feed and the form feed between PDF pages.
    """
    controleer_grootte(len(data))
    if not data:
        raise OnleesbaarBestand(LEEG)
    try:
        extractie = _lees(data, type)
    except OnleesbaarBestand:
        raise
    except (zlib.error, NotImplementedError, KeyError, EOFError, ValueError, OSError) as fout:
        # a damaged container that a reader library trips over in its own way
        omschrijving = type.omschrijving if hasattr(type, "omschrijving") else type.soort
        raise OnleesbaarBestand(
            f"Het bestand ({omschrijving}) is beschadigd en kan niet worden gelezen."
        ) from fout
    waarschuwingen = list(extractie.waarschuwingen)
    tekst = begrens(schoon(extractie.tekst), waarschuwingen)
    metadata = {
        sleutel: schoon(waarde) if sleutel == "bijlagen" else schone_regel(waarde)
        for sleutel, waarde in extractie.metadata.items()
    }
    return Extractie(
        tekst=tekst,
        paginas=extractie.paginas,
        metadata={sleutel: waarde for sleutel, waarde in metadata.items() if waarde},
        waarschuwingen=waarschuwingen,
    )
