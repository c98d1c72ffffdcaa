from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse

from .problems import PROBLEM_JSON, TITELS


class ApiVersionMiddleware:
    """API Design Rules (Logius), API-57: every API response carries the full version. And every
    error of the API is problem+json, also when Django answers before the API does (no route for
    the URL: 404; a refused CSRF check: 403; an unreadable or too large body: 400; a crash: 500):
    those pages are HTML for people, which an API client cannot read."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if request.path.startswith("/api/"):
            if response.status_code >= 400 and response.get("Content-Type", "").startswith("text/html"):
                response = _als_probleem(request, response.status_code)
            response["API-Version"] = str(settings.API_VERSION)
        return response


def _als_probleem(request: HttpRequest, status: int) -> HttpResponse:
    return JsonResponse(
        {
            "type": f"https://httpstatuses.io/{status}",
            "title": TITELS.get(status, "Fout"),
            "status": status,
            "detail": TITELS.get(status, "Fout") + ".",
            "instance": request.path,
        },
        status=status,
        content_type=PROBLEM_JSON,
    )
