"""API routes of this part, included in /api/v1/ (names live in the "api" namespace)."""

from django.urls import path

from . import api

H = "begroting/hoofdstukken/<str:code>/<int:jaar>"

urlpatterns: list = [
    path("begroting/hoofdstukken", api.HoofdstukLijst.as_view(), name="begroting-hoofdstukken"),
    path(H, api.HoofdstukDetail.as_view(), name="begroting-hoofdstuk"),
    path(H + "/standen", api.StandLijst.as_view(), name="begroting-standen"),
    path(H + "/standen/<int:volgnummer>/mutaties", api.MutatieLijst.as_view(), name="begroting-mutaties"),
    path(H + "/standen/<int:volgnummer>/controle", api.MutatieControle, name="begroting-controle"),
    path(H + "/standen/<int:volgnummer>/bedragen", api.Bedragen.as_view(), name="begroting-bedragen"),
    path(H + "/artikelen/<int:nummer>", api.ArtikelDetail.as_view(), name="begroting-artikel"),
    path("begroting/agentschappen", api.AgentschapLijst.as_view(), name="begroting-agentschappen"),
    path("begroting/risicoregelingen", api.RisicoregelingLijst.as_view(), name="begroting-risicoregelingen"),
    path("begroting/bevindingen", api.BevindingLijst.as_view(), name="begroting-bevindingen"),
    path("begroting/bevindingen/<int:pk>", api.BevindingDetail.as_view(), name="begroting-bevinding"),
    path("begroting/evaluaties", api.EvaluatieLijst.as_view(), name="begroting-evaluaties"),
]
