"""Errors as ``application/problem+json`` (RFC 9457), as the API Design Rules require."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler

PROBLEM_JSON = "application/problem+json"

TITELS = {
    400: "Ongeldige invoer",
    401: "Niet ingelogd",
    403: "Geen toegang",
    404: "Niet gevonden",
    405: "Methode niet toegestaan",
    406: "Formaat niet beschikbaar",
    415: "Formaat van de invoer niet ondersteund",
    413: "Verzoek te groot",
    429: "Te veel verzoeken",
    500: "Interne fout",
}


def _ongeldige_parameters(detail: Any, prefix: str = "") -> list[dict[str, str]]:
    if isinstance(detail, dict):
        uit = []
        for veld, fouten in detail.items():
            naam = f"{prefix}.{veld}" if prefix else str(veld)
            uit.extend(_ongeldige_parameters(fouten, naam))
        return uit
    if isinstance(detail, list):
        uit = []
        for fout in detail:
            if isinstance(fout, (dict, list)):
                uit.extend(_ongeldige_parameters(fout, prefix))
            else:
                uit.append(
                    {
                        "name": prefix or "invoer",
                        "code": getattr(fout, "code", "invalid"),
                        "reason": str(fout),
                    }
                )
        return uit
    return [{"name": prefix or "invoer", "code": getattr(detail, "code", "invalid"), "reason": str(detail)}]


def problem_exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    if isinstance(exc, Http404):
        exc = exceptions.NotFound("Het gevraagde object bestaat niet.")
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied(str(exc) or None)
    response = exception_handler(exc, context)
    if response is None:
        return None
    request = context.get("request")
    body: dict[str, Any] = {
        "type": f"https://httpstatuses.io/{response.status_code}",
        "title": TITELS.get(response.status_code, "Fout"),
        "status": response.status_code,
        "instance": request.path if request is not None else "",
    }
    if isinstance(exc, exceptions.ValidationError):
        body["detail"] = "Een of meer parameters zijn ongeldig."
        body["invalidParams"] = _ongeldige_parameters(exc.detail)
    elif isinstance(exc, exceptions.APIException):
        body["detail"] = str(exc.detail)
    if response.status_code == status.HTTP_401_UNAUTHORIZED:
        response["WWW-Authenticate"] = 'Token realm="api"'
    response.data = body
    response.content_type = PROBLEM_JSON
    return response


def fouten_als_problem(service: Any, *args: Any, **kwargs: Any) -> Any:
    """Call a service; its model validation errors become a 400 problem response."""
    from django.core.exceptions import ValidationError as DjangoValidationError

    try:
        return service(*args, **kwargs)
    except DjangoValidationError as fout:
        detail = fout.message_dict if hasattr(fout, "error_dict") else {"invoer": fout.messages}
        raise exceptions.ValidationError(detail) from None
