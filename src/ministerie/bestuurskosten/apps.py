from django.apps import AppConfig


class BestuurskostenConfig(AppConfig):
    name = "ministerie.bestuurskosten"
    verbose_name = "Bestuurskosten"

    def ready(self) -> None:
        from ministerie.core.navigatie import Menuitem, voeg_menuitem_toe

        from . import demo, werk  # noqa: F401  (register the demo loader and "Mijn werk" source)

        voeg_menuitem_toe(Menuitem("Bestuurskosten", "bestuurskosten:overzicht", "bestuurskosten.bekijken"))
