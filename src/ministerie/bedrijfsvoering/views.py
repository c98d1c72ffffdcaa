"""Health, readiness and metrics: JSON and text for load balancers and monitoring, no pages."""

from __future__ import annotations

from typing import Any, cast

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views import View
from prometheus_client import CONTENT_TYPE_LATEST

from ministerie.core.toegang import MatrixVereist

from . import gezondheid, metrieken


def _niet_bewaren(antwoord: HttpResponse) -> HttpResponse:
    antwoord["Cache-Control"] = "no-store"
    return antwoord


class LeeftView(View):
    """Liveness: the process answers. Touches nothing else, so a slow database never makes an
    orchestrator restart healthy processes."""

    publiek = True
    http_method_names = ["get", "head"]

    def get(self, request: HttpRequest) -> HttpResponse:
        return _niet_bewaren(JsonResponse({"status": "leeft"}))


class GereedView(View):
    """Readiness: every check with its outcome; 503 when one fails."""

    publiek = True
    http_method_names = ["get", "head"]

    def get(self, request: HttpRequest) -> HttpResponse:
        gereed, controles = gezondheid.gereedheid()
        return _niet_bewaren(
            JsonResponse(
                {"status": "gereed" if gereed else "niet gereed", "controles": controles},
                status=200 if gereed else 503,
                json_dumps_params={"ensure_ascii": False},
            )
        )


class MetriekenView(MatrixVereist, View):
    """Prometheus metrics. Prometheus sends the token from MINISTERIE_METRIEKEN_TOKEN or scrapes
    from an address in MINISTERIE_METRIEKEN_ADRESSEN; a logged-in user needs the right."""

    actie = "bedrijfsvoering.metrieken"
    http_method_names = ["get"]

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        toegang = metrieken.toegang_zonder_inloggen(request)
        if toegang is False:
            return HttpResponse("Ongeldig token.\n", status=403, content_type="text/plain; charset=utf-8")
        if toegang:
            return cast(HttpResponse, View.dispatch(self, request, *args, **kwargs))
        return super().dispatch(request, *args, **kwargs)

    def get(self, request: HttpRequest) -> HttpResponse:
        return _niet_bewaren(HttpResponse(metrieken.tekst(), content_type=CONTENT_TYPE_LATEST))
