from django.urls import path

from . import views

app_name = "core"

urlpatterns = [
    path("", views.MijnWerkView.as_view(), name="mijn-werk"),
    path("inloggen/", views.InloggenView.as_view(), name="inloggen"),
    path("uitloggen/", views.UitloggenView.as_view(), name="uitloggen"),
    path("zoeken/", views.ZoekView.as_view(), name="zoeken"),
    path("profiel/", views.ProfielView.as_view(), name="profiel"),
    path("termijnen/", views.TermijnView.as_view(), name="termijn"),
    path("beheer/audittrail/", views.AuditView.as_view(), name="audit"),
    path("beheer/audittrail/controle/", views.AuditControleView, name="audit-controle"),
    path("beheer/taken/", views.TakenView.as_view(), name="taken"),
    path("gezondheid/", views.GezondheidView.as_view(), name="gezondheid"),
]
