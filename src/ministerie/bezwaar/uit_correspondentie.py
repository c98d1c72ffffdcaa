"""Receiver of ``correspondentie.signalen.als_bezwaar_aangemeld``: an item team MC received turns
out to be an objection (bezwaarschrift). It is registered through this part's own service
(``services.registreer_uit_correspondentie``, with its permission check, log and the
acknowledgement of Awb 6:14), received on the date the item was received. Returns the
objection's zaaknummer, which the correspondence keeps with its case. A refusal
(ValidationError, PermissionDenied) propagates: the correspondence converts nothing.

Connected in ``BezwaarConfig.ready``."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.utils import timezone

from ministerie.core.models import Gebruiker

from .services import registreer_uit_correspondentie


def bij_correspondentie_naar_bezwaar(
    sender: Any,
    *,
    zaaknummer: str,
    afzender_naam: str,
    afzender_email: str,
    afzender_adres: str,
    onderwerp: str,
    tekst: str,
    ontvangen_op: datetime,
    door: int,
    kanaal: str = "brief",
    **_: Any,
) -> str:
    """Register the objection as the MC worker who converted it; return its zaaknummer."""
    ontvangen = (
        timezone.localtime(ontvangen_op).date() if timezone.is_aware(ontvangen_op) else ontvangen_op.date()
    )
    bezwaar = registreer_uit_correspondentie(
        door=Gebruiker.objects.get(pk=door),
        zaaknummer=zaaknummer,
        afzender_naam=afzender_naam,
        afzender_email=afzender_email,
        afzender_adres=afzender_adres,
        onderwerp=onderwerp,
        tekst=tekst,
        ontvangen_op=ontvangen,
        kanaal=kanaal,
    )
    return bezwaar.zaaknummer
