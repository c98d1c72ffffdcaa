"""API routes of this part, included in /api/v1/ (names live in the "api" namespace)."""

from django.urls import path

from . import api

urlpatterns = [
    path("agenda/overleggen", api.OverlegLijst.as_view(), name="agenda-overleggen"),
    path("agenda/agendas/<int:pk>/week", api.AgendaWeek.as_view(), name="agenda-week"),
    path("agenda/vergaderingen", api.VergaderingLijst.as_view(), name="agenda-vergaderingen"),
    path(
        "agenda/vergaderingen/<int:pk>/geannoteerd",
        api.GeannoteerdeAgenda.as_view(),
        name="agenda-geannoteerd",
    ),
    path("agenda/besluiten", api.BesluitLijst.as_view(), name="agenda-besluiten"),
    path("agenda/besluiten/<int:pk>/afronden", api.BesluitAfronden, name="agenda-besluit-afronden"),
]
