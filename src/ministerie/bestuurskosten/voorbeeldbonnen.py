"""Small fictitious receipts as PDF, for the demo and the tests. Every page says FICTIEF."""

from __future__ import annotations

from decimal import Decimal

import pymupdf


def maak_bon(
    *,
    leverancier: str,
    regels: list[str],
    bedrag: Decimal,
    datum: str,
    extra_paginas: int = 0,
) -> bytes:
    """A one-page (or longer) receipt with a clear FICTIEF mark."""
    doc = pymupdf.open()
    pagina = doc.new_page(width=420, height=595)
    y = 60
    pagina.insert_text((40, y), "FICTIEF VOORBEELD - geen echte bon", fontsize=12, color=(0.7, 0, 0))
    y += 30
    pagina.insert_text((40, y), leverancier, fontsize=14)
    y += 24
    pagina.insert_text((40, y), f"Datum: {datum}", fontsize=10)
    for regel in regels:
        y += 18
        pagina.insert_text((40, y), regel, fontsize=10)
    y += 28
    totaal = f"{bedrag:.2f}".replace(".", ",")
    pagina.insert_text((40, y), f"Totaal: EUR {totaal}", fontsize=12)
    for nummer in range(extra_paginas):
        extra = doc.new_page(width=420, height=595)
        extra.insert_text((40, 60), f"FICTIEF VOORBEELD - bijlage {nummer + 1}", fontsize=12)
    doc.set_metadata({"title": f"Fictieve bon {leverancier}", "author": "ministerie demo"})
    uit = doc.tobytes(garbage=3, deflate=True)
    doc.close()
    return bytes(uit)
