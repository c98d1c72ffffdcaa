"""Pages of the second factor: overview, set up an authenticator app (QR code drawn on the
server), recovery codes shown once, verify, remove, new recovery codes."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.generic import TemplateView
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticToken

from ministerie.core.acties import ActiePagina, FormulierPagina
from ministerie.core.toegang import MatrixVereist, ingelogde

from . import handelingen, services, tweede_factor, webauthn
from .middleware import SESSIE_NA
from .zichtbaarheid import soort_van

SESSIE_SLEUTEL = "identiteit_totp_voorstel"
SESSIE_CODES = webauthn.SESSIE_CODES


def _sleutel(request: HttpRequest, gebruiker: Any) -> dict[str, Any]:
    """Context for the security-key parts of a page; an unverified session sees no menu (every
    item would lead back here)."""
    na = "identiteit:overzicht" if services._heeft_herstelcodes(gebruiker) else "identiteit:herstelcodes"
    context: dict[str, Any] = {
        "sleutel_configuratie": webauthn.configuratie(request),
        "na_sleutel": reverse(na),
    }
    if not tweede_factor.is_voldaan(request):
        context["menu"] = []
    return context


def _volgende(request: HttpRequest) -> str:
    """Where to go after verifying: ``next`` (or the page the gate stopped), only on this site."""
    for kandidaat in (request.POST.get("next"), request.GET.get("next"), request.session.get(SESSIE_NA)):
        if kandidaat and url_has_allowed_host_and_scheme(
            kandidaat, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            return str(kandidaat)
    return reverse("core:mijn-werk")


class OverzichtView(MatrixVereist, TemplateView):
    actie = services.RECHT
    template_name = "identiteit/overzicht.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        gebruiker = ingelogde(self.request)
        apparaten = [
            {"apparaat": a, "soort": soort_van(a)} for a in tweede_factor.apparaten(gebruiker) if soort_van(a)
        ]
        return super().get_context_data(
            apparaten=apparaten,
            herstelcodes_over=StaticToken.objects.filter(device__user=gebruiker).count(),
            vereist=tweede_factor.vereist_door_functie(gebruiker),
            **_sleutel(self.request, gebruiker),
            **kwargs,
        )


class TotpInstellenView(FormulierPagina):
    """Set up an authenticator app. Open before verification only while the user has no
    second factor yet (the service refuses otherwise too)."""

    handeling = handelingen.TOTP_INSTELLEN
    template_name = "identiteit/instellen.html"
    tweede_factor_vrij = True

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if (
            request.user.is_authenticated
            and tweede_factor.heeft_apparaat(request.user)
            and not tweede_factor.sessie_geverifieerd(request)
        ):
            return redirect(
                reverse("identiteit:controle") + "?next=" + quote(reverse("identiteit:instellen"))
            )
        return super().dispatch(request, *args, **kwargs)

    def object(self) -> services.Voorstel:
        sleutel = self.request.session.get(SESSIE_SLEUTEL)
        if not isinstance(sleutel, str):
            sleutel = services.nieuwe_totp_sleutel()
            self.request.session[SESSIE_SLEUTEL] = sleutel
        return services.Voorstel(sleutel, tweede_factor.sessie_geverifieerd(self.request))

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        from django_otp.plugins.otp_totp.models import TOTPDevice

        gebruiker = ingelogde(self.request)
        voorbeeld = TOTPDevice(user=gebruiker, key=kwargs["object"].sleutel, name="")
        uri = voorbeeld.config_url
        geheim = uri.split("secret=")[1].split("&")[0]
        return super().get_context_data(
            qr=tweede_factor.qr_svg(uri, "QR-code om de authenticator-app in te stellen"),
            geheim=" ".join(geheim[i : i + 4] for i in range(0, len(geheim), 4)),
            eerste=not tweede_factor.heeft_apparaat(gebruiker),
            vereist=tweede_factor.vereist_door_functie(gebruiker),
            **_sleutel(self.request, gebruiker),
            **kwargs,
        )

    def na_succes(self, resultaat: services.Ingesteld, obj: Any) -> HttpResponse:
        otp_login(self.request, resultaat.apparaat)
        self.request.session.pop(SESSIE_SLEUTEL, None)
        if resultaat.herstelcodes:
            self.request.session[SESSIE_CODES] = resultaat.herstelcodes
            return redirect("identiteit:herstelcodes")
        return redirect("identiteit:overzicht")


class HerstelcodesView(MatrixVereist, TemplateView):
    """The recovery codes, shown once: they leave the session as this page is shown."""

    actie = services.RECHT
    template_name = "identiteit/herstelcodes.html"
    tweede_factor_vrij = True

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        codes = request.session.pop(SESSIE_CODES, None)
        if not codes:
            messages.info(request, "Herstelcodes worden maar één keer getoond. Maak zo nodig nieuwe aan.")
            return redirect("identiteit:overzicht")
        antwoord = self.render_to_response(self.get_context_data(codes=codes, verder=_volgende(request)))
        antwoord["Cache-Control"] = "no-store"
        return antwoord


class ControleView(FormulierPagina):
    """Verify the second factor after logging in with a password."""

    handeling = handelingen.CONTROLEREN
    template_name = "identiteit/controle.html"
    tweede_factor_vrij = True
    fouten_in_formulier = True

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.user.is_authenticated and not tweede_factor.heeft_apparaat(request.user):
            return redirect("identiteit:instellen")
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        gebruiker = ingelogde(self.request)
        return super().get_context_data(
            volgende=_volgende(self.request),
            met_sleutel=any(soort_van(a) == "webauthn" for a in tweede_factor.apparaten(gebruiker)),
            **_sleutel(self.request, gebruiker),
            **kwargs,
        )

    def na_succes(self, resultaat: Any, obj: Any) -> HttpResponse:
        otp_login(self.request, resultaat)
        if soort_van(resultaat) == "" and resultaat._meta.label_lower == "otp_static.staticdevice":
            over = resultaat.token_set.count()
            messages.warning(
                self.request,
                f"U heeft een herstelcode gebruikt; er zijn er nog {over}. "
                "Maak nieuwe aan onder 'Tweede factor'.",
            )
        bestemming = _volgende(self.request)
        self.request.session.pop(SESSIE_NA, None)
        return redirect(bestemming)


class VerwijderView(ActiePagina):
    handeling = handelingen.VERWIJDEREN

    def terug(self, obj: Any, **kwargs: Any) -> str:
        return reverse("identiteit:overzicht")


class NieuweHerstelcodesView(ActiePagina):
    handeling = handelingen.NIEUWE_HERSTELCODES

    def terug(self, obj: Any, **kwargs: Any) -> str:
        return reverse("identiteit:overzicht")

    def na(self, resultaat: Any, obj: Any, **kwargs: Any) -> str:
        self.request.session[SESSIE_CODES] = resultaat
        return reverse("identiteit:herstelcodes")
