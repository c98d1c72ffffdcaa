"""The pages of user administration (functioneel beheerder), "Mijn sessies" (everyone) and the
public page behind a one-time set-up link."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse, reverse_lazy
from django.views.generic import TemplateView

from ministerie.core.acties import ActiePagina, FormulierPagina, fouttekst
from ministerie.core.models import AuditRecord, Gebruiker
from ministerie.core.permissies import heeft_recht
from ministerie.core.toegang import MatrixVereist, ingelogde

from . import handelingen as h
from . import instellink, services, sessies
from .filters import filter_gebruikers
from .formulieren import WachtwoordInstellenFormulier
from .models import Clearanceaanvraag, Sessie
from .werk import te_beoordelen
from .zichtbaarheid import gebruiker_voor, zichtbare_gebruikers

PER_PAGINA = 50


def _gebruikerpagina(gebruiker: Gebruiker, **_: Any) -> str:
    return reverse("gebruikers:gebruiker", args=[gebruiker.username])


def _sessieregels(lijst: QuerySet[Sessie] | list[Sessie], huidige: int | None = None) -> list[dict[str, Any]]:
    return [
        {"sessie": s, "browser": sessies.browser_omschrijving(s.browser), "huidige": s.pk == huidige}
        for s in lijst
    ]


class OverzichtView(MatrixVereist, TemplateView):
    actie = services.BEKIJKEN
    template_name = "gebruikers/overzicht.html"

    def gebruikers(self) -> QuerySet[Gebruiker]:
        params = self.request.GET
        return filter_gebruikers(
            zichtbare_gebruikers(self.request.user),
            zoek=params.get("zoek", ""),
            rol=params.get("rol", ""),
            status=params.get("status", "actief"),
        )

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        gebruiker = ingelogde(self.request)
        pagina = Paginator(self.gebruikers(), PER_PAGINA).get_page(self.request.GET.get("pagina"))
        for g in pagina:  # the roles from the prefetch, not one query per row
            g._rolcodes = frozenset(r.rol for r in g.rollen.all())
        open_ = Clearanceaanvraag.objects.filter(status=Clearanceaanvraag.Status.OPEN).select_related(
            "gebruiker"
        )
        beoordelen = {a.pk for a in te_beoordelen(gebruiker)}
        return super().get_context_data(
            pagina=pagina,
            aanvragen=[(a, a.pk in beoordelen) for a in open_],
            rollen=services.geldige_rollen(),
            status=self.request.GET.get("status", "actief"),
            rol=self.request.GET.get("rol", ""),
            zoek=self.request.GET.get("zoek", "")[:100],
            mag_beheren=heeft_recht(gebruiker, services.BEHEREN),
            **kwargs,
        )


class GebruikerView(MatrixVereist, TemplateView):
    actie = services.BEKIJKEN
    template_name = "gebruikers/gebruiker.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        beheerder = ingelogde(self.request)
        gebruiker = gebruiker_voor(beheerder, self.kwargs["gebruikersnaam"])
        aanvraag = services.open_aanvraag(gebruiker)
        geschiedenis = AuditRecord.objects.filter(
            object_type="core.Gebruiker", object_id=str(gebruiker.pk)
        ).order_by("-volgnummer")[:25]
        reden = services.reden_geen_beoordeling(aanvraag, beheerder) if aanvraag else None
        return super().get_context_data(
            gebruiker=gebruiker,
            aanvraag=aanvraag,
            reden_niet_beoordelen=reden,
            mag_beoordelen=aanvraag is not None and reden is None,
            sessies=_sessieregels(sessies.open_sessies(gebruiker)),
            geschiedenis=geschiedenis,
            mag_beheren=heeft_recht(beheerder, services.BEHEREN),
            is_zelf=beheerder.pk == gebruiker.pk,
            zonder_wachtwoord=instellink.heeft_geen_wachtwoord(gebruiker),
            **kwargs,
        )


class NieuwView(FormulierPagina):
    handeling = h.MAKEN
    template_name = "gebruikers/nieuw.html"
    fouten_in_formulier = True

    def na_succes(self, resultaat: services.Uitkomst, obj: Any) -> HttpResponse:
        """The one moment the set-up link is shown: on the answer to the form, never again."""
        return TemplateResponse(
            self.request,
            "gebruikers/aangemaakt.html",
            {
                "uitkomst": resultaat,
                "link": self.request.build_absolute_uri(resultaat.instelpad) if resultaat.instelpad else None,
                "geldig_uren": int(instellink.GELDIGHEID.total_seconds() // 3600),
            },
        )


class WijzigenView(FormulierPagina):
    handeling = h.WIJZIGEN
    template_name = "gebruikers/wijzigen.html"
    fouten_in_formulier = True

    def na(self, resultaat: services.Uitkomst, obj: Any) -> str:
        return _gebruikerpagina(resultaat.gebruiker)


class InstellinkView(MatrixVereist, TemplateView):
    """A fresh one-time set-up link for a user without a password: asked for with a button,
    shown once on the answer."""

    actie = h.INSTELLINK.recht
    template_name = "gebruikers/instellink.html"
    http_method_names = ["get", "post", "options"]

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        gebruiker = h.INSTELLINK.haal_op(self.request.user, **self.kwargs)
        return super().get_context_data(
            gebruiker=gebruiker,
            geldig_uren=int(instellink.GELDIGHEID.total_seconds() // 3600),
            zonder_wachtwoord=instellink.heeft_geen_wachtwoord(gebruiker),
            **kwargs,
        )

    def post(self, request: HttpRequest, **kwargs: Any) -> HttpResponse:
        gebruiker = h.INSTELLINK.haal_op(request.user, **kwargs)
        try:
            pad = h.INSTELLINK.voer_uit(gebruiker, request.user, {})
        except (ValidationError, PermissionDenied) as fout:
            messages.error(request, fouttekst(fout))
            return redirect(_gebruikerpagina(gebruiker))
        return self.render_to_response(self.get_context_data(link=request.build_absolute_uri(pad)))


class ImporterenView(FormulierPagina):
    handeling = h.IMPORTEREN
    template_name = "gebruikers/importeren.html"
    fouten_in_formulier = True

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        from .hr_import import KOLOMMEN, MAX_BYTES, MAX_REGELS

        return super().get_context_data(
            kolommen=KOLOMMEN, max_mb=MAX_BYTES // (1024 * 1024), max_regels=MAX_REGELS, **kwargs
        )

    def na_succes(self, resultaat: Any, obj: Any) -> HttpResponse:
        return self.render_to_response(
            self.get_context_data(
                verslag=resultaat, formulier=self.handeling.formulier(None, self.request.user)
            )
        )


class MijnSessiesView(MatrixVereist, TemplateView):
    actie = services.EIGEN_SESSIES
    template_name = "gebruikers/mijn_sessies.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        gebruiker = ingelogde(self.request)
        huidige = sessies.huidige_sessie_id(self.request)
        regels = _sessieregels(sessies.open_sessies(gebruiker), huidige)
        return super().get_context_data(
            regels=regels, huidige=huidige, andere=sum(1 for r in regels if not r["huidige"]), **kwargs
        )


class InstellenView(auth_views.PasswordResetConfirmView):
    """Public, but only a valid token opens it: Django's reset page (the token leaves the URL at
    once) with the set-up link's own tokens; the password is set through the service."""

    publiek = True
    template_name = "gebruikers/instellen.html"
    token_generator = instellink.tokens
    form_class = WachtwoordInstellenFormulier
    reset_url_token = "wachtwoord"
    post_reset_login = False
    success_url = reverse_lazy("core:inloggen")

    def form_valid(self, form: Any) -> HttpResponse:
        assert isinstance(self.user, Gebruiker)  # dispatch() found the user of a valid link
        try:
            services.stel_wachtwoord_in(self.user, wachtwoord=form.cleaned_data["new_password1"])
        except ValidationError as fout:
            form.add_error(None, fouttekst(fout))
            return self.form_invalid(form)
        del self.request.session[auth_views.INTERNAL_RESET_SESSION_TOKEN]
        messages.success(self.request, "Uw wachtwoord is ingesteld. U kunt nu inloggen.")
        return redirect(self.get_success_url())


deactiveren = ActiePagina.voor(h.DEACTIVEREN, terug=_gebruikerpagina)
heractiveren = ActiePagina.voor(h.HERACTIVEREN, terug=_gebruikerpagina)
sessies_beeindigen = ActiePagina.voor(h.SESSIES_BEEINDIGEN, terug=_gebruikerpagina)
goedkeuren = ActiePagina.voor(h.GOEDKEUREN, terug=lambda a, **_: _gebruikerpagina(a.gebruiker))
afwijzen = ActiePagina.voor(h.AFWIJZEN, terug=lambda a, **_: _gebruikerpagina(a.gebruiker))
sessie_beeindigen = ActiePagina.voor(
    h.SESSIE_BEEINDIGEN, terug=lambda *_, **__: reverse("gebruikers:mijn-sessies")
)
andere_sessies_beeindigen = ActiePagina.voor(
    h.ANDERE_SESSIES_BEEINDIGEN, terug=lambda *_, **__: reverse("gebruikers:mijn-sessies")
)
