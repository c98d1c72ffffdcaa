from django.urls import path

from . import views

app_name = "gebruikers"

urlpatterns = [
    path("beheer/gebruikers/", views.OverzichtView.as_view(), name="overzicht"),
    path("beheer/gebruikers/nieuw/", views.NieuwView.as_view(), name="nieuw"),
    path("beheer/gebruikers/importeren/", views.ImporterenView.as_view(), name="importeren"),
    path("beheer/gebruikers/aanvragen/<int:pk>/goedkeuren/", views.goedkeuren, name="aanvraag-goedkeuren"),
    path("beheer/gebruikers/aanvragen/<int:pk>/afwijzen/", views.afwijzen, name="aanvraag-afwijzen"),
    path("beheer/gebruikers/<str:gebruikersnaam>/", views.GebruikerView.as_view(), name="gebruiker"),
    path("beheer/gebruikers/<str:gebruikersnaam>/wijzigen/", views.WijzigenView.as_view(), name="wijzigen"),
    path("beheer/gebruikers/<str:gebruikersnaam>/deactiveren/", views.deactiveren, name="deactiveren"),
    path("beheer/gebruikers/<str:gebruikersnaam>/heractiveren/", views.heractiveren, name="heractiveren"),
    path(
        "beheer/gebruikers/<str:gebruikersnaam>/instellink/",
        views.InstellinkView.as_view(),
        name="instellink",
    ),
    path(
        "beheer/gebruikers/<str:gebruikersnaam>/sessies-beeindigen/",
        views.sessies_beeindigen,
        name="sessies-beeindigen",
    ),
    path("profiel/sessies/", views.MijnSessiesView.as_view(), name="mijn-sessies"),
    path(
        "profiel/sessies/andere-beeindigen/",
        views.andere_sessies_beeindigen,
        name="andere-sessies-beeindigen",
    ),
    path("profiel/sessies/<int:pk>/beeindigen/", views.sessie_beeindigen, name="sessie-beeindigen"),
    path("instellen/<uidb64>/<token>/", views.InstellenView.as_view(), name="instellen"),
]
