"""The list filters of this part, in one place for pages and API: the requests by status, and
the public portal's publications by a search question (page and API search alike)."""

from __future__ import annotations

from collections.abc import Mapping

from django.db.models import QuerySet
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from . import portaalindex
from .models import Verzoek
from .portaalindex import Portaalresultaten, Portaaltreffer
from .toestanden import OPEN
from .zichtbaarheid import openbare_publicaties

MAX_ZOEKVRAAG = 200


def met_status(verzoeken: QuerySet[Verzoek], status: str) -> QuerySet[Verzoek]:
    """``open``: every running request; a known status: that status; anything else: all."""
    if status == "open":
        return verzoeken.filter(status__in=OPEN)
    if status in Verzoek.Status.values:
        return verzoeken.filter(status=status)
    return verzoeken


def zoekvraag(parameters: Mapping[str, str]) -> str:
    """The search question ``q`` of a page or API request, trimmed to a sane length."""
    return (parameters.get("q") or "").strip()[:MAX_ZOEKVRAAG]


def zoek_openbaar(vraag: str, *, aantal: int, start: int = 0) -> Portaalresultaten:
    """Published publications: with a question through the portal's full-text index (best
    first, with highlights), without one all of them in the usual order."""
    if vraag:
        return portaalindex.zoek(vraag, aantal=aantal, start=start)
    publicaties = openbare_publicaties().select_related("verzoek")
    return Portaalresultaten(
        publicaties.count(),
        [
            Portaaltreffer(p, conditional_escape(p.titel), mark_safe(""))
            for p in publicaties[start : start + aantal]
        ],
    )
