"""The checker must be able to fail: a box merely drawn over text, and secrets in encodings."""

from __future__ import annotations

import zlib

import pymupdf

from ministerie.lakken.pdf import controleer

from .corpus import GEHEIM, GROND, brief


def _met_geheim() -> pymupdf.Document:
    doc = pymupdf.open()
    page = brief(doc)
    page.insert_text((72, 200), f"Het gesprek met {GEHEIM} vond plaats.", fontsize=11)
    return doc


def test_alleen_een_zwart_vak_tekenen_faalt() -> None:
    doc = _met_geheim()
    page = doc[0]
    for rect in page.search_for(GEHEIM):
        page.draw_rect(rect, color=(0, 0, 0), fill=(0, 0, 0))
        page.insert_textbox(rect, GROND, color=(1, 1, 1), fontsize=7, align=1)
    data = doc.tobytes(garbage=4, deflate=True)
    problemen = controleer(data, [GEHEIM], verwachte_gronden=[GROND])
    assert any("staat nog als tekst op pagina 1" in p for p in problemen)


def test_niet_toegepaste_lakannotatie_faalt() -> None:
    doc = _met_geheim()
    page = doc[0]
    for rect in page.search_for(GEHEIM):
        page.add_redact_annot(rect, fill=(0, 0, 0))
    problemen = controleer(doc.tobytes(), [GEHEIM])
    assert any("niet zijn toegepast" in p for p in problemen)


def test_varianten_worden_herkend() -> None:
    doc = _met_geheim()
    data = doc.tobytes()
    for variant in ("piet pietersen", "PIET PIETERSEN", "Piet  Pieter-sen", "Pietersen"):
        assert controleer(data, [variant]), variant


def test_geheim_in_utf16_hex_en_gecomprimeerd() -> None:
    utf16 = "<FEFF" + GEHEIM.encode("utf-16-be").hex().upper() + ">"
    deflated = zlib.compress(f"BT ({GEHEIM}) Tj ET".encode())
    gesplitst = b"BT [(Piet Pie) -20 (tersen)] TJ ET"
    for stukje in (utf16.encode(), deflated, gesplitst):
        nep = b"%PDF-1.7\n1 0 obj\n<</Length 1>>\nstream\n" + stukje + b"\nendstream\nendobj\n"
        doc = pymupdf.open()
        brief(doc)
        data = doc.tobytes() + nep
        assert controleer(data, [GEHEIM]), stukje[:20]


def test_paginatelling_grond_en_behouden() -> None:
    data = _met_geheim().tobytes()
    problemen = controleer(
        data, [], verwachte_gronden=[GROND], verwacht_paginas=2, behouden=["Niet aanwezig"]
    )
    assert len(problemen) == 3
    assert controleer(data, [], verwacht_paginas=1, behouden=["vond plaats"]) == []


def test_onleesbaar_bestand_faalt() -> None:
    assert controleer(b"geen pdf", [GEHEIM])
