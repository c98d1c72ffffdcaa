from django.urls import path

from . import views

app_name = "woo"

urlpatterns = [
    path("", views.OverzichtView.as_view(), name="overzicht"),
    path("nieuw/", views.NieuwView.as_view(), name="nieuw"),
    path("inzicht/", views.InzichtView.as_view(), name="inzicht"),
    path("verzoeken/<int:pk>/", views.VerzoekView.as_view(), name="verzoek"),
    *[
        path(f"verzoeken/<int:pk>/{naam}/", views.actieview(naam), name=f"verzoek-{naam}")
        for naam in views.HANDELINGEN
    ],
    path("verzoeken/<int:pk>/bestanden/<str:soort>", views.BestandView.as_view(), name="bestand"),
    path("verzoeken/<int:pk>/documenten/", views.DocumentenView.as_view(), name="documenten"),
    path("verzoeken/<int:pk>/documenten/uploaden/", views.UploadView.as_view(), name="uploaden"),
    path("verzoeken/<int:pk>/documenten/koppelen/", views.KoppelView.as_view(), name="koppelen"),
    path("verzoeken/<int:pk>/documenten/beoordelen/", views.BulkBeoordelingView.as_view(), name="bulk"),
    path("verzoeken/<int:pk>/documenten/<int:nummer>/", views.DocumentView.as_view(), name="document"),
    path(
        "verzoeken/<int:pk>/documenten/<int:nummer>/beoordelen/",
        views.BeoordeelView.as_view(),
        name="document-beoordelen",
    ),
    path(
        "verzoeken/<int:pk>/documenten/<int:nummer>/passage/",
        views.PassageView.as_view(),
        name="document-passage",
    ),
    path(
        "verzoeken/<int:pk>/documenten/<int:nummer>/nagekeken/",
        views.NagekekenView.as_view(),
        name="document-nagekeken",
    ),
    path(
        "verzoeken/<int:pk>/documenten/<int:nummer>/<str:soort>/<int:pagina>.png",
        views.PaginaView.as_view(),
        name="document-pagina",
    ),
]
