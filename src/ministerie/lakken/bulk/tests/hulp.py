"""Helpers of the bulk tests: a small mailbox with known outcomes, and reading back a run."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pymupdf
from openpyxl import load_workbook

from .voorbeelden import DOCX_MIME, bericht, citeer, maak_docx, schrijf_mbox

BEGIN = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

TEKST_BEGROTING = (
    "Beste collega's, hierbij het concept van de begroting voor 2027. De post voor de "
    "subsidieregeling stijgt met twee miljoen euro door de nieuwe aanpak in de regio. Graag "
    "jullie reactie voor vrijdag, dan kan de nota naar de minister. Met vriendelijke groet, "
    "Jan Jansen, 06-12345678"
)


def klein_postvak(pad: Path) -> Path:
    """Eleven items with known outcomes (numbers in brackets):

    [1] root "Begroting 2027" with [2] nota.docx and [3] kapot.docx (unreadable);
    [4] a reply quoting [1]; [5] a reply quoting [4] (the most complete of the thread);
    [6] an exact copy of [4] (same Message-ID, another mailbox);
    [7] a near-copy of [1] (one word changed, another Message-ID and subject);
    [8] "Planning overleg" and [9] "RE: Planning overleg" (a thread by subject only);
    [10] a message with [11] a photo (unsupported, so unreadable).
    """
    jan, piet, anna = (
        "Jan Jansen <jan@voorbeeld.nl>",
        "Piet de Vries <piet@voorbeeld.nl>",
        "Anna Bakker <anna@voorbeeld.nl>",
    )
    m1 = bericht(
        van=jan,
        aan=piet,
        onderwerp="Begroting 2027",
        tekst=TEKST_BEGROTING,
        message_id="<m1@voorbeeld.nl>",
        datum=BEGIN,
        bijlagen=[
            ("nota.docx", DOCX_MIME, maak_docx(["De nota over de begroting."])),
            ("kapot.docx", DOCX_MIME, b"PK\x03\x04 geen echte docx"),
        ],
    )
    tekst2 = "Dank Jan, ik heb twee opmerkingen over de regio. Bel me even op 06-87654321.\n\n" + citeer(
        TEKST_BEGROTING, jan, BEGIN
    )
    m2 = bericht(
        van=piet,
        aan=jan,
        onderwerp="Re: Begroting 2027",
        tekst=tekst2,
        message_id="<m2@voorbeeld.nl>",
        datum=BEGIN + timedelta(hours=1),
        in_reply_to="<m1@voorbeeld.nl>",
        referenties=["<m1@voorbeeld.nl>"],
    )
    tekst3 = "Akkoord, ik verwerk het en stuur de nota door.\n\n" + citeer(tekst2, piet, BEGIN)
    m3 = bericht(
        van=jan,
        aan=piet,
        cc=anna,
        onderwerp="RE: Re: Begroting 2027",
        tekst=tekst3,
        message_id="<m3@voorbeeld.nl>",
        datum=BEGIN + timedelta(hours=2),
        in_reply_to="<m2@voorbeeld.nl>",
        referenties=["<m1@voorbeeld.nl>", "<m2@voorbeeld.nl>"],
    )
    m4 = EmailMessage()
    m4["X-Postvak"] = "piet"
    for naam, waarde in m2.items():
        m4[naam] = waarde
    m4.set_content(tekst2)
    m5 = bericht(
        van=jan,
        aan=anna,
        onderwerp="Concept begroting",
        message_id="<m5@voorbeeld.nl>",
        tekst=TEKST_BEGROTING.replace("vrijdag", "donderdag"),
        datum=BEGIN + timedelta(hours=3),
    )
    m6 = bericht(
        van=anna,
        aan=piet,
        onderwerp="Planning overleg",
        message_id="<m6@voorbeeld.nl>",
        tekst="Zullen we dinsdag om tien uur overleggen over de planning van het project?",
        datum=BEGIN + timedelta(days=1),
    )
    m7 = bericht(
        van=piet,
        aan=anna,
        onderwerp="RE: Planning overleg",
        message_id="<m7@voorbeeld.nl>",
        tekst="Dinsdag om tien uur is goed.",
        datum=BEGIN + timedelta(days=1, hours=1),
    )
    m8 = bericht(
        van=anna,
        aan=jan,
        onderwerp="Foto van de locatie",
        message_id="<m8@voorbeeld.nl>",
        tekst="Zie de foto.",
        datum=BEGIN + timedelta(days=2),
        bijlagen=[("locatie.png", "image/png", b"\x89PNG\r\n\x1a\n" + b"\0" * 40)],
    )
    return schrijf_mbox(pad, [m1, m2, m3, m4, m5, m6, m7, m8])


def items(database: Path) -> dict[int, dict[str, Any]]:
    with sqlite3.connect(database) as db:
        db.row_factory = sqlite3.Row
        return {rij["nr"]: dict(rij) for rij in db.execute("SELECT * FROM items ORDER BY nr")}


def dump(database: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every table of a run's database, for comparing two runs."""
    with sqlite3.connect(database) as db:
        tabellen = [
            r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ]
        return {t: sorted(db.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tabellen}


def xlsx_rijen(pad: Path, blad: str = "Inventarislijst") -> list[tuple[Any, ...]]:
    boek = load_workbook(pad, read_only=True)
    try:
        return [tuple(rij) for rij in boek[blad].iter_rows(values_only=True)]
    finally:
        boek.close()


def pdf_nummers(pad: Path) -> list[int]:
    """The numbers in the first column of the inventory PDF, in order."""
    nummers: list[int] = []
    with pymupdf.open(pad) as document:
        for pagina in document:
            kop = pagina.search_for("Nr.")
            if not kop:
                continue
            rechts = kop[0].x1 + 20
            woorden = sorted(pagina.get_text("words"), key=lambda w: (round(w[1]), w[0]))
            nummers.extend(
                int(w[4]) for w in woorden if w[4].isdigit() and w[0] < rechts and w[1] > kop[0].y1
            )
    return nummers


def pdf_tekst(pad: Path) -> str:
    with pymupdf.open(pad) as document:
        return "\n".join(pagina.get_text() for pagina in document)
