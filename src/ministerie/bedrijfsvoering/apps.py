from django.apps import AppConfig


class BedrijfsvoeringConfig(AppConfig):
    name = "ministerie.bedrijfsvoering"
    verbose_name = "Bedrijfsvoering (beheer en continuïteit)"
