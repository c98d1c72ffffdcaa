"""Diacritics- and case-insensitive text for searching names: "Rene" finds "René"."""

import re
import unicodedata

_STREEPJES = re.compile(r"[\u2010-\u2015\u2212]")
_SPATIES = re.compile(r"\s+")


def normaliseer(tekst: str) -> str:
    ontleed = unicodedata.normalize("NFKD", tekst)
    zonder_tekens = "".join(t for t in ontleed if not unicodedata.combining(t))
    return _SPATIES.sub(" ", _STREEPJES.sub("-", zonder_tekens)).casefold().strip()


def zoektermen(vraag: str) -> list[str]:
    return [t for t in normaliseer(vraag).split(" ") if t]
