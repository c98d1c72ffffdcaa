"""Settings for ``ministerie serve``: everything from environment variables."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import SECRET_KEY

if not SECRET_KEY:
    raise ImproperlyConfigured("Zet DJANGO_SECRET_KEY: zonder geheime sleutel start de server niet.")

# MINISTERIE_HTTPS: "0" only behind a proxy that does not forward HTTPS (default "1").
_HTTPS = os.environ.get("MINISTERIE_HTTPS", "1") == "1"
SESSION_COOKIE_SECURE = _HTTPS
CSRF_COOKIE_SECURE = _HTTPS
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if _HTTPS else None
SECURE_HSTS_SECONDS = 31536000 if _HTTPS else 0
SECURE_CONTENT_TYPE_NOSNIFF = True

# DJANGO_CSRF_TRUSTED_ORIGINS: comma-separated origins (https://ministerie.example.nl).
CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get("DJANGO_CSRF_TRUSTED_ORIGINS", "").split(",") if o]
