from django.apps import AppConfig


class BestuurskostenConfig(AppConfig):
    name = "ministerie.bestuurskosten"
    verbose_name = "Bestuurskosten"
