"""API routes of this part, included in /api/v1/ (names live in the "api" namespace)."""

from django.urls import path

from . import api

urlpatterns = [
    path("eenheden", api.EenheidLijst.as_view(), name="eenheden"),
    path("eenheden/<slug:code>", api.EenheidDetail.as_view(), name="eenheid"),
    path("personen", api.PersoonLijst.as_view(), name="personen"),
    path("personen/<slug:code>", api.PersoonDetail.as_view(), name="persoon"),
    path("posities", api.PositieLijst.as_view(), name="posities"),
    path("posities/<int:pk>", api.PositieDetail.as_view(), name="positie"),
    path("portefeuilles", api.PortefeuilleLijst.as_view(), name="portefeuilles"),
    path("sturingsrollen", api.SturingsrolLijst.as_view(), name="sturingsrollen"),
]
