from django.apps import AppConfig


class ParlementConfig(AppConfig):
    name = "ministerie.parlement"
    verbose_name = "Parlement"
