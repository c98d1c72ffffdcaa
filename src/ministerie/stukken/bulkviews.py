"""Pages for bulk processing: start one, watch its progress live, download the inventory."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.http import FileResponse, Http404, HttpRequest
from django.urls import reverse
from django.views import View
from django.views.generic import TemplateView

from ministerie.core.acties import ActiePagina, FormulierPagina
from ministerie.core.toegang import MatrixVereist

from . import handelingen
from .bulk import MAX_BULK_MB
from .formulieren import BulkDelenFormulier
from .models import Bulkverwerking
from .uploadgrens import MB, Uploadgrens, begrens_upload
from .zichtbaarheid import bulkverwerking_voor, zichtbare_bulkverwerkingen


class BulkLijstView(FormulierPagina):
    handeling = handelingen.BULK_STARTEN
    template_name = "stukken/bulk_lijst.html"

    @classmethod
    def as_view(cls, **initkwargs: Any) -> Any:
        grens = Uploadgrens(per_bestand=MAX_BULK_MB * MB, per_verzoek=MAX_BULK_MB * MB + MB)
        return begrens_upload(super().as_view(**initkwargs), grens)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        zichtbaar = zichtbare_bulkverwerkingen(self.request.user).select_related("gestart_door")
        return super().get_context_data(
            verwerkingen=zichtbaar.order_by("-aangemaakt_op")[:100], aantal=zichtbaar.count(), **kwargs
        )

    def na(self, verwerking: Bulkverwerking, _: Any) -> str:
        return reverse("stukken:bulk-detail", args=[verwerking.pk])


class BulkDetailView(MatrixVereist, TemplateView):
    actie = "bulk.verwerken"
    template_name = "stukken/bulk_detail.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        verwerking = bulkverwerking_voor(self.request.user, kwargs["pk"])
        eigen = verwerking.gestart_door_id == self.request.user.pk
        return super().get_context_data(
            v=verwerking,
            eigen=eigen,
            gedeeld_met=verwerking.gedeeld_met.order_by("last_name", "username"),
            delen=(
                BulkDelenFormulier(
                    verwerking=verwerking, initial={"collegas": list(verwerking.gedeeld_met.all())}
                )
                if eigen
                else None
            ),
            **kwargs,
        )


class BulkVoortgangView(BulkDetailView):
    """The progress block alone, polled by htmx every two seconds while the job runs."""

    template_name = "stukken/_bulk_voortgang.html"


BulkDelenView = ActiePagina.voor(
    handelingen.BULK_DELEN,
    terug=lambda verwerking, **_: reverse("stukken:bulk-detail", args=[verwerking.pk]),
)

BulkHerstartView = ActiePagina.voor(
    handelingen.BULK_HERSTARTEN,
    terug=lambda verwerking, **_: reverse("stukken:bulk-detail", args=[verwerking.pk]),
)


class BulkInventarisView(MatrixVereist, View):
    actie = "bulk.verwerken"

    def get(self, request: HttpRequest, pk: int, formaat: str) -> FileResponse:
        verwerking = bulkverwerking_voor(request.user, pk)
        sleutel = {"xlsx": "inventaris_xlsx", "pdf": "inventaris_pdf"}.get(formaat)
        pad = verwerking.verslag.get(sleutel or "", "")
        if not pad or not Path(pad).is_file():
            raise Http404("De inventarislijst is er nog niet.")
        return FileResponse(open(pad, "rb"), as_attachment=True, filename=f"inventarislijst-{pk}.{formaat}")
