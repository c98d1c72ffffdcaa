from django.apps import AppConfig


class GebruikersConfig(AppConfig):
    name = "ministerie.gebruikers"
    verbose_name = "Gebruikersbeheer"

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in, user_logged_out

        from ministerie.core.navigatie import Menuitem, voeg_menuitem_toe

        from . import werk  # noqa: F401  (registers the pending approvals in "Mijn werk")
        from .sessies import bij_inloggen, bij_uitloggen

        user_logged_in.connect(bij_inloggen, dispatch_uid="gebruikers-sessie-begin")
        user_logged_out.connect(bij_uitloggen, dispatch_uid="gebruikers-sessie-einde")
        voeg_menuitem_toe(
            Menuitem("Gebruikers", "gebruikers:overzicht", "gebruikers.bekijken"), voor="Audittrail"
        )
        voeg_menuitem_toe(Menuitem("Mijn sessies", "gebruikers:mijn-sessies", "sessies.eigen"), voor="API")
