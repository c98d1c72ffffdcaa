"""Settings of the test identity provider: a tiny Django project with django-oidc-provider,
started on loopback by the tests (``starter.py``). Not part of ministerie; never deployed."""

from __future__ import annotations

import os
from pathlib import Path

MAP = Path(os.environ["IDP_MAP"])
SECRET_KEY = "idp-test-sleutel-niet-geheim"
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "oidc_provider",
]
MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]
ROOT_URLCONF = "ministerie.identiteit.tests.idp.urls"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [Path(__file__).resolve().parent / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {"context_processors": ["django.template.context_processors.request"]},
    }
]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": str(MAP / "idp.sqlite3")}}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
USE_TZ = True
LANGUAGE_CODE = "nl"
LOGIN_URL = "/login/"
SITE_URL = os.environ["IDP_URL"]
OIDC_USERINFO = "ministerie.identiteit.tests.idp.claims.userinfo"
OIDC_EXTRA_SCOPE_CLAIMS = "ministerie.identiteit.tests.idp.claims.GroepenClaims"
OIDC_IDTOKEN_PROCESSING_HOOK = "ministerie.identiteit.tests.idp.claims.idtoken"
LOGGING = {"version": 1, "disable_existing_loggers": True, "root": {"level": "WARNING"}}
