from __future__ import annotations

from typing import Any

from rest_framework.permissions import BasePermission
from rest_framework.request import Request

from ministerie.core.permissies import heeft_recht


def actie_voor(view: Any, request: Request) -> str | None:
    """The matrix action an endpoint needs: ``acties`` per viewset action, or one ``actie``."""
    acties = getattr(view, "acties", None)
    if acties is not None:
        return acties.get(getattr(view, "action", None) or (request.method or "").lower())
    return getattr(view, "actie", None)


class MatrixPermission(BasePermission):
    """The same matrix as the pages. An endpoint that names no action is closed."""

    message = "U heeft geen recht op deze actie."

    def has_permission(self, request: Request, view: Any) -> bool:
        actie = actie_voor(view, request)
        if actie is None:
            return False
        return heeft_recht(request.user, actie)
