"""Text helpers for the agenda's narrow columns."""

from __future__ import annotations

import re
from functools import lru_cache

import pyphen  # a dependency of WeasyPrint (PDF out); its Dutch patterns come with it
from django import template

register = template.Library()

_LANG_WOORD = re.compile(r"\w{13,}")


@lru_cache(maxsize=1)
def _nl() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="nl_NL", left=4, right=4)


@register.filter
def afbreekbaar(tekst: str) -> str:
    """Soft hyphens (U+00AD) in long Dutch words, so "Bewindspersonenoverleg" breaks as
    "Bewindspersonen-overleg" in a column of the week view instead of anywhere. Browsers hide them
    unless a line breaks there; accessible names ignore them. The text is still escaped by the
    template (the soft hyphen is no markup)."""
    return _LANG_WOORD.sub(lambda m: _nl().inserted(m.group(0), hyphen="\u00ad"), str(tekst))
