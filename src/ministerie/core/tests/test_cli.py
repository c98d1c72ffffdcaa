"""The `ministerie` console script: plain-Python commands run without settings; a missing
production setting gives one clear line, not a traceback."""

import os
import subprocess
import sys

import pytest

from ministerie.cli import main


def test_begrotingskalender_zonder_instellingen(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["begroting", "kalender", "2027"]) == 0
    regels = capsys.readouterr().out.splitlines()
    assert "2027-09-21\tPrinsjesdag" in regels
    assert "2027-05-19\tVerantwoordingsdag" in regels


def test_begrotingskalender_buiten_bereik_is_een_nette_fout(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["begroting", "kalender", "3500"]) == 2
    assert "valt buiten de kalender" in capsys.readouterr().err


def test_productie_zonder_geheime_sleutel_zegt_wat_er_mist() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE", "DJANGO_SECRET_KEY")}
    uitkomst = subprocess.run(
        [sys.executable, "-m", "ministerie.cli", "organisatie", "toon"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert uitkomst.returncode == 2
    assert "DJANGO_SECRET_KEY" in uitkomst.stderr
    assert "Traceback" not in uitkomst.stderr
