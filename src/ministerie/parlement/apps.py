from django.apps import AppConfig


class ParlementConfig(AppConfig):
    name = "ministerie.parlement"
    verbose_name = "Parlement"

    def ready(self) -> None:
        from ministerie.core.navigatie import Menuitem, voeg_menuitem_toe
        from ministerie.stukken.signalen import nota_afgedaan

        from . import demo, werk  # noqa: F401  (registers the "Mijn werk" source and the demo loader)
        from .melden import antwoordnota_afgedaan
        from .zoekbron import registreer_bronnen

        registreer_bronnen()  # questions, commitments, motions and letters in the one search

        # a settled answer memo tells Parlementaire Zaken to send the answer
        nota_afgedaan.connect(antwoordnota_afgedaan, dispatch_uid="parlement.antwoordnota_afgedaan")

        voeg_menuitem_toe(Menuitem("Parlement", "parlement:start", "parlement.bekijken"))
        voeg_menuitem_toe(
            Menuitem("Kamerzaken", "parlement:bewindspersoon", "parlement.overzicht_bewindspersoon")
        )
