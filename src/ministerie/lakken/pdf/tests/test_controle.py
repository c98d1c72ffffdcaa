"""The checker must be able to fail: a box merely drawn over text, and secrets in encodings."""

from __future__ import annotations

import zlib

import pymupdf
from hypothesis import given
from hypothesis import strategies as st

from ministerie.lakken.pdf import controleer
from ministerie.lakken.pdf.zoeken import kern, kern_latin1, latin1_naald

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


@given(st.binary(max_size=2000), st.text(max_size=12))
def test_de_snelle_latin1_lezing_is_de_kern_van_de_latin1_lezing(blob: bytes, geheim: str) -> None:
    """The checker reads large streams as Latin-1 through a byte table (kern_latin1); it must
    find exactly what the kern of the decoded string finds."""
    naald = latin1_naald(kern(geheim))
    verwacht = kern(blob.decode("latin-1"))
    assert kern_latin1(blob) == latin1_naald(verwacht)
    if naald is not None and kern(geheim):
        assert (naald in kern_latin1(blob)) == (kern(geheim) in verwacht)


def test_een_geheim_in_de_beeldgegevens_wordt_gevonden() -> None:
    """An image stream whose raw samples spell a secret (a separator, ß for ss): found, in the
    file and in the image's stream."""
    doc = pymupdf.open()
    page = brief(doc)
    monsters = "xx J.-Klaaßen éé ".encode("latin-1") * 48  # 16 pixels of 3 bytes per row
    pixmap = pymupdf.Pixmap(pymupdf.csRGB, 16, len(monsters) // 48, monsters, False)
    page.insert_image(pymupdf.Rect(72, 300, 200, 400), pixmap=pixmap)
    problemen = controleer(doc.tobytes(), ["J. Klaassen"])
    assert any(p.startswith("Geheim 'J. Klaassen' gevonden in stream van object") for p in problemen)
