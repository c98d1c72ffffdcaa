"""Staff pages: months, source documents with their redaction review, lines, publication."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.views import View
from django.views.generic import TemplateView

from ministerie.bestanden import OnleesbaarBestand, pagina_als_png
from ministerie.core import audit
from ministerie.core.permissies import heeft_recht
from ministerie.core.views import MatrixVereist
from ministerie.organisatie.models import Eenheid, Persoon

from . import services
from .categorieen import NIET_OPENBAAR
from .export import als_csv, als_xlsx
from .formulieren import (
    DocumentFormulier,
    IntrekFormulier,
    LaktermFormulier,
    MarkeerFormulier,
    OpheffenFormulier,
    PeriodeFormulier,
    PostFormulier,
)
from .models import Brondocument, Kostenpost, Lakvoorstel, Paginamarkering, Periode
from .totalen import diagrammen, jaar_tot_nu, posten_van, totalen

FORMATEN = {
    "csv": ("text/csv; charset=utf-8", als_csv),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", als_xlsx),
}


def fouttekst(fout: ValidationError | PermissionDenied) -> str:
    if isinstance(fout, ValidationError):
        return " ".join(fout.messages)
    return str(fout) or "U heeft hier geen recht op."


def ministerie_van(gebruiker: Any) -> Eenheid | None:
    """The ministry the user works for: the MINISTERIE unit above their first unit."""
    eenheid = gebruiker.eenheden.order_by("pk").first()
    while eenheid is not None and eenheid.soort != Eenheid.Soort.MINISTERIE:
        eenheid = eenheid.bovenliggende
    return eenheid or Eenheid.objects.filter(soort=Eenheid.Soort.MINISTERIE).order_by("pk").first()


def _rechten(gebruiker: Any) -> dict[str, bool]:
    return {
        "mag_invoeren": heeft_recht(gebruiker, "bestuurskosten.invoeren"),
        "mag_lakken": heeft_recht(gebruiker, "bestuurskosten.lakken"),
        "mag_publiceren": heeft_recht(gebruiker, "bestuurskosten.publiceren"),
    }


class OverzichtView(MatrixVereist, TemplateView):
    actie = "bestuurskosten.bekijken"
    template_name = "bestuurskosten/overzicht.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        perioden = Periode.objects.select_related("ministerie").order_by("-jaar", "-maand")
        kwargs.setdefault("formulier", PeriodeFormulier())
        return super().get_context_data(perioden=perioden, **_rechten(self.request.user), **kwargs)


class NieuwePeriodeView(MatrixVereist, View):
    actie = "bestuurskosten.invoeren"
    http_method_names = ["post", "options"]

    def post(self, request: HttpRequest) -> HttpResponse:
        formulier = PeriodeFormulier(request.POST)
        if not formulier.is_valid():
            messages.error(request, "Kies een maand en een jaar (vanaf 2013).")
            return redirect("bestuurskosten:overzicht")
        ministerie = ministerie_van(request.user)
        if ministerie is None:
            messages.error(request, "Er staat geen ministerie in het organisatieregister.")
            return redirect("bestuurskosten:overzicht")
        try:
            periode = services.maak_periode(
                door=request.user, ministerie=ministerie, **formulier.cleaned_data
            )
        except (ValidationError, PermissionDenied) as fout:
            messages.error(request, fouttekst(fout))
            return redirect("bestuurskosten:overzicht")
        messages.success(request, f"{periode} is aangemaakt. Voeg nu de brondocumenten toe.")
        return redirect("bestuurskosten:periode", periode.pk)


class PeriodeView(MatrixVereist, TemplateView):
    actie = "bestuurskosten.bekijken"
    template_name = "bestuurskosten/periode.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        periode = get_object_or_404(Periode.objects.select_related("ministerie"), pk=self.kwargs["pk"])
        posten = posten_van(periode)
        maand = totalen(posten)
        jaar = jaar_tot_nu(periode, alleen_gepubliceerd=False)
        documenten = periode.documenten.prefetch_related("voorstellen", "markeringen", "posten")
        kwargs.setdefault("postformulier", PostFormulier(periode=periode))
        rechten = _rechten(self.request.user)
        return super().get_context_data(
            periode=periode,
            posten_verwijderbaar=rechten["mag_invoeren"] and periode.bewerkbaar,
            niet_openbaar=NIET_OPENBAAR,
            posten=posten,
            maandtotalen=maand,
            jaartotalen=jaar,
            diagrammen=diagrammen(maand, "maand", f"{periode.maandnaam.capitalize()} {periode.jaar}"),
            documenten=documenten,
            bezwaren=services.bezwaren_tegen_publicatie(periode),
            intrekformulier=IntrekFormulier(),
            **rechten,
            **kwargs,
        )


def _periode(pk: int) -> Periode:
    return get_object_or_404(Periode, pk=pk)


def _document(pk: int) -> Brondocument:
    return get_object_or_404(Brondocument.objects.select_related("periode__ministerie"), pk=pk)


class DocumentToevoegenView(MatrixVereist, TemplateView):
    actie = "bestuurskosten.invoeren"
    template_name = "bestuurskosten/document_nieuw.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        kwargs.setdefault("formulier", DocumentFormulier())
        return super().get_context_data(periode=_periode(self.kwargs["pk"]), **kwargs)

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        periode = _periode(pk)
        formulier = DocumentFormulier(request.POST, request.FILES)
        if not formulier.is_valid():
            return self.render_to_response(self.get_context_data(formulier=formulier), status=400)
        bestand = formulier.cleaned_data["bestand"]
        try:
            document = services.voeg_document_toe(
                periode,
                door=request.user,
                data=bestand.read(),
                bestandsnaam=bestand.name,
                titel=formulier.cleaned_data["titel"],
                soort=formulier.cleaned_data["soort"],
            )
        except (ValidationError, PermissionDenied) as fout:
            if isinstance(fout, ValidationError) and hasattr(fout, "error_dict"):
                for veld, fouten in fout.message_dict.items():
                    formulier.add_error(veld if veld in formulier.fields else None, fouten)
            else:
                formulier.add_error(None, fouttekst(fout))
            return self.render_to_response(self.get_context_data(formulier=formulier), status=400)
        messages.success(
            request,
            f"'{document.titel}' is opgeslagen; {document.voorstellen.count()} lakvoorstel(len). "
            "Beoordeel ze hieronder.",
        )
        return redirect("bestuurskosten:document", document.pk)


class DocumentView(MatrixVereist, TemplateView):
    actie = "bestuurskosten.bekijken"
    template_name = "bestuurskosten/document.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        document = _document(self.kwargs["pk"])
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


class _DocumentActie(MatrixVereist, View):
    """A POST on one document; errors come back as a message on the document page."""

    actie = "bestuurskosten.lakken"
    http_method_names = ["post", "options"]

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        document = _document(pk)
        try:
            melding = self.voer_uit(request, document)
        except (ValidationError, PermissionDenied) as fout:
            messages.error(request, fouttekst(fout))
        else:
            if melding:
                messages.success(request, melding)
        if not Brondocument.objects.filter(pk=pk).exists():
            return redirect("bestuurskosten:periode", document.periode_id)
        return redirect("bestuurskosten:document", pk)

    def voer_uit(self, request: HttpRequest, document: Brondocument) -> str:
        raise NotImplementedError


class BeoordeelView(_DocumentActie):
    def voer_uit(self, request: HttpRequest, document: Brondocument) -> str:
        besluiten = {}
        for sleutel, waarde in request.POST.items():
            if sleutel.startswith("voorstel-") and sleutel[9:].isdigit() and waarde in ("lakken", "laten"):
                besluiten[int(sleutel[9:])] = waarde == "lakken"
        if not besluiten:
            raise ValidationError("Kies bij elk voorstel 'lakken' of 'niet lakken'.")
        aantal = services.beoordeel(document, door=request.user, besluiten=besluiten)
        return f"{aantal} besluit(en) vastgelegd."


class LaktermView(_DocumentActie):
    def voer_uit(self, request: HttpRequest, document: Brondocument) -> str:
        formulier = LaktermFormulier(request.POST)
        if not formulier.is_valid():
            raise ValidationError("Vul de tekst, de weigeringsgrond en de pagina in.")
        services.voeg_lakterm_toe(document, door=request.user, **formulier.cleaned_data)
        return "De tekst wordt gelakt, overal waar hij voorkomt. Pas het lakken opnieuw toe."


class MarkeerView(_DocumentActie):
    def voer_uit(self, request: HttpRequest, document: Brondocument) -> str:
        formulier = MarkeerFormulier(request.POST)
        if not formulier.is_valid():
            raise ValidationError("Geef de pagina en wat er nagekeken moet worden.")
        services.markeer_pagina(document, door=request.user, **formulier.cleaned_data)
        return "De pagina is gemarkeerd; zolang de markering openstaat, kan de maand niet openbaar."


class OpheffenView(MatrixVereist, View):
    actie = "bestuurskosten.lakken"
    http_method_names = ["post", "options"]

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        markering = get_object_or_404(Paginamarkering.objects.select_related("brondocument__periode"), pk=pk)
        formulier = OpheffenFormulier(request.POST)
        try:
            if not formulier.is_valid():
                raise ValidationError("Leg uit waarom de pagina in orde is.")
            services.hef_markering_op(markering, door=request.user, **formulier.cleaned_data)
        except (ValidationError, PermissionDenied) as fout:
            messages.error(request, fouttekst(fout))
        else:
            messages.success(request, f"De markering van pagina {markering.pagina} is opgeheven.")
        return redirect("bestuurskosten:document", markering.brondocument_id)


class LakView(_DocumentActie):
    def voer_uit(self, request: HttpRequest, document: Brondocument) -> str:
        document = services.lak_document(document, door=request.user)
        if document.controle_problemen:
            raise ValidationError(["De lakcontrole vond problemen:", *document.controle_problemen[:5]])
        return "Het document is gelakt en komt door de lakcontrole."


class DocumentVerwijderView(_DocumentActie):
    actie = "bestuurskosten.invoeren"

    def voer_uit(self, request: HttpRequest, document: Brondocument) -> str:
        services.verwijder_document(document, door=request.user)
        return f"'{document.titel}' is uit deze maand verwijderd (het origineel blijft in de documentopslag)."


class BestandView(MatrixVereist, View):
    """The source or the redacted PDF of a document, for staff."""

    actie = "bestuurskosten.bekijken"

    def get(self, request: HttpRequest, pk: int, soort: str) -> HttpResponse:
        document = _document(pk)
        bestand = {"bron": document.bron_pdf, "gelakt": document.gelakt_pdf}.get(soort)
        if not bestand:
            raise Http404
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
        document = _document(pk)
        bestand = {"bron": document.bron_pdf, "gelakt": document.gelakt_pdf}.get(soort)
        if not bestand:
            raise Http404
        with bestand.open("rb") as f:
            data = f.read()
        try:
            png = pagina_als_png(data, pagina, breedte=900)
        except (ValueError, OnleesbaarBestand):
            raise Http404 from None
        antwoord = HttpResponse(png, content_type="image/png")
        antwoord["Cache-Control"] = "private, no-store"
        return antwoord


class PostToevoegenView(MatrixVereist, View):
    actie = "bestuurskosten.invoeren"
    http_method_names = ["post", "options"]

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        periode = _periode(pk)
        formulier = PostFormulier(request.POST, periode=periode)
        if formulier.is_valid():
            data = formulier.cleaned_data
            try:
                services.voeg_post_toe(
                    periode,
                    door=request.user,
                    persoon=Persoon.objects.get(pk=data["persoon"]),
                    categorie=data["categorie"],
                    datum=data["datum"],
                    bedrag=data["bedrag"],
                    omschrijving=data["omschrijving"],
                    brondocument=Brondocument.objects.get(pk=data["brondocument"]),
                )
            except (ValidationError, PermissionDenied) as fout:
                if isinstance(fout, ValidationError) and hasattr(fout, "error_dict"):
                    for veld, fouten in fout.message_dict.items():
                        formulier.add_error(veld if veld in formulier.fields else None, fouten)
                else:
                    formulier.add_error(None, fouttekst(fout))
            else:
                messages.success(request, "De kostenpost is vastgelegd.")
                return redirect("bestuurskosten:periode", pk)
        messages.error(request, "De kostenpost is niet vastgelegd; zie de fouten in het formulier.")
        view = PeriodeView()
        view.setup(request, pk=pk)
        context = view.get_context_data(postformulier=formulier)
        from django.template.response import TemplateResponse

        return TemplateResponse(request, PeriodeView.template_name, context, status=400)


class PostVerwijderView(MatrixVereist, View):
    actie = "bestuurskosten.invoeren"
    http_method_names = ["post", "options"]

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        post = get_object_or_404(Kostenpost.objects.select_related("periode", "persoon"), pk=pk)
        try:
            services.verwijder_post(post, door=request.user)
        except (ValidationError, PermissionDenied) as fout:
            messages.error(request, fouttekst(fout))
        else:
            messages.success(request, "De kostenpost is verwijderd.")
        return redirect("bestuurskosten:periode", post.periode_id)


class _PeriodeActie(MatrixVereist, View):
    http_method_names = ["post", "options"]

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        periode = _periode(pk)
        try:
            melding = self.voer_uit(request, periode)
        except (ValidationError, PermissionDenied) as fout:
            messages.error(request, fouttekst(fout))
        else:
            messages.success(request, melding)
        return redirect("bestuurskosten:periode", pk)

    def voer_uit(self, request: HttpRequest, periode: Periode) -> str:
        raise NotImplementedError


class PubliceerView(_PeriodeActie):
    actie = "bestuurskosten.publiceren"

    def voer_uit(self, request: HttpRequest, periode: Periode) -> str:
        periode = services.publiceer(periode, door=request.user)
        return f"{periode} is openbaar gemaakt."


class IntrekView(_PeriodeActie):
    actie = "bestuurskosten.publiceren"

    def voer_uit(self, request: HttpRequest, periode: Periode) -> str:
        formulier = IntrekFormulier(request.POST)
        if not formulier.is_valid():
            raise ValidationError("Geef de reden van het intrekken; die wordt openbaar getoond.")
        periode = services.trek_in(periode, door=request.user, reden=formulier.cleaned_data["reden"])
        return f"De publicatie van {periode} is ingetrokken."


class HeropenView(_PeriodeActie):
    actie = "bestuurskosten.invoeren"

    def voer_uit(self, request: HttpRequest, periode: Periode) -> str:
        periode = services.heropen(periode, door=request.user)
        return f"{periode} is heropend; pas aan en maak de maand opnieuw openbaar."


class ExportView(MatrixVereist, View):
    actie = "bestuurskosten.bekijken"

    def get(self, request: HttpRequest, pk: int, formaat: str) -> HttpResponse:
        return exporteer(_periode(pk), formaat)


def exporteer(periode: Periode, formaat: str) -> HttpResponse:
    if formaat not in FORMATEN:
        raise Http404
    mime, maker = FORMATEN[formaat]
    antwoord = HttpResponse(maker(periode), content_type=mime)
    naam = f"bestuurskosten-{periode.ministerie.code}-{periode.jaar}-{periode.maand:02d}.{formaat}"
    antwoord["Content-Disposition"] = f'attachment; filename="{naam}"'
    return antwoord
