"""Expense disclosure in "Mijn werk": documents to review, pages flagged, months ready."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.db.models import Q
from django.urls import reverse

from ministerie.core.permissies import heeft_recht
from ministerie.core.werk import Werkitem, registreer_bron

from .models import Brondocument, Lakvoorstel, Periode


@registreer_bron
def bestuurskosten_voor(gebruiker: Any) -> Iterator[Werkitem]:
    if not getattr(gebruiker, "is_authenticated", False):
        return
    if heeft_recht(gebruiker, "bestuurskosten.lakken"):
        documenten = (
            Brondocument.objects.filter(periode__status=Periode.Status.OPEN)
            .filter(
                Q(voorstellen__status=Lakvoorstel.Status.VOORGESTELD)
                | Q(markeringen__opgeheven_op=None, markeringen__isnull=False)
                | Q(gelakt_op=None)
            )
            .distinct()
            .select_related("periode")
        )
        for document in documenten:
            yield Werkitem(
                soort="Bestuurskosten — lakken",
                titel=f"{document.titel} ({document.periode.maandnaam} {document.periode.jaar})",
                url=reverse("bestuurskosten:document", args=[document.pk]),
                toelichting="Lakvoorstellen beoordelen, gemarkeerde pagina's nakijken of lakken toepassen.",
            )
    if heeft_recht(gebruiker, "bestuurskosten.publiceren"):
        from .services import bezwaren_tegen_publicatie

        open_perioden = Periode.objects.filter(status=Periode.Status.OPEN, documenten__isnull=False)
        for periode in open_perioden.distinct():
            if not bezwaren_tegen_publicatie(periode):
                yield Werkitem(
                    soort="Bestuurskosten — publiceren",
                    titel=str(periode),
                    url=reverse("bestuurskosten:periode", args=[periode.pk]),
                    toelichting="Alles is gelakt en gecontroleerd: klaar om openbaar te maken.",
                )
