"""Information management (dossier §2.4, LEGAL.md §6): keeping the mail, agendas, chats and social
media of key officials, with retention, legal hold, destruction and transfer in MDTO."""

from django.apps import AppConfig


class ArchiefConfig(AppConfig):
    name = "ministerie.archief"
    verbose_name = "Informatiebeheer en archief"

    def ready(self) -> None:
        from ministerie.core.navigatie import Menuitem, voeg_menuitem_toe

        from . import demo  # noqa: F401  (registers the demo loader)
        from .zoekbron import registreer_bron

        registreer_bron()

        voeg_menuitem_toe(Menuitem("Archief", "archief:overzicht", "archief.raadplegen"))
