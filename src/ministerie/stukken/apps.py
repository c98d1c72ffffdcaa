from django.apps import AppConfig


class StukkenConfig(AppConfig):
    name = "ministerie.stukken"
    verbose_name = "Stukken"

    def ready(self) -> None:
        from ministerie.core.onderhoud import registreer_herbouw

        from . import demo, werk  # noqa: F401  (register the demo memos and the "Mijn werk" source)
        from .zoekbron import registreer_bronnen

        registreer_bronnen()  # documents and memos in the one search (core.zoekbronnen)

        # a restore or an upgrade rebuilds the search index (every part's sources) from the database
        registreer_herbouw("stukken-zoekindex", "ministerie.core.zoekbronnen.herbouw")
