"""API routes of this part, included in /api/v1/ (names live in the "api" namespace)."""

from django.urls import path

from . import api

urlpatterns = [
    path("bestuurskosten/perioden", api.PeriodeLijst.as_view(), name="bestuurskosten-perioden"),
    path("bestuurskosten/perioden/<int:pk>", api.PeriodeDetail.as_view(), name="bestuurskosten-periode"),
    path("bestuurskosten/perioden/<int:pk>/posten", api.PostLijst.as_view(), name="bestuurskosten-posten"),
    path("bestuurskosten/perioden/<int:pk>/totalen", api.Totalen.as_view(), name="bestuurskosten-totalen"),
    path(
        "bestuurskosten/perioden/<int:pk>/publiceren",
        api.Publiceren,
        name="bestuurskosten-publiceren",
    ),
    path(
        "bestuurskosten/perioden/<int:pk>/intrekken",
        api.Intrekken,
        name="bestuurskosten-intrekken",
    ),
]
