from django.urls import path

from . import views

app_name = "meldingen"

urlpatterns = [
    path("", views.OverzichtView.as_view(), name="overzicht"),
    path("instellingen/", views.InstellingenView.as_view(), name="instellingen"),
    path("alles-gelezen/", views.alles_gelezen, name="alles-gelezen"),
    path("<int:pk>/gelezen/", views.gelezen, name="gelezen"),
    path("<int:pk>/openen/", views.openen, name="openen"),
]
