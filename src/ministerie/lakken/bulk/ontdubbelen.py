"""Phase 2, ontdubbelen: exact duplicates (the same bytes, or for e-mail the same Message-ID)
and near-duplicates (MinHash/LSH over word shingles), both pointing at the first item."""

from __future__ import annotations

import sqlite3

from .gelijkenis import Leiders
from .lezen import EMAIL
from .melden import Melder
from .opslag import INGELEZEN, ONTDUBBELD, fase_klaar, markeer_klaar, transactie

BATCH = 1_000


def ontdubbel(db: sqlite3.Connection, melden: Melder) -> None:
    totaal = db.execute("SELECT count(*) FROM items").fetchone()[0]
    if not fase_klaar(db, "ontdubbelen-exact"):
        _exact(db)
    _bijna(db, melden, totaal)


def _exact(db: sqlite3.Connection) -> None:
    """Every item whose bytes or Message-ID came earlier points at the first (one pass)."""
    per_som: dict[str, int] = {}
    per_id: dict[str, int] = {}
    dubbelen: list[tuple[int, int]] = []
    for nr, som, soort, message_id in db.execute(
        "SELECT nr, sha256, soort, message_id FROM items ORDER BY nr"
    ):
        sleutel_id = message_id if soort == EMAIL and message_id else ""
        eerder = [
            n
            for n in (per_som.get(som) if som else None, per_id.get(sleutel_id) if sleutel_id else None)
            if n is not None
        ]
        if eerder:
            eerste = min(eerder)
            dubbelen.append((eerste, nr))
        else:
            eerste = nr
        if som:
            per_som.setdefault(som, eerste)
        if sleutel_id:
            per_id.setdefault(sleutel_id, eerste)
    with transactie(db):
        db.execute("UPDATE items SET dubbel_van = NULL")
        db.executemany("UPDATE items SET dubbel_van = ? WHERE nr = ?", dubbelen)
        markeer_klaar(db, "ontdubbelen-exact")


def _bijna(db: sqlite3.Connection, melden: Melder, totaal: int) -> None:
    """Near-duplicates in number order: an item like an earlier leader points at it, any
    other becomes a leader. Resumable: the leaders of the items done already are reloaded."""
    leiders = Leiders()
    for nr, handtekening in db.execute(
        "SELECT nr, handtekening FROM items WHERE stap >= ? AND dubbel_van IS NULL "
        "AND bijna_dubbel_van IS NULL AND handtekening IS NOT NULL ORDER BY nr",
        (ONTDUBBELD,),
    ):
        leiders.voeg_toe(nr, handtekening)
    gedaan = db.execute("SELECT count(*) FROM items WHERE stap >= ?", (ONTDUBBELD,)).fetchone()[0]
    melden("ontdubbelen", gedaan, totaal, "exacte dubbelen bepaald")
    while True:
        rijen = db.execute(
            "SELECT nr, dubbel_van, handtekening FROM items WHERE stap = ? ORDER BY nr LIMIT ?",
            (INGELEZEN, BATCH),
        ).fetchall()
        if not rijen:
            break
        uitkomsten: list[tuple[int | None, int]] = []
        for nr, dubbel_van, handtekening in rijen:
            bijna = None
            if dubbel_van is None and handtekening is not None:
                gevonden = leiders.zoek(handtekening)
                if gevonden is None:
                    leiders.voeg_toe(nr, handtekening)
                else:
                    bijna = gevonden[0]
            uitkomsten.append((bijna, nr))
        with transactie(db):
            db.executemany(
                f"UPDATE items SET bijna_dubbel_van = ?, stap = {ONTDUBBELD} WHERE nr = ?",
                uitkomsten,
            )
        gedaan += len(rijen)
        melden("ontdubbelen", gedaan, totaal, f"{len(leiders)} unieke teksten")
    with transactie(db):
        markeer_klaar(db, "ontdubbelen")
    melden("ontdubbelen", totaal, totaal, "ontdubbeld")
