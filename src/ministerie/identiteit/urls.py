from django.urls import path

from . import oidc, views, webauthn

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
        "sleutel/registreren/begin/",
        webauthn.RegistratieBeginView.as_view(),
        name="sleutel-registreren-begin",
    ),
    path(
        "sleutel/registreren/klaar/",
        webauthn.RegistratieKlaarView.as_view(),
        name="sleutel-registreren-klaar",
    ),
    path(
        "sleutel/bevestigen/begin/", webauthn.BevestigenBeginView.as_view(), name="sleutel-bevestigen-begin"
    ),
    path(
        "sleutel/bevestigen/klaar/", webauthn.BevestigenKlaarView.as_view(), name="sleutel-bevestigen-klaar"
    ),
    path("sleutel/teksten.js", webauthn.VertalingenView.as_view(), name="sleutel-teksten"),
    path(
        "tweede-factor/<str:soort>/<int:pk>/verwijderen/", views.VerwijderView.as_view(), name="verwijderen"
    ),
]
