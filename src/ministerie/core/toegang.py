"""The gate of every page: a view names the action it needs, the permission matrix decides."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse

from .models import Gebruiker
from .permissies import heeft_recht


def ingelogde(request: HttpRequest) -> Gebruiker:
    """The user of a page behind the gate, typed as the user model. (Anonymous visitors pass
    only where the matrix grants the action to ``anoniem`` — the deadline calculator and the API
    documentation — and those pages do not ask for the user.)"""
    if not isinstance(request.user, Gebruiker):
        raise PermissionDenied
    return request.user


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
