"""Woo in "Mijn werk": open requests with their due date (CZW), documents to assess (directies)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.urls import reverse

from ministerie.core.permissies import heeft_recht
from ministerie.core.werk import Werkitem, registreer_bron

from .models import Verzoek, WooDocument
from .toestanden import OPEN


@registreer_bron
def woo_voor(gebruiker: Any) -> Iterator[Werkitem]:
    if not getattr(gebruiker, "is_authenticated", False):
        return
    if heeft_recht(gebruiker, "woo.behandelen"):
        for verzoek in Verzoek.objects.filter(status__in=OPEN, soort=Verzoek.Soort.VERZOEK):
            termijn = verzoek.termijn()
            yield Werkitem(
                soort="Woo-verzoek",
                titel=f"{verzoek.zaaknummer} — {verzoek.onderwerp}",
                url=reverse("woo:verzoek", args=[verzoek.pk]),
                uiterste_datum=getattr(termijn, "uiterste_datum", None),
                toelichting=verzoek.get_status_display(),
            )
        return
    if heeft_recht(gebruiker, "woo.beoordelen"):
        te_doen = WooDocument.objects.filter(
            beoordeling="",
            eenheid__in=gebruiker.eenheden_in_scope(),
            verzoek__status__in=[Verzoek.Status.IN_BEHANDELING, Verzoek.Status.OPGESCHORT],
        ).select_related("verzoek")
        for verzoek in {d.verzoek for d in te_doen}:
            yield Werkitem(
                soort="Woo — documenten beoordelen",
                titel=f"{verzoek.zaaknummer} — {verzoek.onderwerp}",
                url=reverse("woo:documenten", args=[verzoek.pk]),
                uiterste_datum=verzoek.uiterste_datum(),
            )
