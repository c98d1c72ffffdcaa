"""Who sees which notification: only its recipient (404 for anyone else, so nothing leaks)."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import Http404

from .models import Melding


def eigen_meldingen(gebruiker: Any) -> QuerySet[Melding]:
    if not getattr(gebruiker, "is_authenticated", False):
        return Melding.objects.none()
    return Melding.objects.filter(ontvanger_id=gebruiker.pk)


def melding_voor(gebruiker: Any, pk: int) -> Melding:
    melding = eigen_meldingen(gebruiker).filter(pk=pk).first()
    if melding is None:
        raise Http404("Deze melding bestaat niet.")
    return melding


def aantal_ongelezen(gebruiker: Any) -> int:
    return eigen_meldingen(gebruiker).filter(gelezen_op__isnull=True).count()
