"""The word lists shipped in ``woordenlijsten/``, loaded once, normalised for lookup."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

_EXTRA = str.maketrans(
    {
        "ı": "i",
        "İ": "i",
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "ß": "ss",
        "’": "'",
        "‘": "'",
        "đ": "d",
        "Đ": "d",
        "æ": "ae",
    }
)


def normaliseer(woord: str) -> str:
    """Case-folded and without diacritics: ``"Yılmaz" -> "yilmaz"``, ``"Zoë" -> "zoe"``."""
    if woord.isascii():
        return woord.lower()
    kaal = unicodedata.normalize("NFKD", woord.translate(_EXTRA))
    return "".join(c for c in kaal if not unicodedata.combining(c)).lower()


def _regels(naam: str) -> list[str]:
    bestand = resources.files(__package__).joinpath("woordenlijsten", naam)
    tekst = bestand.read_text(encoding="utf-8")
    return [r.strip() for r in tekst.splitlines() if r.strip() and not r.startswith("#")]


@dataclass(frozen=True)
class Lijsten:
    voornamen: frozenset[str]
    achternamen: frozenset[str]
    achternamen_woorden: frozenset[str]
    voornamen_woorden: frozenset[str]
    stopwoorden: frozenset[str]
    plaatsen: tuple[str, ...]
    plaatsen_genormaliseerd: frozenset[str]
    organisaties: tuple[str, ...]
    eenheidswoorden: frozenset[str]
    functietitels: frozenset[str]


@cache
def lijsten() -> Lijsten:
    plaatsen = tuple(_regels("plaatsen.txt"))
    return Lijsten(
        voornamen=frozenset(normaliseer(w) for w in _regels("voornamen.txt")),
        achternamen=frozenset(normaliseer(w) for w in _regels("achternamen.txt")),
        achternamen_woorden=frozenset(normaliseer(w) for w in _regels("achternamen_woorden.txt")),
        voornamen_woorden=frozenset(normaliseer(w) for w in _regels("voornamen_woorden.txt")),
        stopwoorden=frozenset(normaliseer(w) for w in _regels("stopwoorden.txt")),
        plaatsen=plaatsen,
        plaatsen_genormaliseerd=frozenset(normaliseer(p) for p in plaatsen),
        organisaties=tuple(_regels("organisaties.txt")),
        eenheidswoorden=frozenset(normaliseer(w) for w in _regels("eenheidswoorden.txt")),
        functietitels=frozenset(normaliseer(w) for w in _regels("functietitels.txt")),
    )
