"""Routes of the budget calendar and the accres pages (included by begroting/urls.py)."""

from django.urls import path

from . import views_kalender

urlpatterns: list = [
    path("kalender/", views_kalender.KalenderView.as_view(), name="kalender"),
    path("kalender/ical/", views_kalender.KalenderIcalView.as_view(), name="kalender_ical"),
    path("accres/", views_kalender.AccresView.as_view(), name="accres"),
]
