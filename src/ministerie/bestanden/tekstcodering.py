"""Plain text: recognising it among binary data, and decoding it (UTF-8, else Windows-1252)."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

#: How much of a file is looked at to decide whether it is text.
PROEFGROOTTE = 1024 * 1024

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)

#: Control characters that do not occur in text (tab, line feed, form feed, carriage return,
#: vertical tab and the DOS end-of-file mark do).
_STUURTEKENS = [c for c in range(32) if c not in (9, 10, 11, 12, 13, 26)] + [127]
_ZONDER_STUURTEKENS = dict.fromkeys(_STUURTEKENS)


@dataclass(frozen=True, slots=True)
class GedecodeerdeTekst:
    tekst: str
    codering: str
    #: Whether bytes that fit no encoding were replaced by U+FFFD.
    vervangen: bool = False


def lijkt_tekst(data: bytes) -> bool:
    """Whether ``data`` is plain text: it decodes (UTF-8, UTF-16 with a BOM, or Windows-1252),
    has no NUL bytes and hardly any other control characters. Looks at the first megabyte."""
    if not data:
        return False
    proef = data[:PROEFGROOTTE]
    compleet = len(data) <= PROEFGROOTTE
    if proef.startswith(_UTF16_BOMS):
        try:
            tekst = codecs.getincrementaldecoder("utf-16")().decode(proef, final=compleet)
        except UnicodeDecodeError:
            return False
    else:
        if b"\x00" in proef:
            return False
        try:
            tekst = codecs.getincrementaldecoder("utf-8-sig")().decode(proef, final=compleet)
        except UnicodeDecodeError:
            try:
                tekst = proef.decode("cp1252")
            except UnicodeDecodeError:
                return False
    stuurtekens = len(tekst) - len(tekst.translate(_ZONDER_STUURTEKENS))
    return stuurtekens * 100 <= len(tekst) and "\x00" not in tekst


def decodeer(data: bytes) -> GedecodeerdeTekst:
    """Decode text: UTF-8 (a BOM is dropped), UTF-16 with a BOM, else Windows-1252.

    Line ends become ``\\n``. Bytes that fit none of these become U+FFFD (``vervangen``).
    """
    if data.startswith(codecs.BOM_UTF8):
        tekst, codering, vervangen = _probeer(data[len(codecs.BOM_UTF8) :], "utf-8")
        codering = "utf-8 (met BOM)"
    elif data.startswith(_UTF16_BOMS):
        tekst, codering, vervangen = _probeer(data, "utf-16")
    else:
        try:
            tekst, codering, vervangen = data.decode("utf-8"), "utf-8", False
        except UnicodeDecodeError:
            tekst, codering, vervangen = _probeer(data, "cp1252")
    tekst = tekst.replace("\r\n", "\n").replace("\r", "\n")
    return GedecodeerdeTekst(tekst, codering, vervangen)


def _probeer(data: bytes, codering: str) -> tuple[str, str, bool]:
    try:
        return data.decode(codering), codering, False
    except UnicodeDecodeError:
        return data.decode(codering, errors="replace"), codering, True
