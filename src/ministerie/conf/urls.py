from django.urls import include, path

urlpatterns = [
    path("api/v1/", include("ministerie.api.urls")),
    path("organisatie/", include("ministerie.organisatie.urls")),
    path("stukken/", include("ministerie.stukken.urls")),
    path("parlement/", include("ministerie.parlement.urls")),
    path("woo/", include("ministerie.woo.urls")),
    path("openbaar/", include("ministerie.woo.portaal_urls")),
    path("bestuurskosten/", include("ministerie.bestuurskosten.urls")),
    path("begroting/", include("ministerie.begroting.urls")),
    path("agenda/", include("ministerie.agenda.urls")),
    path("correspondentie/", include("ministerie.correspondentie.urls")),
    path("klachten/", include("ministerie.klachten.urls")),
    path("bezwaar/", include("ministerie.bezwaar.urls")),
    path("archief/", include("ministerie.archief.urls")),
    path("identiteit/", include("ministerie.identiteit.urls")),
    path("", include("ministerie.bedrijfsvoering.urls")),  # /gezondheid/leeft, /gezondheid/gereed, /metrics
    path("", include("ministerie.gebruikers.urls")),  # /beheer/gebruikers/, /profiel/sessies/, /instellen/
    path("meldingen/", include("ministerie.meldingen.urls")),
    path("", include("ministerie.core.urls")),
]

handler403 = "ministerie.core.views.fout_403"
handler404 = "ministerie.core.views.fout_404"
handler500 = "ministerie.core.views.fout_500"
