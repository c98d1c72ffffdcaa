"""The layout of the inventory PDF: A4 landscape, a small DejaVu font, a table with repeated
header."""

from __future__ import annotations

from ministerie.lakken.conversie.opmaak import maak_pdf

PDF_CSS = """
@page { size: A4 landscape; margin: 12mm 10mm 14mm 10mm; }
html { font-family: "DejaVu Sans", sans-serif; font-size: 7pt; line-height: 1.25; }
h1 { font-size: 13pt; margin: 0 0 4pt 0; }
p.samenvatting { margin: 0 0 8pt 0; font-size: 8pt; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th { background: #e6e6e6; text-align: left; font-weight: bold; }
th, td { border: 0.4pt solid #999; padding: 1.5pt 2.5pt; vertical-align: top;
         overflow-wrap: anywhere; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
"""


def render_deel(html: str) -> bytes:
    """One part of the inventory (an HTML table) as PDF."""
    return maak_pdf("Inventarislijst", html, PDF_CSS)
