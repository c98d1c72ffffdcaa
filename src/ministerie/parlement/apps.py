from django.apps import AppConfig


class ParlementConfig(AppConfig):
    name = "ministerie.parlement"
    verbose_name = "Parlement"

    def ready(self) -> None:
        from ministerie.core.navigatie import Menuitem, voeg_menuitem_toe

        from . import demo, werk  # noqa: F401  (registers the "Mijn werk" source and the demo loader)

        voeg_menuitem_toe(Menuitem("Parlement", "parlement:start", "parlement.bekijken"))
        voeg_menuitem_toe(
            Menuitem("Kamerzaken", "parlement:bewindspersoon", "parlement.overzicht_bewindspersoon")
        )
