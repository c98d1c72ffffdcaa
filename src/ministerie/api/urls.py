from django.urls import path

from ministerie.organisatie import api as organisatie

from . import views

app_name = "api"

urlpatterns = [
    path("openapi.json", views.OpenApiView.as_view(), name="openapi"),
    path("docs", views.DocumentatieView.as_view(), name="docs"),
    path("gebruikers/mij", views.MijView.as_view(), name="gebruiker-mij"),
    path("termijnen", views.TermijnView.as_view(), name="termijnen"),
    path("eenheden", organisatie.EenheidLijst.as_view(), name="eenheden"),
    path("eenheden/<slug:code>", organisatie.EenheidDetail.as_view(), name="eenheid"),
    path("personen", organisatie.PersoonLijst.as_view(), name="personen"),
    path("personen/<slug:code>", organisatie.PersoonDetail.as_view(), name="persoon"),
    path("posities", organisatie.PositieLijst.as_view(), name="posities"),
    path("posities/<int:pk>", organisatie.PositieDetail.as_view(), name="positie"),
    path("portefeuilles", organisatie.PortefeuilleLijst.as_view(), name="portefeuilles"),
    path("sturingsrollen", organisatie.SturingsrolLijst.as_view(), name="sturingsrollen"),
    path("auditrecords", views.AuditRecordLijst.as_view(), name="auditrecords"),
]
