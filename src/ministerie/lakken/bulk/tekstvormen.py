"""Text in the forms the comparisons need: words, a normalised subject, the part of an e-mail
that the sender wrote (without what it quotes), and a form to test whether one text holds
another."""

from __future__ import annotations

import re
import unicodedata

_WOORD = re.compile(r"\w+")
_SPATIE = re.compile(r"\s+")
_VOORVOEGSEL = re.compile(
    r"^\s*(?:(?:re|fw|fwd|aw|wg|antw|antwoord|doorst|tr|sv|vs|rv)\s*(?:\[\d+\]|\(\d+\))?\s*:"
    r"|\[(?:extern|external|ext)\]|\((?:extern|external)\))\s*",
    re.IGNORECASE,
)
_SCHEIDING = re.compile(
    r"^\s*-{2,}\s*(?:original message|oorspronkelijk bericht|origineel bericht|"
    r"forwarded message|doorgestuurd bericht|weitergeleitete nachricht|message d'origine|"
    r"urspr\u00fcngliche nachricht)\s*-{2,}",
    re.IGNORECASE,
)
_SCHREEF = re.compile(r"(?:wrote|schreef(?: het volgende)?|schrieb|a \u00e9crit)\s*:\s*$", re.IGNORECASE)
_KOP_VAN = re.compile(r"^\s*\*?(?:van|from|von|de)\s*:", re.IGNORECASE)
_KOP_VERZONDEN = re.compile(r"^\s*\*?(?:verzonden|sent|datum|date|gesendet|envoy\u00e9)\s*:", re.IGNORECASE)
_STREEP = re.compile(r"^\s*_{10,}\s*$")
_CITAAT = re.compile(r"^\s*>")
_CITAATTEKENS = re.compile(r"^(?:\s*>)+", re.MULTILINE)


def woorden(tekst: str) -> list[str]:
    """The words of ``tekst``, in lower case."""
    return _WOORD.findall(tekst.casefold())


def shingles(woordenlijst: list[str], lengte: int) -> set[str]:
    """Every run of ``lengte`` consecutive words (fewer words: the words as one shingle)."""
    if len(woordenlijst) < lengte:
        return {" ".join(woordenlijst)} if woordenlijst else set()
    return {" ".join(woordenlijst[i : i + lengte]) for i in range(len(woordenlijst) - lengte + 1)}


def normaliseer_onderwerp(onderwerp: str) -> str:
    """A subject without ``Re:``, ``Fw:``, ``Antw:``, ``[EXTERN]`` and the like, in lower case
    and with single spaces: the same for every message of a conversation."""
    vorige = None
    tekst = unicodedata.normalize("NFC", onderwerp)
    while vorige != tekst:
        vorige = tekst
        tekst = _VOORVOEGSEL.sub("", tekst, count=1)
    return _SPATIE.sub(" ", tekst).strip().casefold()


def eigen_tekst(lichaam: str) -> str:
    """The part of an e-mail's body its sender wrote: up to the first quoted message (a
    ``-----Original Message-----`` line, an ``On ... wrote:`` line, or an Outlook block of
    ``Van:``/``Verzonden:`` lines), without lines quoted with ``>``."""
    regels = lichaam.split("\n")
    eigen: list[str] = []
    for index, regel in enumerate(regels):
        if _SCHEIDING.match(regel) or _SCHREEF.search(regel):
            break
        if _KOP_VAN.match(regel) and _volgt_kop(regels, index):
            break
        if _STREEP.match(regel) and index + 1 < len(regels) and _KOP_VAN.match(regels[index + 1]):
            break
        if _CITAAT.match(regel):
            continue
        eigen.append(regel)
    return "\n".join(eigen).strip()


def _volgt_kop(regels: list[str], index: int) -> bool:
    return any(_KOP_VERZONDEN.match(r) for r in regels[index + 1 : index + 5])


def vergelijkvorm(tekst: str) -> str:
    """``tekst`` without quote marks at line starts, in lower case, with single spaces: the
    form in which a quoted message is found back in the reply that quotes it."""
    return _SPATIE.sub(" ", _CITAATTEKENS.sub("", tekst)).strip().casefold()
