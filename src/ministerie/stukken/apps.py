from django.apps import AppConfig


class StukkenConfig(AppConfig):
    name = "ministerie.stukken"
    verbose_name = "Stukken"

    def ready(self) -> None:
        from ministerie.core.onderhoud import registreer_herbouw

        from . import werk  # noqa: F401  (registers the "Mijn werk" source)

        # a restore or an upgrade rebuilds the search index from the database
        registreer_herbouw("stukken-zoekindex", "ministerie.stukken.indexering.herbouw")
