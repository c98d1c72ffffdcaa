from django.apps import AppConfig


class OrganisatieConfig(AppConfig):
    name = "ministerie.organisatie"
    verbose_name = "Organisatie"
