"""/api/v1/: the shared endpoints here; each part brings its own routes in ``<part>/api_urls.py``."""

from django.urls import include, path

from . import views

app_name = "api"

urlpatterns = [
    path("openapi.json", views.OpenApiView.as_view(), name="openapi"),
    path("docs", views.DocumentatieView.as_view(), name="docs"),
    path("gebruikers/mij", views.MijView.as_view(), name="gebruiker-mij"),
    path("termijnen", views.TermijnView.as_view(), name="termijnen"),
    path("auditrecords", views.AuditRecordLijst.as_view(), name="auditrecords"),
    path("", include("ministerie.organisatie.api_urls")),
    path("", include("ministerie.stukken.api_urls")),
    path("", include("ministerie.parlement.api_urls")),
    path("", include("ministerie.woo.api_urls")),
    path("", include("ministerie.bestuurskosten.api_urls")),
    path("", include("ministerie.begroting.api_urls")),
    path("", include("ministerie.agenda.api_urls")),
    path("", include("ministerie.archief.api_urls")),
    path("", include("ministerie.gebruikers.api_urls")),
    path("", include("ministerie.correspondentie.api_urls")),
    path("", include("ministerie.klachten.api_urls")),
]
