from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.core.paginator import Paginator
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.views import View
from django.views.generic import TemplateView

from . import taken, werk
from .acties import ActiePagina, Handeling
from .demo import lees_demo
from .formulieren import InlogFormulier, TermijnFormulier
from .models import AuditRecord, Gebruiker
from .permissies import heeft_recht
from .toegang import MatrixVereist
from .werk import werk_voor
from .zoekpagina import MAX_START, PAGINAGROOTTE, ZoekFormulier, zoek_overal


class InloggenView(auth_views.LoginView):
    """Log-in with user name and password and/or single sign-on (settings LOKAAL_INLOGGEN and
    OIDC_*, conf/identiteit.py). With local log-in off, only the single sign-on button shows and a
    posted password is refused."""

    publiek = True
    template_name = "registration/inloggen.html"
    authentication_form = InlogFormulier
    redirect_authenticated_user = True

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not settings.LOKAAL_INLOGGEN:
            messages.error(
                request, "Inloggen met gebruikersnaam en wachtwoord staat uit. Log in met single sign-on."
            )
            return redirect(request.get_full_path())
        return super().post(request, *args, **kwargs)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["lokaal_inloggen"] = settings.LOKAAL_INLOGGEN
        context["sso"] = bool(
            settings.OIDC_RP_CLIENT_ID and (settings.OIDC_ISSUER or settings.OIDC_OP_AUTHORIZATION_ENDPOINT)
        )
        context["sso_url"] = reverse("identiteit:sso-start") + (
            "?" + urlencode({"next": context["next"]}) if context.get("next") else ""
        )
        if settings.DEMO:
            context["demo_wachtwoord"] = lees_demo()["wachtwoord"]
            context["demo_accounts"] = [
                (g.username, f"{g} — {', '.join(g.rolnamen())}")
                for g in Gebruiker.objects.filter(is_demo=True, is_active=True).order_by("pk")
            ]
        return context


class UitloggenView(auth_views.LogoutView):
    publiek = True
    http_method_names = ["post", "options"]


class GezondheidView(View):
    """For load balancers and monitoring: is the database reachable?"""

    publiek = True

    def get(self, request: HttpRequest) -> JsonResponse:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return JsonResponse({"status": "ok"})


class MijnWerkView(MatrixVereist, TemplateView):
    """Mijn werk: counts per kind (as filter links), a filter on kind and term that is kept
    through the pages, what the user must act on before what they only follow."""

    actie = "werk.bekijken"
    template_name = "core/mijn_werk.html"
    per_pagina = 25

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        alles = werk_voor(self.request.user)
        termijnen = dict(werk.TERMIJNEN)
        termijn = self.request.GET.get("termijn", "")
        termijn = termijn if termijn in termijnen else ""
        soort = self.request.GET.get("soort", "")[:200]
        binnen_termijn = werk.filter_werk(alles, termijn=termijn)
        tellingen = werk.tel_per_soort(binnen_termijn)
        gekozen = werk.filter_werk(binnen_termijn, soort=soort)
        pagina = Paginator(gekozen, self.per_pagina).get_page(self.request.GET.get("pagina"))
        filter_ = {k: v for k, v in (("soort", soort), ("termijn", termijn)) if v}
        soorten = [t.soort for t in werk.tel_per_soort(alles)]
        if soort and soort not in soorten:
            soorten.append(soort)
        return super().get_context_data(
            items=alles,
            pagina=pagina,
            tellingen=tellingen,
            totaal=len(binnen_termijn),
            aantal_te_laat=sum(item.te_laat for item in alles),
            soort=soort,
            soorten=soorten,
            termijn=termijn,
            termijnen=werk.TERMIJNEN,
            termijn_label=termijnen[termijn] if termijn else "",
            gefilterd=bool(filter_),
            filter_query=urlencode(filter_),
            termijn_query=urlencode({"termijn": termijn} if termijn else {}),
            **kwargs,
        )


