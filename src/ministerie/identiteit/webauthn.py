"""Security keys and passkeys (WebAuthn) as a second factor, on django-otp-webauthn.

The library's JSON endpoints run the ceremonies; these subclasses put them behind the permission
matrix, apply this system's rule for adding a factor (only when none is set up yet, or after
verifying the current one) and record each step through the services (audit, recovery codes)."""

from __future__ import annotations

import json
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.middleware import csrf
from django.urls import reverse
from django.views.i18n import JavaScriptCatalog
from django_otp_webauthn import exceptions
from django_otp_webauthn.models import WebAuthnCredential
from django_otp_webauthn.views import (
    BeginCredentialAuthenticationView,
    BeginCredentialRegistrationView,
    CompleteCredentialAuthenticationView,
    CompleteCredentialRegistrationView,
)

from ministerie.core.toegang import MatrixVereist

from . import services, tweede_factor

SESSIE_CODES = "identiteit_herstelcodes"


def configuratie(request: HttpRequest, **extra: Any) -> dict[str, Any]:
    """What the library's scripts read from the page (#otp_webauthn_config), with this part's URLs."""
    return {
        "autocompleteLoginFieldSelector": None,
        "nextFieldSelector": "input[name='next']",
        "csrfToken": csrf.get_token(request),
        "beginAuthenticationUrl": reverse("identiteit:sleutel-bevestigen-begin"),
        "completeAuthenticationUrl": reverse("identiteit:sleutel-bevestigen-klaar"),
        "beginRegistrationUrl": reverse("identiteit:sleutel-registreren-begin"),
        "completeRegistrationUrl": reverse("identiteit:sleutel-registreren-klaar"),
        **extra,
    }


class _NietBevestigd(exceptions.OTPWebAuthnApiError):
    status_code = 403
    code = "tweede_factor_niet_bevestigd"
    default_detail = "Bevestig eerst uw huidige tweede factor; daarna kunt u een sleutel toevoegen."


class _MagRegistreren(MatrixVereist):
    actie = services.RECHT
    tweede_factor_vrij = True  # the rule below decides
    request: HttpRequest

    def check_can_register(self) -> None:
        if tweede_factor.heeft_apparaat(self.request.user) and not tweede_factor.sessie_geverifieerd(
            self.request
        ):
            raise _NietBevestigd()


class RegistratieBeginView(_MagRegistreren, BeginCredentialRegistrationView):
    pass


class RegistratieKlaarView(_MagRegistreren, CompleteCredentialRegistrationView):
    def post(self, *args: Any, **kwargs: Any) -> HttpResponse:
        antwoord = super().post(*args, **kwargs)
        if antwoord.status_code == 200:
            gebruiker: Any = self.request.user
            apparaat = WebAuthnCredential.objects.get(user=gebruiker, pk=json.loads(antwoord.content)["id"])
            codes = services.sleutel_geregistreerd(apparaat, door=gebruiker)
            if codes:
                self.request.session[SESSIE_CODES] = codes
        return antwoord


class BevestigenBeginView(MatrixVereist, BeginCredentialAuthenticationView):
    actie = services.RECHT
    tweede_factor_vrij = True


class BevestigenKlaarView(MatrixVereist, CompleteCredentialAuthenticationView):
    actie = services.RECHT
    tweede_factor_vrij = True

    def complete_auth(self, device: Any) -> Any:
        if device.user_id != self.request.user.pk:
            raise exceptions.CredentialNotFound()
        resultaat = super().complete_auth(device)
        services.sleutel_bevestigd(device, door=self.request.user)
        return resultaat


class VertalingenView(JavaScriptCatalog):
    """The Dutch texts of the library's scripts."""

    publiek = True
    tweede_factor_vrij = True
    packages = ["django_otp_webauthn"]

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        return super().get(request, *args, **kwargs)
