"""Moties: the list, registration, one motion with its vote and how it is carried out."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils import timezone
from django.views.generic import TemplateView

from ministerie.core.acties import ActiePagina, FormulierPagina
from ministerie.core.permissies import heeft_recht
from ministerie.core.toegang import MatrixVereist

from .. import handelingen
from ..betrokkenheid import mag_voorbereiden
from ..formulieren import UitslagFormulier, UitvoeringFormulier
from ..models import Motie
from ..zichtbaarheid import motie_voor


class MotiesView(MatrixVereist, TemplateView):
    actie = "parlement.bekijken"
    template_name = "parlement/moties.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return super().get_context_data(
            moties=Motie.objects.select_related("verantwoordelijke")[:200],
            mag_registreren=heeft_recht(self.request.user, "parlement.registreren"),
            **kwargs,
        )


class MotieNieuwView(FormulierPagina):
    handeling = handelingen.MOTIE_REGISTREREN
    template_name = "parlement/nieuw.html"
    extra_context = {"titel": "Motie registreren"}

    def na(self, motie: Motie, _: Any) -> str:
        return reverse("parlement:motie", args=[motie.pk])


class MotieView(MatrixVereist, TemplateView):
    actie = "parlement.bekijken"
    template_name = "parlement/motie.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        gebruiker = self.request.user
        motie = motie_voor(gebruiker, kwargs["pk"])
        return super().get_context_data(
            motie=motie,
            uitslagformulier=UitslagFormulier(initial={"gestemd_op": timezone.localdate()}),
            uitvoeringformulier=UitvoeringFormulier(
                initial={"uitvoering": motie.uitvoering, "uitvoeren_voor": motie.uitvoeren_voor}
            ),
            mag_registreren=heeft_recht(gebruiker, "parlement.registreren"),
            mag_voorbereiden=mag_voorbereiden(gebruiker, motie.verantwoordelijke),
            **kwargs,
        )


def _naar_motie(motie: Motie, **_: Any) -> str:
    return reverse("parlement:motie", args=[motie.pk])


MotieUitslagView = ActiePagina.voor(handelingen.UITSLAG, terug=_naar_motie)
MotieUitvoeringView = ActiePagina.voor(handelingen.UITVOERING, terug=_naar_motie)
