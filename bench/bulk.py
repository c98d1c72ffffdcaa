"""Bulk benchmark: a generated mailbox export of 10,000 messages (copies of the same message in
a second mailbox, near-copies, reply threads, attachments, unreadable attachments) through
``ministerie.lakken.bulk.verwerk`` with a stand-in detector.

    python bench/bulk.py [--aantal 10000] [--stop-bij 0.5] [--stop-fase inlezen] [--map DIR]

Runs the whole thing twice, each in a process of its own: once uninterrupted, and once killed
(SIGKILL) when the given phase is at the given fraction, then started again. Prints the time of
each phase, the counts, the peak memory, and whether the killed-and-restarted run ends exactly
as the uninterrupted one (database, inventory XLSX and PDF text). Not a test: it prints
figures (and exits 1 if the two runs differ).
"""

from __future__ import annotations

import argparse
import json
import resource
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

FASEN = ("inlezen", "ontdubbelen", "draden", "detectie", "inventaris")


def draai(bron: Path, werkmap: Path) -> None:
    """The child process: one run, printing a JSON line at each phase change and at the end."""
    from ministerie.lakken.bulk import Voortgang, verwerk
    from ministerie.lakken.bulk.tests.voorbeelden import nep_detecteer

    begin = time.monotonic()
    gezien: set[str] = set()

    def voortgang(v: Voortgang) -> None:
        if v.fase not in gezien:
            gezien.add(v.fase)
            print(json.dumps({"fase": v.fase, "t": time.monotonic() - begin}), flush=True)

    verslag = verwerk(bron, werkmap, detecteer=nep_detecteer, voortgang=voortgang)
    geheugen = piekgeheugen_mb()
    print(
        json.dumps(
            {
                "fase": "klaar",
                "t": time.monotonic() - begin,
                "geheugen_mb": round(geheugen),
                "verslag": {
                    "items": verslag.items,
                    "uniek": verslag.uniek,
                    "exacte_dubbelen": verslag.exacte_dubbelen,
                    "bijna_dubbelen": verslag.bijna_dubbelen,
                    "draden": verslag.draden,
                    "onleesbaar": verslag.onleesbaar,
                },
            }
        ),
        flush=True,
    )


def piekgeheugen_mb() -> float:
    """This process's peak resident memory (VmHWM: unlike ru_maxrss, not inherited from the
    parent that started it)."""
    with open("/proc/self/status") as status:
        for regel in status:
            if regel.startswith("VmHWM:"):
                return int(regel.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def start(bron: Path, werkmap: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, __file__, "--kind", str(bron), str(werkmap)],
        stdout=subprocess.PIPE,
        text=True,
    )


def lees_uitvoer(proces: subprocess.Popen[str]) -> list[dict[str, Any]]:
    assert proces.stdout is not None
    return [json.loads(regel) for regel in proces.stdout if regel.startswith("{")]


def fasetijden(regels: list[dict[str, Any]]) -> dict[str, float]:
    tijden = {}
    for huidig, volgend in zip(regels, regels[1:], strict=False):
        tijden[huidig["fase"]] = volgend["t"] - huidig["t"]
    return tijden


def voortgang_in_database(werkmap: Path, fase: str) -> tuple[int, int]:
    """How far ``fase`` is, read from the running child's database (read-only)."""
    pad = werkmap / "bulk.sqlite3"
    if not pad.exists():
        return 0, 1
    try:
        with sqlite3.connect(f"file:{pad}?mode=ro", uri=True, timeout=1) as db:
            if fase == "inlezen":
                return db.execute("SELECT count(*) FROM eenheden").fetchone()[0], 0
            stap = {"ontdubbelen": 2, "draden": 3, "detectie": 4}[fase]
            gedaan, totaal = db.execute(
                "SELECT count(CASE WHEN stap >= ? THEN 1 END), count(*) FROM items", (stap,)
            ).fetchone()
            return gedaan, totaal
    except sqlite3.Error:
        return 0, 1


