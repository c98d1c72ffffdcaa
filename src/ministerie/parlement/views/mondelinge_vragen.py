"""Mondelinge vragen for the vragenuur on Tuesday: the list, registration, the answer sheet."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django.urls import reverse
from django.utils import timezone
from django.views.generic import TemplateView

from ministerie.core.acties import ActiePagina, FormulierPagina
from ministerie.core.permissies import heeft_recht
from ministerie.core.toegang import MatrixVereist

from .. import handelingen
from ..betrokkenheid import mag_voorbereiden
from ..models import MondelingeVraag
from ..zichtbaarheid import mondelinge_vraag_voor


class MondelingLijstView(MatrixVereist, TemplateView):
    actie = "parlement.bekijken"
    template_name = "parlement/mondeling_lijst.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        vandaag = timezone.localdate()
        return super().get_context_data(
            komend=MondelingeVraag.objects.filter(datum__gte=vandaag)
            .select_related("trekker")
            .order_by("datum"),
            eerder=MondelingeVraag.objects.filter(datum__lt=vandaag).select_related("trekker")[:30],
            mag_registreren=heeft_recht(self.request.user, "parlement.registreren"),
            **kwargs,
        )


def volgende_dinsdag() -> date:
    vandaag = timezone.localdate()
    return vandaag + timedelta(days=(1 - vandaag.weekday()) % 7)


class MondelingNieuwView(FormulierPagina):
    handeling = handelingen.MONDELINGE_VRAAG_REGISTREREN
    template_name = "parlement/nieuw.html"
    extra_context = {
        "titel": "Mondelinge vraag registreren",
        "uitleg": "Het vragenuur is op dinsdag; aanmelden kan tot dinsdag 12.00 uur.",
    }

    def beginwaarden(self) -> dict[str, Any]:
        return {"datum": volgende_dinsdag()}

    def na(self, mv: MondelingeVraag, _: Any) -> str:
        return reverse("parlement:mondelinge-vraag", args=[mv.pk])


class MondelingeVraagView(MatrixVereist, TemplateView):
    actie = "parlement.bekijken"
    template_name = "parlement/mondelinge_vraag.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        gebruiker = self.request.user
        mv = mondelinge_vraag_voor(gebruiker, kwargs["pk"])
        return super().get_context_data(
            mv=mv,
            mag_registreren=heeft_recht(gebruiker, "parlement.registreren"),
            mag_voorbereiden=mag_voorbereiden(gebruiker, mv.trekker),
            **kwargs,
        )


def _naar_vraag(mv: MondelingeVraag, **_: Any) -> str:
    return reverse("parlement:mondelinge-vraag", args=[mv.pk])


AntwoordbladView = ActiePagina.voor(handelingen.ANTWOORDBLAD, terug=_naar_vraag)
MondelingSluitenView = ActiePagina.voor(handelingen.MONDELINGE_VRAAG_SLUITEN, terug=_naar_vraag)
