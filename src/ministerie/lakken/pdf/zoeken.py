"""Finding withheld strings in text: one normalisation for the redactor and the checker.

Text is reduced to a *skeleton*: compatibility-decomposed (``ﬁ`` → ``fi``, ``Ĳ`` → ``IJ``),
accents dropped (``Zoë`` → ``zoe``), case-folded, and a few letters without a decomposition
mapped (``ı`` → ``i``). Between the letters of a term, any run of *separators* (white space,
line breaks, hyphens, soft hyphens, zero-width characters) may appear, so a term split over two
lines or hyphenated at a line end is still found.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

SCHEIDERS = "\\s\\-\u00ad\u2010\u2011\u200b\u200c\u200d\u2060\ufeff"
_SCHEIDING = f"[{SCHEIDERS}]*"
_SCHEIDERS_RE = re.compile(f"[{SCHEIDERS}]+")
_ACCENTEN_RE = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
_NIET_ASCII_RE = re.compile(r"[^\x00-\x7f]")
_EXTRA = str.maketrans(
    {
        "ı": "i",
        "ø": "o",
        "Ø": "o",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "þ": "th",
    }
)


def skelet(tekst: str) -> str:
    """The skeleton of a whole string (fast; no offsets kept)."""
    if tekst.isascii():
        return tekst.lower()
    tekst = _ACCENTEN_RE.sub("", unicodedata.normalize("NFKD", tekst))
    return tekst.translate(_EXTRA).casefold()


@lru_cache(maxsize=8192)
def _skelet_teken(teken: str) -> str:
    return skelet(teken)


def skelet_met_index(tekst: str) -> tuple[str, list[int] | None]:
    """The skeleton and, per skeleton character, the offset of its source character.

    ``None`` as index means the identity (pure ASCII text, same length).
    """
    if tekst.isascii():
        return tekst.lower(), None
    tabel: dict[int, str] = {}
    for teken in set(_NIET_ASCII_RE.findall(tekst)):
        tabel[ord(teken)] = _skelet_teken(teken)
    if all(len(v) == 1 for v in tabel.values()):  # the common case: é → e, ı → i
        snel = tekst.translate(tabel).lower()
        if len(snel) == len(tekst):
            return snel, None
    delen: list[str] = []
    index: list[int] = []
    for i, teken in enumerate(tekst):
        s = teken.lower() if teken.isascii() else _skelet_teken(teken)
        delen.append(s)
        index.extend([i] * len(s))
    return "".join(delen), index


def kern(tekst: str) -> str:
    """The skeleton without any separators: what the checker compares."""
    return _SCHEIDERS_RE.sub("", skelet(tekst))


def _latin1_tabellen() -> tuple[bytes, bytes, list[tuple[bytes, bytes]], dict[str, int]]:
    """For ``kern_latin1``: a byte table, the bytes to delete, the placeholders to expand, and
    the code of the few kern characters above U+00FF.

    ``kern`` works character by character (decomposition, dropping accents, case folding and
    dropping separators look at one character at a time), so the kern of a Latin-1 reading is
    the kern of each byte's character, joined. Written in a one-byte code: a character up to
    U+00FF as its own byte, the two above it (⁄ and μ) as bytes of upper-case letters that a
    kern never holds. A byte whose kern is one character maps to its code; one with an empty
    kern is deleted; one with several (¼, æ, ß, þ) maps to an upper-case ASCII placeholder that
    is replaced by the code of its kern afterwards."""
    nooit = [b for b in range(256) if all(chr(b) not in kern(chr(c)) for c in range(256))]
    plaatshouders = [b for b in nooit if b < 0x80]
    hoog = {c: nooit.pop() for c in sorted({c for b in range(256) for c in kern(chr(b)) if ord(c) > 0xFF})}

    def code(tekst: str) -> bytes:
        return bytes(hoog.get(c, ord(c)) for c in tekst)

    tabel = bytearray(range(256))
    weg = bytearray()
    uitbreidingen: list[tuple[bytes, bytes]] = []
    for b in range(256):
        k = kern(chr(b))
        if not k:
            weg.append(b)
        elif len(k) == 1:
            tabel[b] = code(k)[0]
        else:
            plaats = plaatshouders.pop()
            tabel[b] = plaats
            uitbreidingen.append((bytes([plaats]), code(k)))
    return bytes(tabel), bytes(weg), uitbreidingen, hoog


_LATIN1 = _latin1_tabellen()


def kern_latin1(blob: bytes) -> bytes:
    """``kern(blob.decode("latin-1"))`` in the one-byte code of ``latin1_naald``, fast on
    megabytes of binary data (the Latin-1 reading of an image stream): a few passes in C
    instead of five over a string. A needle is in it when ``latin1_naald(naald)`` is."""
    tabel, weg, uitbreidingen, _ = _LATIN1
    uit = blob.translate(tabel, weg)
    for plaats, tekst in uitbreidingen:
        if plaats in uit:
            uit = uit.replace(plaats, tekst)
    return uit


def latin1_naald(naald: str) -> bytes | None:
    """A kern in the code of ``kern_latin1``; None if it holds a character that no Latin-1
    reading can give (it cannot be in one)."""
    hoog = _LATIN1[3]
    if any(ord(c) > 0xFF and c not in hoog for c in naald):
        return None
    return bytes(hoog.get(c, ord(c)) for c in naald)


@lru_cache(maxsize=4096)
def term_patroon(term: str) -> re.Pattern[str] | None:
    """A pattern that finds ``term`` in a skeleton, whole words only; None for an empty term."""
    letters = kern(term)
    if not letters:
        return None
    lichaam = _SCHEIDING.join(re.escape(letter) for letter in letters)
    voor = r"(?<!\w)" if re.match(r"\w", letters[0]) else ""
    na = r"(?!\w)" if re.match(r"\w", letters[-1]) else ""
    return re.compile(voor + lichaam + na)


class Doorzoekbaar:
    """A text prepared once for many searches, reporting offsets into the original text."""

    def __init__(self, tekst: str) -> None:
        self.tekst = tekst
        self.skelet, self._index = skelet_met_index(tekst)

    def vind(self, patroon: re.Pattern[str]) -> list[tuple[int, int]]:
        """Every match of ``patroon`` as (start, end) offsets into the original text."""
        treffers: list[tuple[int, int]] = []
        for m in patroon.finditer(self.skelet):
            if m.end() == m.start():
                continue
            if self._index is None:
                treffers.append((m.start(), m.end()))
            else:
                treffers.append((self._index[m.start()], self._index[m.end() - 1] + 1))
        return treffers


def bevat(hooiberg_kern: str, geheim: str) -> bool:
    """Whether the secret occurs in an already reduced text (see :func:`kern`)."""
    naald = kern(geheim)
    return bool(naald) and naald in hooiberg_kern
