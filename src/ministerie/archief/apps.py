from django.apps import AppConfig


class ArchiefConfig(AppConfig):
    name = "ministerie.archief"
    verbose_name = "Informatiebeheer en archief"
