"""Single sign-on with OpenID Connect, on mozilla-django-oidc.

The endpoints come from the provider's discovery document (read at the first log-in and kept
for an hour) or from settings; the ID token is checked for signature (JWKS), nonce, expiry,
issuer and audience; the user is found or made by ``services.meld_aan_via_sso``."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any

import requests
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import SuspiciousOperation
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from mozilla_django_oidc.auth import OIDCAuthenticationBackend
from mozilla_django_oidc.views import OIDCAuthenticationCallbackView, OIDCAuthenticationRequestView

from ministerie.core import audit

from . import services, tweede_factor

log = logging.getLogger(__name__)
ONTDEKKING_GELDIG = 3600
MISLUKT = (
    "Inloggen met single sign-on is niet gelukt. "
    "Probeer het opnieuw of neem contact op met functioneel beheer."
)
NIET_INGESTELD = "Single sign-on is in dit systeem niet ingesteld."
GEWEIGERD = "U kunt met single sign-on niet inloggen in dit systeem: {reden}"


class SsoFout(Exception):
    """The provider cannot be used now (not configured, not reachable, a wrong answer)."""


@dataclass(frozen=True)
class Eindpunten:
    autorisatie: str
    token: str
    userinfo: str
    jwks: str


_ontdekt: dict[str, tuple[float, dict[str, Any]]] = {}


def sso_actief() -> bool:
    """Single sign-on is configured: a client and either an issuer or all four endpoints."""
    eindpunten = (
        settings.OIDC_OP_AUTHORIZATION_ENDPOINT,
        settings.OIDC_OP_TOKEN_ENDPOINT,
        settings.OIDC_OP_USER_ENDPOINT,
        settings.OIDC_OP_JWKS_ENDPOINT,
    )
    return bool(settings.OIDC_RP_CLIENT_ID and (settings.OIDC_ISSUER or all(eindpunten)))


def _ontdek(issuer: str) -> dict[str, Any]:
    bewaard = _ontdekt.get(issuer)
    if bewaard and time.monotonic() - bewaard[0] < ONTDEKKING_GELDIG:
        return bewaard[1]
    url = f"{issuer}/.well-known/openid-configuration"
    try:
        antwoord = requests.get(url, timeout=settings.OIDC_TIMEOUT)
        antwoord.raise_for_status()
        document = antwoord.json()
    except (requests.RequestException, ValueError) as fout:
        raise SsoFout(f"het discovery-document {url} is niet te lezen: {fout}") from fout
    if not isinstance(document, dict) or document.get("issuer", "").rstrip("/") != issuer:
        raise SsoFout(f"het discovery-document {url} noemt een andere issuer")
    _ontdekt[issuer] = (time.monotonic(), document)
    return document


def eindpunten() -> Eindpunten:
    if not sso_actief():
        raise SsoFout("single sign-on is niet ingesteld")
    gegeven = {
        "authorization_endpoint": settings.OIDC_OP_AUTHORIZATION_ENDPOINT,
        "token_endpoint": settings.OIDC_OP_TOKEN_ENDPOINT,
        "userinfo_endpoint": settings.OIDC_OP_USER_ENDPOINT,
        "jwks_uri": settings.OIDC_OP_JWKS_ENDPOINT,
    }
    if not all(gegeven.values()):
        document = _ontdek(settings.OIDC_ISSUER)
        for sleutel, waarde in gegeven.items():
            if not waarde:
                gevonden = document.get(sleutel)
                if not isinstance(gevonden, str) or not gevonden.startswith(("https://", "http://")):
                    raise SsoFout(f"het discovery-document noemt geen {sleutel}")
                gegeven[sleutel] = gevonden
    return Eindpunten(
        gegeven["authorization_endpoint"],
        gegeven["token_endpoint"],
        gegeven["userinfo_endpoint"],
        gegeven["jwks_uri"],
    )


class SsoBackend(OIDCAuthenticationBackend):
    """The authorization code flow's last steps: token, ID token check, userinfo, the user."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # the endpoints are read per log-in (discovery), not when Django builds the backend
        self.UserModel = get_user_model()

    def authenticate(self, request: Any, **kwargs: Any) -> Any:
        if request is None or "nonce" not in kwargs or not sso_actief():
            return None  # a password log-in, or no single sign-on here
        e = eindpunten()
        self.OIDC_OP_TOKEN_ENDPOINT = e.token
        self.OIDC_OP_USER_ENDPOINT = e.userinfo
        self.OIDC_OP_JWKS_ENDPOINT = e.jwks
        self.OIDC_RP_CLIENT_ID = settings.OIDC_RP_CLIENT_ID
        self.OIDC_RP_CLIENT_SECRET = settings.OIDC_RP_CLIENT_SECRET
        self.OIDC_RP_SIGN_ALGO = settings.OIDC_RP_SIGN_ALGO
        self.OIDC_RP_IDP_SIGN_KEY = None
        return super().authenticate(request, **kwargs)

    def verify_token(self, token: Any, **kwargs: Any) -> Any:
        payload = super().verify_token(token, **kwargs)
        if "nonce" in kwargs:  # the ID token (a signed userinfo answer has no nonce)
            aud = payload.get("aud")
            doelgroep = aud if isinstance(aud, list) else [aud]
            if settings.OIDC_RP_CLIENT_ID not in doelgroep:
                raise SuspiciousOperation("Het ID-token is niet voor dit systeem bestemd (aud).")
            if settings.OIDC_ISSUER and str(payload.get("iss", "")).rstrip("/") != settings.OIDC_ISSUER:
                raise SuspiciousOperation("Het ID-token komt van een andere provider (iss).")
            self._id_token = payload
        return payload

    def get_or_create_user(self, access_token: Any, id_token: Any, payload: dict[str, Any]) -> Any:
        userinfo = self.get_userinfo(access_token, id_token, payload)
        if not isinstance(userinfo, dict) or userinfo.get("sub") != payload.get("sub"):
            raise SuspiciousOperation("De userinfo hoort niet bij het ID-token (sub).")
        mfa = tweede_factor.telt_als_tweede_factor(payload)
        issuer = settings.OIDC_ISSUER or str(payload.get("iss", ""))
        try:
            gebruiker = services.meld_aan_via_sso(issuer=issuer, claims=userinfo, mfa=mfa)
        except services.SsoGeweigerd as fout:
            audit.registreer(
                "inloggen_sso_geweigerd",
                door=None,
                gegevens={"issuer": issuer, "sub": str(payload.get("sub", ""))[:255], "reden": fout.reden},
            )
            self.request.identiteit_sso_weigering = fout.reden
            return None
        self.request.identiteit_sso_mfa = mfa
        return gebruiker


