"""API routes of this part, included in /api/v1/ (names live in the "api" namespace)."""

from django.urls import path

from . import api

urlpatterns = [
    path("woo-verzoeken", api.VerzoekLijst.as_view(), name="woo-verzoeken"),
    path("woo-verzoeken/<int:pk>", api.VerzoekDetail.as_view(), name="woo-verzoek"),
    path("woo-verzoeken/<int:pk>/documenten", api.DocumentLijst.as_view(), name="woo-documenten"),
    path(
        "woo-verzoeken/<int:pk>/documenten/<int:nummer>/beoordeling",
        api.Beoordelen,
        name="woo-beoordeling",
    ),
    path(
        "woo-verzoeken/<int:pk>/documenten/<int:nummer>/lakbesluit",
        api.LakBesluit,
        name="woo-lakbesluit",
    ),
    path("woo-verzoeken/<int:pk>/documenten/<int:nummer>/vakken", api.VakTekenen, name="woo-vakken"),
    path("woo-verzoeken/<int:pk>/besluit", api.Besluit.as_view(), name="woo-besluit"),
    path("woo-verzoeken/<int:pk>/publiceren", api.Publiceren, name="woo-publiceren"),
    path(
        "woo-verzoeken/<int:pk>/verwerkingen/<int:verwerking>",
        api.VerwerkingDetail.as_view(),
        name="woo-verwerking",
    ),
    path("woo-publicaties", api.PublicatieLijst.as_view(), name="woo-publicaties"),
]
