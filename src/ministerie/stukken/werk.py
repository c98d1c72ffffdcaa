"""Memos in "Mijn werk": what waits for the user's initial or decision, memos sent back (to the
author and the co-authors), and decided memos to settle (to the secretariaat that may settle them)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.db.models import Q
from django.urls import reverse

from ministerie.core.permissies import heeft_recht
from ministerie.core.werk import Werkitem, registreer_bron

from .melden import AFDOENER
from .models import Nota, Parafeerstap
from .zichtbaarheid import zichtbare_notas


def _titel(nota: Nota) -> str:
    return f"{nota.kenmerk} — {nota.onderwerp}"


@registreer_bron
def notas_voor(gebruiker: Any) -> Iterator[Werkitem]:
    if not getattr(gebruiker, "is_authenticated", False):
        return
    stappen = Parafeerstap.objects.filter(
        houder=gebruiker,
        status=Parafeerstap.Status.AAN_DE_BEURT,
        nota__rubricering__lte=gebruiker.clearance,
    ).select_related("nota")
    for stap in stappen:
        soort = (
            ("Ter tekening" if stap.nota.wordt_getekend else "Ter beslissing")
            if stap.soort == Parafeerstap.Soort.BESLISSING
            else ("Medeparaaf" if stap.soort == Parafeerstap.Soort.MEDEPARAAF else "Ter paraaf")
        )
        reden = f" ({stap.nota.reden_beslisdatum})" if stap.nota.reden_beslisdatum else ""
        yield Werkitem(
            soort=f"Nota — {soort}",
            titel=_titel(stap.nota),
            url=reverse("stukken:nota", args=[stap.nota.pk]),
            uiterste_datum=stap.nota.uiterste_beslisdatum,
            toelichting=f"Bij u sinds {stap.aan_de_beurt_sinds:%d-%m-%Y}{reden}"
            if stap.aan_de_beurt_sinds
            else "",
            sleutel=f"nota:{stap.nota.pk}:stap:{stap.pk}",
            rubricering=stap.nota.rubricering,
        )
    eigen = Nota.objects.filter(Q(auteur=gebruiker) | Q(medeauteurs=gebruiker)).values("pk")
    for nota in Nota.objects.filter(
        pk__in=eigen,
        status__in=[Nota.Status.TERUGGESTUURD, Nota.Status.CONCEPT],
        rubricering__lte=gebruiker.clearance,
    ):
        yield Werkitem(
            soort="Nota — teruggestuurd" if nota.status == Nota.Status.TERUGGESTUURD else "Nota — concept",
            titel=_titel(nota),
            url=reverse("stukken:nota", args=[nota.pk]),
            uiterste_datum=nota.uiterste_beslisdatum,
            sleutel=f"nota:{nota.pk}:{nota.status}",
            rubricering=nota.rubricering,
        )
    if AFDOENER in gebruiker.rolcodes() and heeft_recht(gebruiker, "nota.afdoen"):
        for nota in zichtbare_notas(gebruiker).filter(status=Nota.Status.BESLOTEN):
            yield Werkitem(
                soort="Nota — af te doen",
                titel=_titel(nota),
                url=reverse("stukken:nota", args=[nota.pk]),
                toelichting=f"{nota.statuslabel}; af te doen (retour naar de lijn)",
                sleutel=f"nota:{nota.pk}:af-te-doen",
                rubricering=nota.rubricering,
            )
