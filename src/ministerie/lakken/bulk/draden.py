"""Phase 3, draden: e-mail threads (In-Reply-To and References, else the normalised subject).

Of each thread the most complete message is kept: the one that quotes most of the others,
then the latest, then the longest. Every other message links to it, and is marked as taken up
in it when the text its sender wrote is found back in the kept message.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from .lezen import EMAIL
from .melden import Melder
from .opslag import DRAAD_BEPAALD, ONTDUBBELD, lees_tekst, markeer_klaar, transactie
from .tekstvormen import vergelijkvorm

#: Threads larger than this are only compared with their latest message.
MAX_VOLLEDIG_VERGELIJKEN = 200
BATCH_ITEMS = 2_000


class _Verzamelingen:
    """Union-find over string keys."""

    def __init__(self) -> None:
        self._ouder: dict[str, str] = {}

    def wortel(self, sleutel: str) -> str:
        ouder = self._ouder.setdefault(sleutel, sleutel)
        while ouder != sleutel:
            grootouder = self._ouder[ouder]
            self._ouder[sleutel] = grootouder
            sleutel, ouder = ouder, grootouder
        return sleutel

    def voeg_samen(self, a: str, b: str) -> None:
        wa, wb = self.wortel(a), self.wortel(b)
        if wa != wb:
            self._ouder[max(wa, wb)] = min(wa, wb)


@dataclass(frozen=True, slots=True)
class _Lid:
    nr: int
    tijd: float
    vorm: str
    eigen: str


def bepaal_draden(db: sqlite3.Connection, melden: Melder) -> None:
    draden = _draden(db)
    gedaan_nrs = {nr for (nr,) in db.execute("SELECT nr FROM items WHERE draad IS NOT NULL")}
    melden("draden", 0, len(draden), f"{len(draden)} draden gevonden")
    wachtend: list[tuple[int, list[int]]] = []
    omvang = 0
    for volgnummer, leden in enumerate(draden, start=1):
        if all(nr in gedaan_nrs for nr in leden):
            continue
        wachtend.append((volgnummer, leden))
        omvang += len(leden)
        if omvang >= BATCH_ITEMS:
            _schrijf(db, wachtend)
            melden("draden", volgnummer, len(draden), "")
            wachtend, omvang = [], 0
    _schrijf(db, wachtend)
    with transactie(db):
        db.execute(
            "UPDATE items SET draad = (SELECT o.draad FROM items o WHERE o.nr = items.dubbel_van) "
            f"WHERE dubbel_van IS NOT NULL AND soort = ? AND stap = {ONTDUBBELD}",
            (EMAIL,),
        )
        db.execute(f"UPDATE items SET stap = {DRAAD_BEPAALD} WHERE stap = {ONTDUBBELD}")
        markeer_klaar(db, "draden")
    melden("draden", len(draden), len(draden), "draden bepaald")


def _draden(db: sqlite3.Connection) -> list[list[int]]:
    """The threads of two or more unique, readable messages, each sorted, ordered by their
    first number."""
    verzamelingen = _Verzamelingen()
    knopen: list[tuple[int, str]] = []
    for nr, message_id, in_reply_to, referenties, onderwerp in db.execute(
        "SELECT nr, message_id, in_reply_to, referenties, onderwerp FROM items "
        "WHERE soort = ? AND dubbel_van IS NULL AND onleesbaar IS NULL ORDER BY nr",
        (EMAIL,),
    ):
        knoop = f"m:{message_id}" if message_id else f"n:{nr}"
        verzamelingen.wortel(knoop)
        verwijzingen = [r for r in [in_reply_to, *referenties.split()] if r]
        for verwijzing in verwijzingen:
            verzamelingen.voeg_samen(knoop, f"m:{verwijzing}")
        if not verwijzingen and onderwerp:
            verzamelingen.voeg_samen(knoop, f"s:{onderwerp}")
        knopen.append((nr, knoop))
    groepen: dict[str, list[int]] = {}
    for nr, knoop in knopen:
        groepen.setdefault(verzamelingen.wortel(knoop), []).append(nr)
    return sorted((leden for leden in groepen.values() if len(leden) >= 2), key=lambda g: g[0])


def _schrijf(db: sqlite3.Connection, draden: list[tuple[int, list[int]]]) -> None:
    if not draden:
        return
    wijzigingen: list[tuple[int, int, int | None, int]] = []
    for volgnummer, leden in draden:
        volledigste, opgenomen = _volledigste(db, leden)
        for nr in leden:
            wijzigingen.append((volgnummer, volledigste, opgenomen.get(nr), nr))
    with transactie(db):
        db.executemany(
            "UPDATE items SET draad = ?, draad_volledigste = ?, opgenomen_in = ?, "
            f"stap = {DRAAD_BEPAALD} WHERE nr = ?",
            wijzigingen,
        )


def _volledigste(db: sqlite3.Connection, leden: list[int]) -> tuple[int, dict[int, int]]:
    """The kept message of a thread, and for each other message taken up in it, its number."""
    tijden = dict(
        db.execute(
            f"SELECT nr, coalesce(tijd, 0) FROM items WHERE nr IN ({','.join('?' * len(leden))})",
            leden,
        ).fetchall()
    )
    lijst = []
    for nr in leden:
        tekst, eigen = lees_tekst(db, nr)
        lijst.append(_Lid(nr, float(tijden.get(nr, 0.0)), vergelijkvorm(tekst), vergelijkvorm(eigen)))
    if len(lijst) <= MAX_VOLLEDIG_VERGELIJKEN:

        def score(lid: _Lid) -> tuple[int, float, int, int]:
            citaten = sum(
                1 for ander in lijst if ander is not lid and ander.eigen and ander.eigen in lid.vorm
            )
            return (citaten, lid.tijd, len(lid.vorm), -lid.nr)
    else:

        def score(lid: _Lid) -> tuple[int, float, int, int]:
            return (0, lid.tijd, len(lid.vorm), -lid.nr)

    beste = max(lijst, key=score)
    opgenomen = {
        lid.nr: beste.nr for lid in lijst if lid is not beste and (not lid.eigen or lid.eigen in beste.vorm)
    }
    return beste.nr, opgenomen
