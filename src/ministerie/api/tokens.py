"""API tokens: ``Authorization: Token <token>``.

Only the SHA-256 of a token is stored (a token is 256 random bits, so a plain hash is enough:
nothing to guess, no salt needed); the token itself is shown once, when it is made. A token
expires (``API_TOKEN_GELDIG_DAGEN``, default 90 days) and can be revoked; a user has at most one
token in use. Making and revoking are audited in the same transaction. Replaces DRF's authtoken,
which kept the key in plain text and never let it expire (issue 13 §5)."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import exceptions
from rest_framework.authentication import BaseAuthentication, get_authorization_header
from rest_framework.request import Request

from ministerie.core import audit

SLEUTELWOORD = "Token"
#: How often the time of last use is written (not on every request).
GEBRUIK_BIJWERKEN = timedelta(hours=1)


def standaard_geldig_dagen() -> int:
    # API_TOKEN_GELDIG_DAGEN (env MINISTERIE_API_TOKEN_DAGEN): validity of a new token in days.
    return int(getattr(settings, "API_TOKEN_GELDIG_DAGEN", 90))


def hash_van(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class ApiToken(models.Model):
    gebruiker = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    sleutel_hash = models.CharField("SHA-256 van het token", max_length=64, unique=True)
    begin = models.CharField("eerste tekens (om het token te herkennen)", max_length=8)
    aangemaakt_op = models.DateTimeField(default=timezone.now)
    verloopt_op = models.DateTimeField()
    ingetrokken_op = models.DateTimeField(null=True, blank=True)
    laatst_gebruikt_op = models.DateTimeField(null=True, blank=True)

    class Meta:
        app_label = "api"
        verbose_name = "API-token"
        verbose_name_plural = "API-tokens"
        ordering = ["-aangemaakt_op"]

    def __str__(self) -> str:
        return f"API-token {self.begin}… van {self.gebruiker}"

    @property
    def in_gebruik(self) -> bool:
        return self.ingetrokken_op is None and self.verloopt_op > timezone.now()


def actief_token(gebruiker: Any) -> ApiToken | None:
    """The user's token in use (not revoked, not expired), or None."""
    return (
        ApiToken.objects.filter(
            gebruiker=gebruiker, ingetrokken_op__isnull=True, verloopt_op__gt=timezone.now()
        )
        .order_by("-aangemaakt_op")
        .first()
    )


@transaction.atomic
def maak_token(gebruiker: Any, *, door: Any, geldig_dagen: int | None = None) -> tuple[ApiToken, str]:
    """A new token for ``gebruiker``; a token still in use is revoked first. Returns the stored
    row and the token itself, which is nowhere kept: show it once."""
    dagen = standaard_geldig_dagen() if geldig_dagen is None else geldig_dagen
    if dagen < 1:
        raise ValueError("Een token is minstens 1 dag geldig.")
    _trek_in(gebruiker, door=door)
    geheim = secrets.token_urlsafe(32)
    nu = timezone.now()
    token = ApiToken.objects.create(
        gebruiker=gebruiker,
        sleutel_hash=hash_van(geheim),
        begin=geheim[:8],
        aangemaakt_op=nu,
        verloopt_op=nu + timedelta(days=dagen),
    )
    audit.registreer(
        "api_token_aangemaakt",
        door=door,
        subject=gebruiker,
        gegevens={"begin": token.begin, "verloopt_op": token.verloopt_op.isoformat()},
    )
    return token, geheim


def _trek_in(gebruiker: Any, *, door: Any) -> int:
    ingetrokken = 0
    for token in ApiToken.objects.select_for_update().filter(
        gebruiker=gebruiker, ingetrokken_op__isnull=True
    ):
        token.ingetrokken_op = timezone.now()
        token.save(update_fields=["ingetrokken_op"])
        audit.registreer(
            "api_token_ingetrokken", door=door, subject=gebruiker, gegevens={"begin": token.begin}
        )
        ingetrokken += 1
    return ingetrokken


@transaction.atomic
def trek_in(gebruiker: Any, *, door: Any) -> int:
    """Revoke every token of ``gebruiker`` that is not revoked yet; the number revoked."""
    return _trek_in(gebruiker, door=door)


class TokenAuthenticatie(BaseAuthentication):
    """``Authorization: Token <token>`` against the stored hashes. A missing header leaves the
    request to the next authentication (the session); a wrong, expired or revoked token is a
    401 with a Dutch reason."""

    def authenticate(self, request: Request) -> tuple[Any, ApiToken] | None:
        delen = get_authorization_header(request).split()
        if not delen or delen[0].lower() != SLEUTELWOORD.lower().encode():
            return None
        if len(delen) != 2 or len(delen[1]) > 200:
            raise exceptions.AuthenticationFailed("Ongeldige Authorization-kop: gebruik 'Token <token>'.")
        try:
            geheim = delen[1].decode()
        except UnicodeDecodeError:
            raise exceptions.AuthenticationFailed("Ongeldig token.") from None
        token = ApiToken.objects.select_related("gebruiker").filter(sleutel_hash=hash_van(geheim)).first()
        if token is None:
            raise exceptions.AuthenticationFailed("Ongeldig token.")
        if token.ingetrokken_op is not None:
            raise exceptions.AuthenticationFailed(
                "Dit token is ingetrokken. Vraag een beheerder om een nieuw token."
            )
        nu = timezone.now()
        if token.verloopt_op <= nu:
            raise exceptions.AuthenticationFailed(
                "Dit token is verlopen. Vraag een beheerder om een nieuw token (ministerie token --vernieuw)."
            )
        if not token.gebruiker.is_active:
            raise exceptions.AuthenticationFailed("Deze gebruiker is niet actief.")
        if token.laatst_gebruikt_op is None or nu - token.laatst_gebruikt_op > GEBRUIK_BIJWERKEN:
            ApiToken.objects.filter(pk=token.pk).update(laatst_gebruikt_op=nu)
        return token.gebruiker, token

    def authenticate_header(self, request: Request) -> str:
        return f'{SLEUTELWOORD} realm="api"'


class TokenSchema(OpenApiAuthenticationExtension):
    """The token in the OpenAPI specification (drf-spectacular)."""

    target_class = "ministerie.api.tokens.TokenAuthenticatie"
    name = "tokenAuth"

    def get_security_definition(self, auto_schema: Any) -> dict[str, str]:
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": "'Token <token>'; een beheerder maakt het met 'ministerie token GEBRUIKERSNAAM'.",
        }
