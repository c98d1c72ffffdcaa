from django.apps import AppConfig


class StukkenConfig(AppConfig):
    name = "ministerie.stukken"
    verbose_name = "Stukken"

    def ready(self) -> None:
        from . import werk  # noqa: F401  (registers the "Mijn werk" source)
