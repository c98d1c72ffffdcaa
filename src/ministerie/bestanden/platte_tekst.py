"""Plain text (and a bare HTML file): decoded as UTF-8, else Windows-1252."""

from __future__ import annotations

from .htmltekst import html_naar_tekst
from .opschonen import schone_regel
from .tekstcodering import decodeer
from .typen import Extractie


def extraheer_tekst(data: bytes, *, html: bool = False) -> Extractie:
    """The text of a text file; with ``html`` the markup is turned into plain text.

    The encoding found is in the metadata under ``codering``.
    """
    gedecodeerd = decodeer(data)
    waarschuwingen: list[str] = []
    metadata = {"codering": gedecodeerd.codering}
    if gedecodeerd.vervangen:
        waarschuwingen.append("Sommige tekens konden niet worden gelezen en zijn vervangen door \ufffd.")
    tekst = gedecodeerd.tekst
    if html:
        tekst, titel, ingekort = html_naar_tekst(tekst)
        if titel:
            metadata["titel"] = schone_regel(titel)
        if ingekort:
            waarschuwingen.append("De HTML-tekst is te lang en is ingekort.")
    return Extractie(tekst=tekst, paginas=None, metadata=metadata, waarschuwingen=waarschuwingen)
