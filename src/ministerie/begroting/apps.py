from django.apps import AppConfig


class BegrotingConfig(AppConfig):
    name = "ministerie.begroting"
    verbose_name = "Begroting"
