"""Staff pages: months, source documents with their redaction review, lines, publication.
Every action is declared in handelingen.py."""

from __future__ import annotations

from typing import Any

from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.urls import reverse
from django.views import View
from django.views.generic import TemplateView

from ministerie.bestanden import OnleesbaarBestand, pagina_als_png
from ministerie.core import audit
from ministerie.core.acties import ActiePagina, FormulierPagina
from ministerie.core.permissies import heeft_recht
from ministerie.core.toegang import MatrixVereist

from . import handelingen, services
from .categorieen import NIET_OPENBAAR
from .export import exporteer
from .formulieren import (
    IntrekFormulier,
    LaktermFormulier,
    MarkeerFormulier,
    OpheffenFormulier,
    PeriodeFormulier,
    PostFormulier,
)
from .models import Brondocument, Kostenpost, Lakvoorstel, Paginamarkering, Periode
from .totalen import diagrammen, jaar_tot_nu, posten_van, totalen
from .zichtbaarheid import document_voor, periode_voor, zichtbare_perioden


def _rechten(gebruiker: Any) -> dict[str, bool]:
    return {
        "mag_invoeren": heeft_recht(gebruiker, handelingen.INVOEREN),
        "mag_lakken": heeft_recht(gebruiker, handelingen.LAKKEN),
        "mag_publiceren": heeft_recht(gebruiker, handelingen.PUBLICEREN),
    }


class OverzichtView(MatrixVereist, TemplateView):
    actie = "bestuurskosten.bekijken"
    template_name = "bestuurskosten/overzicht.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        kwargs.setdefault("formulier", PeriodeFormulier())
        return super().get_context_data(
            perioden=zichtbare_perioden(self.request.user), **_rechten(self.request.user), **kwargs
        )


def _periodecontext(gebruiker: Any, periode: Periode, postformulier: PostFormulier) -> dict[str, Any]:
    posten = posten_van(periode)
    maand = totalen(posten)
    rechten = _rechten(gebruiker)
    return {
        "periode": periode,
        "posten_verwijderbaar": rechten["mag_invoeren"] and periode.bewerkbaar,
        "niet_openbaar": NIET_OPENBAAR,
        "posten": posten,
        "maandtotalen": maand,
        "jaartotalen": jaar_tot_nu(periode, alleen_gepubliceerd=False),
        "diagrammen": diagrammen(maand, "maand", f"{periode.maandnaam.capitalize()} {periode.jaar}"),
        "documenten": periode.documenten.prefetch_related("voorstellen", "markeringen", "posten"),
        "bezwaren": services.bezwaren_tegen_publicatie(periode),
        "intrekformulier": IntrekFormulier(),
        "postformulier": postformulier,
        **rechten,
    }


class PeriodeView(MatrixVereist, TemplateView):
    actie = "bestuurskosten.bekijken"
    template_name = "bestuurskosten/periode.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        periode = periode_voor(self.request.user, self.kwargs["pk"])
        context = _periodecontext(self.request.user, periode, PostFormulier(periode=periode))
        return super().get_context_data(**context, **kwargs)


class PostToevoegenView(FormulierPagina):
    """The line form lives on the month's page; after an error that page is shown again."""

    handeling = handelingen.POST_TOEVOEGEN
    template_name = PeriodeView.template_name
    http_method_names = ["post", "options"]
    status_bij_fout = 400
    fouten_in_formulier = True

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        return {**context, **_periodecontext(self.request.user, context["object"], context["formulier"])}

    def na(self, resultaat: Any, periode: Periode) -> str:
        return reverse("bestuurskosten:periode", args=[periode.pk])


class DocumentToevoegenView(FormulierPagina):
    handeling = handelingen.DOCUMENT_TOEVOEGEN
    template_name = "bestuurskosten/document_nieuw.html"
    status_bij_fout = 400
    fouten_in_formulier = True

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return super().get_context_data(periode=kwargs["object"], **kwargs)

    def na(self, document: Brondocument, _: Periode) -> str:
        return reverse("bestuurskosten:document", args=[document.pk])


class DocumentView(MatrixVereist, TemplateView):
    actie = "bestuurskosten.bekijken"
    template_name = "bestuurskosten/document.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        document = document_voor(self.request.user, self.kwargs["pk"])
        voorstellen = list(document.voorstellen.all())
        markeringen = list(document.markeringen.all())
        paginas = [
            {
                "nummer": n,
                "voorstellen": [v for v in voorstellen if v.pagina == n],
                "markeringen": [m for m in markeringen if m.pagina == n],
            }
            for n in range(1, document.paginas + 1)
        ]
        kwargs.setdefault("laktermformulier", LaktermFormulier(initial={"pagina": 1}))
        kwargs.setdefault("markeerformulier", MarkeerFormulier(initial={"pagina": 1}))
        return super().get_context_data(
            document=document,
            periode=document.periode,
            paginas=paginas,
            open_voorstellen=sum(1 for v in voorstellen if v.status == Lakvoorstel.Status.VOORGESTELD),
            opheffenformulier=OpheffenFormulier(),
            **_rechten(self.request.user),
            **kwargs,
        )


