"""The bulk run: the five phases in order, each resumable, all state in the work folder."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .bronnen import vingerafdruk
from .draden import bepaal_draden
from .inlezen import lees_in
from .inventaris import PDF_NAAM, XLSX_NAAM, maak_inventaris
from .melden import Melder
from .ontdubbelen import ontdubbel
from .opslag import (
    SCHEMAVERSIE,
    fase_klaar,
    lees_meta,
    markeer_klaar,
    open_database,
    slot,
    transactie,
    zet_meta,
)
from .tellen import onleesbare, tel
from .typen import BulkFout, Verslag, Voortgang
from .voorstellen import beoordeel, detecteer_alles


def verwerk(
    bron: Path,
    werkmap: Path,
    *,
    detecteer: Callable[[str], list[Any]] | None = None,
    voortgang: Callable[[Voortgang], None] | None = None,
) -> Verslag:
    """Process every file and message of ``bron`` (a folder, searched recursively; a .zip; or
    an mbox) for a Woo request: read the text, find exact and near duplicates and e-mail
    threads, run ``detecteer`` (if given) on each unique text, and write the inventory list
    to ``werkmap`` as ``inventaris.xlsx`` and ``inventaris.pdf``.

    All state is in ``werkmap/bulk.sqlite3``: calling this again after the process was
    stopped (killed, or an exception from ``voortgang``) goes on where it was and gives the
    same result as an uninterrupted run; calling it after a finished run only reports.
    Raises ``BulkFout`` when the source is missing, when the work folder belongs to another
    source (or to a run with/without detection), or when another run holds it.
    """
    bron = Path(bron).resolve()
    werkmap = Path(werkmap).resolve()
    if not bron.exists():
        raise BulkFout(f"De bron '{bron}' bestaat niet.")
    werkmap.mkdir(parents=True, exist_ok=True)
    melden = Melder(voortgang)
    with slot(werkmap):
        db = open_database(werkmap)
        try:
            _controleer_werkmap(db, bron, werkmap, detecteer is not None)
            if not fase_klaar(db, "inlezen"):
                lees_in(db, bron, werkmap, melden)
            if not fase_klaar(db, "ontdubbelen"):
                ontdubbel(db, melden)
            if not fase_klaar(db, "draden"):
                bepaal_draden(db, melden)
            if not fase_klaar(db, "detectie"):
                detecteer_alles(db, detecteer, melden)
            xlsx, pdf = werkmap / XLSX_NAAM, werkmap / PDF_NAAM
            if not (fase_klaar(db, "inventaris") and xlsx.exists() and pdf.exists()):
                beoordeel(db, detecteer is not None)
                maak_inventaris(db, werkmap, bron.name, melden)
                with transactie(db):
                    markeer_klaar(db, "inventaris")
            return _verslag(db, werkmap, xlsx, pdf)
        finally:
            db.close()


def _controleer_werkmap(db: sqlite3.Connection, bron: Path, werkmap: Path, met_detectie: bool) -> None:
    verwacht = {
        "schemaversie": SCHEMAVERSIE,
        "bron": str(bron),
        "vingerafdruk": vingerafdruk(bron, werkmap),
        "detectie": "ja" if met_detectie else "nee",
    }
    gevonden = {sleutel: lees_meta(db, sleutel) for sleutel in verwacht}
    if all(waarde is None for waarde in gevonden.values()):
        with transactie(db):
            for sleutel, waarde in verwacht.items():
                zet_meta(db, sleutel, waarde)
        return
    redenen = {
        "schemaversie": "door een andere versie van dit programma",
        "bron": f"voor een andere bron ({gevonden['bron']})",
        "vingerafdruk": "voor de bron zoals die toen was; de bron is sindsdien veranderd",
        "detectie": "met" if gevonden["detectie"] == "ja" else "zonder",
    }
    for sleutel, waarde in verwacht.items():
        if gevonden[sleutel] != waarde:
            reden = redenen[sleutel]
            if sleutel == "detectie":
                reden = f"{reden} detectie"
            raise BulkFout(
                f"De werkmap '{werkmap}' is al gebruikt {reden}. Ga verder zoals toen begonnen, "
                "of begin opnieuw met een lege werkmap."
            )


def _verslag(db: sqlite3.Connection, werkmap: Path, xlsx: Path, pdf: Path) -> Verslag:
    tellingen = tel(db)
    return Verslag(
        items=tellingen.items,
        uniek=tellingen.uniek,
        exacte_dubbelen=tellingen.exacte_dubbelen,
        bijna_dubbelen=tellingen.bijna_dubbelen,
        draden=tellingen.draden,
        onleesbaar=tellingen.onleesbaar,
        inventaris_xlsx=xlsx,
        inventaris_pdf=pdf,
        database=werkmap / "bulk.sqlite3",
        onleesbare=onleesbare(db),
        detectie_mislukt=tellingen.detectie_mislukt,
    )
