from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "ministerie.api"
    verbose_name = "API"
