"""Helpers for the redaction tests (plain Python, like the tests themselves)."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Vondst:
    start: int
    end: int
    label: str
    grond: str


class NepDetector:
    """A tiny stand-in detector: e-mail addresses and nine-digit numbers."""

    PATRONEN = (
        (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "e-mailadres", "5.1.2e"),
        (re.compile(r"(?<!\d)\d{9}(?!\d)"), "bsn", "5.1.1d"),
    )

    def __init__(self) -> None:
        self.aanroepen: list[str] = []

    def __call__(self, tekst: str) -> list[Vondst]:
        self.aanroepen.append(tekst)
        return [
            Vondst(m.start(), m.end(), label, grond)
            for patroon, label, grond in self.PATRONEN
            for m in patroon.finditer(tekst)
        ]


@dataclass(frozen=True)
class ValtOm:
    """Work that kills the process doing it (as MuPDF may on a hostile file) the first ``keer``
    times; the attempts are counted in the file ``teller``, shared by the processes."""

    teller: str
    keer: int

    def voer_uit(self) -> str:
        pad = Path(self.teller)
        poging = int(pad.read_text()) + 1 if pad.exists() else 1
        pad.write_text(str(poging))
        if poging <= self.keer:
            os._exit(1)
        return "gedaan"

    def gestopt(self, melding: str) -> str:
        return melding
