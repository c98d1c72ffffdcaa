"""Helpers for the redaction tests (plain Python, like the tests themselves)."""

from __future__ import annotations

import re
from dataclasses import dataclass


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
