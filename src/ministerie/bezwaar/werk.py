"""Objections in "Mijn werk": the handler's open objections with their decision date and next
step; for the jurists, the objections still without a handler."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.urls import reverse

from ministerie.core.permissies import heeft_recht
from ministerie.core.werk import Werkitem, registreer_bron

from . import termijn
from .models import Bezwaar
from .toestanden import OPEN
from .zichtbaarheid import zichtbare_bezwaren


@registreer_bron
def bezwaren_voor(gebruiker: Any) -> Iterator[Werkitem]:
    if not getattr(gebruiker, "is_authenticated", False) or not heeft_recht(gebruiker, "bezwaar.behandelen"):
        return
    bezwaren = (
        zichtbare_bezwaren(gebruiker)
        .filter(status__in=OPEN)
        .prefetch_related("termijngebeurtenissen", "hoorzittingen")
    )
    for bezwaar in bezwaren:
        url = reverse("bezwaar:bezwaar", args=[bezwaar.pk])
        if bezwaar.behandelaar_id is None:
            yield Werkitem(
                soort="Bezwaar — behandelaar aanwijzen",
                titel=bezwaar.zaaknummer,
                url=url,
                uiterste_datum=termijn.uiterste_datum(bezwaar),
                toelichting="Nog geen behandelaar",
                actie="bezwaar.behandelen",
                sleutel=f"bezwaar:{bezwaar.pk}:toewijzen",
                rubricering=bezwaar.rubricering,
            )
        elif bezwaar.behandelaar_id == gebruiker.pk:
            yield Werkitem(
                soort="Bezwaar",
                titel=bezwaar.zaaknummer,
                url=url,
                uiterste_datum=termijn.uiterste_datum(bezwaar),
                toelichting=volgende_stap(bezwaar),
                actie="bezwaar.behandelen",
                sleutel=f"bezwaar:{bezwaar.pk}",
                rubricering=bezwaar.rubricering,
            )


def volgende_stap(bezwaar: Bezwaar) -> str:
    if bezwaar.besluit_bekendgemaakt_op is None:
        return "Bestreden besluit en datum van bekendmaking vastleggen (Awb 6:7)"
    if (herstel := termijn.lopend_herstel(bezwaar)) is not None:
        return f"Wacht op herstel van het verzuim (Awb 6:6) tot en met {herstel.nieuwe_datum:%d-%m-%Y}"
    if termijn.te_laat(bezwaar) and bezwaar.verschoonbaar is None:
        return "Te laat ingediend: verschoonbaarheid beoordelen (Awb 6:11)"
    if not bezwaar.hoorzittingen.all() and not bezwaar.afzien_horen_grond:
        return "Bezwaarmaker horen (Awb 7:2) of vastleggen waarom niet (7:3)"
    return "Beslissen op bezwaar (Awb 7:11, 7:12)"
