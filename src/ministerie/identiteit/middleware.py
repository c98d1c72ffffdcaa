"""The gate of the second factor: a session that needs one and has none verified reaches only
the second-factor pages, the log-in and log-out, until it is verified. API calls with a token
are not affected (they carry no session); an API call on such a session gets a 403."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse

from . import tweede_factor

VRIJ = frozenset({"core:uitloggen", "core:inloggen", "core:gezondheid"})
SESSIE_NA = "identiteit_na"


class TweedeFactorMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view: Any, args: Any, kwargs: Any) -> HttpResponse | None:
        if not settings.TWEEDE_FACTOR_VERPLICHT:
            return None
        klasse = getattr(view, "view_class", None) or getattr(view, "cls", None) or view
        match = request.resolver_match
        if getattr(klasse, "tweede_factor_vrij", False) or (match and match.view_name in VRIJ):
            return None
        if tweede_factor.is_voldaan(request):
            return None
        if request.path.startswith("/api/"):
            if request.META.get("HTTP_AUTHORIZATION"):
                return None  # the API decides on the token, not on this session
            return JsonResponse(
                {
                    "type": "about:blank",
                    "title": "Tweede factor nodig",
                    "status": 403,
                    "detail": "Bevestig eerst uw tweede factor in de browser, of gebruik een API-token.",
                },
                status=403,
                content_type="application/problem+json",
            )
        if request.method == "GET":
            request.session[SESSIE_NA] = request.get_full_path()
        doel = "controle" if tweede_factor.heeft_apparaat(request.user) else "instellen"
        return redirect(f"{reverse(f'identiteit:{doel}')}?{urlencode({'next': request.get_full_path()})}")
