"""Toezeggingen: the register, registration, one commitment and its status."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils import timezone
from django.views.generic import TemplateView

from ministerie.core.acties import ActiePagina, FormulierPagina
from ministerie.core.permissies import heeft_recht
from ministerie.core.toegang import MatrixVereist

from .. import handelingen
from ..filters import OPENSTAAND, filter_toezeggingen
from ..formulieren import ToezeggingStatusFormulier
from ..models import Toezegging
from ..zichtbaarheid import toezegging_voor, zichtbare_kamerbrieven


class ToezeggingenView(MatrixVereist, TemplateView):
    actie = "parlement.bekijken"
    template_name = "parlement/toezeggingen.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        status = self.request.GET.get("status", OPENSTAAND)
        qs = Toezegging.objects.select_related("bewindspersoon", "verantwoordelijke")
        return super().get_context_data(
            toezeggingen=filter_toezeggingen(qs, status, open_met_deels=True).order_by(
                "uiterste_datum", "pk"
            ),
            status=status,
            statussen=Toezegging.Status.choices,
            mag_registreren=heeft_recht(self.request.user, "parlement.registreren"),
            **kwargs,
        )


class ToezeggingNieuwView(FormulierPagina):
    handeling = handelingen.TOEZEGGING_REGISTREREN
    template_name = "parlement/nieuw.html"
    extra_context = {
        "titel": "Toezegging registreren",
        "uitleg": (
            "Typ de termijn zoals de bewindspersoon die uitsprak; het systeem leidt de datum af en "
            "toont beide."
        ),
    }

    def beginwaarden(self) -> dict[str, Any]:
        return {"gedaan_op": timezone.localdate()}

    def na(self, tz: Toezegging, _: Any) -> str:
        return reverse("parlement:toezegging", args=[tz.pk])


class ToezeggingView(MatrixVereist, TemplateView):
    actie = "parlement.bekijken"
    template_name = "parlement/toezegging.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        tz = toezegging_voor(self.request.user, kwargs["pk"])
        brieven = tz.kamerbrieven.select_related("nota")  # type: ignore[attr-defined]
        return super().get_context_data(
            tz=tz,
            brieven=zichtbare_kamerbrieven(self.request.user, brieven),
            statusformulier=ToezeggingStatusFormulier(toezegging=tz),
            mag_registreren=heeft_recht(self.request.user, "parlement.registreren"),
            **kwargs,
        )


def _naar_toezegging(tz: Toezegging, **_: Any) -> str:
    return reverse("parlement:toezegging", args=[tz.pk])


ToezeggingStatusView = ActiePagina.voor(handelingen.TOEZEGGING_STATUS, terug=_naar_toezegging)
