from django.urls import path

from . import views

app_name = "archief"

urlpatterns = [
    path("", views.OverzichtView.as_view(), name="overzicht"),
    path("woo/", views.NaarWooView, name="naar-woo"),
    path("toegang/", views.EigenMachtigenView, name="eigen-machtigen"),
    path("stukken/<int:pk>/", views.ItemView.as_view(), name="item"),
    path("stukken/<int:pk>/bestand/", views.ItemBestandView.as_view(), name="item-bestand"),
    path("register/", views.RegisterView.as_view(), name="register"),
    path("register/toevoegen/", views.RegisterToevoegenView, name="register-toevoegen"),
    path("register/overnemen/", views.RegisterOvernemenView, name="register-overnemen"),
    path("register/toegang/", views.MachtigenView, name="machtigen"),
    path("register/export.<str:formaat>", views.RegisterExportView.as_view(), name="register-export"),
    path("innames/", views.InnamesView.as_view(), name="innames"),
    path("innames/<int:pk>/", views.InnameView.as_view(), name="inname"),
    path("bewaarplichten/", views.BewaarplichtenView.as_view(), name="bewaarplichten"),
    path("bewaarplichten/zetten/", views.BewaarplichtZettenView, name="bewaarplicht-zetten"),
    path("bewaarplichten/<int:pk>/opheffen/", views.BewaarplichtOpheffenView, name="bewaarplicht-opheffen"),
    path("vernietiging/", views.VernietigingView.as_view(), name="vernietiging"),
    path("vernietiging/opstellen/", views.LijstOpstellenView, name="lijst-opstellen"),
    path("vernietiging/<int:pk>/", views.LijstView.as_view(), name="lijst"),
    path("vernietiging/<int:pk>/goedkeuren/", views.GoedkeurenView, name="goedkeuren"),
    path("vernietiging/<int:pk>/intrekken/", views.IntrekkenView, name="intrekken"),
    path("vernietiging/<int:pk>/verklaring.pdf", views.VerklaringView.as_view(), name="verklaring"),
    path("overbrengingen/", views.OverbrengingenView.as_view(), name="overbrengingen"),
]
