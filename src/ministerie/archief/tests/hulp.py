"""Test sources made here: a mailbox of n messages (some unreadable), a WhatsApp export."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path


def schrijf_mbox(
    pad: Path, aantal: int, *, begin: datetime | None = None, leeg_elke: int = 500, dubbel_elke: int = 250
) -> Path:
    """An mbox of ``aantal`` messages; every ``leeg_elke``-th is empty (unreadable), every
    ``dubbel_elke``-th is a copy of the message before it (a duplicate), the rest reply in
    threads of five."""
    begin = begin or datetime(2021, 3, 1, 9, 0, tzinfo=UTC)
    regels: list[bytes] = []
    vorige = b""
    for n in range(1, aantal + 1):
        regels.append(b"From archief@example.org Mon Mar  1 09:00:00 2021\n")
        if n % leeg_elke == 0:
            regels.append(b"\n")
            continue
        if n % dubbel_elke == 0 and vorige:
            regels.append(vorige)
            continue
        moment = begin + timedelta(minutes=n)
        draad = (n - 1) // 5
        antwoord = f"In-Reply-To: <draad-{draad}@example.org>\n" if n % 5 != 1 else ""
        bericht = (
            f"From: Minister <minister@example.org>\nTo: SG <sg@example.org>\n"
            f"Subject: Overleg {draad} (bericht {n})\nDate: {moment:%a, %d %b %Y %H:%M:%S +0000}\n"
            f"Message-ID: <bericht-{n}@example.org>\n{antwoord}"
            f"Content-Type: text/plain; charset=utf-8\n\nBesluit over dossier {n}: akkoord, zie bijlage.\n\n"
        ).encode()
        regels.append(bericht)
        vorige = bericht
    pad.write_bytes(b"".join(regels))
    return pad


def schrijf_whatsapp(map_: Path) -> Path:
    """A WhatsApp export (iPhone form) with one photo present and one missing, plus the Android
    form in a second file."""
    map_.mkdir(parents=True, exist_ok=True)
    (map_ / "_chat.txt").write_text(
        "[01-03-2021 09:00:00] Minister: Goedemorgen, besluit over de subsidie: akkoord.\n"
        "[01-03-2021 09:01:10] SG: Prima, ik laat het uitwerken.\n"
        "Tweede regel van hetzelfde bericht.\n"
        "[01-03-2021 09:02:00] Minister: \u200e<bijgevoegd: 00000003-PHOTO-2021-03-01.jpg>\n"
        "[01-03-2021 09:03:00] SG: \u200e<bijgevoegd: 00000004-PHOTO-ontbreekt.jpg>\n"
        "[31-02-2021 09:04:00] SG: Deze datum bestaat niet.\n",
        encoding="utf-8",
    )
    (map_ / "00000003-PHOTO-2021-03-01.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"foto" * 50)
    (map_ / "android.txt").write_text(
        "02-03-21 10:15 - Minister: Android-vorm: het besluit blijft staan.\n"
        "02-03-21 10:16 - SG: Begrepen.\n",
        encoding="utf-8",
    )
    return map_
