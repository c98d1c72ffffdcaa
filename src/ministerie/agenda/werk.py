"""The minister's week in "Mijn werk": annotation requests for the directie, late annotations
for BA, open actions of Bestuursraad decisions for their owner, introduction tasks for the
secretariaat. Each item has its due date, so the core marks it overdue like other work."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.urls import reverse

from ministerie.core.permissies import heeft_recht
from ministerie.core.werk import Werkitem, registreer_bron

from .models import Annotatieverzoek, Besluit, Taak
from .tijd import lokaal
from .zichtbaarheid import zichtbare_agendas, zichtbare_verzoeken


@registreer_bron
def agendawerk_voor(gebruiker: Any) -> Iterator[Werkitem]:
    if not getattr(gebruiker, "is_authenticated", False) or not gebruiker.is_active:
        return
    verzoeken = zichtbare_verzoeken(gebruiker).filter(status=Annotatieverzoek.Status.GEVRAAGD)
    voorbereider = heeft_recht(gebruiker, "vergadering.voorbereiden")
    scope = gebruiker.eenheden_in_scope()
    for verzoek in verzoeken[:200]:
        vergadering = verzoek.punt.vergadering
        if verzoek.eenheid_id in scope and heeft_recht(gebruiker, "annotatie.leveren"):
            yield Werkitem(
                soort="Annotatie gevraagd",
                titel=f"{vergadering}: {verzoek.punt.onderwerp}",
                url=reverse("agenda:verzoek", args=[verzoek.pk]),
                uiterste_datum=lokaal(verzoek.uiterste).date(),
                toelichting=f"Uiterlijk {lokaal(verzoek.uiterste):%d-%m-%Y %H:%M}, voor Bestuursadvisering.",
            )
        elif voorbereider and verzoek.te_laat:
            yield Werkitem(
                soort="Annotatie te laat",
                titel=f"{vergadering}: {verzoek.punt.onderwerp}",
                url=reverse("agenda:vergadering", args=[vergadering.pk]),
                uiterste_datum=lokaal(verzoek.uiterste).date(),
                toelichting=f"{verzoek.eenheid} heeft nog niet geleverd.",
            )
    eigen = Besluit.objects.filter(
        status=Besluit.Status.OPEN, vergadering__rubricering__lte=gebruiker.clearance
    )
    for besluit in eigen.filter(eigenaar=gebruiker).select_related("vergadering")[:200]:
        yield _besluitwerk(besluit)
    for besluit in eigen.filter(eigenaar=None, eenheid__in=gebruiker.eenheden.all()).select_related(
        "vergadering"
    )[:200]:
        yield _besluitwerk(besluit)
    if heeft_recht(gebruiker, "agenda.beheren"):
        taken = Taak.objects.filter(
            status=Taak.Status.OPEN, introductie__agenda__in=zichtbare_agendas(gebruiker)
        )
        for taak in taken.select_related("introductie__agenda__persoon")[:100]:
            yield Werkitem(
                soort="Introductie",
                titel=f"{taak.titel} — {taak.introductie.agenda.persoon.naam}",
                url=reverse("agenda:introductie", args=[taak.introductie.agenda_id]),
                uiterste_datum=taak.uiterste_datum,
            )


def _besluitwerk(besluit: Besluit) -> Werkitem:
    return Werkitem(
        soort="Actie Bestuursraad",
        titel=f"{besluit.actie} (besluit {besluit.nummer}, {besluit.vergadering})",
        url=reverse("agenda:besluiten") + f"#besluit-{besluit.pk}",
        uiterste_datum=besluit.uiterste_datum,
        toelichting=besluit.besluit[:200],
    )
