"""The public openness portal under /openbaar/ (no log-in)."""

from django.urls import path

from . import portaal

app_name = "openbaar"

urlpatterns = [
    path("", portaal.PortaalView.as_view(), name="portaal"),
    path("publicaties/<int:pk>/", portaal.PublicatieView.as_view(), name="publicatie"),
    path(
        "publicaties/<int:pk>/bestanden/<int:bestand>",
        portaal.PublicatieBestandView.as_view(),
        name="bestand",
    ),
    path(
        "publicaties/<int:pk>/bestanden/<int:bestand>/metadata.xml",
        portaal.MetadataView.as_view(),
        name="metadata",
    ),
    path("woo-verzoek/", portaal.IndienenView.as_view(), name="indienen"),
    path("woo-verzoek/ontvangen/<str:token>/", portaal.BevestigingView.as_view(), name="bevestiging"),
    path(
        "woo-verzoek/ontvangen/<str:token>/status/",
        portaal.BevestigingStatusView.as_view(),
        name="bevestiging-status",
    ),
    path(
        "woo-verzoek/ontvangen/<str:token>/ontvangstbevestiging.pdf",
        portaal.BevestigingPdfView.as_view(),
        name="bevestiging-pdf",
    ),
]
