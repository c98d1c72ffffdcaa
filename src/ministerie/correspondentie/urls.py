from django.urls import path

from . import views

app_name = "correspondentie"

urlpatterns = [
    path("", views.OverzichtView.as_view(), name="overzicht"),
    path("nieuw/", views.NieuwView.as_view(), name="nieuw"),
    path("tekstblokken/", views.TekstblokkenView.as_view(), name="tekstblokken"),
    path("mandaten/", views.MandatenView.as_view(), name="mandaten"),
    path("campagnes/", views.CampagnesView.as_view(), name="campagnes"),
    path("campagnes/groeperen/", views.GroeperenView, name="campagnes-groeperen"),
    path("campagnes/<int:pk>/", views.CampagneView.as_view(), name="campagne"),
    path("campagnes/<int:pk>/beantwoorden/", views.CampagneBeantwoordenView, name="campagne-beantwoorden"),
    path("persoonsgegevens/", views.PersoonsgegevensView.as_view(), name="persoonsgegevens"),
    path(
        "persoonsgegevens/vernietigingslijst/", views.LijstOpstellenView, name="vernietigingslijst-opstellen"
    ),
    path(
        "persoonsgegevens/vernietigingslijst/<int:pk>/goedkeuren/",
        views.LijstGoedkeurenView,
        name="vernietigingslijst-goedkeuren",
    ),
    path("inzicht/", views.InzichtView.as_view(), name="inzicht"),
    path("inzicht/jaarverslag-<int:jaar>.<str:formaat>", views.JaarverslagView.as_view(), name="jaarverslag"),
    path(
        "inzicht/jaarverslag-<int:jaar>/aanbieden/",
        views.JaarverslagAanbiedenView,
        name="jaarverslag-aanbieden",
    ),
    path("contact/", views.ContactView.as_view(), name="contact"),
    path(
        "contact/ontvangen/<str:token>/", views.ContactBevestigingView.as_view(), name="contact-bevestiging"
    ),
    path("<int:pk>/", views.ZaakView.as_view(), name="zaak"),
    path("<int:pk>/soort/", views.SoortView, name="soort"),
    path("<int:pk>/toewijzen/", views.ToewijzenView, name="toewijzen"),
    path("<int:pk>/concept/", views.ConceptView, name="concept"),
    path("<int:pk>/antwoord/", views.AntwoordView, name="antwoord"),
    path("<int:pk>/voorleggen/", views.VoorleggenView, name="voorleggen"),
    path("<int:pk>/ondertekenen/", views.OndertekenView, name="ondertekenen"),
    path("<int:pk>/verzenden/", views.VerzendView, name="verzenden"),
    path("<int:pk>/omzetten/", views.OmzettenView, name="omzetten"),
    path("<int:pk>/omzetten-woo/", views.OmzettenWooView, name="omzetten-woo"),
    path("<int:pk>/omzetten-bezwaar/", views.OmzettenBezwaarView, name="omzetten-bezwaar"),
    path("<int:pk>/brief.pdf", views.VerzondenBriefView.as_view(), name="brief"),
    path("<int:pk>/bijlagen/<int:bijlage>/", views.BijlageView.as_view(), name="bijlage"),
]
