"""Debates: preparation, entering questions live, the bewindspersoon's tablet view (htmx
polling), marking questions, follow-ups in writing and the commitments from the debate."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views import View
from django.views.generic import TemplateView

from ministerie.core.acties import ActiePagina, FormulierPagina, fouttekst
from ministerie.core.permissies import heeft_recht
from ministerie.core.toegang import MatrixVereist

from .. import handelingen
from ..betrokkenheid import mag_voorbereiden
from ..formulieren import directies
from ..models import Debat, Debatvraag, Thema
from ..zichtbaarheid import debat_voor


class DebattenView(MatrixVereist, TemplateView):
    actie = "parlement.bekijken"
    template_name = "parlement/debatten.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return super().get_context_data(
            debatten=Debat.objects.select_related("bewindspersoon").annotate(n=Count("vragen"))[:100],
            mag_registreren=heeft_recht(self.request.user, "parlement.registreren"),
            mag_live=heeft_recht(self.request.user, "debat.live"),
            **kwargs,
        )


class DebatNieuwView(FormulierPagina):
    handeling = handelingen.DEBAT_VOORBEREIDEN
    template_name = "parlement/nieuw.html"
    extra_context = {
        "titel": "Debat voorbereiden",
        "uitleg": (
            "Leg de agenda, de deelnemende Kamerleden en de verwachte thema's vast; "
            "de directies bereiden per thema een antwoord voor."
        ),
    }

    def na(self, debat: Debat, _: Any) -> str:
        return reverse("parlement:debat", args=[debat.pk])


class DebatView(MatrixVereist, TemplateView):
    actie = "parlement.bekijken"
    template_name = "parlement/debat.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        gebruiker = self.request.user
        debat = debat_voor(gebruiker, kwargs["pk"])
        return super().get_context_data(
            debat=debat,
            themas=[
                (t, mag_voorbereiden(gebruiker, t.directie)) for t in debat.themas.select_related("directie")
            ],
            vragen=[
                (v, mag_voorbereiden(gebruiker, v.trekker))
                for v in debat.vragen.select_related("deelnemer", "thema", "trekker")
            ],
            vandaag=timezone.localdate(),
            toezeggingen=debat.toezeggingen.select_related("verantwoordelijke"),
            mag_registreren=heeft_recht(gebruiker, "parlement.registreren"),
            mag_live=heeft_recht(gebruiker, "debat.live"),
            directies=directies(),
            regels=range(1, 4),
            **kwargs,
        )


def _naar_debat(debat: Debat, **_: Any) -> str:
    return reverse("parlement:debat", args=[debat.pk])


def _naar_debat_van(item: Thema | Debatvraag, **_: Any) -> str:
    return reverse("parlement:debat", args=[item.debat_id])


ThemaVoorbereidenView = ActiePagina.voor(handelingen.THEMA_VOORBEREIDEN, terug=_naar_debat_van)
DebatStatusView = ActiePagina.voor(handelingen.DEBATSTATUS, terug=_naar_debat)
DebatToezeggingenView = ActiePagina.voor(handelingen.TOEZEGGINGEN_UIT_DEBAT, terug=_naar_debat)
DebatvraagNagestuurdView = ActiePagina.voor(handelingen.NAGESTUURD, terug=_naar_debat_van)


class DebatInvoerView(ActiePagina, TemplateView):
    """Parlementaire Zaken during the debate: enter each question as it is asked."""

    handeling = handelingen.DEBATVRAAG_INVOEREN
    http_method_names = ["get", "post", "options"]
    template_name = "parlement/debat_invoer.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        debat = debat_voor(self.request.user, kwargs["pk"])
        return super().get_context_data(
            debat=debat,
            deelnemers=debat.deelnemers.all(),
            themas=debat.themas.all(),
            vragen=debat.vragen.select_related("deelnemer", "thema").order_by("-gesteld_op", "-pk")[:50],
            **kwargs,
        )

    def terug(self, obj: Debat, **kwargs: Any) -> str:
        return reverse("parlement:debat-invoer", args=[obj.pk])


def _live_context(request: HttpRequest, debat: Debat) -> dict[str, Any]:
    groepering = request.GET.get("groepering") or request.POST.get("groepering") or "lid"
    vragen = list(debat.vragen.select_related("deelnemer", "thema").order_by("gesteld_op", "pk"))
    groepen: dict[str, list[Debatvraag]] = {}
    for vraag in vragen:
        if groepering == "thema":
            sleutel = vraag.thema.titel if vraag.thema else "Zonder thema"
        else:
            sleutel = str(vraag.deelnemer)
        groepen.setdefault(sleutel, []).append(vraag)
    return {
        "debat": debat,
        "groepering": "thema" if groepering == "thema" else "lid",
        "groepen": list(groepen.items()),
        "aantal_open": sum(1 for v in vragen if v.status == Debatvraag.Status.OPEN),
        "aantal": len(vragen),
    }


class DebatLiveView(MatrixVereist, TemplateView):
    """The bewindspersoon's tablet view: questions by member or by theme with the proposed
    answer beside each; it polls every 2 seconds and swaps only when something changed."""

    actie = "debat.live"
    template_name = "parlement/debat_live.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        debat = debat_voor(self.request.user, kwargs["pk"])
        return super().get_context_data(**_live_context(self.request, debat), **kwargs)


class DebatLiveVragenView(MatrixVereist, View):
    actie = "debat.live"

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        debat = debat_voor(request.user, pk)
        if request.GET.get("versie") == str(debat.versie):
            return HttpResponse(status=204)  # nothing changed: htmx keeps the page as it is
        return render(request, "parlement/_live_vragen.html", _live_context(request, debat))


class DebatvraagMarkeerView(ActiePagina):
    """On the tablet (htmx) the answer is the refreshed list of questions, or the refusal as a
    422 with its message; without htmx, back to the live view."""

    handeling = handelingen.DEBATVRAAG_MARKEREN

    def post(self, request: HttpRequest, **kwargs: Any) -> HttpResponse:
        if not request.headers.get("HX-Request"):
            return super().post(request, **kwargs)
        h = self.handeling
        vraag = h.haal_op(request.user, **kwargs)
        try:
            h.voer_uit(vraag, request.user, h.lees_invoer(vraag, request.user, request.POST))
        except (ValidationError, PermissionDenied) as fout:
            return HttpResponse(fouttekst(fout), status=422)
        debat = debat_voor(request.user, vraag.debat_id)
        return render(request, "parlement/_live_vragen.html", _live_context(request, debat))

    def terug(self, obj: Debatvraag, **kwargs: Any) -> str:
        return reverse("parlement:debat-live", args=[obj.debat_id])
