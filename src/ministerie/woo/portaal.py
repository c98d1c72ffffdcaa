"""The public portal under /openbaar/ (no log-in): published decisions and documents with
full-text search and their metadata, and the public request form with its acknowledgement."""

from __future__ import annotations

from typing import Any

from django.core import signing
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404, redirect
from django.views import View
from django.views.generic import TemplateView

from . import categorieen, documenten_pdf, filters, services, taken
from .formulieren import (
    BESCHERMING,
    PubliekVerzoekFormulier,
    te_vaak_gedownload,
)
from .models import Publicatie, Publicatiebestand, Verzoek
from .zichtbaarheid import openbare_publicatie

ZOUT_BEVESTIGING = "woo-bevestiging"
BRIEF = "ontvangstbevestiging"


PER_PAGINA = 20


class PortaalView(TemplateView):
    publiek = True
    template_name = "openbaar/index.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        vraag = filters.zoekvraag(self.request.GET)
        try:
            nummer = max(1, int(self.request.GET.get("pagina", "1")))
        except ValueError:
            nummer = 1
        gevonden = filters.zoek_openbaar(vraag, aantal=PER_PAGINA, start=(nummer - 1) * PER_PAGINA)
        totaal, treffers = gevonden.totaal, gevonden.treffers
        paginas = max(1, -(-totaal // PER_PAGINA))
        return super().get_context_data(
            vraag=vraag,
            totaal=totaal,
            treffers=treffers,
            nummer=nummer,
            paginas=paginas,
            vorige=nummer - 1 if nummer > 1 else None,
            volgende=nummer + 1 if nummer < paginas else None,
            categorieen=categorieen,
            **kwargs,
        )


class PublicatieView(TemplateView):
    publiek = True
    template_name = "openbaar/publicatie.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        publicatie = openbare_publicatie(kwargs["pk"])
        return super().get_context_data(
            publicatie=publicatie,
            bestanden=publicatie.bestanden.all() if publicatie.status == "gepubliceerd" else [],
            categorie=categorieen.naam(publicatie.informatiecategorie),
            **kwargs,
        )


def _bestand(pk: int, bestand_pk: int) -> Publicatiebestand:
    publicatie = openbare_publicatie(pk)
    if publicatie.status != Publicatie.Status.GEPUBLICEERD:
        raise Http404("Deze publicatie is ingetrokken.")
    return get_object_or_404(Publicatiebestand, publicatie=publicatie, pk=bestand_pk)


class PublicatieBestandView(View):
    publiek = True

    def get(self, request: HttpRequest, pk: int, bestand: int) -> HttpResponseBase:
        gevonden = _bestand(pk, bestand)
        return FileResponse(
            gevonden.bestand.open("rb"), filename=gevonden.bestandsnaam, content_type=gevonden.mime
        )


class MetadataView(View):
    publiek = True

    def get(self, request: HttpRequest, pk: int, bestand: int) -> HttpResponse:
        gevonden = _bestand(pk, bestand)
        return HttpResponse(gevonden.metadata_xml, content_type="application/xml; charset=utf-8")


def _ip(request: HttpRequest) -> str:
    # REMOTE_ADDR: behind a reverse proxy, let the proxy set it (do not trust X-Forwarded-For here)
    return request.META.get("REMOTE_ADDR", "onbekend")


class IndienenView(TemplateView):
    """The public Woo request form: no log-in, no third-party services."""

    publiek = True
    template_name = "openbaar/indienen.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        kwargs.setdefault("formulier", PubliekVerzoekFormulier(initial={"token": BESCHERMING.nieuw_token()}))
        return super().get_context_data(**kwargs)

    def post(self, request: HttpRequest) -> HttpResponse:
        formulier = PubliekVerzoekFormulier(request.POST)
        if BESCHERMING.te_vaak(_ip(request)):
            formulier.is_valid()
            formulier.add_error(
                None,
                "U heeft het afgelopen uur te veel verzoeken verstuurd. Probeer het later opnieuw "
                "of stuur uw verzoek per e-mail of post.",
            )
            return self._opnieuw(formulier, status=429)
        if not formulier.is_valid():
            return self._opnieuw(formulier)
        data = formulier.cleaned_data
        if not BESCHERMING.verbruik_token(data["token"]):
            formulier.add_error(
                None,
                "Dit formulier is al verstuurd. Kijk in uw e-mail of uw verzoek is ontvangen, "
                "of vul het formulier opnieuw in.",
            )
            return self._opnieuw(formulier)
        try:
            verzoek = services.dien_verzoek_in(
                onderwerp=data["onderwerp"],
                omschrijving=data["omschrijving"],
                verzoeker_naam=data["verzoeker_naam"],
                verzoeker_email=data["verzoeker_email"],
            )
        except ValidationError as fout:
            formulier.add_error(None, " ".join(fout.messages))
            return self._opnieuw(formulier)
        # the receipt is made once, by a job; the page says so until it is there
        taken.vraag_brief_aan(verzoek, BRIEF)
        token = signing.dumps(verzoek.pk, salt=ZOUT_BEVESTIGING)
        return redirect("openbaar:bevestiging", token=token)

    def _opnieuw(self, formulier: PubliekVerzoekFormulier, status: int = 200) -> HttpResponse:
        # a fresh token, so the fill time counts from now
        data = formulier.data.copy()  # type: ignore[attr-defined]
        data["token"] = BESCHERMING.nieuw_token()
        formulier.data = data
        return self.render_to_response(self.get_context_data(formulier=formulier), status=status)


def _verzoek_uit_token(token: str) -> Verzoek:
    try:
        pk = signing.loads(token, salt=ZOUT_BEVESTIGING, max_age=24 * 3600)
    except signing.BadSignature:
        raise Http404("Deze link is verlopen of ongeldig.") from None
    return get_object_or_404(Verzoek, pk=pk)


def _downloadcontext(verzoek: Verzoek) -> dict[str, Any]:
    return {"opgeslagen": documenten_pdf.opgeslagen_brief(verzoek, BRIEF)}


class BevestigingView(TemplateView):
    """The acknowledgement right after filing (a signed link, valid for a day). Its PDF is
    made by a job; until it is there, the page says so and asks again every two seconds."""

    publiek = True
    template_name = "openbaar/bevestiging.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        verzoek = _verzoek_uit_token(kwargs["token"])
        return super().get_context_data(
            **documenten_pdf.ontvangstbevestiging_context(verzoek),
            **_downloadcontext(verzoek),
            **kwargs,
        )


class BevestigingStatusView(TemplateView):
    """The download part of the acknowledgement page, asked for again while the PDF is made:
    204 (htmx leaves the page as it is) until the PDF is there, then the part with the link."""

    publiek = True
    template_name = "openbaar/_bevestiging_download.html"

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        verzoek = _verzoek_uit_token(kwargs["token"])
        if documenten_pdf.opgeslagen_brief(verzoek, BRIEF) is None:
            return HttpResponse(status=204)
        return self.render_to_response(self.get_context_data(**_downloadcontext(verzoek), **kwargs))


class BevestigingPdfView(View):
    """The stored acknowledgement. Nothing is rendered here: while the job has not made it,
    the job is asked for (once) and the visitor goes back to the page that says so."""

    publiek = True

    def get(self, request: HttpRequest, token: str) -> HttpResponseBase:
        verzoek = _verzoek_uit_token(token)
        if te_vaak_gedownload(_ip(request)):
            return HttpResponse(
                "U heeft deze ontvangstbevestiging te vaak gedownload. Probeer het over een uur opnieuw.",
                status=429,
                content_type="text/plain; charset=utf-8",
            )
        brief = documenten_pdf.opgeslagen_brief(verzoek, BRIEF)
        if brief is None:
            taken.vraag_brief_aan(verzoek, BRIEF)
            return redirect("openbaar:bevestiging", token=token)
        return FileResponse(
            brief.bestand.open("rb"),
            as_attachment=True,
            filename=f"ontvangstbevestiging-{verzoek.zaaknummer}.pdf",
            content_type="application/pdf",
        )
