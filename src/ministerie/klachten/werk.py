"""Complaints in "Mijn werk": the handler's open complaints with their due date and next step;
for those who assign, the complaints still without a handler (due: the 9:8 lid 3 notice)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.urls import reverse

from ministerie.core.permissies import heeft_recht
from ministerie.core.werk import Werkitem, registreer_bron

from . import termijn
from .models import Klacht
from .toestanden import OPEN
from .zichtbaarheid import zichtbare_klachten


@registreer_bron
def klachten_voor(gebruiker: Any) -> Iterator[Werkitem]:
    if not getattr(gebruiker, "is_authenticated", False) or not heeft_recht(gebruiker, "klacht.bekijken"):
        return
    klachten = (
        zichtbare_klachten(gebruiker)
        .filter(status__in=OPEN)
        .prefetch_related("termijngebeurtenissen", "hoorgesprekken")
    )
    for klacht in klachten:
        url = reverse("klachten:klacht", args=[klacht.pk])
        if klacht.behandelaar_id is None:
            yield Werkitem(
                soort="Klacht — behandelaar aanwijzen",
                titel=klacht.zaaknummer,
                url=url,
                uiterste_datum=termijn.niet_behandelen_uiterlijk(klacht),
                toelichting=(
                    "Nog geen klachtbehandelaar; besluit zo nodig binnen "
                    "vier weken tot niet behandelen (Awb 9:8)"
                ),
                actie="klacht.toewijzen",
                sleutel=f"klacht:{klacht.pk}:toewijzen",
                rubricering=klacht.rubricering,
            )
        elif klacht.behandelaar_id == gebruiker.pk:
            yield Werkitem(
                soort="Klacht",
                titel=klacht.zaaknummer,
                url=url,
                uiterste_datum=klacht.uiterste_datum(),
                toelichting=_volgende_stap(klacht),
                actie="klacht.behandelen",
                sleutel=f"klacht:{klacht.pk}",
                rubricering=klacht.rubricering,
            )


def _volgende_stap(klacht: Klacht) -> str:
    gehoord = {g.wie for g in klacht.hoorgesprekken.all()}
    if "klager" not in gehoord and not klacht.afzien_horen_grond:
        return "Klager horen (Awb 9:10) of vastleggen waarom niet"
    return "Uitkomst schrijven (Awb 9:12)"
