"""Phase 4, detectie: the caller's detector run on the text of each unique, readable item, its
proposed redactions stored; then the proposed assessment of every item."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any

from .melden import Melder
from .opslag import DRAAD_BEPAALD, GEDETECTEERD, lees_tekst, markeer_klaar, transactie

Detecteer = Callable[[str], list[Any]]
Span = tuple[int, int, str, str, str]
Uitkomst = tuple[int, list[Span], str | None]

BATCH_ITEMS = 100
BATCH_SECONDEN = 3.0

OPENBAAR = "openbaar"
DEELS_OPENBAAR = "deels openbaar"
NOG_TE_BEOORDELEN = "nog te beoordelen"

_GESCHIKT = "dubbel_van IS NULL AND onleesbaar IS NULL"


def detecteer_alles(db: sqlite3.Connection, detecteer: Detecteer | None, melden: Melder) -> None:
    if detecteer is None:
        with transactie(db):
            db.execute(f"UPDATE items SET stap = {GEDETECTEERD} WHERE stap = {DRAAD_BEPAALD}")
            markeer_klaar(db, "detectie")
        melden("detectie", 0, 0, "geen detectie gevraagd")
        return
    totaal = db.execute(f"SELECT count(*) FROM items WHERE {_GESCHIKT}").fetchone()[0]
    gedaan = db.execute(
        f"SELECT count(*) FROM items WHERE {_GESCHIKT} AND stap >= {GEDETECTEERD}"
    ).fetchone()[0]
    melden("detectie", gedaan, totaal, "")
    while True:
        rijen = db.execute(
            f"SELECT nr, dubbel_van IS NULL AND onleesbaar IS NULL FROM items "
            f"WHERE stap = {DRAAD_BEPAALD} ORDER BY nr LIMIT ?",
            (BATCH_ITEMS,),
        ).fetchall()
        if not rijen:
            break
        uitkomsten: list[Uitkomst] = []
        begin = time.monotonic()
        for nr, geschikt in rijen:
            if not geschikt:
                uitkomsten.append((nr, [], None))
                continue
            tekst, _eigen = lees_tekst(db, nr)
            try:
                spans = [_span(s, tekst) for s in detecteer(tekst)]
            except Exception as fout:  # a detector bug must not stop thousands of items
                uitkomsten.append((nr, [], f"{type(fout).__name__}: {fout}"[:500]))
            else:
                uitkomsten.append((nr, sorted(set(spans)), None))
            gedaan += 1
            if time.monotonic() - begin >= BATCH_SECONDEN:
                break
        _schrijf(db, uitkomsten)
        melden("detectie", gedaan, totaal, f"tot en met item {uitkomsten[-1][0]}")
    with transactie(db):
        markeer_klaar(db, "detectie")
    melden("detectie", totaal, totaal, "detectie klaar")


def _schrijf(db: sqlite3.Connection, uitkomsten: list[Uitkomst]) -> None:
    with transactie(db):
        for nr, spans, fout in uitkomsten:
            db.execute("DELETE FROM voorstellen WHERE nr = ?", (nr,))
            db.executemany(
                "INSERT INTO voorstellen (nr, volgorde, start, eind, label, grond, tekst) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(nr, volgorde, *span) for volgorde, span in enumerate(spans, start=1)],
            )
            db.execute(
                f"UPDATE items SET stap = {GEDETECTEERD}, detectie_fout = ? WHERE nr = ?",
                (fout, nr),
            )


def _span(span: Any, tekst: str) -> Span:
    """A proposed redaction as (start, end, label, ground, text), from an object with those
    attributes or a mapping (``eind``/``einde`` and ``text`` are accepted too)."""
    start = int(_veld(span, "start", "begin"))
    eind = int(_veld(span, "end", "eind", "einde"))
    label = _tekst(_veld(span, "label", "soort", default=""))
    grond = _tekst(_veld(span, "grond", default=""))
    gevonden = _veld(span, "tekst", "text", default=None)
    gevonden_tekst = _tekst(gevonden) if gevonden is not None else tekst[start:eind]
    return start, eind, label, grond, gevonden_tekst


_GEEN = object()


def _veld(span: Any, *namen: str, default: Any = _GEEN) -> Any:
    for naam in namen:
        if isinstance(span, Mapping) and naam in span:
            return span[naam]
        if hasattr(span, naam):
            return getattr(span, naam)
    if default is _GEEN:
        raise ValueError(f"Een voorgestelde lakking mist het veld '{namen[0]}'.")
    return default


def _tekst(waarde: Any) -> str:
    if isinstance(waarde, Enum):
        waarde = waarde.value
    return str(waarde)


def beoordeel(db: sqlite3.Connection, met_detectie: bool) -> None:
    """The proposed assessment and grounds of every item, from what the phases found.

    Duplicates get "dubbel (zie N)", a message taken up in a more complete one "opgenomen in
    draad (zie N)", a near-duplicate "bijna dubbel (zie N)"; otherwise the detection decides:
    "deels openbaar" when it proposes redactions, "openbaar" when it finds nothing. "reeds
    openbaar" and "buiten reikwijdte" are never proposed: people decide those.
    """
    gronden: dict[int, list[str]] = {}
    for nr, grond in db.execute(
        "SELECT DISTINCT nr, grond FROM voorstellen WHERE grond != '' ORDER BY nr, grond"
    ):
        gronden.setdefault(nr, []).append(grond)
    aantallen = dict(db.execute("SELECT nr, count(*) FROM voorstellen GROUP BY nr").fetchall())
    wijzigingen: list[tuple[str, str, int]] = []
    for nr, onleesbaar, dubbel, opgenomen, bijna, fout in db.execute(
        "SELECT nr, onleesbaar, dubbel_van, opgenomen_in, bijna_dubbel_van, detectie_fout "
        "FROM items ORDER BY nr"
    ).fetchall():
        if dubbel is not None:
            oordeel = f"dubbel (zie {dubbel})"
        elif onleesbaar is not None:
            oordeel = "niet beoordeeld (onleesbaar)"
        elif opgenomen is not None:
            oordeel = f"opgenomen in draad (zie {opgenomen})"
        elif bijna is not None:
            oordeel = f"bijna dubbel (zie {bijna})"
        elif not met_detectie:
            oordeel = NOG_TE_BEOORDELEN
        elif fout is not None:
            oordeel = f"{NOG_TE_BEOORDELEN} (detectie mislukt)"
        elif aantallen.get(nr):
            oordeel = DEELS_OPENBAAR
        else:
            oordeel = OPENBAAR
        wijzigingen.append((oordeel, "; ".join(gronden.get(nr, [])), nr))
    with transactie(db):
        db.executemany("UPDATE items SET beoordeling = ?, gronden = ? WHERE nr = ?", wijzigingen)