def _naar_periode(periode: Periode, **_: Any) -> str:
    return reverse("bestuurskosten:periode", args=[periode.pk])


def _naar_document(document: Brondocument, **_: Any) -> str:
    return reverse("bestuurskosten:document", args=[document.pk])


def _naar_zijn_periode(resultaat: Any, item: Brondocument | Kostenpost, **_: Any) -> str:
    return reverse("bestuurskosten:periode", args=[item.periode_id])


def _naar_nieuwe_periode(periode: Periode, *_: Any, **__: Any) -> str:
    return reverse("bestuurskosten:periode", args=[periode.pk])


def _naar_gemarkeerd_document(markering: Paginamarkering, **_: Any) -> str:
    return reverse("bestuurskosten:document", args=[markering.brondocument_id])


NieuwePeriodeView = ActiePagina.voor(
    handelingen.PERIODE_MAKEN,
    terug=lambda _, **__: reverse("bestuurskosten:overzicht"),
    na=_naar_nieuwe_periode,
)
BeoordeelView = ActiePagina.voor(handelingen.BEOORDELEN, terug=_naar_document)
LaktermView = ActiePagina.voor(handelingen.LAKTERM_TOEVOEGEN, terug=_naar_document)
MarkeerView = ActiePagina.voor(handelingen.PAGINA_MARKEREN, terug=_naar_document)
OpheffenView = ActiePagina.voor(handelingen.MARKERING_OPHEFFEN, terug=_naar_gemarkeerd_document)
LakView = ActiePagina.voor(handelingen.LAKKEN_EN_CONTROLEREN, terug=_naar_document)
DocumentVerwijderView = ActiePagina.voor(
    handelingen.DOCUMENT_VERWIJDEREN, terug=_naar_document, na=_naar_zijn_periode
)
PostVerwijderView = ActiePagina.voor(
    handelingen.POST_VERWIJDEREN,
    terug=lambda post, **_: reverse("bestuurskosten:periode", args=[post.periode_id]),
)
PubliceerView = ActiePagina.voor(handelingen.OPENBAAR_MAKEN, terug=_naar_periode)
IntrekView = ActiePagina.voor(handelingen.INTREKKEN, terug=_naar_periode)
HeropenView = ActiePagina.voor(handelingen.HEROPENEN, terug=_naar_periode)


def _bestand(document: Brondocument, soort: str) -> Any:
    bestand = {"bron": document.bron_pdf, "gelakt": document.gelakt_pdf}.get(soort)
    if not bestand:
        raise Http404
    return bestand


class BestandView(MatrixVereist, View):
    """The source or the redacted PDF of a document, for staff."""

    actie = "bestuurskosten.bekijken"

    def get(self, request: HttpRequest, pk: int, soort: str) -> FileResponse:
        document = document_voor(request.user, pk)
        bestand = _bestand(document, soort)
        if soort == "bron":
            audit.registreer(
                "bestuurskosten_bron_gedownload", door=request.user, subject=document, gegevens={}
            )
        return FileResponse(
            bestand.open("rb"),
            as_attachment=True,
            filename=f"{document.titel[:80]}{' (gelakt)' if soort == 'gelakt' else ''}.pdf",
            content_type="application/pdf",
        )


class PaginaView(MatrixVereist, View):
    actie = "bestuurskosten.bekijken"

    def get(self, request: HttpRequest, pk: int, soort: str, pagina: int) -> HttpResponse:
        bestand = _bestand(document_voor(request.user, pk), soort)
        with bestand.open("rb") as f:
            data = f.read()
        try:
            png = pagina_als_png(data, pagina, breedte=900)
        except (ValueError, OnleesbaarBestand):
            raise Http404 from None
        antwoord = HttpResponse(png, content_type="image/png")
        antwoord["Cache-Control"] = "private, no-store"
        return antwoord


class ExportView(MatrixVereist, View):
    actie = "bestuurskosten.bekijken"

    def get(self, request: HttpRequest, pk: int, formaat: str) -> HttpResponse:
        return exporteer(periode_voor(request.user, pk), formaat)
