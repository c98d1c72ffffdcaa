"""``{% load notatekst %}`` and ``{{ nota.aanleiding|opmaak:"Aanleiding" }}``: a memo section's
Markdown as safe HTML (see ``stukken.opmaak``), the same on the memo page, the tablet and in the PDF."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.safestring import SafeString, mark_safe

from ministerie.stukken.opmaak import als_html

register = template.Library()


@register.filter
def opmaak(tekst: str | None, naam: str = "") -> SafeString:
    # als_html escapes and cleans everything the author typed; only its allow-list remains
    return mark_safe(als_html(tekst or "", naam=naam))  # noqa: S308


@register.filter
def opmaak_antwoord(antwoord: Any) -> SafeString:
    """An answer in an answer memo (``stukken.Antwoord``) as safe HTML, like ``opmaak``: it stands
    under the h3 of its question, so its own headings start at h4."""
    return mark_safe(  # noqa: S308 -- als_html escapes and cleans, as above
        als_html(antwoord.tekst or "", naam=f"antwoord {antwoord.nummer}", kopniveau=4)
    )
