"""The state of a run in one SQLite file in the work folder (WAL, explicit transactions).

Everything a run decides is in here, so that a run that is stopped halfway goes on where it
was. Text is stored compressed; the MinHash signature as little-endian 32-bit values.
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .typen import BulkFout

DATABASENAAM = "bulk.sqlite3"
SCHEMAVERSIE = "1"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (sleutel TEXT PRIMARY KEY, waarde TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS fasen (fase TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS eenheden (volgnr INTEGER PRIMARY KEY, sleutel TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS items (
    nr INTEGER PRIMARY KEY,
    eenheid INTEGER NOT NULL REFERENCES eenheden(volgnr),
    ouder INTEGER REFERENCES items(nr),
    vindplaats TEXT NOT NULL,
    soort TEXT NOT NULL,
    titel TEXT NOT NULL,
    datum TEXT NOT NULL DEFAULT '',
    tijd REAL,
    sha256 TEXT NOT NULL,
    message_id TEXT NOT NULL DEFAULT '',
    in_reply_to TEXT NOT NULL DEFAULT '',
    referenties TEXT NOT NULL DEFAULT '',
    onderwerp TEXT NOT NULL DEFAULT '',
    onleesbaar TEXT,
    waarschuwingen TEXT NOT NULL DEFAULT '',
    handtekening BLOB,
    stap INTEGER NOT NULL DEFAULT 1,
    dubbel_van INTEGER,
    bijna_dubbel_van INTEGER,
    draad INTEGER,
    draad_volledigste INTEGER,
    opgenomen_in INTEGER,
    detectie_fout TEXT,
    beoordeling TEXT,
    gronden TEXT
);
CREATE INDEX IF NOT EXISTS items_stap ON items(stap, nr);
CREATE TABLE IF NOT EXISTS teksten (
    nr INTEGER PRIMARY KEY REFERENCES items(nr),
    tekst BLOB NOT NULL,
    eigen BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS voorstellen (
    nr INTEGER NOT NULL REFERENCES items(nr),
    volgorde INTEGER NOT NULL,
    start INTEGER NOT NULL,
    eind INTEGER NOT NULL,
    label TEXT NOT NULL,
    grond TEXT NOT NULL,
    tekst TEXT NOT NULL,
    PRIMARY KEY (nr, volgorde)
);
"""

#: The steps an item goes through; ``items.stap`` holds the last one it reached.
INGELEZEN, ONTDUBBELD, DRAAD_BEPAALD, GEDETECTEERD = 1, 2, 3, 4


def open_database(werkmap: Path) -> sqlite3.Connection:
    """The run's database in ``werkmap``, created if new, in WAL mode."""
    verbinding = sqlite3.connect(werkmap / DATABASENAAM, isolation_level=None)
    verbinding.execute("PRAGMA journal_mode=WAL")
    verbinding.execute("PRAGMA synchronous=NORMAL")
    verbinding.execute("PRAGMA foreign_keys=ON")
    with transactie(verbinding):
        for opdracht in SCHEMA.split(";"):
            if opdracht.strip():
                verbinding.execute(opdracht)
    return verbinding


@contextmanager
def transactie(verbinding: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One transaction: committed when the block ends, rolled back when it raises."""
    verbinding.execute("BEGIN IMMEDIATE")
    try:
        yield verbinding
    except BaseException:
        verbinding.execute("ROLLBACK")
        raise
    verbinding.execute("COMMIT")


@contextmanager
def slot(werkmap: Path) -> Iterator[None]:
    """Hold the work folder for this run; a second run on the same folder is refused."""
    pad = werkmap / ".in-gebruik"
    fd = os.open(pad, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BulkFout(f"De werkmap '{werkmap}' is in gebruik door een andere verwerking.") from None
        yield
    finally:
        os.close(fd)


def lees_meta(verbinding: sqlite3.Connection, sleutel: str) -> str | None:
    rij = verbinding.execute("SELECT waarde FROM meta WHERE sleutel = ?", (sleutel,)).fetchone()
    return None if rij is None else str(rij[0])


def zet_meta(verbinding: sqlite3.Connection, sleutel: str, waarde: str) -> None:
    verbinding.execute(
        "INSERT INTO meta (sleutel, waarde) VALUES (?, ?) "
        "ON CONFLICT (sleutel) DO UPDATE SET waarde = excluded.waarde",
        (sleutel, waarde),
    )


def fase_klaar(verbinding: sqlite3.Connection, fase: str) -> bool:
    return verbinding.execute("SELECT 1 FROM fasen WHERE fase = ?", (fase,)).fetchone() is not None


def markeer_klaar(verbinding: sqlite3.Connection, fase: str) -> None:
    verbinding.execute("INSERT OR IGNORE INTO fasen (fase) VALUES (?)", (fase,))


def pak_in(tekst: str) -> bytes:
    return zlib.compress(tekst.encode("utf-8"), 6)


def pak_uit(data: bytes) -> str:
    return zlib.decompress(data).decode("utf-8")


def lees_tekst(verbinding: sqlite3.Connection, nr: int) -> tuple[str, str]:
    """The whole text of item ``nr`` and its own text (an e-mail without what it quotes)."""
    rij = verbinding.execute("SELECT tekst, eigen FROM teksten WHERE nr = ?", (nr,)).fetchone()
    if rij is None:
        return "", ""
    return pak_uit(rij[0]), pak_uit(rij[1])
