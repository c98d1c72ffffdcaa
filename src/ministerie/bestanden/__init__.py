"""The file handling of the document store: plain Python, no Django.

``herken`` tells a file's type from its content, ``extraheer`` reads its text (PDF, DOCX,
ODT, plain text, e-mail), ``pagina_als_png`` renders a PDF page for a preview, ``sha256``
identifies a file. A file that cannot be read raises ``OnleesbaarBestand`` with a Dutch
reason fit for the uploader.
"""

from .controlesom import sha256, sha256_van_stukken
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
    "Bestandstype",
    "Extractie",
    "OnleesbaarBestand",
    "Soort",
    "TeGrootBestand",
    "aantal_paginas",
    "controleer_grootte",
    "extraheer",
    "herken",
    "niet_ondersteund",
    "pagina_als_png",
    "sha256",
    "sha256_van_stukken",
]
