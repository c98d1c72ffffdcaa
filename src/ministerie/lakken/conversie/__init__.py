"""Everything published is PDF: e-mail (.eml, Outlook .msg), Word (DOCX) and text to PDF.

``naar_pdf(data, bestandsnaam)`` gives a list of ``Omgezet`` (a message first, then each of
its attachments); unreadable or unsupported input raises ``NietOmTeZetten`` with a Dutch
reason. Rendering goes through HTML and WeasyPrint with every piece of content escaped and
nothing fetched. ``lees_eml`` and ``lees_msg`` read a message into a ``Bericht`` (also used by
the bulk processing). Plain Python, no Django.
"""

from .bericht import Bericht, Bijlage, datum_nl
from .eml import lees_eml
from .fouten import NietOmTeZetten
from .omzetten import naar_pdf, schone_naam
from .outlook import lees_msg
from .typen import Omgezet, Soort

__all__ = [
    "Bericht",
    "Bijlage",
    "NietOmTeZetten",
    "Omgezet",
    "Soort",
    "datum_nl",
    "lees_eml",
    "lees_msg",
    "naar_pdf",
    "schone_naam",
]