class ZoekView(MatrixVereist, TemplateView):
    """The results of the header's search box: every part the user may see, with facets."""

    # every member of staff has this right (the header shows the box to them); each part's own
    # read rights and scopes are applied by its search source (core/zoekbronnen.py)
    actie = "zoeken.alles"
    template_name = "core/zoeken.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        formulier = ZoekFormulier(self.request.GET or None)
        uitkomst = None
        opties: dict[str, Any] = {}
        if formulier.is_valid() and formulier.cleaned_data["q"].strip():
            opties = formulier.zoekopties()
            uitkomst = zoek_overal(self.request.user, **opties)
        basis = {"q": opties.get("vraag", "")}
        gekozen = list(opties.get("soorten") or [])

        def adres(**wijzig: Any) -> str:
            waarden: dict[str, Any] = {
                **basis,
                "soort": gekozen,
                "periode": opties.get("periode") or "",
                "eenheid": opties.get("eenheid") or "",
            }
            waarden.update(wijzig)
            return "?" + urlencode({k: v for k, v in waarden.items() if v not in ("", None, [])}, doseq=True)

        facetten: dict[str, list[tuple[Any, str]]] = {"soorten": [], "periodes": [], "eenheden": []}
        if uitkomst is not None:
            for f in uitkomst.soorten:
                ander = [s for s in gekozen if s != f.waarde] if f.gekozen else [*gekozen, f.waarde]
                facetten["soorten"].append((f, adres(soort=ander)))
            for f in uitkomst.periodes:
                facetten["periodes"].append((f, adres(periode="" if f.gekozen else f.waarde)))
            for f in uitkomst.eenheden:
                facetten["eenheden"].append((f, adres(eenheid="" if f.gekozen else f.waarde)))
        start = opties.get("start", 0)
        pagina = start // PAGINAGROOTTE + 1
        vorige = adres(pagina=pagina - 1) if pagina > 1 else ""
        volgende = (
            adres(pagina=pagina + 1)
            if uitkomst is not None
            and start + PAGINAGROOTTE < min(uitkomst.totaal, MAX_START + PAGINAGROOTTE)
            else ""
        )
        return super().get_context_data(
            formulier=formulier,
            vraag=opties.get("vraag", ""),
            uitkomst=uitkomst,
            facetten=facetten,
            gefilterd=bool(gekozen or opties.get("periode") or opties.get("eenheid")),
            wis_filters=adres(soort=[], periode="", eenheid=""),
            pagina=pagina,
            vorige=vorige,
            volgende=volgende,
            eerste=start + 1,
            laatste=start + len(uitkomst.treffers) if uitkomst else 0,
            **kwargs,
        )


class ProfielView(MatrixVereist, TemplateView):
    actie = "profiel.bekijken"
    template_name = "core/profiel.html"


class TermijnView(MatrixVereist, TemplateView):
    """The deadline calculator: the same engine as ``ministerie termijn`` and the API."""

    actie = "termijn.berekenen"
    template_name = "core/termijn.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        formulier = TermijnFormulier(self.request.GET or None)
        uitkomst = formulier.bereken() if formulier.is_valid() else None
        return super().get_context_data(formulier=formulier, uitkomst=uitkomst, **kwargs)


class AuditView(MatrixVereist, TemplateView):
    actie = "audit.bekijken"
    template_name = "core/audit.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        records = AuditRecord.objects.order_by("-volgnummer")
        pagina = Paginator(records, 50).get_page(self.request.GET.get("pagina"))
        controles = taken.recente_controles()
        return super().get_context_data(
            pagina=pagina,
            controles=controles,
            mag_verifieren=heeft_recht(self.request.user, "audit.verifieren"),
            **kwargs,
        )


AuditControleView = ActiePagina.voor(
    Handeling(
        recht="audit.verifieren",
        service=taken.vraag_auditcontrole_aan,
        gelukt="De controle van de audittrail is ingepland; de uitkomst verschijnt hieronder.",
    ),
    terug=lambda *_: reverse("core:audit"),
)


class TakenView(MatrixVereist, TemplateView):
    actie = "taken.bekijken"
    template_name = "core/taken.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return super().get_context_data(taken=taken.recente_taken(), **kwargs)


def fout_403(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _foutpagina(request, 403, "core/fout_403.html")


def fout_404(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _foutpagina(request, 404, "core/fout_404.html")


def fout_500(request: HttpRequest) -> HttpResponse:
    return _foutpagina(request, 500, "core/fout_500.html", met_context=False)


def _foutpagina(request: HttpRequest, status: int, template: str, met_context: bool = True) -> HttpResponse:
    from django.template import loader

    inhoud: str
    if met_context:
        inhoud = loader.render_to_string(template, {}, request)
    else:  # a 500 must not depend on the database or context processors
        inhoud = loader.get_template(template).render({"demo": False, "menu": []})
    return HttpResponse(inhoud, status=status)
