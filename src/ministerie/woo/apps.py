from django.apps import AppConfig


class WooConfig(AppConfig):
    name = "ministerie.woo"
    verbose_name = "Openbaarheid (Woo)"

    def ready(self) -> None:
        from ministerie.core.navigatie import Menuitem, voeg_menuitem_toe
        from ministerie.core.onderhoud import registreer_herbouw
        from ministerie.parlement.signalen import kamerbrief_verzonden

        from . import demo, werk  # noqa: F401  (registers "Mijn werk" and the demo loader)
        from .actief import bij_kamerbrief_verzonden

        kamerbrief_verzonden.connect(bij_kamerbrief_verzonden, dispatch_uid="woo-actief")
        voeg_menuitem_toe(Menuitem("Woo", "woo:overzicht", "woo.bekijken"))
        voeg_menuitem_toe(Menuitem("Woo-inzicht", "woo:inzicht", "woo.inzicht"))
        # a restore or an upgrade rebuilds the public portal's index from the database
        registreer_herbouw("woo-portaalindex", "ministerie.woo.portaalindex.herbouw")
