""" "Mijn werk" for functioneel beheerders: clearance requests waiting for their approval (not
their own requests, not requests about themselves)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from ministerie.core.permissies import heeft_recht
from ministerie.core.werk import Werkitem, registreer_bron

from .models import Clearanceaanvraag
from .services import GOEDKEUREN


def te_beoordelen(gebruiker: Any) -> list[Clearanceaanvraag]:
    """The open requests ``gebruiker`` may approve or reject."""
    if not getattr(gebruiker, "is_authenticated", False) or not heeft_recht(gebruiker, GOEDKEUREN):
        return []
    return list(
        Clearanceaanvraag.objects.filter(status=Clearanceaanvraag.Status.OPEN)
        .exclude(gebruiker=gebruiker)
        .exclude(Q(aangevraagd_door=gebruiker))
        .select_related("gebruiker")
        .order_by("aangevraagd_op")
    )


@registreer_bron
def clearance_aanvragen(gebruiker: Any) -> Iterator[Werkitem]:
    for aanvraag in te_beoordelen(gebruiker):
        yield Werkitem(
            soort="Rubricering goedkeuren",
            titel=f"{aanvraag.gebruiker} ({aanvraag.gebruiker.username}): {aanvraag.get_van_display()} → "
            f"{aanvraag.get_naar_display()}",
            url=reverse("gebruikers:gebruiker", args=[aanvraag.gebruiker.username]),
            toelichting=f"Aangevraagd door {aanvraag.aangevraagd_door_naam} op "
            f"{timezone.localtime(aanvraag.aangevraagd_op):%d-%m-%Y}",
        )
