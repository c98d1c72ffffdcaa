from django.urls import path

from . import bulkviews, views

app_name = "stukken"

urlpatterns = [
    path("", views.StukkenView.as_view(), name="overzicht"),
    path("zoeken/", views.ZoekView.as_view(), name="zoeken"),
    path("uploaden/", views.UploadView.as_view(), name="upload"),
    path("stroom/", views.StroomView.as_view(), name="stroom"),
    path("quarantaine/", views.QuarantaineView.as_view(), name="quarantaine"),
    path("tablet/", views.TabletView.as_view(), name="tablet"),
    path("tablet/<int:pk>/", views.TabletView.as_view(), name="tablet-nota"),
    path("notas/nieuw/", views.NieuweNotaView.as_view(), name="nota-nieuw"),
    path("notas/<int:pk>/", views.NotaView.as_view(), name="nota"),
    path("notas/<int:pk>/bewerken/", views.NotaBewerkenView.as_view(), name="nota-bewerken"),
    path("notas/<int:pk>/nota.pdf", views.NotaPdfView.as_view(), name="nota-pdf"),
    path("notas/<int:pk>/versies/", views.NotaVersiesView.as_view(), name="nota-versies"),
    path("notas/<int:pk>/route/", views.RouteView, name="nota-route"),
    path("notas/<int:pk>/route/bewerken/", views.RouteBewerkenView.as_view(), name="nota-route-bewerken"),
    path("notas/<int:pk>/versturen/", views.VerstuurView, name="nota-versturen"),
    path("notas/<int:pk>/paraferen/", views.ParafeerView, name="nota-paraferen"),
    path("notas/<int:pk>/terugsturen/", views.TerugsturenView, name="nota-terugsturen"),
    path("notas/<int:pk>/medeparaaf/", views.MedeparaafView, name="nota-medeparaaf"),
    path("notas/<int:pk>/beslissen/", views.BeslisView, name="nota-beslissen"),
    path("notas/<int:pk>/tekenen/", views.TekenView, name="nota-tekenen"),
    path("notas/<int:pk>/annoteren/", views.AnnoteerView, name="nota-annoteren"),
    path("notas/<int:pk>/afdoen/", views.AfdoenView, name="nota-afdoen"),
    path("notas/<int:pk>/bijlagen/", views.BijlageView, name="nota-bijlage"),
    path("notas.csv", views.NotaExportView.as_view(), name="notas-export"),
    path("bulk/", bulkviews.BulkLijstView.as_view(), name="bulk"),
    path("bulk/<int:pk>/", bulkviews.BulkDetailView.as_view(), name="bulk-detail"),
    path("bulk/<int:pk>/voortgang/", bulkviews.BulkVoortgangView.as_view(), name="bulk-voortgang"),
    path("bulk/<int:pk>/herstart/", bulkviews.BulkHerstartView, name="bulk-herstart"),
    path("bulk/<int:pk>/delen/", bulkviews.BulkDelenView, name="bulk-delen"),
    path(
        "bulk/<int:pk>/inventarislijst.<str:formaat>",
        bulkviews.BulkInventarisView.as_view(),
        name="bulk-inventaris",
    ),
    path("documenten/<int:pk>/", views.DocumentView.as_view(), name="document"),
    path("documenten/<int:pk>/koppelen/", views.KoppelView, name="document-koppelen"),
    path(
        "documenten/<int:pk>/versies/<int:nummer>/bestand",
        views.BestandView.as_view(),
        name="bestand",
    ),
    path(
        "documenten/<int:pk>/versies/<int:nummer>/paginas/<int:pagina>.png",
        views.PaginaView.as_view(),
        name="pagina",
    ),
]
