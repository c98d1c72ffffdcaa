from django.apps import AppConfig


class WooConfig(AppConfig):
    name = "ministerie.woo"
    verbose_name = "Openbaarheid (Woo)"
