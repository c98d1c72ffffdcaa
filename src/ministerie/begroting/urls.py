from django.urls import include, path

from . import views

app_name = "begroting"

H = "<str:code>/<int:jaar>/"

urlpatterns: list = [
    path("", include("ministerie.begroting.kalender_urls")),
    path("", views.OverzichtView.as_view(), name="overzicht"),
    path("fez/", views.DashboardView.as_view(), name="dashboard"),
    path("bevindingen/<int:pk>/", views.BevindingView.as_view(), name="bevinding"),
    path(H, views.HoofdstukView.as_view(), name="hoofdstuk"),
    path(H + "standen/", views.StandOpenenView, name="stand-openen"),
    path(H + "standen/<int:volgnummer>/mutaties/", views.MutatieNieuwView.as_view(), name="mutatie-nieuw"),
    path(
        H + "standen/<int:volgnummer>/controle/", views.MutatieControleView.as_view(), name="mutatie-controle"
    ),
    path(H + "standen/<int:volgnummer>/export.<str:formaat>", views.ExportView.as_view(), name="export"),
    path(H + "artikelen/<int:nummer>/", views.ArtikelView.as_view(), name="artikel"),
    path(H + "artikelen/<int:nummer>/evaluatie/", views.EvaluatieView.as_view(), name="evaluatie"),
]
