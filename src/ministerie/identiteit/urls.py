from django.urls import path

from . import oidc, views

app_name = "identiteit"

urlpatterns = [
    path("sso/start/", oidc.SsoStartView.as_view(), name="sso-start"),
    path("sso/terug/", oidc.SsoTerugView.as_view(), name="sso-terug"),
    path("tweede-factor/", views.OverzichtView.as_view(), name="overzicht"),
    path("tweede-factor/instellen/", views.TotpInstellenView.as_view(), name="instellen"),
    path("tweede-factor/controle/", views.ControleView.as_view(), name="controle"),
    path("tweede-factor/herstelcodes/", views.HerstelcodesView.as_view(), name="herstelcodes"),
    path(
        "tweede-factor/herstelcodes/nieuw/", views.NieuweHerstelcodesView.as_view(), name="herstelcodes-nieuw"
    ),
    path(
        "tweede-factor/<str:soort>/<int:pk>/verwijderen/", views.VerwijderView.as_view(), name="verwijderen"
    ),
]
