"""A simple recogniser that suggests the kind of an item from its text and the age a sender
gives: a child's letter has an age under 18, or the words and phrases children use when they
write to a minister. It only suggests; the MC worker confirms (``services.bevestig_soort``).
Plain Python, no Django."""

from __future__ import annotations

import re
from dataclasses import dataclass

KIND_TOT = 18  # under this age a letter is a kinderbrief

_LEEFTIJD = re.compile(
    r"\b(?:ik\s+ben|ben\s+ik|ik\s+word|leeftijd:?)\s+(\d{1,2})\s*(?:jaar|jr\.?)?\b"
    r"|\b(\d{1,2})\s+jaar\s+oud\b",
    re.IGNORECASE,
)
_AANWIJZINGEN = (
    (re.compile(r"\b(?:groep|klas)\s+[1-8]\b", re.IGNORECASE), "noemt een groep of klas van de basisschool"),
    (re.compile(r"\bbasisschool\b", re.IGNORECASE), "noemt de basisschool"),
    (
        re.compile(r"\bmijn\s+(?:juf|meester|mama|papa|opa|oma)\b", re.IGNORECASE),
        "spreekt over juf, meester of ouders",
    ),
    (re.compile(r"\bspreekbeurt\b|\bwerkstuk\b", re.IGNORECASE), "gaat over een spreekbeurt of werkstuk"),
    (
        re.compile(
            r"\bliefs?\s+minister\b|\bbeste\s+meneer\s+de\s+minister\b|\bbeste\s+mevrouw\s+de\s+minister\b",
            re.IGNORECASE,
        ),
        "spreekt de minister aan zoals kinderen doen",
    ),  # noqa: E501
)
_ORGANISATIE = re.compile(
    r"\b(?:B\.?V\.?|N\.?V\.?|stichting|vereniging|coöperatie|cooperatie)\b", re.IGNORECASE
)
_OVERHEID = re.compile(
    r"\b(?:gemeente|provincie|waterschap|college van burgemeester|gedeputeerde staten)\b", re.IGNORECASE
)


@dataclass(frozen=True)
class Voorstel:
    soort: str  # burgerbrief, kinderbrief, organisatie, overheid
    reden: str


def leeftijd_uit(tekst: str) -> int | None:
    """The age a sender states ("ik ben 9 jaar", "10 jaar oud"), or None."""
    for gevonden in _LEEFTIJD.finditer(tekst or ""):
        waarde = gevonden.group(1) or gevonden.group(2)
        if waarde and 3 <= int(waarde) <= 99:
            return int(waarde)
    return None


def stel_soort_voor(tekst: str, *, leeftijd: int | None = None, organisatie: str = "") -> Voorstel:
    """The suggested kind with the reason in Dutch."""
    leeftijd = leeftijd if leeftijd is not None else leeftijd_uit(tekst)
    if leeftijd is not None and leeftijd < KIND_TOT:
        return Voorstel("kinderbrief", f"De afzender is {leeftijd} jaar.")
    redenen = [reden for patroon, reden in _AANWIJZINGEN if patroon.search(tekst or "")]
    if len(redenen) >= 2 or (redenen and len(tekst or "") < 1500):
        return Voorstel("kinderbrief", "De tekst " + " en ".join(redenen) + ".")
    if organisatie and _OVERHEID.search(organisatie):
        return Voorstel("overheid", "De afzender is een overheid.")
    if organisatie:
        return Voorstel("organisatie", "De afzender schrijft namens een organisatie.")
    if _OVERHEID.search((tekst or "")[:400]):
        return Voorstel("overheid", "De brief komt van een gemeente, provincie of waterschap.")
    if _ORGANISATIE.search((tekst or "")[:400]):
        return Voorstel("organisatie", "De brief komt van een organisatie.")
    return Voorstel("burgerbrief", "Geen aanwijzingen voor een kind, organisatie of overheid.")
