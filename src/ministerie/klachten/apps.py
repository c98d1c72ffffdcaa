from typing import Any

from django.apps import AppConfig


class KlachtenConfig(AppConfig):
    name = "ministerie.klachten"
    verbose_name = "Klachten (Awb hoofdstuk 9)"

    def ready(self) -> None:
        from ministerie.core.navigatie import Menuitem, voeg_menuitem_toe
        from ministerie.correspondentie.signalen import als_klacht_aangemeld

        from . import demo, werk  # noqa: F401  (registers "Mijn werk" and the demo loader)
        from .zoekbron import registreer_bron

        registreer_bron()  # in the one search (core.zoekbronnen)

        als_klacht_aangemeld.connect(bij_klacht_aangemeld, dispatch_uid="klachten-uit-correspondentie")
        voeg_menuitem_toe(Menuitem("Klachten", "klachten:overzicht", "klacht.bekijken"))
        voeg_menuitem_toe(Menuitem("Klachtcijfers", "klachten:jaarverslag", "klacht.jaarverslag"))
        voeg_menuitem_toe(Menuitem("Klacht indienen", "klachten:indienen", "", publiek=True))


def bij_klacht_aangemeld(sender: Any, **gegevens: Any) -> None:
    """An incoming item of MC turned out to be a complaint: open it here (plain values)."""
    from .services import uit_correspondentie

    uit_correspondentie(**{k: v for k, v in gegevens.items() if k != "signal"})
