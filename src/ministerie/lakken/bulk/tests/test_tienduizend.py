"""Acceptance: a generated mailbox export of 10,000 messages is processed, with duplicates and
threads grouped and an inventory produced, and a run killed half-way and restarted ends exactly
as an uninterrupted run. Runs bench/bulk.py (two runs in child processes, 4 to 6 minutes on the
2-core machine), so it is opt-in (``pytest -m schaal``); CI runs the same pipeline at 1,000
messages (test_schaal.py) and its restarts after a kill (test_hervatten.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[5] / "bench" / "bulk.py"


@pytest.mark.schaal
@pytest.mark.traag
def test_tienduizend_berichten_met_herstart(tmp_path: Path) -> None:
    uit = subprocess.run(
        [sys.executable, str(BENCH), "--aantal", "10000", "--stop-bij", "0.5", "--map", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert uit.returncode == 0, uit.stdout[-3000:] + uit.stderr[-3000:]
    assert "zelfde database: ja" in uit.stdout
    assert "NEE" not in uit.stdout
    assert "10000 berichten" in uit.stdout
