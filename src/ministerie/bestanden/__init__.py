"""File intake: plain Python, no Django; used by the document store and by redaction (lakken).

``herken`` tells a file's type from its content, ``extraheer`` reads its text (PDF, DOCX,
ODT, plain text, e-mail), ``pagina_als_png`` renders a PDF page for a preview, ``sha256``
identifies a file. ``lees_eml`` and ``lees_msg`` read an e-mail (.eml, Outlook .msg) into a
``Bericht`` with its attachments. A file that cannot be read raises ``OnleesbaarBestand``
with a Dutch reason fit for the uploader.
"""

from .bericht import Bericht, Bijlage
from .controlesom import sha256, sha256_van_stukken
from .eml import lees_eml
from .extractie import extraheer, niet_ondersteund
from .fouten import OnleesbaarBestand, TeGrootBestand
from .herkenning import herken
from .limieten import (
    MAX_BESTANDSGROOTTE,
    MAX_ODT_ELEMENTEN,
    MAX_PDF_EXTRACTIETIJD,
    MAX_TEKST_TEKENS,
    MAX_UITGEPAKT,
    MAX_XML_ELEMENTEN,
    MAX_ZIP_LEDEN,
    controleer_grootte,
)
from .outlook import lees_msg
from .pdf import aantal_paginas, pagina_als_png
from .typen import SOORTEN, Bestandstype, Extractie, Soort

__all__ = [
    "MAX_BESTANDSGROOTTE",
    "MAX_ODT_ELEMENTEN",
    "MAX_PDF_EXTRACTIETIJD",
    "MAX_TEKST_TEKENS",
    "MAX_UITGEPAKT",
    "MAX_XML_ELEMENTEN",
    "MAX_ZIP_LEDEN",
    "SOORTEN",
    "Bericht",
    "Bestandstype",
    "Bijlage",
    "Extractie",
    "OnleesbaarBestand",
    "Soort",
    "TeGrootBestand",
    "aantal_paginas",
    "controleer_grootte",
    "extraheer",
    "herken",
    "lees_eml",
    "lees_msg",
    "niet_ondersteund",
    "pagina_als_png",
    "sha256",
    "sha256_van_stukken",
]
