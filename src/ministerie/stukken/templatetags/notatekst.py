"""``{% load notatekst %}`` and ``{{ nota.aanleiding|opmaak:"Aanleiding" }}``: a memo section's
Markdown as safe HTML (see ``stukken.opmaak``), the same on the memo page, the tablet and in the PDF."""

from __future__ import annotations

from django import template
from django.utils.safestring import SafeString, mark_safe

from ministerie.stukken.opmaak import als_html

register = template.Library()


@register.filter
def opmaak(tekst: str | None, naam: str = "") -> SafeString:
    # als_html escapes and cleans everything the author typed; only its allow-list remains
    return mark_safe(als_html(tekst or "", naam=naam))  # noqa: S308
