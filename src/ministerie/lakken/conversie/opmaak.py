"""Rendering an HTML page to PDF with WeasyPrint: A4, DejaVu fonts, nothing fetched.

Every caller builds its page from escaped text (``tekst_html``) and safe markup; the URL
fetcher refuses every address anyway, so that no image, style sheet or font is ever loaded
from the network or the file system.
"""

from __future__ import annotations

import re
from html import escape

from weasyprint import HTML
from weasyprint.urls import URLFetcher

CSS = """
@page {
  size: A4;
  margin: 20mm 18mm 22mm 18mm;
  @bottom-right {
    content: "pagina " counter(page) " van " counter(pages);
    font-family: "DejaVu Sans", sans-serif; font-size: 8pt; color: #555;
  }
}
html { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; line-height: 1.4; color: #000; }
body { margin: 0; }
h1 { font-size: 15pt; margin: 0 0 8pt 0; overflow-wrap: anywhere; }
h2 { font-size: 13pt; margin: 12pt 0 6pt 0; }
h3, h4, h5, h6 { font-size: 11pt; margin: 10pt 0 4pt 0; }
p { margin: 0 0 6pt 0; }
.tekst { white-space: pre-wrap; overflow-wrap: anywhere; }
.mono { font-family: "DejaVu Sans Mono", monospace; font-size: 9pt; }
table { border-collapse: collapse; margin: 4pt 0 8pt 0; max-width: 100%; }
td, th { border: 0.5pt solid #888; padding: 2pt 4pt; vertical-align: top;
         overflow-wrap: anywhere; text-align: left; }
th { background: #eee; }
table.koppen { width: 100%; border: none; margin-bottom: 10pt; }
table.koppen th, table.koppen td { border: none; border-bottom: 0.5pt solid #ccc;
                                   background: none; }
table.koppen th { width: 25mm; font-weight: bold; }
.lichaam { border-top: 1pt solid #000; padding-top: 8pt; overflow-wrap: anywhere; }
.lichaam pre { white-space: pre-wrap; }
blockquote { margin: 4pt 0 4pt 8pt; padding-left: 6pt; border-left: 2pt solid #bbb; }
.webadres, .opmerking { color: #444; font-size: 8.5pt; }
ul.bijlagen { margin: 4pt 0 0 0; padding-left: 14pt; }
.lijst { margin-left: 14pt; }
.midden { text-align: center; }
.rechts { text-align: right; }
"""

_STUURTEKENS = {c: None for c in range(32) if c not in (9, 10, 13)} | {127: None}
_SURROGATEN = re.compile("[\ud800-\udfff]")


class _NietsOphalen(URLFetcher):
    """A URL fetcher that refuses every address, ``data:`` and ``file:`` included."""

    def fetch(self, url: str, headers: object = None) -> object:
        raise ValueError("Externe bronnen worden niet opgehaald.")


def tekst_html(tekst: str) -> str:
    """``tekst`` escaped for HTML, without control characters or lone surrogates."""
    schoon = _SURROGATEN.sub("\ufffd", tekst.translate(_STUURTEKENS))
    return escape(schoon, quote=True)


def maak_pdf(titel: str, inhoud: str, css: str = CSS) -> bytes:
    """A PDF of a page titled ``titel`` (plain text) with the safe HTML fragment ``inhoud``,
    laid out with the style sheet ``css`` (the A4 portrait layout by default)."""
    pagina = (
        '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">'
        f"<title>{tekst_html(titel)}</title><style>{css}</style></head>"
        f"<body>{inhoud}</body></html>"
    )
    pdf = HTML(string=pagina, url_fetcher=_NietsOphalen(), base_url=None).write_pdf()
    assert isinstance(pdf, bytes)
    return pdf
