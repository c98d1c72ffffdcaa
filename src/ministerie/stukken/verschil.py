"""The readable difference between two versions of a memo's text: line by line, and word by
word inside changed lines, with removed words in <del> and added words in <ins>, every piece
of text escaped. Uses difflib only.

difflib's exact matching costs about (tokens of the old text) × (how often each occurs in the
new one); for text that repeats itself (a pasted column of "0,00") that is minutes. Above a
budget it skips the commonest tokens as starting points (``autojunk``): the difference is
coarser, never wrong, and every pair of texts a memo may hold (20,000 characters a field) is
compared in well under a second."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from difflib import SequenceMatcher

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

#: A word with the white space after it, or white space on its own (at the start of a line).
_WOORD = re.compile(r"\S+\s*|\s+")
#: Comparisons of exact matching that a difference may cost before it turns coarse.
BUDGET = 1_500_000

_WEG = '<del><span class="rhc-visually-hidden">verwijderd: </span>'
_ERBIJ = '<ins><span class="rhc-visually-hidden">toegevoegd: </span>'


def _opcodes(a: Sequence[str], b: Sequence[str]) -> Sequence[tuple[str, int, int, int, int]]:
    telling = Counter(b)
    kosten = sum(telling[t] for t in a)
    return SequenceMatcher(None, a, b, autojunk=kosten > BUDGET).get_opcodes()


def _html(tekst: str) -> str:
    return escape(tekst).replace("\n", "<br>")


def _gewijzigd(weg: str, erbij: str) -> str:
    return (f"{_WEG}{_html(weg)}</del>" if weg else "") + (f"{_ERBIJ}{_html(erbij)}</ins>" if erbij else "")


def _per_woord(oud: str, nieuw: str) -> str:
    """Changed lines, word by word (words compared without the white space after them; the new
    text's white space is shown)."""
    a, b = _WOORD.findall(oud), _WOORD.findall(nieuw)
    delen: list[str] = []
    weg, erbij = "", ""  # a change still open: white space between two changes joins them
    opcodes = _opcodes([w.rstrip() for w in a], [w.rstrip() for w in b])
    for plek, (soort, i1, i2, j1, j2) in enumerate(opcodes):
        gelijk_oud, gelijk_nieuw = "".join(a[i1:i2]), "".join(b[j1:j2])
        alleen_wit = not gelijk_nieuw.strip() and 0 < plek < len(opcodes) - 1
        if soort == "equal" and not alleen_wit:
            delen.append(_gewijzigd(weg, erbij) + _html(gelijk_nieuw))
            weg, erbij = "", ""
        else:
            weg, erbij = weg + gelijk_oud, erbij + gelijk_nieuw
    delen.append(_gewijzigd(weg, erbij))
    return "".join(delen)


def verschil_html(oud: str, nieuw: str) -> SafeString:
    """``oud`` and ``nieuw`` as one text with the changes marked. A screen reader hears
    "verwijderd:" and "toegevoegd:" before each change (the tags themselves are not read)."""
    a, b = (oud or "").splitlines(keepends=True), (nieuw or "").splitlines(keepends=True)
    delen: list[str] = []
    for soort, i1, i2, j1, j2 in _opcodes(a, b):
        weg, erbij = "".join(a[i1:i2]), "".join(b[j1:j2])
        if soort == "equal":
            delen.append(_html(erbij))
        elif soort == "replace":
            delen.append(_per_woord(weg, erbij))
        else:
            delen.append(_gewijzigd(weg, erbij))
    return mark_safe("".join(delen))  # noqa: S308 - every piece of text above is escaped
