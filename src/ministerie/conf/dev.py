"""Settings for ``make run``: the embedded SQLite database on a laptop."""

from .base import *  # noqa: F403
from .base import SECRET_KEY

DEBUG = False  # keeps the Dutch error pages in the demo; use runserver's --debug if needed
SECRET_KEY = SECRET_KEY or "alleen-voor-lokaal-gebruik-niet-geheim"
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True

# The demo stays a two-command try-out: with MINISTERIE_DEMO=1 (make run) the demo accounts may
# skip the second factor, and the demo banner says so. Never in production (production.py).
from .base import DEMO  # noqa: E402

TWEEDE_FACTOR_DEMO_OVERSLAAN = DEMO
