"""Making extracted text safe to store and search: NFC, no control characters, bounded length."""

from __future__ import annotations

import re
import unicodedata

from .limieten import MAX_TEKST_TEKENS, getal

#: Control characters that are dropped (tab, line feed and form feed stay; a vertical tab, as
#: Word uses for a line break, becomes a line feed). PostgreSQL refuses NUL in text.
_WEG = {c: None for c in range(32) if c not in (9, 10, 11, 12, 13)} | {127: None, 11: "\n"}
_SURROGATEN = re.compile("[\ud800-\udfff]")


def schoon(tekst: str) -> str:
    """``tekst`` in NFC, with ``\\n`` line ends, without control characters or lone surrogates
    (which cannot be stored as UTF-8), and without trailing blanks on a line or at the end."""
    tekst = tekst.replace("\r\n", "\n").replace("\r", "\n").translate(_WEG)
    tekst = _SURROGATEN.sub("\ufffd", tekst)
    tekst = unicodedata.normalize("NFC", tekst)
    return "\n".join(regel.rstrip(" \t") for regel in tekst.split("\n")).strip(" \t\n")


def schone_regel(waarde: str) -> str:
    """A metadata value: cleaned as text, on one line."""
    return " ".join(schoon(waarde).split())


def begrens(tekst: str, waarschuwingen: list[str]) -> str:
    """``tekst`` cut to ``MAX_TEKST_TEKENS``, with a warning when it was cut."""
    if len(tekst) <= MAX_TEKST_TEKENS:
        return tekst
    waarschuwingen.append(f"De tekst is ingekort tot de eerste {getal(MAX_TEKST_TEKENS)} tekens.")
    return tekst[:MAX_TEKST_TEKENS]
