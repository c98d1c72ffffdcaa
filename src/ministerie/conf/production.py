"""Settings for ``ministerie serve``: everything from environment variables."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import DATABASES, SECRET_KEY

if not SECRET_KEY:
    raise ImproperlyConfigured("Zet DJANGO_SECRET_KEY: zonder geheime sleutel start de server niet.")

# Connection reuse: each web process (or thread) keeps its database connection for DATABASE_CONN_MAX_AGE
# seconds (default here 60; 0 closes it after every request). A kept connection is checked
# before a new request uses it, so one the database has closed is replaced instead of failing
# the request (docs/prestaties.md).
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DATABASE_CONN_MAX_AGE", "60"))
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

# MINISTERIE_HTTPS: "0" only behind a proxy that does not forward HTTPS (default "1").
_HTTPS = os.environ.get("MINISTERIE_HTTPS", "1") == "1"
SESSION_COOKIE_SECURE = _HTTPS
CSRF_COOKIE_SECURE = _HTTPS
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if _HTTPS else None
SECURE_HSTS_SECONDS = 31536000 if _HTTPS else 0
# Plain HTTP gets a redirect to HTTPS (the proxy says which it was in X-Forwarded-Proto).
SECURE_SSL_REDIRECT = _HTTPS
# ... except the health checks and metrics, which probes call on the plain internal address.
SECURE_REDIRECT_EXEMPT = [r"^gezondheid/", r"^metrics$"]
SECURE_CONTENT_TYPE_NOSNIFF = True

# DJANGO_CSRF_TRUSTED_ORIGINS: comma-separated origins (https://ministerie.example.nl).
CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get("DJANGO_CSRF_TRUSTED_ORIGINS", "").split(",") if o]

# The second factor is always required in production and no account may skip it, not even a
# demo account with MINISTERIE_DEMO=1 (no environment variable changes this).
TWEEDE_FACTOR_VERPLICHT = True
TWEEDE_FACTOR_DEMO_OVERSLAAN = False
