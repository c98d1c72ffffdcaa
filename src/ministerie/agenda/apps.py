from django.apps import AppConfig


class AgendaConfig(AppConfig):
    name = "ministerie.agenda"
    verbose_name = "Agenda en overleg"

    def ready(self) -> None:
        from ministerie.core.navigatie import Menuitem, voeg_menuitem_toe

        from . import demo, werk  # noqa: F401  (register the demo loader and "Mijn werk" sources)
        from .zoekbron import registreer_bronnen

        registreer_bronnen()  # appointments, meetings and decisions in the one search (core.zoekbronnen)

        voeg_menuitem_toe(Menuitem("Agenda", "agenda:overzicht", "agenda.bekijken"))
        voeg_menuitem_toe(Menuitem("Vergaderingen", "agenda:vergaderingen", "vergadering.bekijken"))
        voeg_menuitem_toe(Menuitem("Besluiten Bestuursraad", "agenda:besluiten", "bestuursraad.bekijken"))
