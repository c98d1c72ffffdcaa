from django.apps import AppConfig


class OrganisatieConfig(AppConfig):
    name = "ministerie.organisatie"
    verbose_name = "Organisatie"

    def ready(self) -> None:
        from . import negatieflijst
        from .zoekbron import registreer_bronnen

        registreer_bronnen()  # units and people in the one search (core.zoekbronnen)
        negatieflijst.registreer()  # the register as the detector's negative list: units are no persons
