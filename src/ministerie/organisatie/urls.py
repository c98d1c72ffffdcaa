from django.urls import path

from . import views

app_name = "organisatie"

urlpatterns = [
    path("", views.OrganogramView.as_view(), name="organogram"),
    path("organogram.svg", views.OrganogramSvgView.as_view(), name="organogram-svg"),
    path("organogram.pdf", views.OrganogramPdfView.as_view(), name="organogram-pdf"),
    path("zoeken/", views.ZoekView.as_view(), name="zoeken"),
    path("eenheden/<slug:code>/", views.EenheidView.as_view(), name="eenheid"),
    path("personen/<slug:code>/", views.PersoonView.as_view(), name="persoon"),
]
