from django.apps import AppConfig


class BegrotingConfig(AppConfig):
    name = "ministerie.begroting"
    verbose_name = "Begroting"

    def ready(self) -> None:
        from ministerie.core.navigatie import Menuitem, voeg_menuitem_toe

        from . import demo, werk  # noqa: F401  (register the "Mijn werk" source and demo content)
        from .zoekbron import registreer_bronnen

        registreer_bronnen()  # articles and mutations in the one search (core.zoekbronnen)

        voeg_menuitem_toe(Menuitem("Begroting", "begroting:overzicht", "begroting.bekijken"))
