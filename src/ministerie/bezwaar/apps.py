from django.apps import AppConfig


class BezwaarConfig(AppConfig):
    name = "ministerie.bezwaar"
    verbose_name = "Bezwaar (Awb hoofdstukken 6 en 7)"

    def ready(self) -> None:
        from ministerie.core.navigatie import Menuitem, voeg_menuitem_toe
        from ministerie.correspondentie.signalen import als_bezwaar_aangemeld

        from . import demo, werk  # noqa: F401  (registers "Mijn werk" and the demo loader)
        from .uit_correspondentie import bij_correspondentie_naar_bezwaar
        from .zoekbron import registreer_bron

        registreer_bron()  # in the one search (core.zoekbronnen)

        # team MC turns an incoming letter that is really an objection into one with one click
        als_bezwaar_aangemeld.connect(
            bij_correspondentie_naar_bezwaar, dispatch_uid="bezwaar-uit-correspondentie"
        )
        voeg_menuitem_toe(Menuitem("Bezwaren", "bezwaar:overzicht", "bezwaar.bekijken"))
