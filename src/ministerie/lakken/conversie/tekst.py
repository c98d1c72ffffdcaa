"""Plain text (UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252), an HTML file
and the text of an OpenDocument file as a PDF."""

from __future__ import annotations

from ministerie.bestanden import Bestandstype, OnleesbaarBestand, extraheer
from ministerie.bestanden.tekstcodering import decodeer

from .fouten import NietOmTeZetten
from .opmaak import maak_pdf, tekst_html
from .veilige_html import veilige_html

#: The most characters of text that are laid out (about 600 pages).
MAX_TEKENS = 2_000_000

TE_LANG = "De tekst is te lang om naar PDF om te zetten (meer dan 2.000.000 tekens); splits het bestand op."


def tekst_naar_pdf(data: bytes, titel: str) -> bytes:
    """The PDF of a plain-text file, its lines and spacing kept."""
    tekst = decodeer(data).tekst
    return maak_pdf(titel, tekst_als_html(tekst))


def tekst_als_html(tekst: str) -> str:
    """Text as an HTML block that keeps its lines and spacing (and wraps long lines)."""
    if len(tekst) > MAX_TEKENS:
        raise NietOmTeZetten(TE_LANG)
    tekst = tekst.replace("\r\n", "\n").replace("\r", "\n")
    return f'<div class="tekst">{tekst_html(tekst)}</div>'


def html_bestand_naar_pdf(data: bytes, titel: str) -> bytes:
    """The PDF of an HTML file, made safe first (nothing is fetched, no script runs)."""
    html, _ingekort = veilige_html(decodeer(data).tekst)
    return maak_pdf(titel, f"<div>{html}</div>")


def odt_naar_pdf(data: bytes, type: Bestandstype, titel: str) -> bytes:
    """The PDF of the text of an OpenDocument text (its layout is not kept)."""
    try:
        extractie = extraheer(data, type)
    except OnleesbaarBestand as fout:
        raise NietOmTeZetten(fout.reden) from fout
    except Exception as fout:  # zlib.error and the like from a damaged ZIP
        raise NietOmTeZetten("Het OpenDocument-bestand is beschadigd en kan niet worden gelezen.") from fout
    return maak_pdf(titel, tekst_als_html(extractie.tekst))
