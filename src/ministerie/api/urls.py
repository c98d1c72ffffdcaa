from django.urls import path

from . import views

app_name = "api"

urlpatterns = [
    path("openapi.json", views.OpenApiView.as_view(), name="openapi"),
    path("docs", views.DocumentatieView.as_view(), name="docs"),
    path("gebruikers/mij", views.MijView.as_view(), name="gebruiker-mij"),
    path("termijnen", views.TermijnView.as_view(), name="termijnen"),
    path("eenheden", views.EenheidLijst.as_view(), name="eenheden"),
    path("eenheden/<slug:code>", views.EenheidDetail.as_view(), name="eenheid"),
    path("auditrecords", views.AuditRecordLijst.as_view(), name="auditrecords"),
]
