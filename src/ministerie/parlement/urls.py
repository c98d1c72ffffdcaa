from django.urls import path

from . import views

app_name = "parlement"

urlpatterns = [
    path("", views.StartView.as_view(), name="start"),
    path("bewindspersoon/", views.BewindspersoonView.as_view(), name="bewindspersoon"),
    path("kamervragen/", views.KamervragenLijstView.as_view(), name="kamervragen-lijst"),
    path("kamervragen/nieuw/", views.KamervragenNieuwView.as_view(), name="kamervragen-nieuw"),
    path("kamervragen/<int:pk>/", views.KamervragenView.as_view(), name="kamervragen"),
    path(
        "kamervragen/<int:pk>/toewijzen/",
        views.KamervragenToewijzenView,
        name="kamervragen-toewijzen",
    ),
    path(
        "kamervragen/<int:pk>/antwoordnota/",
        views.KamervragenAntwoordnotaView,
        name="kamervragen-antwoordnota",
    ),
    path("kamervragen/<int:pk>/uitstel/", views.KamervragenUitstelView, name="kamervragen-uitstel"),
    path(
        "kamervragen/<int:pk>/verzonden/",
        views.KamervragenVerzondenView,
        name="kamervragen-verzonden",
    ),
    path("mondeling/", views.MondelingLijstView.as_view(), name="mondeling"),
    path("mondeling/nieuw/", views.MondelingNieuwView.as_view(), name="mondeling-nieuw"),
    path("mondeling/<int:pk>/", views.MondelingeVraagView.as_view(), name="mondelinge-vraag"),
    path(
        "mondeling/<int:pk>/antwoordblad/",
        views.AntwoordbladView,
        name="mondelinge-vraag-antwoordblad",
    ),
    path("mondeling/<int:pk>/sluiten/", views.MondelingSluitenView, name="mondelinge-vraag-sluiten"),
    path("toezeggingen/", views.ToezeggingenView.as_view(), name="toezeggingen"),
    path("toezeggingen/nieuw/", views.ToezeggingNieuwView.as_view(), name="toezegging-nieuw"),
    path("toezeggingen/<int:pk>/", views.ToezeggingView.as_view(), name="toezegging"),
    path("toezeggingen/<int:pk>/status/", views.ToezeggingStatusView, name="toezegging-status"),
    path("moties/", views.MotiesView.as_view(), name="moties"),
    path("moties/nieuw/", views.MotieNieuwView.as_view(), name="motie-nieuw"),
    path("moties/<int:pk>/", views.MotieView.as_view(), name="motie"),
    path("moties/<int:pk>/uitslag/", views.MotieUitslagView, name="motie-uitslag"),
    path("moties/<int:pk>/uitvoering/", views.MotieUitvoeringView, name="motie-uitvoering"),
    path("kamerbrieven/", views.KamerbrievenView.as_view(), name="kamerbrieven"),
    path("kamerbrieven/registreren/", views.KamerbriefRegistrerenView, name="kamerbrief-registreren"),
    path("kamerbrieven/<int:pk>/", views.KamerbriefView.as_view(), name="kamerbrief"),
    path(
        "kamerbrieven/<int:pk>/verzenden/",
        views.KamerbriefVerzendenView,
        name="kamerbrief-verzenden",
    ),
    path("debatten/", views.DebattenView.as_view(), name="debatten"),
    path("debatten/nieuw/", views.DebatNieuwView.as_view(), name="debat-nieuw"),
    path("debatten/<int:pk>/", views.DebatView.as_view(), name="debat"),
    path("debatten/<int:pk>/status/", views.DebatStatusView, name="debat-status"),
    path("debatten/<int:pk>/toezeggingen/", views.DebatToezeggingenView, name="debat-toezeggingen"),
    path("debatten/<int:pk>/invoer/", views.DebatInvoerView.as_view(), name="debat-invoer"),
    path("debatten/<int:pk>/live/", views.DebatLiveView.as_view(), name="debat-live"),
    path("debatten/<int:pk>/live/vragen/", views.DebatLiveVragenView.as_view(), name="debat-live-vragen"),
    path("debatvragen/<int:pk>/markeren/", views.DebatvraagMarkeerView.as_view(), name="debatvraag-markeren"),
    path(
        "debatvragen/<int:pk>/nagestuurd/",
        views.DebatvraagNagestuurdView,
        name="debatvraag-nagestuurd",
    ),
    path("themas/<int:pk>/voorbereiden/", views.ThemaVoorbereidenView, name="thema-voorbereiden"),
    path("importeren/", views.ImportView.as_view(), name="importeren"),
]
