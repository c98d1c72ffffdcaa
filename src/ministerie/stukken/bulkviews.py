"""Pages for bulk processing: start one, watch its progress live, download the inventory."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.views import View
from django.views.generic import TemplateView

from ministerie.core.views import MatrixVereist

from .bulk import herstart_bulk, start_bulk
from .models import Bulkverwerking


class BulkLijstView(MatrixVereist, TemplateView):
    actie = "bulk.verwerken"
    template_name = "stukken/bulk_lijst.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return super().get_context_data(verwerkingen=Bulkverwerking.objects.all()[:100], **kwargs)

    def post(self, request: HttpRequest) -> HttpResponse:
        bestand = request.FILES.get("bestand")
        if bestand is None:
            messages.error(request, "Kies een ZIP-bestand of mailboxexport.")
            return redirect("stukken:bulk")
        try:
            verwerking = start_bulk(
                bestand,
                bestand.name,
                door=request.user,
                omschrijving=request.POST.get("omschrijving", ""),
            )
        except ValidationError as fout:
            messages.error(request, " ".join(fout.messages))
            return redirect("stukken:bulk")
        messages.success(request, "De verwerking is ingepland; de voortgang staat hieronder.")
        return redirect("stukken:bulk-detail", pk=verwerking.pk)


class BulkDetailView(MatrixVereist, TemplateView):
    actie = "bulk.verwerken"
    template_name = "stukken/bulk_detail.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return super().get_context_data(v=get_object_or_404(Bulkverwerking, pk=kwargs["pk"]), **kwargs)


class BulkVoortgangView(BulkDetailView):
    """The progress block alone, polled by htmx every two seconds while the job runs."""

    template_name = "stukken/_bulk_voortgang.html"


class BulkHerstartView(MatrixVereist, View):
    actie = "bulk.verwerken"
    http_method_names = ["post", "options"]

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        verwerking = get_object_or_404(Bulkverwerking, pk=pk)
        try:
            herstart_bulk(verwerking, door=request.user)
        except ValidationError as fout:
            messages.error(request, " ".join(fout.messages))
        else:
            messages.success(request, "De verwerking gaat verder waar zij stopte.")
        return redirect("stukken:bulk-detail", pk=pk)


class BulkInventarisView(MatrixVereist, View):
    actie = "bulk.verwerken"

    def get(self, request: HttpRequest, pk: int, formaat: str) -> HttpResponse:
        verwerking = get_object_or_404(Bulkverwerking, pk=pk)
        sleutel = {"xlsx": "inventaris_xlsx", "pdf": "inventaris_pdf"}.get(formaat)
        pad = verwerking.verslag.get(sleutel or "", "")
        if not pad or not Path(pad).is_file():
            raise Http404("De inventarislijst is er nog niet.")
        return FileResponse(open(pad, "rb"), as_attachment=True, filename=f"inventarislijst-{pk}.{formaat}")
