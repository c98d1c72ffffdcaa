from django.urls import path

from . import views

app_name = "agenda"

urlpatterns = [
    path("", views.OverzichtView.as_view(), name="overzicht"),
    path("nieuw/", views.NieuweAgendaView, name="agenda-nieuw"),
    path("<int:pk>/week/", views.WeekView.as_view(), name="week"),
    path("<int:pk>/dag/", views.DagView.as_view(), name="dag"),
    path("<int:pk>/afspraken/nieuw/", views.AfspraakNieuwView.as_view(), name="afspraak-nieuw"),
    path("<int:pk>/reeksen/nieuw/", views.ReeksNieuwView.as_view(), name="reeks-nieuw"),
    path("<int:pk>/vaste-overleggen/", views.VastOverlegView, name="vaste-overleggen"),
    path("<int:pk>/importeren/", views.ImportView.as_view(), name="importeren"),
    path("<int:pk>/feed/", views.FeedBeheerView.as_view(), name="feed-beheer"),
    path("<int:pk>/feed/vernieuwen/", views.FeedVernieuwView, name="feed-vernieuwen"),
    path("<int:pk>/feed/intrekken/", views.FeedIntrekView, name="feed-intrekken"),
    path("<int:pk>/introductie/", views.IntroductieView.as_view(), name="introductie"),
    path("<int:pk>/introductie/protocol/", views.ProtocolView, name="protocol"),
    path("feed/<str:sleutel>.ics", views.FeedView.as_view(), name="feed"),
    path("afspraken/<int:pk>/", views.AfspraakView.as_view(), name="afspraak"),
    path("afspraken/<int:pk>/verwijderen/", views.AfspraakVerwijderView, name="afspraak-verwijderen"),
    path("afspraken/<int:pk>/bezoekdossier/", views.BezoeknotaView, name="bezoeknota"),
    path("reeksen/<int:pk>/", views.ReeksView.as_view(), name="reeks"),
    path("reeksen/<int:pk>/vervallen/", views.KeerVervallenView, name="keer-vervallen"),
    path("reeksen/<int:pk>/verwijderen/", views.ReeksVerwijderView, name="reeks-verwijderen"),
    path("taken/<int:pk>/gereed/", views.TaakAfrondenView, name="taak-gereed"),
    path("overleggen/", views.OverleggenView.as_view(), name="overleggen"),
    path("overleggen/<slug:code>/", views.OverlegView.as_view(), name="overleg"),
    path("vergaderingen/", views.VergaderingenView.as_view(), name="vergaderingen"),
    path("vergaderingen/<int:pk>/", views.VergaderingView.as_view(), name="vergadering"),
    path("vergaderingen/<int:pk>/punten/", views.PuntView, name="punt-nieuw"),
    path("vergaderingen/<int:pk>/punten/importeren/", views.PuntenImportView, name="punten-importeren"),
    path("vergaderingen/<int:pk>/vaststellen/", views.VaststellenView, name="vaststellen"),
    path("vergaderingen/<int:pk>/terugkoppeling/", views.TerugkoppelingView, name="terugkoppeling"),
    path("vergaderingen/<int:pk>/besluiten/", views.BesluitView, name="besluit-nieuw"),
    path("vergaderingen/<int:pk>/geannoteerd/", views.GeannoteerdView.as_view(), name="geannoteerd"),
    path(
        "vergaderingen/<int:pk>/geannoteerd.pdf", views.GeannoteerdPdfView.as_view(), name="geannoteerd-pdf"
    ),
    path("punten/<int:pk>/annotatie-vragen/", views.AnnotatieVragenView, name="annotatie-vragen"),
    path("verzoeken/<int:pk>/", views.VerzoekView.as_view(), name="verzoek"),
    path("besluiten/", views.BesluitenView.as_view(), name="besluiten"),
    path("besluiten/<int:pk>/afronden/", views.BesluitAfrondenView, name="besluit-afronden"),
]
