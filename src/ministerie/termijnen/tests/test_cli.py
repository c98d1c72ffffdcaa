"""The command ``ministerie termijn REGELING DATUM [--verdaging] [--opschorting DAGEN] [--json]``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ministerie.termijnen import REGELINGEN
from ministerie.termijnen.cli import main

SRC = Path(__file__).resolve().parents[3]


def _voer_uit(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    uitvoer = capsys.readouterr()
    return code, uitvoer.out, uitvoer.err


@pytest.mark.parametrize(
    ("argv", "uiterste_datum"),
    [
        (["woo", "2027-03-01"], "2027-03-30"),
        (["klacht", "2026-11-16"], "2026-12-28"),
        (["woo", "2027-03-01", "--verdaging", "--opschorting", "5"], "2027-04-19"),
        (["woo", "2027-03-01", "--opschorting=0"], "2027-03-30"),
        (["kamervragen", "2027-03-08"], "2027-03-29"),
    ],
)
def test_laatste_regel_is_de_uiterste_datum(
    capsys: pytest.CaptureFixture[str], argv: list[str], uiterste_datum: str
) -> None:
    code, uit, fout = _voer_uit(capsys, *argv)
    assert code == 0 and fout == ""
    assert uit.splitlines()[-1] == uiterste_datum


def test_toelichting_staat_boven_de_datum(capsys: pytest.CaptureFixture[str]) -> None:
    _, uit, _ = _voer_uit(capsys, "woo", "2027-03-01")
    assert (
        "2027-03-29 is tweede Paasdag (Atw art. 3 lid 1); verschoven naar 2027-03-30 "
        "(Atw art. 1 lid 1)." in uit.splitlines()
    )


def test_json_is_precies_een_object(capsys: pytest.CaptureFixture[str]) -> None:
    code, uit, _ = _voer_uit(capsys, "woo", "2027-03-01", "--json")
    assert code == 0
    gegevens = json.loads(uit)
    assert isinstance(gegevens, dict)
    assert {"uiterste_datum", "regeling", "grondslag", "basis_einde", "atw_verschoven"} <= set(gegevens)
    assert gegevens["uiterste_datum"] == "2027-03-30"
    assert gegevens["basis_einde"] == "2027-03-29"
    assert gegevens["regeling"] == "woo"
    assert gegevens["grondslag"] == "Woo art. 4.4 lid 1"
    assert gegevens["atw_verschoven"] is True


@pytest.mark.parametrize(
    ("argv", "melding"),
    [
        (["wob", "2027-03-01"], "Onbekende regeling 'wob'"),
        (["woo", "2027-02-30"], "'2027-02-30' is geen geldige datum; gebruik JJJJ-MM-DD"),
        (["woo", "morgen"], "'morgen' is geen geldige datum"),
        (["woo", "1-3-2027"], "'1-3-2027' is geen geldige datum"),
        (["woo", "2027-03-01", "--opschorting", "-3"], "0 of meer, niet '-3'"),
        (["woo", "2027-03-01", "--opschorting=-1"], "0 of meer, niet '-1'"),
        (["woo", "2027-03-01", "--opschorting", "drie"], "0 of meer, niet 'drie'"),
        (["woo", "2027-03-01", "--opschorting", "1.5"], "0 of meer, niet '1.5'"),
        (["woo", "2027-03-01", "--opschorting"], "optie --opschorting verwacht een waarde"),
        (["bezwaartermijn", "2026-11-20", "--verdaging"], "kan niet worden verdaagd"),
        (["klacht", "2026-11-16", "--opschorting", "2"], "kent geen opschorting"),
        (["woo", "1900-01-01"], "valt buiten de kalender"),
        (["woo"], "verplicht argument ontbreekt: DATUM"),
        (["woo", "2027-03-01", "--snel"], "onbekend argument: --snel"),
    ],
)
def test_fouten_geven_nederlandse_melding_en_code_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], melding: str
) -> None:
    code, uit, fout = _voer_uit(capsys, *argv)
    assert code == 2
    assert uit == ""
    assert "ministerie termijn: fout: " in fout
    assert melding in fout


def test_help_is_nederlands_en_noemt_alle_regelingen(capsys: pytest.CaptureFixture[str]) -> None:
    code, uit, _ = _voer_uit(capsys, "--help")
    assert code == 0
    assert uit.startswith("gebruik: ministerie termijn")
    for regeling in REGELINGEN.values():
        assert regeling.sleutel in uit
        assert regeling.grondslag in uit


@pytest.mark.parametrize(
    ("argv", "uiterste_datum"),
    [(["woo", "2027-03-01"], "2027-03-30"), (["klacht", "2026-11-16"], "2026-12-28")],
)
def test_python_m_ministerie_termijnen(argv: list[str], uiterste_datum: str) -> None:
    """The module entry point runs the same command in a fresh process."""
    uitkomst = _python_m(*argv)
    assert uitkomst.returncode == 0, uitkomst.stderr
    assert uitkomst.stdout.splitlines()[-1] == uiterste_datum


def test_python_m_fout_geeft_code_2() -> None:
    uitkomst = _python_m("woo", "2027-02-30")
    assert uitkomst.returncode == 2
    assert uitkomst.stdout == ""
    assert "fout: '2027-02-30' is geen geldige datum" in uitkomst.stderr


def _python_m(*argv: str) -> subprocess.CompletedProcess[str]:
    omgeving = dict(os.environ)
    omgeving["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), omgeving.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, "-m", "ministerie.termijnen", *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=omgeving,
        timeout=60,
        check=False,
    )
