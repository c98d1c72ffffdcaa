"""A generated mailbox of 1,000 messages: the outcome matches what was generated. (Speed, and
the 10,000-message run with a kill and a restart, are measured by ``bench/bulk.py``.)"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ministerie.lakken.bulk import verwerk

from .hulp import pdf_nummers, xlsx_rijen
from .voorbeelden import genereer_postvak, nep_detecteer, schrijf_mbox


@pytest.mark.traag
def test_duizend_berichten(tmp_path: Path) -> None:
    gegenereerd = genereer_postvak(1_000, zaad=11)
    postvak = schrijf_mbox(tmp_path / "postvak.mbox", gegenereerd.berichten)
    verslag = verwerk(postvak, tmp_path / "werk", detecteer=nep_detecteer)

    with sqlite3.connect(verslag.database) as db:
        berichten = [nr for (nr,) in db.execute("SELECT nr FROM items WHERE ouder IS NULL ORDER BY eenheid")]
        assert len(berichten) == 1_000
        per_nr = {nr: index for index, nr in enumerate(berichten)}
        dubbel = dict(
            db.execute("SELECT nr, dubbel_van FROM items WHERE ouder IS NULL AND dubbel_van IS NOT NULL")
        )
        bijna = dict(
            db.execute(
                "SELECT nr, bijna_dubbel_van FROM items WHERE ouder IS NULL AND bijna_dubbel_van IS NOT NULL"
            )
        )
        onleesbaar = db.execute(
            "SELECT count(*) FROM items WHERE onleesbaar IS NOT NULL AND dubbel_van IS NULL"
        ).fetchone()[0]
        draden = db.execute("SELECT count(DISTINCT draad) FROM items WHERE dubbel_van IS NULL").fetchone()[0]

    # Every copy (same Message-ID) is found, pointing at the first copy, and nothing else.
    assert {per_nr[nr]: per_nr[origineel] for nr, origineel in dubbel.items()} == (gegenereerd.dubbel_van)
    # Near-copies (one word changed) are found, pointing at their original; no false ones.
    gevonden = {per_nr[nr]: per_nr[origineel] for nr, origineel in bijna.items()}
    assert set(gevonden.items()) <= set(gegenereerd.bijna_van.items())
    assert len(gevonden) >= 0.8 * len(gegenereerd.bijna_van)
    assert verslag.bijna_dubbelen >= len(gevonden)
    assert onleesbaar == (1 if gegenereerd.onleesbare_bijlagen else 0)
    assert draden == verslag.draden > 50

    regels = xlsx_rijen(verslag.inventaris_xlsx)[1:]
    assert len(regels) == verslag.items
    assert pdf_nummers(verslag.inventaris_pdf) == list(range(1, verslag.items + 1))
