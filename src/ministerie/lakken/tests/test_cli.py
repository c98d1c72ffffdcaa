"""The command-line contract: ministerie detecteer / ministerie lak, as real processes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pymupdf

from ministerie.lakken.pdf import controleer

MINISTERIE = Path(sys.executable).with_name("ministerie")


def _draai(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(MINISTERIE), *args], capture_output=True, text=True, timeout=180)


def _pdf(pad: Path, regels: list[str]) -> Path:
    doc = pymupdf.open()
    pagina = doc.new_page()
    for i, regel in enumerate(regels):
        pagina.insert_text((72, 72 + 16 * i), regel, fontsize=11)
    doc.save(pad)
    return pad


def test_detecteer_json(tmp_path: Path) -> None:
    tekst = "Beste Sanne,\nMail mij op j.devries@example.nl of bel 06-12345678.\nBSN 111222333.\n"
    pad = tmp_path / "brief.txt"
    pad.write_text(tekst, encoding="utf-8")
    uit = _draai("detecteer", str(pad), "--json")
    assert uit.returncode == 0, uit.stderr
    spans = json.loads(uit.stdout)
    labels = {s["label"] for s in spans}
    assert {"EMAIL", "TELEFOON", "BSN"} <= labels
    for s in spans:
        assert tekst[s["start"] : s["end"]] == s["tekst"]
        assert set(s) >= {"start", "end", "label", "grond", "tekst"}
    assert next(s for s in spans if s["label"] == "BSN")["grond"] == "5.1.1e"


def test_detecteer_onleesbaar(tmp_path: Path) -> None:
    pad = tmp_path / "binair.txt"
    pad.write_bytes(b"\xff\xfe\x00\x00\xc3")
    uit = _draai("detecteer", str(pad))
    assert uit.returncode == 2 and "fout:" in uit.stderr
    assert _draai("detecteer", str(tmp_path / "bestaat-niet.txt")).returncode == 2


def test_lak_met_termen_en_automatisch(tmp_path: Path) -> None:
    invoer = _pdf(
        tmp_path / "in.pdf",
        [
            "Nota aan de minister over Jan Klaassen,",
            "bereikbaar via jan.klaassen@example.nl.",
            "Het beleid blijft leesbaar.",
        ],
    )
    termen = tmp_path / "termen.txt"
    termen.write_text("# termen\nJan Klaassen;5.1.2e\n", encoding="utf-8")
    uit = tmp_path / "uit.pdf"
    resultaat = _draai("lak", str(invoer), "--uit", str(uit), "--termen", str(termen), "--automatisch")
    assert resultaat.returncode == 0, resultaat.stderr
    problemen = controleer(
        uit.read_bytes(),
        ["Jan Klaassen", "jan.klaassen@example.nl"],
        verwachte_gronden=["5.1.2e"],
        verwacht_paginas=1,
        behouden=["Het beleid blijft leesbaar"],
    )
    assert problemen == []


def test_lak_laat_geen_half_bestand_achter(tmp_path: Path) -> None:
    kapot = tmp_path / "kapot.pdf"
    kapot.write_bytes(b"%PDF-1.7\n" + b"\x00" * 200)
    termen = tmp_path / "t.txt"
    termen.write_text("geheim\n", encoding="utf-8")
    uit = tmp_path / "uit.pdf"
    resultaat = _draai("lak", str(kapot), "--uit", str(uit), "--termen", str(termen))
    assert resultaat.returncode == 2 and "fout:" in resultaat.stderr
    assert not uit.exists()
    assert list(tmp_path.glob(".lak-*")) == []


def test_lak_onbekende_grond(tmp_path: Path) -> None:
    invoer = _pdf(tmp_path / "in.pdf", ["tekst"])
    termen = tmp_path / "t.txt"
    termen.write_text("tekst;9.9\n", encoding="utf-8")
    resultaat = _draai("lak", str(invoer), "--uit", str(tmp_path / "u.pdf"), "--termen", str(termen))
    assert resultaat.returncode == 2 and "onbekende grond" in resultaat.stderr
