from django.apps import AppConfig


class MeldingenConfig(AppConfig):
    name = "ministerie.meldingen"
    verbose_name = "Meldingen"
