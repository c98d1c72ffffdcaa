from django.apps import AppConfig


class CorrespondentieConfig(AppConfig):
    name = "ministerie.correspondentie"
    verbose_name = "Maatschappelijke correspondentie"

    def ready(self) -> None:
        from ministerie.core.navigatie import Menuitem, voeg_menuitem_toe
        from ministerie.stukken.signalen import nota_afgedaan

        from . import demo, werk  # noqa: F401  (registers "Mijn werk" and the demo loader)
        from .services import bij_nota_afgedaan
        from .zoekbron import registreer_bron

        registreer_bron()  # in the one search (core.zoekbronnen)

        # a letter for signature that the bewindspersoon signed and the secretariaat settled
        nota_afgedaan.connect(bij_nota_afgedaan, dispatch_uid="correspondentie-brief-afgedaan")
        voeg_menuitem_toe(
            Menuitem("Correspondentie", "correspondentie:overzicht", "correspondentie.bekijken")
        )
        voeg_menuitem_toe(Menuitem("Contact", "correspondentie:contact", "", publiek=True))
        voeg_menuitem_toe(
            Menuitem("Correspondentie-inzicht", "correspondentie:inzicht", "correspondentie.inzicht")
        )