class SsoStartView(OIDCAuthenticationRequestView):
    """Sends the browser to the provider (authorization code flow with PKCE, state and nonce)."""

    publiek = True
    tweede_factor_vrij = True

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super(OIDCAuthenticationRequestView, self).__init__(*args, **kwargs)

    def get(self, request: HttpRequest) -> HttpResponse:
        if not sso_actief():
            messages.error(request, NIET_INGESTELD)
            return redirect("core:inloggen")
        try:
            self.OIDC_OP_AUTH_ENDPOINT = eindpunten().autorisatie
        except SsoFout as fout:
            log.error("single sign-on: %s", fout)
            messages.error(request, MISLUKT)
            return redirect("core:inloggen")
        self.OIDC_RP_CLIENT_ID = settings.OIDC_RP_CLIENT_ID
        return super().get(request)


class SsoTerugView(OIDCAuthenticationCallbackView):
    """Where the provider sends the browser back with the code."""

    publiek = True
    tweede_factor_vrij = True

    def get(self, request: HttpRequest) -> HttpResponse:
        if not sso_actief():
            messages.error(request, NIET_INGESTELD)
            return redirect("core:inloggen")
        try:
            return super().get(request)
        except (SsoFout, SuspiciousOperation, requests.RequestException) as fout:
            log.warning("single sign-on mislukt: %s", fout)
            return self.login_failure()

    def login_success(self) -> HttpResponse:
        antwoord = super().login_success()
        self.request.session[tweede_factor.SESSIE_SSO_MFA] = bool(
            getattr(self.request, "identiteit_sso_mfa", False)
        )
        return antwoord

    def login_failure(self) -> HttpResponse:
        reden = getattr(self.request, "identiteit_sso_weigering", None)
        messages.error(self.request, GEWEIGERD.format(reden=reden) if reden else MISLUKT)
        return redirect("core:inloggen")
