"""Everything published is PDF: e-mail (.eml, Outlook .msg), Word (DOCX) and text to PDF.

``naar_pdf(data, bestandsnaam)`` gives a list of ``Omgezet`` (a message first, then each of
its attachments); unreadable or unsupported input raises ``NietOmTeZetten`` with a Dutch
reason. Rendering goes through HTML and WeasyPrint with every piece of content escaped and
nothing fetched. Messages are read by the file intake (``ministerie.bestanden.eml.lees_eml``,
``ministerie.bestanden.outlook.lees_msg``, both giving a ``Bericht``); this package only
renders them. Plain Python, no Django.
"""

from .fouten import NietOmTeZetten
from .omzetten import naar_pdf, schone_naam
from .typen import Omgezet, Soort

__all__ = [
    "NietOmTeZetten",
    "Omgezet",
    "Soort",
    "naar_pdf",
    "schone_naam",
]
