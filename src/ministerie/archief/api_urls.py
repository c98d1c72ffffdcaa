"""API routes of this part, included in /api/v1/ (names live in the "api" namespace)."""

from django.urls import path

from . import api

urlpatterns = [
    path(
        "archief/vernietigingslijsten/<int:pk>/goedkeuren",
        api.Goedkeuren,
        name="archief-vernietiging-goedkeuren",
    ),
    path(
        "archief/vernietigingslijsten/<int:pk>/intrekken",
        api.Intrekken,
        name="archief-vernietiging-intrekken",
    ),
]
