from django.urls import path

from . import views

app_name = "bezwaar"

urlpatterns = [
    path("", views.OverzichtView.as_view(), name="overzicht"),
    path("nieuw/", views.NieuwView.as_view(), name="nieuw"),
    path("<int:pk>/", views.BezwaarView.as_view(), name="bezwaar"),
    path("<int:pk>/brieven/<int:brief>.pdf", views.BriefView.as_view(), name="brief"),
    path("<int:pk>/toewijzen/", views.ToewijzenView, name="toewijzen"),
    path("<int:pk>/besluit/", views.BesluitView, name="besluit"),
    path("<int:pk>/verschoonbaar/", views.VerschoonbaarView, name="verschoonbaar"),
    path("<int:pk>/horen/", views.HorenView, name="horen"),
    path("<int:pk>/afzien-horen/", views.AfzienHorenView, name="afzien-horen"),
    path("<int:pk>/verdagen/", views.VerdagenView, name="verdagen"),
    path("<int:pk>/instemming/", views.InstemmingView, name="instemming"),
    path("<int:pk>/verzuim/", views.VerzuimView, name="verzuim"),
    path("<int:pk>/herstel/", views.HerstelView, name="herstel"),
    path("<int:pk>/beslissen/", views.BeslissenView, name="beslissen"),
    path("<int:pk>/intrekken/", views.IntrekkenView, name="intrekken"),
]
