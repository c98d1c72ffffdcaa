"""The objection tests need the part in INSTALLED_APPS; until it is there they are not collected
(the part is registered in the settings by the lead)."""

from django.apps import apps

collect_ignore_glob = [] if apps.is_installed("ministerie.bezwaar") else ["test_*.py"]
