"""HTML snippets: the matched words wrapped in ``<mark>``, every other character HTML-escaped.

A word is marked when its search key, or the key of one of its compound parts, is among the
keys the query searched (``taal.sleutel``/``taal.delen``), so "huurtoeslagen" is marked for the
query "toeslag". The text snippet is the passage of about ``FRAGMENTLENGTE`` characters from
just before the first matched word.
"""

from __future__ import annotations

from collections.abc import Collection
from html import escape

from . import taal

#: Length of a text snippet, in characters.
FRAGMENTLENGTE = 200
_MAX_RAND = 20
_VOORLOOP = 40
_APOSTROFS = "'’‘`"


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


def _is_woord(tekst: str, begin: int, eind: int) -> bool:
    """Is ``tekst[begin:eind]`` a whole word as ``taal.WOORD`` cuts it?"""
    if begin > 0:
        voor = tekst[begin - 1]
        if voor.isalnum() or (voor in _APOSTROFS and begin > 1 and tekst[begin - 2].isalnum()):
            return False
    if eind < len(tekst):
        na = tekst[eind]
        if na.isalnum() or (na in _APOSTROFS and eind + 1 < len(tekst) and tekst[eind + 1].isalnum()):
            return False
    return True


def _eerste(tekst: str, vormen: set[str]) -> int | None:
    """Where the first of these spellings stands as a whole word (str.find, no regex)."""
    beste: int | None = None
    for vorm in vormen:
        start = 0
        while True:
            i = tekst.find(vorm, start, len(tekst) if beste is None else beste)
            if i < 0:
                break
            if _is_woord(tekst, i, i + len(vorm)):
                beste = i
                break
            start = i + 1
    return beste


def _in(tekst: str, vormen: set[str]) -> list[tuple[int, int]]:
    return [m.span() for m in taal.WOORD.finditer(tekst) if m.group() in vormen]


def tekst_html(tekst: str, sleutels: Collection[str]) -> str:
    """The passage around the first matched word, or the start of the text when none matched.

    The words of the text are looked up once per spelling (``taal.vormen``) and the first
    matching spelling is found with ``str.find``, so a long text costs little."""
    vormen = taal.vormen(set(taal.WOORD.findall(tekst)), sleutels)
    eerste = _eerste(tekst, vormen) if vormen else None
    if eerste is None:
        return _begin(tekst)
    if len(tekst) <= FRAGMENTLENGTE:
        return markeer(tekst, _in(tekst, vormen))
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
    html = markeer(kern, [(b - verschuiving, e - verschuiving) for b, e in _in(stuk, vormen)])
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
