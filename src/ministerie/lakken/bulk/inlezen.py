"""Phase 1, inlezen: every unit of the source read into numbered items, in batches.

A batch is one transaction that stores the units it covers and all their items, so a stopped
run goes on after the last stored unit; items are numbered in source order, so the numbers are
the same however often the run was stopped.
"""

from __future__ import annotations

import itertools
import sqlite3
import time
from contextlib import closing
from pathlib import Path

from .bronnen import eenheden
from .lezen import NieuwItem, lees_eenheid
from .melden import Melder
from .opslag import markeer_klaar, pak_in, transactie
from .typen import BulkFout

BATCH_EENHEDEN = 250
BATCH_SECONDEN = 3.0
#: A batch is written when its texts reach this many characters, to keep memory bounded.
BATCH_TEKENS = 50_000_000


def lees_in(db: sqlite3.Connection, bron: Path, werkmap: Path, melden: Melder) -> None:
    totaal = sum(1 for _ in eenheden(bron, werkmap))
    gedaan, laatste = db.execute(
        "SELECT count(*), (SELECT sleutel FROM eenheden ORDER BY volgnr DESC LIMIT 1) FROM eenheden"
    ).fetchone()
    melden("inlezen", gedaan, totaal, "bron geteld")
    with closing(eenheden(bron, werkmap)) as reeks:
        if gedaan:
            overgeslagen = list(itertools.islice(reeks, gedaan - 1, gedaan))
            if not overgeslagen or overgeslagen[0].sleutel != laatste:
                raise BulkFout(
                    "De bron is veranderd sinds de vorige verwerking in deze werkmap; "
                    "begin opnieuw met een lege werkmap."
                )
        batch: list[tuple[int, str, list[NieuwItem]]] = []
        begin = time.monotonic()
        tekens = 0
        for volgnr, eenheid in enumerate(reeks, start=gedaan + 1):
            gelezen = lees_eenheid(eenheid)
            batch.append((volgnr, eenheid.sleutel, gelezen))
            tekens += sum(len(item.tekst) + len(item.eigen) for item in gelezen)
            if (
                len(batch) >= BATCH_EENHEDEN
                or tekens >= BATCH_TEKENS
                or time.monotonic() - begin >= BATCH_SECONDEN
            ):
                _schrijf(db, batch, klaar=False)
                melden("inlezen", volgnr, totaal, eenheid.sleutel)
                batch, tekens = [], 0
                begin = time.monotonic()
        _schrijf(db, batch, klaar=True)
        melden("inlezen", totaal, totaal, "ingelezen")


def _schrijf(db: sqlite3.Connection, batch: list[tuple[int, str, list[NieuwItem]]], *, klaar: bool) -> None:
    with transactie(db):
        volgende = db.execute("SELECT coalesce(max(nr), 0) + 1 FROM items").fetchone()[0]
        for volgnr, sleutel, items in batch:
            db.execute("INSERT INTO eenheden (volgnr, sleutel) VALUES (?, ?)", (volgnr, sleutel))
            nummers: list[int] = []
            for item in items:
                nr = volgende
                volgende += 1
                nummers.append(nr)
                ouder = nummers[item.ouder] if item.ouder is not None else None
                _voeg_toe(db, nr, volgnr, ouder, item)
        if klaar:
            markeer_klaar(db, "inlezen")


def _voeg_toe(db: sqlite3.Connection, nr: int, volgnr: int, ouder: int | None, item: NieuwItem) -> None:
    db.execute(
        "INSERT INTO items (nr, eenheid, ouder, vindplaats, soort, titel, datum, tijd, sha256, "
        "message_id, in_reply_to, referenties, onderwerp, onleesbaar, waarschuwingen, "
        "handtekening) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            nr,
            volgnr,
            ouder,
            item.vindplaats,
            item.soort,
            item.titel,
            item.datum,
            item.tijd,
            item.sha256,
            item.message_id,
            item.in_reply_to,
            item.referenties,
            item.onderwerp,
            item.onleesbaar,
            item.waarschuwingen,
            item.handtekening,
        ),
    )
    if item.onleesbaar is None:
        db.execute(
            "INSERT INTO teksten (nr, tekst, eigen) VALUES (?, ?, ?)",
            (nr, pak_in(item.tekst), pak_in(item.eigen)),
        )
