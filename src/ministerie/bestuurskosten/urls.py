from django.urls import path

from . import publiek, views

app_name = "bestuurskosten"

MAAND = "<slug:ministerie>/<int:jaar>/<int:maand>"

urlpatterns = [
    path("", views.OverzichtView.as_view(), name="overzicht"),
    path("nieuw/", views.NieuwePeriodeView, name="periode-nieuw"),
    path("<int:pk>/", views.PeriodeView.as_view(), name="periode"),
    path("<int:pk>/documenten/nieuw/", views.DocumentToevoegenView.as_view(), name="document-nieuw"),
    path("<int:pk>/posten/", views.PostToevoegenView.as_view(), name="post-nieuw"),
    path("<int:pk>/publiceren/", views.PubliceerView, name="publiceren"),
    path("<int:pk>/intrekken/", views.IntrekView, name="intrekken"),
    path("<int:pk>/heropenen/", views.HeropenView, name="heropenen"),
    path("<int:pk>/export.<str:formaat>", views.ExportView.as_view(), name="export"),
    path("posten/<int:pk>/verwijderen/", views.PostVerwijderView, name="post-verwijderen"),
    path("documenten/<int:pk>/", views.DocumentView.as_view(), name="document"),
    path("documenten/<int:pk>/beoordelen/", views.BeoordeelView, name="document-beoordelen"),
    path("documenten/<int:pk>/lakterm/", views.LaktermView, name="document-lakterm"),
    path("documenten/<int:pk>/markeren/", views.MarkeerView, name="document-markeren"),
    path("documenten/<int:pk>/lakken/", views.LakView, name="document-lakken"),
    path(
        "documenten/<int:pk>/verwijderen/",
        views.DocumentVerwijderView,
        name="document-verwijderen",
    ),
    path("documenten/<int:pk>/<str:soort>.pdf", views.BestandView.as_view(), name="document-bestand"),
    path(
        "documenten/<int:pk>/<str:soort>/paginas/<int:pagina>.png",
        views.PaginaView.as_view(),
        name="document-pagina",
    ),
    path("markeringen/<int:pk>/opheffen/", views.OpheffenView, name="markering-opheffen"),
    path("openbaar/", publiek.OpenbaarOverzichtView.as_view(), name="openbaar"),
    path(f"openbaar/{MAAND}/", publiek.OpenbaarMaandView.as_view(), name="openbaar-maand"),
    path(
        f"openbaar/{MAAND}/documenten/<int:pk>.pdf",
        publiek.OpenbaarDocumentView.as_view(),
        name="openbaar-document",
    ),
    path(
        f"openbaar/{MAAND}/export.<str:formaat>",
        publiek.OpenbaarExportView.as_view(),
        name="openbaar-export",
    ),
]
