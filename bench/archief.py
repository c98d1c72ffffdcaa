"""Figures for the archive part: ingest, fixity check and MDTO export of a generated mailbox,
through the real commands on a fresh data folder (SQLite).

    python bench/archief.py [--berichten 5000] [--map /tmp/archief-bench]

Migrates a fresh database, registers one key official, writes an mbox of N messages (every
500th empty, every 250th a duplicate), then times `ministerie archief ingest`, `controleer` and
`export` (the export after moving the items' terms into the past). Not a test: prints figures.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

WORTEL = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(WORTEL / "src"))

from ministerie.archief.tests.hulp import schrijf_mbox  # noqa: E402

MINISTERIE = Path(sys.executable).with_name("ministerie")

OPZET = """
from datetime import date
from ministerie.archief.services import neem_op_in_register
from ministerie.organisatie.models import Persoon
p = Persoon.objects.create(code="bench", naam="Bench Minister")
neem_op_in_register(door="bench", persoon=p, code="bench", functie="bewindspersoon", van=date(2000, 1, 1))
"""
VERLOPEN = """
from datetime import date
from ministerie.archief.models import Item
Item.objects.update(termijn_tot=date(2020, 1, 1))
"""


def _draai(env: dict[str, str], *args: str) -> float:
    begin = time.perf_counter()
    uit = subprocess.run([str(MINISTERIE), *args], env=env, capture_output=True, text=True)
    duur = time.perf_counter() - begin
    if uit.returncode != 0:
        raise SystemExit(f"{' '.join(args)} faalde:\n{uit.stderr[-2000:]}")
    laatste = (uit.stdout.strip().splitlines() or [""])[-1]
    print(f"  {' '.join(args[:2]):<22} {duur:7.1f} s   {laatste[:100]}")
    return duur


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--berichten", type=int, default=5000)
    parser.add_argument("--map", default="/tmp/archief-bench")
    args = parser.parse_args()
    map_ = Path(args.map)
    shutil.rmtree(map_, ignore_errors=True)
    map_.mkdir(parents=True)
    env = {
        **os.environ,
        "MINISTERIE_DATA_DIR": str(map_ / "var"),
        "DJANGO_SETTINGS_MODULE": "ministerie.conf.dev",
    }
    env.pop("DATABASE_URL", None)
    print(f"Archief-bench: {args.berichten} berichten in {map_}")
    _draai(env, "migrate", "--verbosity", "0")
    _draai(env, "shell", "-c", OPZET)
    postvak = schrijf_mbox(map_ / "postvak.mbox", args.berichten)
    print(f"  mbox: {postvak.stat().st_size / 1e6:.1f} MB")
    duur = _draai(env, "archief", "ingest", str(postvak), "--functionaris", "bench")
    print(f"  inname: {args.berichten / duur:.0f} berichten/s")
    duur = _draai(env, "archief", "controleer")
    print(f"  vaste waarden: {args.berichten / duur:.0f} bestanden/s")
    _draai(env, "shell", "-c", VERLOPEN)
    duur = _draai(env, "archief", "export", "--uit", str(map_ / "pakket"), "--tot", "2021-01-01")
    print(f"  export (MDTO, gevalideerd): {args.berichten / duur:.0f} stukken/s")


if __name__ == "__main__":
    main()
