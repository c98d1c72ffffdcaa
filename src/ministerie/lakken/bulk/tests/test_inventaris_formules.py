"""The bulk inventory (XLSX) never hands a spreadsheet a formula (issue 13 §5): a file named
like a formula shows as text, with the apostrophe of the one export rule."""

from __future__ import annotations

from pathlib import Path

from ministerie.lakken.bulk import verwerk

from .hulp import xlsx_rijen


def test_bestandsnaam_als_formule_wordt_tekst(tmp_path: Path) -> None:
    bron = tmp_path / "bron"
    bron.mkdir()
    (bron / "=HYPERLINK(A1).txt").write_text("Een gewone notitie.", encoding="utf-8")
    verslag = verwerk(bron, tmp_path / "werk")
    rijen = xlsx_rijen(verslag.inventaris_xlsx)
    titels = [r[1] for r in rijen[1:]]
    assert titels == ["'=HYPERLINK(A1).txt"]
