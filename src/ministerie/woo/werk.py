"""Woo in "Mijn werk": open requests with their due date and the next step (CZW), documents to
assess (directies)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.db.models import Q
from django.urls import reverse
from django.utils.formats import date_format

from ministerie.core.permissies import heeft_recht
from ministerie.core.werk import Werkitem, registreer_bron

from .besluit import nota_akkoord, wacht_op_bekendmaking
from .models import Verzoek, WooDocument
from .toestanden import OPEN


@registreer_bron
def woo_voor(gebruiker: Any) -> Iterator[Werkitem]:
    if not getattr(gebruiker, "is_authenticated", False):
        return
    if heeft_recht(gebruiker, "woo.behandelen"):
        verzoeken = Verzoek.objects.filter(
            Q(status__in=OPEN) | Q(status=Verzoek.Status.BESLUIT_GENOMEN, bekendgemaakt_op__isnull=True),
            soort=Verzoek.Soort.VERZOEK,
        ).select_related("besluit_nota")
        for verzoek in verzoeken:
            if wacht_op_bekendmaking(verzoek) and verzoek.besluit_datum is not None:
                yield Werkitem(
                    soort="Woo — besluit bekendmaken",
                    titel=f"{verzoek.zaaknummer} — {verzoek.onderwerp}",
                    url=reverse("woo:verzoek", args=[verzoek.pk]) + "#besluit-kop",
                    uiterste_datum=verzoek.uiterste_datum(),
                    toelichting=(
                        f"Besluit getekend op {date_format(verzoek.besluit_datum, 'j F Y')}: maak het "
                        "bekend aan de verzoeker en leg de datum vast"
                    ),
                )
                continue
            termijn = verzoek.termijn()
            yield Werkitem(
                soort="Woo-verzoek",
                titel=f"{verzoek.zaaknummer} — {verzoek.onderwerp}",
                url=reverse("woo:verzoek", args=[verzoek.pk]),
                uiterste_datum=getattr(termijn, "uiterste_datum", None),
                toelichting=_volgende_stap(verzoek),
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


def _volgende_stap(verzoek: Verzoek) -> str:
    nota = verzoek.besluit_nota
    if nota is not None and nota.status in (nota.Status.BESLOTEN, nota.Status.AFGEDAAN):
        if not nota_akkoord(verzoek):
            return (
                f"{verzoek.get_status_display()}: beslisnota {nota.kenmerk} niet akkoord, herzie het besluit"
            )
        return f"{verzoek.get_status_display()}: beslisnota {nota.kenmerk} akkoord, leg het besluit vast"
    if nota is not None:
        return (
            f"{verzoek.get_status_display()}: beslisnota {nota.kenmerk} {nota.get_status_display().lower()}"
        )
    return verzoek.get_status_display()
