from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import connection, transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.views import View
from django.views.generic import TemplateView

from . import audit, taken
from .demo import lees_demo
from .formulieren import InlogFormulier, TermijnFormulier
from .models import AuditRecord, Gebruiker
from .permissies import heeft_recht, vereis
from .werk import werk_voor


class MatrixVereist:
    """Every non-public view names the action it needs; the matrix decides.

    Anonymous users are sent to the log-in page, users without the right get a 403.
    """

    actie: str = ""

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not self.actie:
            raise PermissionDenied("Deze pagina noemt geen actie uit de permissiematrix.")
        if not heeft_recht(request.user, self.actie):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)  # type: ignore[misc]


class InloggenView(auth_views.LoginView):
    publiek = True
    template_name = "registration/inloggen.html"
    authentication_form = InlogFormulier
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
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
    actie = "werk.bekijken"
    template_name = "core/mijn_werk.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return super().get_context_data(items=werk_voor(self.request.user), **kwargs)


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


class AuditControleView(MatrixVereist, View):
    """Queue a verification of the hash chain as a background job."""

    actie = "audit.verifieren"
    http_method_names = ["post", "options"]

    def post(self, request: HttpRequest) -> HttpResponse:
        vereis(request.user, self.actie)
        with transaction.atomic():
            audit.registreer("audittrail_controle_aangevraagd", door=request.user)
            transaction.on_commit(taken.controleer_audittrail.enqueue)
        messages.success(
            request, "De controle van de audittrail is ingepland; de uitkomst verschijnt hieronder."
        )
        return redirect("core:audit")


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

    if met_context:
        inhoud = loader.render_to_string(template, {}, request)
    else:  # a 500 must not depend on the database or context processors
        inhoud = loader.get_template(template).render({"demo": False, "menu": []})
    return HttpResponse(inhoud, status=status)
