from django.urls import path

from . import views

app_name = "klachten"

urlpatterns = [
    path("", views.OverzichtView.as_view(), name="overzicht"),
    path("indienen/", views.IndienenView.as_view(), name="indienen"),
    path("indienen/ontvangen/<str:token>/", views.BevestigingView.as_view(), name="bevestiging"),
    path("nieuw/", views.NieuwView.as_view(), name="nieuw"),
    path("jaarverslag/", views.JaarverslagView.as_view(), name="jaarverslag"),
    path("jaarverslag/<int:jaar>.pdf", views.JaarverslagPdfView.as_view(), name="jaarverslag-pdf"),
    path("<int:pk>/", views.KlachtView.as_view(), name="klacht"),
    path("<int:pk>/brieven/<int:brief>.pdf", views.BriefView.as_view(), name="brief"),
    path("<int:pk>/toewijzen/", views.ToewijzenView, name="toewijzen"),
    path("<int:pk>/beklaagde/", views.BeklaagdeView, name="beklaagde"),
    path("<int:pk>/niet-behandelen/", views.NietBehandelenView, name="niet-behandelen"),
    path("<int:pk>/horen/", views.HorenView, name="horen"),
    path("<int:pk>/afzien-horen/", views.AfzienHorenView, name="afzien-horen"),
    path("<int:pk>/verdagen/", views.VerdagenView, name="verdagen"),
    path("<int:pk>/instemming/", views.InstemmingView, name="instemming"),
    path("<int:pk>/afhandelen/", views.AfhandelenView, name="afhandelen"),
    path("<int:pk>/ombudsman/", views.OmbudsmanView, name="ombudsman"),
]
