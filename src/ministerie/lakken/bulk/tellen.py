"""The counts of a run, read from its database."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from .typen import Onleesbaar


@dataclass(frozen=True, slots=True)
class Tellingen:
    items: int
    uniek: int
    exacte_dubbelen: int
    bijna_dubbelen: int
    draden: int
    onleesbaar: int
    detectie_mislukt: int

    def als_rijen(self) -> list[tuple[str, int]]:
        return [
            ("Items", self.items),
            ("Uniek", self.uniek),
            ("Exacte dubbelen", self.exacte_dubbelen),
            ("Bijna-dubbelen", self.bijna_dubbelen),
            ("E-maildraden", self.draden),
            ("Onleesbaar", self.onleesbaar),
        ]


def tel(db: sqlite3.Connection) -> Tellingen:
    items, exact, bijna, onleesbaar, mislukt = db.execute(
        "SELECT count(*), count(dubbel_van), "
        "count(CASE WHEN dubbel_van IS NULL THEN bijna_dubbel_van END), "
        "count(onleesbaar), count(detectie_fout) FROM items"
    ).fetchone()
    draden = db.execute(
        "SELECT count(DISTINCT draad) FROM items WHERE dubbel_van IS NULL AND draad IS NOT NULL"
    ).fetchone()[0]
    return Tellingen(items, items - exact - bijna, exact, bijna, draden, onleesbaar, mislukt)


def onleesbare(db: sqlite3.Connection) -> list[Onleesbaar]:
    return [
        Onleesbaar(nr, vindplaats, titel, reden)
        for nr, vindplaats, titel, reden in db.execute(
            "SELECT nr, vindplaats, titel, onleesbaar FROM items WHERE onleesbaar IS NOT NULL ORDER BY nr"
        )
    ]
