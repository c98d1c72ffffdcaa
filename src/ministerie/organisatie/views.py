from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.views import View
from django.views.generic import TemplateView

from ministerie.core.toegang import MatrixVereist

from .boom import bouw_boom
from .models import Eenheid, Positie, Sturingsrol
from .organogram_svg import organogram_svg
from .zichtbaarheid import eenheid_voor, persoon_voor
from .zoeken import zoek

OPEN_TOT_NIVEAU = 2  # the ministry, the SG and the DGs are open when the page loads


class OrganogramView(MatrixVereist, TemplateView):
    actie = "organisatie.bekijken"
    template_name = "organisatie/organogram.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        wortels = bouw_boom()
        return super().get_context_data(
            wortels=wortels,
            aantal=sum(w.aantal for w in wortels),
            open_tot=OPEN_TOT_NIVEAU,
            **kwargs,
        )


class OrganogramSvgView(MatrixVereist, View):
    actie = "organisatie.bekijken"

    def get(self, request: HttpRequest) -> HttpResponse:
        antwoord = HttpResponse(organogram_svg(bouw_boom()), content_type="image/svg+xml")
        antwoord["Content-Disposition"] = 'attachment; filename="organogram.svg"'
        return antwoord


class OrganogramPdfView(MatrixVereist, View):
    actie = "organisatie.bekijken"

    def get(self, request: HttpRequest) -> HttpResponse:
        from weasyprint import HTML

        html = render_to_string("organisatie/organogram_pdf.html", {"wortels": bouw_boom()})
        pdf = HTML(string=html, base_url=request.build_absolute_uri("/")).write_pdf()
        antwoord = HttpResponse(pdf, content_type="application/pdf")
        antwoord["Content-Disposition"] = 'attachment; filename="organogram.pdf"'
        return antwoord


class EenheidView(MatrixVereist, TemplateView):
    actie = "organisatie.bekijken"
    template_name = "organisatie/eenheid.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        eenheid = eenheid_voor(self.request.user, kwargs["code"])
        keten: list[Eenheid] = []
        ouder = eenheid.bovenliggende
        while ouder is not None:
            keten.insert(0, ouder)
            ouder = ouder.bovenliggende
        return super().get_context_data(
            eenheid=eenheid,
            keten=keten,
            posities=eenheid.posities.select_related("persoon"),
            onderdelen=eenheid.onderliggende.prefetch_related("posities__persoon"),
            kengetallen=eenheid.kengetallen.all(),
            gestuurd_door=Sturingsrol.objects.filter(organisatie=eenheid).select_related("eenheid"),
            stuurt=Sturingsrol.objects.filter(eenheid=eenheid).select_related("organisatie"),
            **kwargs,
        )


class PersoonView(MatrixVereist, TemplateView):
    actie = "organisatie.bekijken"
    template_name = "organisatie/persoon.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        persoon = persoon_voor(self.request.user, kwargs["code"])
        posities = Positie.objects.filter(persoon=persoon).select_related("eenheid")
        return super().get_context_data(persoon=persoon, posities=posities, **kwargs)


class ZoekView(MatrixVereist, TemplateView):
    actie = "organisatie.bekijken"
    template_name = "organisatie/zoeken.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        vraag = self.request.GET.get("q", "").strip()[:200]
        return super().get_context_data(vraag=vraag, resultaat=zoek(vraag) if vraag else None, **kwargs)
