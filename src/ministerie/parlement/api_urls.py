"""API routes of this part, included in /api/v1/ (names live in the "api" namespace)."""

from django.urls import path

from . import api

urlpatterns = [
    path("kamervragen", api.KamervragenLijst.as_view(), name="kamervragen-lijst"),
    path("kamervragen/<int:pk>", api.KamervragenDetail.as_view(), name="kamervragen-detail"),
    path("kamervragen/<int:pk>/uitstel", api.KamervragenUitstel, name="kamervragen-uitstel"),
    path("kamervragen/<int:pk>/verzonden", api.KamervragenVerzonden, name="kamervragen-verzonden"),
    path(
        "kamervragen/<int:pk>/antwoordnota",
        api.KamervragenAntwoordnota,
        name="kamervragen-antwoordnota",
    ),
    path("mondelinge-vragen", api.MondelingeVragenLijst.as_view(), name="parlement-mondelinge-vragen"),
    path(
        "mondelinge-vragen/<int:pk>/antwoordblad",
        api.MondelingeVraagAntwoordblad,
        name="parlement-mondelinge-vraag-antwoordblad",
    ),
    path("toezeggingen", api.ToezeggingenLijst.as_view(), name="parlement-toezeggingen"),
    path("toezeggingen/<int:pk>", api.ToezeggingDetail.as_view(), name="parlement-toezegging"),
    path("toezeggingen/<int:pk>/status", api.ToezeggingStatus, name="parlement-toezegging-status"),
    path("moties", api.MotiesLijst.as_view(), name="parlement-moties"),
    path("moties/<int:pk>", api.MotieDetail.as_view(), name="parlement-motie"),
    path("moties/<int:pk>/uitslag", api.MotieUitslag, name="parlement-motie-uitslag"),
    path("moties/<int:pk>/uitvoering", api.MotieUitvoering, name="parlement-motie-uitvoering"),
    path("kamerbrieven", api.KamerbrievenLijst.as_view(), name="parlement-kamerbrieven"),
    path("kamerbrieven/<int:pk>", api.KamerbriefDetail.as_view(), name="parlement-kamerbrief"),
    path(
        "kamerbrieven/<int:pk>/verzenden",
        api.KamerbriefVerzenden,
        name="parlement-kamerbrief-verzenden",
    ),
    path("debatten", api.DebattenLijst.as_view(), name="parlement-debatten"),
    path("debatten/<int:pk>", api.DebatDetail.as_view(), name="parlement-debat"),
    path("debatten/<int:pk>/vragen", api.DebatVragen, name="parlement-debat-vragen"),
    path("debatten/<int:pk>/toezeggingen", api.DebatToezeggingen, name="parlement-debat-toezeggingen"),
    path("debatvragen/<int:pk>/status", api.DebatvraagStatus, name="parlement-debatvraag-status"),
    path("parlement/overzicht", api.Overzicht.as_view(), name="parlement-overzicht"),
    path("parlement/import", api.Import.as_view(), name="parlement-import"),
]
