"""Resuming: a run stopped anywhere (an exception from the progress callback, or the process
killed) and started again ends exactly as an uninterrupted run, and does no item twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ministerie.lakken.bulk import (
    BulkFout,
    Voortgang,
    draden,
    inlezen,
    ontdubbelen,
    verwerk,
    voorstellen,
)
from ministerie.lakken.bulk.opslag import slot

from .hulp import dump, items, pdf_nummers, pdf_tekst, xlsx_rijen
from .voorbeelden import genereer_postvak, nep_detecteer, schrijf_mbox


class Gestopt(Exception):
    pass


@pytest.fixture(autouse=True)
def kleine_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Many small batches, so that a run can be stopped halfway through every phase."""
    monkeypatch.setattr(inlezen, "BATCH_EENHEDEN", 15)
    monkeypatch.setattr(ontdubbelen, "BATCH", 20)
    monkeypatch.setattr(draden, "BATCH_ITEMS", 10)
    monkeypatch.setattr(voorstellen, "BATCH_ITEMS", 12)


@pytest.fixture(scope="module")
def postvak(tmp_path_factory: pytest.TempPathFactory) -> Path:
    map_ = tmp_path_factory.mktemp("bron")
    return schrijf_mbox(map_ / "postvak.mbox", genereer_postvak(120, zaad=3).berichten)


@pytest.fixture(scope="module")
def referentie(postvak: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An uninterrupted run (with the default batch sizes) to compare with."""
    werkmap = tmp_path_factory.mktemp("referentie")
    verwerk(postvak, werkmap, detecteer=nep_detecteer)
    return werkmap


def zelfde_uitkomst(werkmap: Path, referentie: Path) -> None:
    assert dump(werkmap / "bulk.sqlite3") == dump(referentie / "bulk.sqlite3")
    for blad in ("Inventarislijst", "Onleesbaar", "Samenvatting"):
        assert xlsx_rijen(werkmap / "inventaris.xlsx", blad) == xlsx_rijen(
            referentie / "inventaris.xlsx", blad
        )
    assert pdf_tekst(werkmap / "inventaris.pdf") == pdf_tekst(referentie / "inventaris.pdf")


def stop_bij(fase: str, melding: int) -> Callable[[Voortgang], None]:
    teller = {"n": 0}

    def voortgang(v: Voortgang) -> None:
        if v.fase == fase:
            teller["n"] += 1
            if teller["n"] == melding:
                raise Gestopt(f"{fase} {melding}")

    return voortgang


@pytest.mark.parametrize(
    ("fase", "melding"),
    [
        ("inlezen", 1),
        ("inlezen", 4),
        ("ontdubbelen", 3),
        ("draden", 3),
        ("detectie", 4),
        ("inventaris", 1),
        ("inventaris", 2),
    ],
)
def test_gestopt_en_hervat_is_gelijk_en_niets_dubbel(
    postvak: Path,
    referentie: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fase: str,
    melding: int,
) -> None:
    gelezen: list[str] = []
    echt_lezen = inlezen.lees_eenheid

    def tel_lezen(eenheid: Any) -> Any:
        gelezen.append(eenheid.sleutel)
        return echt_lezen(eenheid)

    monkeypatch.setattr(inlezen, "lees_eenheid", tel_lezen)
    gedetecteerd: list[str] = []

    def detecteer(tekst: str) -> list[Any]:
        gedetecteerd.append(tekst)
        return nep_detecteer(tekst)

    werkmap = tmp_path / "werk"
    with pytest.raises(Gestopt):
        verwerk(postvak, werkmap, detecteer=detecteer, voortgang=stop_bij(fase, melding))
    verslag = verwerk(postvak, werkmap, detecteer=detecteer)

    zelfde_uitkomst(werkmap, referentie)
    rijen = items(verslag.database)
    assert sorted(gelezen) == sorted(set(gelezen))  # no unit read twice
    assert len(gelezen) == 120
    geschikt = [r for r in rijen.values() if r["dubbel_van"] is None and r["onleesbaar"] is None]
    assert len(gedetecteerd) == len(geschikt)  # no text sent to the detector twice
    assert pdf_nummers(verslag.inventaris_pdf) == sorted(rijen)


SCRIPT = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from ministerie.lakken.bulk import verwerk
    from ministerie.lakken.bulk import inlezen, voorstellen
    from ministerie.lakken.bulk.tests.voorbeelden import nep_detecteer

    inlezen.BATCH_EENHEDEN = 15
    voorstellen.BATCH_ITEMS = 12
    fase, aantal = sys.argv[3], int(sys.argv[4])
    teller = {"n": 0}

    def stop():
        os.kill(os.getpid(), signal.SIGKILL)

    def voortgang(v):
        if fase == "inlezen" and v.fase == "inlezen":
            teller["n"] += 1
            if teller["n"] == aantal:
                stop()

    def detecteer(tekst):
        if fase == "detectie":
            teller["n"] += 1
            if teller["n"] == aantal:
                stop()  # halfway through a batch: its transaction is never committed
        return nep_detecteer(tekst)

    verwerk(Path(sys.argv[1]), Path(sys.argv[2]), detecteer=detecteer, voortgang=voortgang)
    """
)


