"""HTML snippets: the matched words wrapped in ``<mark>``, every other character HTML-escaped.

A word is marked when its search key, or the key of one of its compound parts, is among the
keys the query searched (``taal.sleutel``/``taal.delen``), so "huurtoeslagen" is marked for the
query "toeslag". The text snippet is the passage of about ``FRAGMENTLENGTE`` characters from
just before the first matched word; the text is read only up to the end of that passage.
"""

from __future__ import annotations

from collections.abc import Collection
from html import escape

from . import taal

#: Length of a text snippet, in characters.
FRAGMENTLENGTE = 200
_MAX_RAND = 20
_VOORLOOP = 40


def past(ruw: str, sleutels: Collection[str]) -> bool:
    """Does the word (as it stands in the text) match a searched key (whole or as a part)?"""
    sleutel, delen = taal.analyse(ruw)
    return sleutel in sleutels or any(d in sleutels for d in delen)


def markeer(tekst: str, bereiken: list[tuple[int, int]]) -> str:
    """``tekst`` HTML-escaped with the given character ranges wrapped in ``<mark>``."""
    delen: list[str] = []
    positie = 0
    for begin, eind in sorted(bereiken):
        begin = max(begin, positie)
        if eind <= begin:
            continue
        delen.append(escape(tekst[positie:begin]))
        delen.append("<mark>" + escape(tekst[begin:eind]) + "</mark>")
        positie = eind
    delen.append(escape(tekst[positie:]))
    return "".join(delen)


def _treffers(tekst: str, sleutels: Collection[str]) -> list[tuple[int, int]]:
    return [m.span() for m in taal.WOORD.finditer(tekst) if past(m.group(), sleutels)]


def titel_html(titel: str, sleutels: Collection[str]) -> str:
    """The whole title, with the matched words marked."""
    return markeer(titel, _treffers(titel, sleutels))


def tekst_html(tekst: str, sleutels: Collection[str]) -> str:
    """The passage around the first matched word, or the start of the text when none matched."""
    eerste = next((m.start() for m in taal.WOORD.finditer(tekst) if past(m.group(), sleutels)), None)
    if eerste is None:
        return _begin(tekst)
    if len(tekst) <= FRAGMENTLENGTE:
        return markeer(tekst, _treffers(tekst, sleutels))
    begin = max(0, eerste - _VOORLOOP)
    if begin > 0:
        spatie = tekst.find(" ", begin, eerste)
        begin = spatie + 1 if spatie >= 0 else eerste
    eind = min(len(tekst), begin + FRAGMENTLENGTE)
    if eind < len(tekst):
        spatie = tekst.rfind(" ", eerste, eind)
        if spatie > eerste:
            eind = spatie
    stuk = tekst[begin:eind]
    kern = stuk.strip()
    verschuiving = len(stuk) - len(stuk.lstrip())
    html = markeer(kern, [(b - verschuiving, e - verschuiving) for b, e in _treffers(stuk, sleutels)])
    html = " ".join(html.split())
    return _rand(tekst[:begin], voor=True) + html + _rand(tekst[eind:], voor=False)


def _rand(rest: str, *, voor: bool) -> str:
    if not rest.strip():
        return ""
    rand = rest[-_MAX_RAND:] if voor else rest[:_MAX_RAND]
    if len(rest) <= _MAX_RAND and not any(c.isalnum() for c in rand):
        return escape(rand.strip())
    return "… " if voor else " …"


def _begin(tekst: str) -> str:
    tekst = " ".join(tekst[: FRAGMENTLENGTE * 2].split())
    if len(tekst) <= FRAGMENTLENGTE:
        return escape(tekst)
    afgekapt = tekst[:FRAGMENTLENGTE].rsplit(" ", 1)[0]
    return escape(afgekapt) + " …"
