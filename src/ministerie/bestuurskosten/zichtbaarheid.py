"""What a user with the read right sees of the expense disclosure: every month, document, flag
and line (the staff pages are for FEZ, the reviewers and the top; the public sees only published
months, in ``publiek.py``). One place for pages and API; an unknown item is a 404."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from .models import Brondocument, Kostenpost, Paginamarkering, Periode


def zichtbare_perioden(gebruiker: Any) -> QuerySet[Periode]:
    return Periode.objects.select_related("ministerie").order_by("-jaar", "-maand")


def periode_voor(gebruiker: Any, pk: int) -> Periode:
    return get_object_or_404(zichtbare_perioden(gebruiker), pk=pk)


def document_voor(gebruiker: Any, pk: int) -> Brondocument:
    return get_object_or_404(Brondocument.objects.select_related("periode__ministerie"), pk=pk)


def markering_voor(gebruiker: Any, pk: int) -> Paginamarkering:
    return get_object_or_404(Paginamarkering.objects.select_related("brondocument__periode"), pk=pk)


def post_voor(gebruiker: Any, pk: int) -> Kostenpost:
    return get_object_or_404(Kostenpost.objects.select_related("periode", "persoon"), pk=pk)
