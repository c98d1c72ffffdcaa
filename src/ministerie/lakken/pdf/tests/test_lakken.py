"""The behaviour of ``lak`` and ``paginatekst`` beyond the corpus: spans, detectors, areas,
whole words, what a box looks like, and refusing unreadable input."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from ministerie.lakken.pdf import (
    Lakopdracht,
    OnleesbarePdf,
    Redactie,
    controleer,
    lak,
    paginatekst,
)

from .corpus import BEHOUDEN, BSN, EMAIL, GEHEIM, GROND, ZICHTBAAR, brief, platte_tekst
from .hulp import NepDetector


def _pdf_met(*regels: str) -> bytes:
    doc = pymupdf.open()
    page = brief(doc)
    for i, regel in enumerate(regels):
        page.insert_text((72, 140 + 16 * i), regel, fontsize=11)
    return doc.tobytes()


def test_paginatekst_geeft_een_tekst_per_pagina(tmp_path: Path) -> None:
    teksten = paginatekst(platte_tekst(tmp_path))
    assert len(teksten) == 2
    assert GEHEIM in teksten[0]
    assert "tweede pagina" in teksten[1]


def test_spans_raken_precies_de_juiste_tekens() -> None:
    pdf = _pdf_met(f"Het gesprek met {GEHEIM} vond plaats.")
    tekst = paginatekst(pdf)[0]
    start = tekst.index("Pietersen")
    resultaat = lak(pdf, Lakopdracht(spans=[(1, start, start + 9, "achternaam", GROND)]))
    assert [(r.pagina, r.label, r.grond, r.tekst) for r in resultaat.redacties] == [
        (1, "achternaam", GROND, "Pietersen")
    ]
    na = paginatekst(resultaat.pdf)[0]
    assert "Pietersen" not in na
    assert "Het gesprek met Piet" in na and "vond plaats." in na
    assert controleer(resultaat.pdf, ["Pietersen"], verwachte_gronden=[GROND]) == []


def test_span_buiten_de_tekst_is_een_fout() -> None:
    pdf = _pdf_met("Kort.")
    with pytest.raises(ValueError):
        lak(pdf, Lakopdracht(spans=[(1, 0, 10_000, "x", GROND)]))
    with pytest.raises(ValueError):
        lak(pdf, Lakopdracht(spans=[(2, 0, 1, "x", GROND)]))


def test_detector_wordt_per_pagina_gebruikt() -> None:
    pdf = _pdf_met(f"Mail {EMAIL} of bel over BSN {BSN}.", "Niets bijzonders hier.")
    detector = NepDetector()
    resultaat = lak(pdf, Lakopdracht(detecteer=detector))
    assert detector.aanroepen == paginatekst(pdf)
    assert {(r.label, r.grond, r.tekst) for r in resultaat.redacties} == {
        ("e-mailadres", "5.1.2e", EMAIL),
        ("bsn", "5.1.1d", BSN),
    }
    assert (
        controleer(
            resultaat.pdf,
            [EMAIL, BSN],
            verwachte_gronden=["5.1.2e", "5.1.1d"],
            behouden=["Niets bijzonders hier.", BEHOUDEN[0]],
        )
        == []
    )


def test_overlappende_treffers_worden_een_vak() -> None:
    pdf = _pdf_met(f"Contact: {EMAIL}.")
    resultaat = lak(
        pdf,
        Lakopdracht(termen=[(EMAIL, "5.1.2e")], detecteer=NepDetector()),
    )
    assert len(resultaat.redacties) == 1
    assert resultaat.redacties[0].label == "term, e-mailadres"


def test_term_raakt_alleen_hele_woorden() -> None:
    pdf = _pdf_met("Op 3 Januari sprak Jan met JAN en met jan.")
    resultaat = lak(pdf, Lakopdracht(termen=[("Jan", GROND)]))
    assert [r.tekst for r in resultaat.redacties] == ["Jan", "Jan", "JAN", "jan"]  # 1st: letter
    assert "Januari" in paginatekst(resultaat.pdf)[0]


def test_gebied_verwijdert_tekst_en_beeldpunten() -> None:
    doc = pymupdf.open()
    page = brief(doc)
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 100, 100), False)
    pix.set_rect(pix.irect, (200, 30, 30))
    page.insert_image(pymupdf.Rect(300, 300, 400, 400), pixmap=pix)
    page.insert_text((72, 350), f"Handtekening {GEHEIM}", fontsize=11)
    pdf = doc.tobytes()
    gebied = (60.0, 290.0, 350.0, 410.0)
    resultaat = lak(pdf, Lakopdracht(gebieden=[(1, gebied, "5.1.2e")]))
    [redactie] = resultaat.redacties
    assert redactie == Redactie(1, "gebied", "5.1.2e", f"Handtekening {GEHEIM}", gebied)
    with pymupdf.open(stream=resultaat.pdf, filetype="pdf") as uit:
        xref = uit[0].get_images()[0][0]
        beeld = pymupdf.Pixmap(uit, xref)
        assert beeld.pixel(10, 50) != (200, 30, 30), "beeldpunten onder het vak blijven staan"
        assert beeld.pixel(90, 50) == (200, 30, 30), "beeldpunten naast het vak zijn geraakt"
    assert controleer(resultaat.pdf, [GEHEIM], verwachte_gronden=["5.1.2e"]) == []


def test_vak_is_zwart_met_witte_grond_en_de_rest_blijft_tekst() -> None:
    pdf = _pdf_met(f"Het gesprek met {GEHEIM} vond plaats.")
    resultaat = lak(pdf, Lakopdracht(termen=[(GEHEIM, GROND)]))
    [redactie] = resultaat.redacties
    with pymupdf.open(stream=resultaat.pdf, filetype="pdf") as doc:
        page = doc[0]
        rect = pymupdf.Rect(redactie.rect)
        pix = page.get_pixmap(dpi=144, clip=rect)
        donker = sum(1 for x in range(pix.width) for y in range(pix.height) if sum(pix.pixel(x, y)) < 150)
        assert donker > 0.6 * pix.width * pix.height
        spans = [
            s
            for b in page.get_text("dict")["blocks"]
            for line in b.get("lines", [])
            for s in line["spans"]
            if s["text"].strip() == GROND
        ]
        assert spans and spans[0]["color"] == 0xFFFFFF
        assert "Het gesprek met" in page.get_text() and "vond plaats." in page.get_text()


def test_geen_opdracht_laat_tekst_staan_maar_schoont_wel_op(tmp_path: Path) -> None:
    from .corpus import metadata

    resultaat = lak(metadata(tmp_path), Lakopdracht())
    assert resultaat.redacties == []
    assert controleer(resultaat.pdf, [GEHEIM], behouden=[ZICHTBAAR]) == []


@pytest.mark.parametrize(
    ("data", "reden"),
    [
        (b"", "leeg"),
        (b"Dit is geen PDF maar platte tekst.", "geen PDF"),
        (b"%PDF-1.7\n" + bytes(range(256)) * 20, "beschadigd"),
    ],
)
def test_onleesbaar_geeft_een_nederlandse_reden(data: bytes, reden: str) -> None:
    with pytest.raises(OnleesbarePdf, match=reden):
        lak(data, Lakopdracht(termen=[(GEHEIM, GROND)]))
    with pytest.raises(OnleesbarePdf):
        paginatekst(data)


def test_afgekapte_pdf_is_onleesbaar() -> None:
    pdf = _pdf_met(GEHEIM)
    with pytest.raises(OnleesbarePdf):
        lak(pdf[:60], Lakopdracht(termen=[(GEHEIM, GROND)]))


def test_versleutelde_pdf_is_onleesbaar() -> None:
    doc = pymupdf.open()
    brief(doc)
    pdf = doc.tobytes(encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="geheim", owner_pw="baas")
    with pytest.raises(OnleesbarePdf, match="versleuteld"):
        lak(pdf, Lakopdracht(termen=[(GEHEIM, GROND)]))


def test_lege_term_is_een_fout() -> None:
    with pytest.raises(ValueError):
        lak(_pdf_met("x"), Lakopdracht(termen=[(" - ", GROND)]))


def test_krappe_regelafstand_laat_buurregels_staan() -> None:
    doc = pymupdf.open()
    page = brief(doc)
    page.insert_text(
        (72, 140),
        f"Regel erboven blijft staan\nDe heer {GEHEIM} gaat weg\nRegel eronder ook",
        fontsize=11,
        lineheight=1.0,
    )
    pdf = doc.tobytes()
    resultaat = lak(pdf, Lakopdracht(termen=[(GEHEIM, GROND)]))
    assert (
        controleer(
            resultaat.pdf,
            [GEHEIM],
            verwachte_gronden=[GROND],
            behouden=["Regel erboven blijft staan", "De heer", "gaat weg", "Regel eronder ook"],
        )
        == []
    )


def test_nooit_een_half_gelakt_bestand(monkeypatch: pytest.MonkeyPatch) -> None:
    """When verification keeps finding text under a box, ``lak`` refuses instead of returning."""
    from ministerie.lakken.pdf import LakMislukt, redigeren

    monkeypatch.setattr(redigeren, "restanten", lambda *a, **k: [(72.0, 130.0, 90.0, 145.0)])
    with pytest.raises(LakMislukt):
        lak(_pdf_met(f"Het gesprek met {GEHEIM}."), Lakopdracht(termen=[(GEHEIM, GROND)]))