def dump(werkmap: Path) -> dict[str, list[tuple[Any, ...]]]:
    with sqlite3.connect(werkmap / "bulk.sqlite3") as db:
        tabellen = [
            r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ]
        return {t: sorted(db.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tabellen}


def inventaris(werkmap: Path) -> tuple[list[Any], str]:
    import pymupdf
    from openpyxl import load_workbook

    boek = load_workbook(werkmap / "inventaris.xlsx", read_only=True)
    cellen = [tuple(r) for blad in boek.worksheets for r in blad.iter_rows(values_only=True)]
    boek.close()
    with pymupdf.open(werkmap / "inventaris.pdf") as document:
        tekst = "".join(pagina.get_text() for pagina in document)
    return cellen, tekst


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--aantal", type=int, default=10_000)
    parser.add_argument("--stop-fase", choices=FASEN[:4], default="inlezen")
    parser.add_argument(
        "--stop-bij", type=float, default=0.5, help="het deel van de fase waarna het proces wordt afgeschoten"
    )
    parser.add_argument("--map", type=Path, default=None)
    parser.add_argument("--kind", nargs=2, metavar=("BRON", "WERKMAP"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.kind:
        draai(Path(args.kind[0]), Path(args.kind[1]))
        return

    map_ = args.map or Path(tempfile.mkdtemp(prefix="ministerie-bulk-"))
    map_.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from ministerie.lakken.bulk.tests.voorbeelden import genereer_postvak, schrijf_mbox

    begin = time.monotonic()
    gegenereerd = genereer_postvak(args.aantal, zaad=2026)
    bron = schrijf_mbox(map_ / "export.mbox", gegenereerd.berichten)
    print(
        f"postvak: {args.aantal} berichten, {bron.stat().st_size / 1e6:.1f} MB, "
        f"{len(gegenereerd.dubbel_van)} kopieën, {len(gegenereerd.bijna_van)} bijna-kopieën, "
        f"{gegenereerd.antwoorden} antwoorden, {gegenereerd.bijlagen} bijlagen "
        f"({gegenereerd.onleesbare_bijlagen} onleesbaar); gemaakt in "
        f"{time.monotonic() - begin:.1f} s"
    )
    del gegenereerd

    print("\n1. ononderbroken")
    werk_a = map_ / "werk-ononderbroken"
    begin = time.monotonic()
    proces = start(bron, werk_a)
    regels = lees_uitvoer(proces)
    if proces.wait() != 0:
        raise SystemExit("de ononderbroken verwerking is mislukt")
    totaal_a = time.monotonic() - begin
    for fase, duur in fasetijden(regels).items():
        print(f"   {fase:<12} {duur:7.1f} s")
    print(f"   {'totaal':<12} {totaal_a:7.1f} s (piekgeheugen {regels[-1]['geheugen_mb']} MB)")
    print(f"   {regels[-1]['verslag']}")

    print(f"\n2. afgeschoten in '{args.stop_fase}' bij {args.stop_bij:.0%}, en opnieuw gestart")
    werk_b = map_ / "werk-afgeschoten"
    begin = time.monotonic()
    proces = start(bron, werk_b)
    while proces.poll() is None:
        gedaan, totaal = voortgang_in_database(werk_b, args.stop_fase)
        totaal = totaal or args.aantal
        if gedaan >= args.stop_bij * totaal:
            proces.send_signal(signal.SIGKILL)
            break
        time.sleep(0.1)
    proces.wait()
    afgeschoten = time.monotonic() - begin
    gedaan, totaal = voortgang_in_database(werk_b, args.stop_fase)
    print(
        f"   afgeschoten na {afgeschoten:.1f} s (code {proces.returncode}; "
        f"{gedaan}/{totaal or args.aantal} in '{args.stop_fase}' opgeslagen)"
    )
    begin = time.monotonic()
    proces = start(bron, werk_b)
    regels_b = lees_uitvoer(proces)
    if proces.wait() != 0:
        raise SystemExit("de hervatte verwerking is mislukt")
    hervat = time.monotonic() - begin
    print(f"   hervat in {hervat:.1f} s; samen {afgeschoten + hervat:.1f} s")
    print(f"   {regels_b[-1]['verslag']}")

    gelijk_db = dump(werk_a) == dump(werk_b)
    gelijk_inventaris = inventaris(werk_a) == inventaris(werk_b)
    print(
        f"\nzelfde database: {'ja' if gelijk_db else 'NEE'}; "
        f"zelfde inventaris (XLSX-cellen, PDF-tekst): {'ja' if gelijk_inventaris else 'NEE'}"
    )
    print(f"werkmappen: {map_}")
    if not (gelijk_db and gelijk_inventaris):
        raise SystemExit(1)


if __name__ == "__main__":
    main()
