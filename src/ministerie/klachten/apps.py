from django.apps import AppConfig


class KlachtenConfig(AppConfig):
    name = "ministerie.klachten"
    verbose_name = "Klachten (Awb hoofdstuk 9)"
