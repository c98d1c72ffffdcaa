from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "ministerie.core"
    verbose_name = "Kern"

    def ready(self) -> None:
        from . import signals  # noqa: F401  (audit records for log-in and log-out)
