"""API routes of this part, included in /api/v1/ (names live in the "api" namespace).
``gebruikers/mij`` (the logged-in user) is the API's own route and comes first."""

from django.urls import path

from . import api

urlpatterns = [
    path("gebruikers", api.GebruikerLijst.as_view(), name="gebruikers"),
    path("gebruikers/<str:gebruikersnaam>", api.GebruikerDetail.as_view(), name="gebruikers-gebruiker"),
    path("gebruikers/<str:gebruikersnaam>/deactiveren", api.Deactiveren, name="gebruikers-deactiveren"),
    path("gebruikers/<str:gebruikersnaam>/heractiveren", api.Heractiveren, name="gebruikers-heractiveren"),
    path(
        "gebruikers/<str:gebruikersnaam>/sessies-beeindigen",
        api.SessiesBeeindigen,
        name="gebruikers-sessies-beeindigen",
    ),
    path("clearanceaanvragen", api.AanvraagLijst.as_view(), name="clearanceaanvragen"),
    path("clearanceaanvragen/<int:pk>/goedkeuren", api.Goedkeuren, name="clearanceaanvraag-goedkeuren"),
    path("clearanceaanvragen/<int:pk>/afwijzen", api.Afwijzen, name="clearanceaanvraag-afwijzen"),
]
