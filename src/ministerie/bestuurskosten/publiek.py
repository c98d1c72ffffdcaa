"""The public pages: published months with their overview, totals and redacted documents.

Only months with status "gepubliceerd" are shown; the public never gets a source file, only the
redacted PDF that passed the checker at publication.
"""

from __future__ import annotations

from typing import Any

from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.views import View
from django.views.generic import TemplateView

from .export import exporteer
from .models import Brondocument, Periode
from .totalen import diagrammen, jaar_tot_nu, posten_van, totalen

S = Periode.Status


def _zichtbare_periode(ministerie: str, jaar: int, maand: int) -> Periode:
    return get_object_or_404(
        Periode.objects.select_related("ministerie"),
        ministerie__code=ministerie,
        jaar=jaar,
        maand=maand,
        status__in=[S.GEPUBLICEERD, S.INGETROKKEN],
    )


def _gepubliceerde_periode(ministerie: str, jaar: int, maand: int) -> Periode:
    periode = _zichtbare_periode(ministerie, jaar, maand)
    if periode.status != S.GEPUBLICEERD:
        raise Http404
    return periode


class OpenbaarOverzichtView(TemplateView):
    publiek = True
    template_name = "bestuurskosten/openbaar_overzicht.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        perioden = (
            Periode.objects.filter(status=S.GEPUBLICEERD)
            .select_related("ministerie")
            .order_by("-jaar", "-maand")
        )
        ingetrokken = Periode.objects.filter(status=S.INGETROKKEN).select_related("ministerie")
        return super().get_context_data(perioden=perioden, ingetrokken=ingetrokken, **kwargs)


class OpenbaarMaandView(TemplateView):
    publiek = True
    template_name = "bestuurskosten/openbaar_maand.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        periode = _zichtbare_periode(self.kwargs["ministerie"], self.kwargs["jaar"], self.kwargs["maand"])
        context: dict[str, Any] = {"periode": periode}
        if periode.status == S.GEPUBLICEERD:
            posten = posten_van(periode)
            maand = totalen(posten)
            context.update(
                posten=posten,
                maandtotalen=maand,
                jaartotalen=jaar_tot_nu(periode, alleen_gepubliceerd=True),
                diagrammen=diagrammen(maand, "maand", f"{periode.maandnaam.capitalize()} {periode.jaar}"),
                documenten=periode.documenten.order_by("pk"),
            )
        return super().get_context_data(**context, **kwargs)


class OpenbaarDocumentView(View):
    publiek = True

    def get(self, request: HttpRequest, ministerie: str, jaar: int, maand: int, pk: int) -> FileResponse:
        periode = _gepubliceerde_periode(ministerie, jaar, maand)
        document = get_object_or_404(Brondocument, pk=pk, periode=periode)
        if not document.schoon:
            raise Http404
        return FileResponse(
            document.gelakt_pdf.open("rb"),
            as_attachment=False,
            filename=f"{document.titel[:80]}.pdf",
            content_type="application/pdf",
        )


class OpenbaarExportView(View):
    publiek = True

    def get(self, request: HttpRequest, ministerie: str, jaar: int, maand: int, formaat: str) -> HttpResponse:
        return exporteer(_gepubliceerde_periode(ministerie, jaar, maand), formaat)
