"""Kamerbrieven: the list (and registration from it), one letter, sending it."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils import timezone
from django.views.generic import TemplateView

from ministerie.core.acties import ActiePagina
from ministerie.core.permissies import heeft_recht
from ministerie.core.toegang import MatrixVereist
from ministerie.stukken.models import Nota

from .. import handelingen
from ..models import Kamerbrief, Kamervragen, Motie, Toezegging
from ..services import BRIEFSOORTEN, GETEKEND
from ..zichtbaarheid import kamerbrief_voor, koppelbare_notas, zichtbare_kamerbrieven


class KamerbrievenView(MatrixVereist, TemplateView):
    actie = "parlement.bekijken"
    template_name = "parlement/kamerbrieven.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        gebruiker = self.request.user
        mag = heeft_recht(gebruiker, "parlement.registreren")
        gekoppeld = Kamerbrief.objects.values_list("nota_id", flat=True)
        brieven = zichtbare_kamerbrieven(gebruiker, Kamerbrief.objects.select_related("nota"))
        brieven_in_concept = koppelbare_notas(gebruiker, Nota.objects.filter(soort__in=BRIEFSOORTEN))
        andere_notas = koppelbare_notas(gebruiker, Nota.objects.exclude(soort__in=BRIEFSOORTEN))
        return super().get_context_data(
            brieven=brieven[:200],
            mag_registreren=mag,
            kandidaten=brieven_in_concept.exclude(pk__in=gekoppeld).exclude(
                antwoord_op_kamervragen__isnull=False
            )[:100]
            if mag
            else [],
            beslisnotas=andere_notas[:200] if mag else [],
            toezeggingen=Toezegging.objects.filter(status__in=["open", "deels_voldaan"]) if mag else [],
            moties=Motie.objects.filter(uitslag="aangenomen", uitgevoerd_op__isnull=True) if mag else [],
            kamervragen=Kamervragen.objects.exclude(status="verzonden") if mag else [],
            **kwargs,
        )


class KamerbriefView(MatrixVereist, TemplateView):
    actie = "parlement.bekijken"
    template_name = "parlement/kamerbrief.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        kb = kamerbrief_voor(self.request.user, kwargs["pk"])
        return super().get_context_data(
            kb=kb,
            mag_verzenden=heeft_recht(self.request.user, "kamerbrief.verzenden"),
            getekend=kb.nota.status in GETEKEND,
            vandaag=timezone.localdate(),
            deels=set(kb.deels.values_list("pk", flat=True)),
            **kwargs,
        )


def _naar_kamerbrief(kb: Kamerbrief, *_: Any, **__: Any) -> str:
    return reverse("parlement:kamerbrief", args=[kb.pk])


KamerbriefRegistrerenView = ActiePagina.voor(
    handelingen.KAMERBRIEF_REGISTREREN,
    terug=lambda _, **__: reverse("parlement:kamerbrieven"),
    na=_naar_kamerbrief,
)
KamerbriefVerzendenView = ActiePagina.voor(handelingen.KAMERBRIEF_VERZENDEN, terug=_naar_kamerbrief)
