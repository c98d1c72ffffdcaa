"""Session tracking: turns away sessions that were ended, keeps "last seen" (see sessies.py)."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from .sessies import controleer


class SessieMiddleware:
    """After the authentication and message middleware."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        controleer(request)
        return self.get_response(request)
