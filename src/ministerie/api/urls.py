from django.urls import include, path

from ministerie.organisatie import api as organisatie
from ministerie.stukken import api as stukken

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
    path("notas", stukken.NotaLijst.as_view(), name="notas"),
    path("notas/<int:pk>", stukken.NotaDetail.as_view(), name="nota"),
    path(
        "notas/<int:pk>/paraferen",
        stukken.nota_actie("paraferen", "nota.paraferen"),
        name="nota-paraferen",
    ),
    path(
        "notas/<int:pk>/terugsturen",
        stukken.nota_actie("terugsturen", "nota.paraferen"),
        name="nota-terugsturen",
    ),
    path(
        "notas/<int:pk>/medeparaaf",
        stukken.nota_actie("medeparaaf", "nota.paraferen"),
        name="nota-medeparaaf",
    ),
    path(
        "notas/<int:pk>/beslissen",
        stukken.nota_actie("beslissen", "nota.beslissen"),
        name="nota-beslissen",
    ),
    path(
        "notas/<int:pk>/annoteren",
        stukken.nota_actie("annoteren", "nota.annoteren"),
        name="nota-annoteren",
    ),
    path("notas/<int:pk>/afdoen", stukken.nota_actie("afdoen", "nota.afdoen"), name="nota-afdoen"),
    path("documenten", stukken.DocumentLijst.as_view(), name="documenten"),
    path("documenten/<int:pk>", stukken.DocumentDetail.as_view(), name="document"),
    path(
        "documenten/<int:pk>/versies/<int:nummer>/bestand",
        stukken.VersieBestand.as_view(),
        name="versie-bestand",
    ),
    path("zoeken", stukken.ZoekView.as_view(), name="zoeken"),
    path("auditrecords", views.AuditRecordLijst.as_view(), name="auditrecords"),
    path("", include("ministerie.parlement.api_urls")),
    path("", include("ministerie.woo.api_urls")),
    path("", include("ministerie.bestuurskosten.api_urls")),
    path("", include("ministerie.begroting.api_urls")),
]
