from django.urls import path

from . import views

app_name = "woo"

VERZOEK = "verzoeken/<int:pk>/"
DOCUMENT = "verzoeken/<int:pk>/documenten/<int:nummer>/"

urlpatterns = [
    path("", views.OverzichtView.as_view(), name="overzicht"),
    path("nieuw/", views.NieuwView.as_view(), name="nieuw"),
    path("inzicht/", views.InzichtView.as_view(), name="inzicht"),
    path(VERZOEK, views.VerzoekView.as_view(), name="verzoek"),
    path(f"{VERZOEK}in-behandeling/", views.InBehandelingView, name="verzoek-in-behandeling"),
    path(f"{VERZOEK}toewijzen/", views.ToewijzenView, name="verzoek-toewijzen"),
    path(f"{VERZOEK}precisering/", views.PreciseringView, name="verzoek-precisering"),
    path(
        f"{VERZOEK}precisering-ontvangen/",
        views.PreciseringOntvangenView,
        name="verzoek-precisering-ontvangen",
    ),
    path(
        f"{VERZOEK}precisering-uitgebleven/",
        views.PreciseringUitgeblevenView,
        name="verzoek-precisering-uitgebleven",
    ),
    path(f"{VERZOEK}verdagen/", views.VerdagenView, name="verzoek-verdagen"),
    path(f"{VERZOEK}zienswijze/", views.ZienswijzeView, name="verzoek-zienswijze"),
    path(
        f"{VERZOEK}zienswijze-ontvangen/",
        views.ZienswijzeOntvangenView,
        name="verzoek-zienswijze-ontvangen",
    ),
    path(f"{VERZOEK}intrekken/", views.IntrekkenView, name="verzoek-intrekken"),
    path(f"{VERZOEK}motivering/", views.MotiveringView, name="verzoek-motivering"),
    path(f"{VERZOEK}besluit-opstellen/", views.BesluitOpstellenView, name="verzoek-besluit-opstellen"),
    path(f"{VERZOEK}besluit-nemen/", views.BesluitNemenView, name="verzoek-besluit-nemen"),
    path(f"{VERZOEK}publiceren/", views.PublicerenView, name="verzoek-publiceren"),
    path(
        f"{VERZOEK}publicatie-intrekken/",
        views.PublicatieIntrekkenView,
        name="verzoek-publicatie-intrekken",
    ),
    path(f"{VERZOEK}afronden/", views.AfrondenView, name="verzoek-afronden"),
    path(f"{VERZOEK}bestanden/<str:soort>", views.BestandView.as_view(), name="bestand"),
    path(f"{VERZOEK}documenten/", views.DocumentenView.as_view(), name="documenten"),
    path(f"{VERZOEK}documenten/uploaden/", views.UploadView, name="uploaden"),
    path(
        f"{VERZOEK}verwerkingen/<int:verwerking>/",
        views.VerwerkingVoortgangView.as_view(),
        name="verwerking-voortgang",
    ),
    path(
        f"{VERZOEK}verwerkingen/<int:verwerking>/herstarten/",
        views.VerwerkingHerstartView,
        name="verwerking-herstarten",
    ),
    path(f"{VERZOEK}documenten/koppelen/", views.KoppelView, name="koppelen"),
    path(f"{VERZOEK}documenten/beoordelen/", views.BulkBeoordelingView, name="bulk"),
    path(DOCUMENT, views.DocumentView.as_view(), name="document"),
    path(f"{DOCUMENT}beoordelen/", views.BeoordeelView, name="document-beoordelen"),
    path(f"{DOCUMENT}passage/", views.PassageView, name="document-passage"),
    path(f"{DOCUMENT}nagekeken/", views.NagekekenView, name="document-nagekeken"),
    path(f"{DOCUMENT}lakken/", views.LakBesluitView, name="document-lakbesluit"),
    path(f"{DOCUMENT}vak/", views.VakView, name="document-vak"),
    path(f"{DOCUMENT}voorbeeld.pdf", views.VoorbeeldPdfView.as_view(), name="document-voorbeeld"),
    path(
        f"{DOCUMENT}<str:soort>/<int:pagina>.png",
        views.PaginaView.as_view(),
        name="document-pagina",
    ),
]
