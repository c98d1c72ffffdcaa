"""API routes of this part, included in /api/v1/ (names live in the "api" namespace)."""

from django.urls import path

from . import api

urlpatterns = [
    path("notas", api.NotaLijst.as_view(), name="notas"),
    path("notas/<int:pk>", api.NotaDetail.as_view(), name="nota"),
    path("notas/<int:pk>/versies", api.NotaVersies.as_view(), name="nota-versies"),
    path("notas/<int:pk>/versturen", api.Versturen, name="nota-versturen"),
    path("notas/<int:pk>/paraferen", api.Paraferen, name="nota-paraferen"),
    path("notas/<int:pk>/terugsturen", api.Terugsturen, name="nota-terugsturen"),
    path("notas/<int:pk>/medeparaaf", api.Medeparaaf, name="nota-medeparaaf"),
    path("notas/<int:pk>/beslissen", api.Beslissen, name="nota-beslissen"),
    path("notas/<int:pk>/tekenen", api.Tekenen, name="nota-tekenen"),
    path("notas/<int:pk>/annoteren", api.Annoteren, name="nota-annoteren"),
    path("notas/<int:pk>/afdoen", api.Afdoen, name="nota-afdoen"),
    path("documenten", api.DocumentLijst.as_view(), name="documenten"),
    path("documenten/<int:pk>", api.DocumentDetail.as_view(), name="document"),
    path(
        "documenten/<int:pk>/versies/<int:nummer>/bestand",
        api.VersieBestand.as_view(),
        name="versie-bestand",
    ),
    path("zoeken", api.ZoekView.as_view(), name="zoeken"),
]
