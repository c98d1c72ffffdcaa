"""Who sees what of user administration. The functional administrator (the gate checks the
right) sees every user and every clearance request; a user sees only their own sessions. One
place for pages and API; anything else is a 404."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404

from ministerie.core.models import Gebruiker

from .models import Clearanceaanvraag, Sessie


def zichtbare_gebruikers(gebruiker: Any) -> QuerySet[Gebruiker]:
    return Gebruiker.objects.select_related("persoon").prefetch_related("rollen", "eenheden")


def gebruiker_voor(gebruiker: Any, gebruikersnaam: str) -> Gebruiker:
    return get_object_or_404(zichtbare_gebruikers(gebruiker), username=gebruikersnaam)


def aanvraag_voor(gebruiker: Any, pk: int) -> Clearanceaanvraag:
    return get_object_or_404(Clearanceaanvraag.objects.select_related("gebruiker"), pk=pk)


def eigen_sessie_voor(gebruiker: Any, pk: int) -> Sessie:
    """One of the user's own sessions; another user's session does not exist for them."""
    if not getattr(gebruiker, "is_authenticated", False):
        raise Http404
    return get_object_or_404(Sessie, pk=pk, gebruiker=gebruiker)
