"""Which articles a user sees: all of them for the leadership and FEZ, else those of the user's
own units (directors and DGs). One function for pages, API and exports."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from ministerie.core.permissies import heeft_recht

from .models import Artikel

ALLE = "begroting.alle_artikelen_bekijken"


def zichtbare_artikelen(gebruiker: Any, artikelen: QuerySet[Artikel]) -> QuerySet[Artikel]:
    if heeft_recht(gebruiker, ALLE):
        return artikelen
    if not getattr(gebruiker, "is_authenticated", False):
        return artikelen.none()
    return artikelen.filter(eenheid_id__in=gebruiker.eenheden_in_scope())


def ziet_alles(gebruiker: Any) -> bool:
    return heeft_recht(gebruiker, ALLE)
