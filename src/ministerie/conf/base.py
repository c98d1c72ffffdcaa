"""Settings shared by every environment.

Every environment variable the application reads is read in this package and documented where
it is read. Nothing else in the code base looks at ``os.environ`` for settings.
"""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url

PACKAGE_DIR = Path(__file__).resolve().parent.parent

# MINISTERIE_DATA_DIR: folder for the embedded SQLite database, uploaded files and the search
# index. Default: ``var/`` in the current working directory.
DATA_DIR = Path(os.environ.get("MINISTERIE_DATA_DIR", Path.cwd() / "var")).resolve()
DATA_DIR.mkdir(parents=True, exist_ok=True)

# DJANGO_SECRET_KEY: required in production (see production.py); dev and test set their own.
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")

DEBUG = False

# DJANGO_ALLOWED_HOSTS: comma-separated host names the site answers to.
ALLOWED_HOSTS = [h for h in os.environ.get("DJANGO_ALLOWED_HOSTS", "").split(",") if h]

# MINISTERIE_DEMO: "1" turns on demo mode: demo accounts may be created and every page says so.
DEMO = os.environ.get("MINISTERIE_DEMO", "") == "1"

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "ministerie.core",
    "ministerie.organisatie",
    "ministerie.stukken",
    "ministerie.parlement",
    "ministerie.woo",
    "ministerie.bestuurskosten",
    "ministerie.begroting",
    "ministerie.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
    "ministerie.api.middleware.ApiVersionMiddleware",
]

ROOT_URLCONF = "ministerie.conf.urls"
WSGI_APPLICATION = "ministerie.conf.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "ministerie.core.context_processors.shell",
            ],
        },
    },
]

# DATABASE_URL: any database URL (``sqlite:///pad/naar.db`` or ``postgres://user@host/db``).
# Without it the embedded SQLite file ``$MINISTERIE_DATA_DIR/ministerie.sqlite3`` is used.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{DATA_DIR / 'ministerie.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the web server read while the job worker writes; IMMEDIATE avoids the
    # "database is locked" upgrade race between two writers.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "core.Gebruiker"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "core:inloggen"
LOGIN_REDIRECT_URL = "core:mijn-werk"
LOGOUT_REDIRECT_URL = "core:inloggen"

# Sessions end after a working day of inactivity and when the browser closes.
# MINISTERIE_SESSIE_SECONDEN: session lifetime in seconds (default 8 hours).
SESSION_COOKIE_AGE = int(os.environ.get("MINISTERIE_SESSIE_SECONDEN", str(8 * 3600)))
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_SAVE_EVERY_REQUEST = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False

# django-axes: five failed log-ins for the same account from the same address lock it for
# 30 minutes.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.5  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "registration/geblokkeerd.html"
AXES_RESET_ON_SUCCESS = True

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands")]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
MEDIA_ROOT = DATA_DIR / "bestanden"
# MINISTERIE_MAX_UPLOAD_MB: largest accepted upload in MB (default 50; the document store checks too).
DATA_UPLOAD_MAX_MEMORY_SIZE = int(os.environ.get("MINISTERIE_MAX_UPLOAD_MB", "50")) * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

# MINISTERIE_ZOEKINDEX: folder of the full-text index (default $MINISTERIE_DATA_DIR/zoekindex).
# Only the job worker writes it; `ministerie zoek herbouw` rebuilds it from the database.
ZOEKINDEX_PAD = Path(os.environ.get("MINISTERIE_ZOEKINDEX", DATA_DIR / "zoekindex"))

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        # Token first: its WWW-Authenticate header makes a missing log-in a 401, not a 403.
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["ministerie.api.permissions.MatrixPermission"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "ministerie.api.problems.problem_exception_handler",
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_PAGINATION_CLASS": "ministerie.api.paginering.Paginering",
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "ministerie API",
    "DESCRIPTION": (
        "REST API van ministerie, volgens de API Design Rules van Logius. "
        "Fouten worden gegeven als application/problem+json."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
}
API_VERSION = SPECTACULAR_SETTINGS["VERSION"]

TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default"],
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("MINISTERIE_LOGNIVEAU", "INFO")},
    # chatty libraries: their INFO lines (CSS parsing steps, the lock-out banner) say nothing
    # to an operator and clutter every command's output
    "loggers": {naam: {"level": "WARNING"} for naam in ("weasyprint", "fontTools", "axes", "axes.apps")},
}
