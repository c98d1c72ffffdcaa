from django.apps import AppConfig


class CorrespondentieConfig(AppConfig):
    name = "ministerie.correspondentie"
    verbose_name = "Maatschappelijke correspondentie"
