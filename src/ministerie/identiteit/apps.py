from django.apps import AppConfig


class IdentiteitConfig(AppConfig):
    name = "ministerie.identiteit"
    label = "identiteit"
    verbose_name = "Identiteit: single sign-on en tweede factor"

    def ready(self) -> None:
        from . import controles  # noqa: F401  (registers the system checks)
