"""Finding of the security probe (issue 13 §5): ``ministerie lak`` had no time limit per file
(one real PDF ran past 60 s). Redaction now keeps a time budget, checked between pages and the
steps of a page, and the command runs it in a child process that is killed when a single step
hangs: it stops with a Dutch message and writes nothing."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pymupdf
import pytest

from ministerie.lakken.pdf import LakMislukt, Lakopdracht, LakTeLang, lak, lak_in_eigen_proces

MINISTERIE = Path(sys.executable).with_name("ministerie")


def _pdf(paginas: int) -> bytes:
    doc = pymupdf.open()
    for i in range(paginas):
        pagina = doc.new_page()
        for regel in range(8):
            tekst = f"Pagina {i + 1}: bel Jan Klaassen op 06-12345678 of mail jan@example.nl."
            pagina.insert_text((72, 72 + 16 * regel), tekst)
    return bytes(doc.tobytes())


def _langzaam(seconden: float) -> Any:
    def detecteer(tekst: str) -> list[Any]:
        time.sleep(seconden)
        return []

    return detecteer


def test_het_budget_stopt_tussen_de_paginas() -> None:
    begin = time.monotonic()
    with pytest.raises(LakTeLang) as fout:
        lak(_pdf(20), Lakopdracht(detecteer=_langzaam(0.1), tijdslimiet=0.35))
    assert time.monotonic() - begin < 1.5
    melding = str(fout.value)
    assert "langer dan 0,35 seconden" in melding and "van 20" in melding
    assert isinstance(fout.value, LakMislukt)  # callers that handle LakMislukt handle this too


def test_een_stap_die_blijft_hangen_wordt_afgebroken() -> None:
    """One page whose step never ends: the budget between steps cannot help, the child
    process is killed at the limit plus the margin."""
    begin = time.monotonic()
    with pytest.raises(LakTeLang, match="langer dan 0,5 seconden"):
        lak_in_eigen_proces(_pdf(1), Lakopdracht(detecteer=_langzaam(60)), seconden=0.5, marge=0.5)
    assert time.monotonic() - begin < 5


def test_binnen_de_tijd_geeft_het_proces_het_resultaat() -> None:
    resultaat = lak_in_eigen_proces(_pdf(2), Lakopdracht(termen=[("Jan Klaassen", "5.1.2e")]), seconden=60)
    assert resultaat.schoon and len(resultaat.redacties) == 16


def test_cli_stopt_met_een_nederlandse_melding_en_schrijft_niets(tmp_path: Path) -> None:
    invoer = tmp_path / "groot.pdf"
    invoer.write_bytes(_pdf(100))
    uit = tmp_path / "uit.pdf"
    begin = time.monotonic()
    resultaat = subprocess.run(
        [str(MINISTERIE), "lak", str(invoer), "--uit", str(uit), "--automatisch", "--tijdslimiet", "0.3"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert resultaat.returncode == 2, resultaat.stderr
    assert "duurde langer dan 0,3 seconden" in resultaat.stderr and "niets geschreven" in resultaat.stderr
    assert not uit.exists() and list(tmp_path.glob(".lak-*")) == []
    assert time.monotonic() - begin < 30
