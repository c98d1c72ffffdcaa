"""API routes of this part, included in /api/v1/ (names live in the "api" namespace)."""

from django.urls import path

from . import api

urlpatterns = [
    path("correspondentiezaken", api.ZaakLijst.as_view(), name="correspondentiezaken"),
    path("correspondentiezaken/<int:pk>", api.ZaakDetail.as_view(), name="correspondentiezaak"),
]
