"""HTML snippets: matches wrapped in ``<mark>``, every other character HTML-escaped."""

from __future__ import annotations

from html import escape

import tantivy

#: Length of a text snippet, in characters.
FRAGMENTLENGTE = 200
_MAX_RAND = 20


def markeer(tekst: str, bereiken: list[tuple[int, int]]) -> str:
    """``tekst`` HTML-escaped with the given byte ranges (UTF-8) wrapped in ``<mark>``.

    tantivy reports highlight ranges as byte offsets, so the text is cut as bytes.
    """
    ruw = tekst.encode()
    delen: list[str] = []
    positie = 0
    for begin, eind in sorted(bereiken):
        begin = max(begin, positie)
        if eind <= begin:
            continue
        delen.append(escape(ruw[positie:begin].decode(errors="replace")))
        delen.append("<mark>" + escape(ruw[begin:eind].decode(errors="replace")) + "</mark>")
        positie = eind
    delen.append(escape(ruw[positie:].decode(errors="replace")))
    return "".join(delen)


def titel_html(titel: str, snippet: tantivy.Snippet | None) -> str:
    """The whole title, with the matched words marked."""
    if snippet is None or not snippet.highlighted():
        return escape(titel)
    verschuiving = snippet.fragment_range().start
    bereiken = [(h.start + verschuiving, h.end + verschuiving) for h in snippet.highlighted()]
    return markeer(titel, bereiken)


def tekst_html(tekst: str, snippet: tantivy.Snippet | None) -> str:
    """The best-matching passage of the text, or its start when no word of it matched."""
    if snippet is None or not snippet.highlighted():
        return _begin(tekst)
    ruw = tekst.encode()
    bereik = snippet.fragment_range()
    html = markeer(snippet.fragment(), [(h.start, h.end) for h in snippet.highlighted()])
    # The fragment runs from word to word: show punctuation around it, or "…" for more text.
    return _rand(ruw[: bereik.start], voor=True) + html + _rand(ruw[bereik.end :], voor=False)


def _rand(ruw: bytes, *, voor: bool) -> str:
    if not ruw:
        return ""
    rand = ruw[-_MAX_RAND:] if voor else ruw[:_MAX_RAND]
    if len(ruw) <= _MAX_RAND and not any(c.isalnum() for c in rand.decode(errors="ignore")):
        return escape(rand.decode(errors="replace"))
    return "… " if voor else " …"


def _begin(tekst: str) -> str:
    tekst = " ".join(tekst[: FRAGMENTLENGTE * 2].split())
    if len(tekst) <= FRAGMENTLENGTE:
        return escape(tekst)
    afgekapt = tekst[:FRAGMENTLENGTE].rsplit(" ", 1)[0]
    return escape(afgekapt) + " …"
