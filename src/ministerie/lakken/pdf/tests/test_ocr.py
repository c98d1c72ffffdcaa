"""Scanned pages: with Dutch OCR the pixels are redacted; without it the page is flagged."""

from __future__ import annotations

import re
from pathlib import Path

import pymupdf
import pytest

from ministerie.lakken.pdf import Lakopdracht, controleer, lak, ocr_beschikbaar, paginatekst

from .corpus import BEHOUDEN, GROND, ZICHTBAAR, scan
from .hulp import NepDetector

pytestmark = pytest.mark.traag  # OCR of a 200 dpi page: seconds each; run first (conftest)


def test_scan_zonder_ocr_wordt_gemarkeerd_voor_handmatige_controle(tmp_path: Path) -> None:
    invoer = scan(tmp_path)
    resultaat = lak(invoer, Lakopdracht(termen=[(ZICHTBAAR, GROND)], ocr=False))
    assert resultaat.handmatig_nakijken == [2]
    assert resultaat.schoon is False
    problemen = controleer(resultaat.pdf, [ZICHTBAAR], ocr=False)
    assert problemen == [
        "Pagina 2 bevat een scan of afbeelding die zonder OCR niet kan worden gecontroleerd: "
        "handmatig nakijken."
    ]


def test_scan_met_ocr_wordt_in_de_beeldpunten_gelakt(tmp_path: Path) -> None:
    if not ocr_beschikbaar():
        pytest.skip("Tesseract met Nederlands (tesseract-ocr-nld) is niet geïnstalleerd")
    invoer = scan(tmp_path)
    assert controleer(invoer, ["Klaassen"]), "de checker moet de scan lezen"
    assert "Klaassen" in paginatekst(invoer)[1]

    resultaat = lak(
        invoer,
        Lakopdracht(termen=[("Klaassen", GROND), (ZICHTBAAR, GROND)], detecteer=NepDetector()),
    )
    assert resultaat.schoon and resultaat.handmatig_nakijken == []
    op_scan = {(r.label, r.tekst.strip(",")) for r in resultaat.redacties if r.pagina == 2}
    assert op_scan == {("term", "Klaassen"), ("bsn", "123456782")}
    assert (
        controleer(
            resultaat.pdf,
            ["Klaassen", "123456782", ZICHTBAAR],
            verwachte_gronden=[GROND, "5.1.1d"],
            verwacht_paginas=2,
            behouden=BEHOUDEN,
        )
        == []
    )
    tekst = paginatekst(resultaat.pdf)[1]
    assert re.search(r"ministerie\s+ontving", tekst), "de rest van de scan moet leesbaar blijven"
    with pymupdf.open(stream=resultaat.pdf, filetype="pdf") as doc:
        assert doc[1].get_images(), "de scan blijft een beeld"


def test_spans_op_een_gescande_pagina(tmp_path: Path) -> None:
    """Offsets into the OCR text of ``paginatekst`` are valid spans for ``lak``."""
    if not ocr_beschikbaar():
        pytest.skip("Tesseract met Nederlands (tesseract-ocr-nld) is niet geïnstalleerd")
    invoer = scan(tmp_path)
    tekst = paginatekst(invoer)[1]
    start = tekst.index("123456782")
    resultaat = lak(invoer, Lakopdracht(spans=[(2, start, start + 9, "bsn", "5.1.1d")]))
    [redactie] = resultaat.redacties
    assert (redactie.pagina, redactie.tekst) == (2, "123456782")
    assert controleer(resultaat.pdf, ["123456782"], verwachte_gronden=["5.1.1d"]) == []
