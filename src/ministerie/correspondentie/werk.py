"""Correspondence in "Mijn werk": the open items a user handles (MC: every open item; a
directie: the items assigned to it), with their due date; overdue is flagged by the core."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.urls import reverse

from ministerie.core.permissies import heeft_recht
from ministerie.core.rubricering import Rubricering
from ministerie.core.werk import Werkitem, registreer_bron

from .models import Zaak
from .zichtbaarheid import zichtbare_zaken

_TOELICHTING: dict[str, str] = {
    Zaak.Status.NIEUW: "Soort bevestigen, toewijzen en beantwoorden.",
    Zaak.Status.IN_BEHANDELING: "Het antwoord opstellen en laten ondertekenen.",
    Zaak.Status.TER_ONDERTEKENING: "Ligt bij de bewindspersoon ter ondertekening.",
    Zaak.Status.ONDERTEKEND: "Ondertekend: verzenden.",
}


@registreer_bron
def correspondentie_voor(gebruiker: Any) -> Iterator[Werkitem]:
    if not getattr(gebruiker, "is_authenticated", False) or not heeft_recht(
        gebruiker, "correspondentie.beantwoorden"
    ):
        return
    zaken = zichtbare_zaken(gebruiker).exclude(status__in=[Zaak.Status.AFGEHANDELD, Zaak.Status.OMGEZET])
    for zaak in zaken.order_by("uiterste_datum")[:500]:
        yield Werkitem(
            soort=f"Correspondentie — {zaak.get_soort_display().lower()}",
            titel=f"{zaak.zaaknummer} {zaak.onderwerp}",
            url=reverse("correspondentie:zaak", args=[zaak.pk]),
            uiterste_datum=zaak.uiterste_datum,
            toelichting=_TOELICHTING.get(zaak.status, ""),
            kan_handelen=zaak.status != Zaak.Status.TER_ONDERTEKENING,
            actie="correspondentie.beantwoorden",
            sleutel=f"correspondentie:{zaak.pk}",
            rubricering=Rubricering.INTERN,
        )
