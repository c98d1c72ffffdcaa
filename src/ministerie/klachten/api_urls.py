"""API routes of this part, included in /api/v1/ (names live in the "api" namespace)."""

from django.urls import path

from . import api

urlpatterns = [
    path("klachten", api.KlachtLijst.as_view(), name="klachten"),
    path("klachten/<int:pk>", api.KlachtDetail.as_view(), name="klacht"),
]