@pytest.mark.parametrize(("fase", "aantal"), [("inlezen", 3), ("detectie", 30)])
def test_proces_afgeschoten_en_hervat(
    postvak: Path, referentie: Path, tmp_path: Path, fase: str, aantal: int
) -> None:
    werkmap = tmp_path / "werk"
    script = tmp_path / "draai.py"
    script.write_text(SCRIPT)
    proces = subprocess.run(
        [sys.executable, str(script), str(postvak), str(werkmap), fase, str(aantal)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proces.returncode == -signal.SIGKILL, proces.stderr
    assert (werkmap / "bulk.sqlite3").exists()
    assert not (werkmap / "inventaris.xlsx").exists()
    verwerk(postvak, werkmap, detecteer=nep_detecteer)
    zelfde_uitkomst(werkmap, referentie)


def test_klaar_is_klaar(postvak: Path, referentie: Path, tmp_path: Path) -> None:
    werkmap = tmp_path / "werk"
    eerste = verwerk(postvak, werkmap, detecteer=nep_detecteer)
    aanroepen: list[str] = []
    meldingen: list[Voortgang] = []

    def detecteer(tekst: str) -> list[Any]:
        aanroepen.append(tekst)
        return []

    tweede = verwerk(postvak, werkmap, detecteer=detecteer, voortgang=meldingen.append)
    assert tweede == eerste
    assert aanroepen == [] and meldingen == []
    (werkmap / "inventaris.pdf").unlink()
    derde = verwerk(postvak, werkmap, detecteer=detecteer)
    assert derde == eerste and aanroepen == []
    zelfde_uitkomst(werkmap, referentie)


def test_werkmap_van_een_andere_bron_of_veranderde_bron(postvak: Path, tmp_path: Path) -> None:
    werkmap = tmp_path / "werk"
    verwerk(postvak, werkmap, detecteer=nep_detecteer)
    ander = schrijf_mbox(tmp_path / "ander.mbox", genereer_postvak(3, zaad=9).berichten)
    with pytest.raises(BulkFout, match="andere bron"):
        verwerk(ander, werkmap, detecteer=nep_detecteer)
    with pytest.raises(BulkFout, match="met detectie"):
        verwerk(postvak, werkmap)
    kopie = tmp_path / "kopie"
    kopie.mkdir()
    bron = kopie / "postvak.mbox"
    bron.write_bytes(postvak.read_bytes())
    werk2 = tmp_path / "werk2"
    with pytest.raises(Gestopt):
        verwerk(bron, werk2, voortgang=stop_bij("ontdubbelen", 1))
    with bron.open("ab") as f:
        f.write(b"\n")
    os.utime(bron, ns=(1, 1))
    with pytest.raises(BulkFout, match="veranderd"):
        verwerk(bron, werk2)


def test_tweede_verwerking_op_dezelfde_werkmap_wordt_geweigerd(postvak: Path, tmp_path: Path) -> None:
    werkmap = tmp_path / "werk"
    werkmap.mkdir()
    with slot(werkmap), pytest.raises(BulkFout, match="in gebruik"):
        verwerk(postvak, werkmap)


def test_bron_bestaat_niet(tmp_path: Path) -> None:
    with pytest.raises(BulkFout, match="bestaat niet"):
        verwerk(tmp_path / "nergens", tmp_path / "werk")
