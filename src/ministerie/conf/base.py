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
    "drf_spectacular",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "ministerie.core",
    "ministerie.meldingen",
    "ministerie.organisatie",
    "ministerie.stukken",
    "ministerie.parlement",
    "ministerie.woo",
    "ministerie.bestuurskosten",
    "ministerie.begroting",
    "ministerie.bedrijfsvoering",
    "ministerie.gebruikers",
    "ministerie.agenda",
    "ministerie.correspondentie",
    "ministerie.klachten",
    "ministerie.bezwaar",
    "ministerie.archief",
    "ministerie.api",
    # single sign-on and the second factor (conf/identiteit.py, docs/identiteit.md)
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django_otp_webauthn",
    "ministerie.identiteit",
    "django_prometheus",
]

MIDDLEWARE = [
    # first and last: django-prometheus counts every request and its latency
    "django_prometheus.middleware.PrometheusBeforeMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy and Permissions-Policy on every answer (settings below)
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "ministerie.identiteit.middleware.TweedeFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "ministerie.gebruikers.middleware.SessieMiddleware",  # sessions: "last seen", ended ones refused
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
    "ministerie.api.middleware.ApiVersionMiddleware",
    "django_prometheus.middleware.PrometheusAfterMiddleware",
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
                "ministerie.meldingen.context_processors.meldingen",
                "ministerie.identiteit.context_processors.identiteit",
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
    # single sign-on (OpenID Connect); answers only on the return from the identity provider
    "ministerie.identiteit.oidc.SsoBackend",
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
# Uploads are limited while they stream in, before anything is stored (stukken/uploadgrens.py):
# a page that takes files declares its limits per file and per request (the document store:
# 50 MB per file); a body over its page's limit is refused from its Content-Length, unread.
# MINISTERIE_MAX_UPLOAD_MB: the ceiling for any request with files, in MB (default 2048: a
# mailbox export for bulk processing); a larger body is refused unread.
UPLOAD_MAX_VERZOEK = int(os.environ.get("MINISTERIE_MAX_UPLOAD_MB", "2048")) * 1024 * 1024
FILE_UPLOAD_HANDLERS = [
    "ministerie.stukken.uploadgrens.BegrensdeUpload",  # first: counts, refuses, shortens names
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]
# MINISTERIE_MAX_FORMULIER_MB: the largest body without its files (form fields, a JSON body),
# in MB (default 10); Django refuses more.
DATA_UPLOAD_MAX_MEMORY_SIZE = int(os.environ.get("MINISTERIE_MAX_FORMULIER_MB", "10")) * 1024 * 1024
# A file up to this size is held in memory while it is uploaded; a larger one streams to a
# temporary file (so a 2 GB upload never takes 2 GB of memory).
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440  # 2.5 MB, Django's default

# One cache shared by every web process (the public form's rate limit and single-use token,
# the download limit): Django's database cache. Its table is made by a migration of the Woo
# part (``migrate``), so nothing else needs to run.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "ministerie_cache",
        # room enough that a flood of requests cannot push out the counts and used tokens
        # (past MAX_ENTRIES Django culls a third of the table, expired entries first)
        "OPTIONS": {"MAX_ENTRIES": 100_000},
    }
}

# Content-Security-Policy (django-csp): only this site's own CSS, JavaScript (vendored htmx and
# the pages' own files), images and forms; no inline script at all. Inline <style> only with
# its hash: the one rule htmx adds for its request indicator. Style *attributes* stay allowed
# (style-src-attr): two pages place boxes at computed positions (woo/document.html,
# stukken/tablet.html); they cannot run code.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'sha256-faU7yAF8NxuMTNEwVmBz+VcYeIoBQ2EMHW3WaVxCvnk='"],
        "style-src-attr": ["'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# Permissions-Policy (django-permissions-policy): no page uses a camera, microphone, location,
# payment or the like; nothing embedded may ask for them either. Security keys (WebAuthn, the
# second factor) only for this site itself.
PERMISSIONS_POLICY: dict[str, list[str]] = {
    "publickey-credentials-create": ["self"],
    "publickey-credentials-get": ["self"],
    **{
        naam: []
        for naam in (
            "accelerometer",
            "autoplay",
            "camera",
            "display-capture",
            "encrypted-media",
            "fullscreen",
            "geolocation",
            "gyroscope",
            "magnetometer",
            "microphone",
            "midi",
            "payment",
            "picture-in-picture",
            "screen-wake-lock",
            "usb",
            "xr-spatial-tracking",
        )
    },
}

# MINISTERIE_ZOEKINDEX: folder of the full-text index (default $MINISTERIE_DATA_DIR/zoekindex).
# Only the job worker writes it; `ministerie zoek herbouw` rebuilds it from the database.
ZOEKINDEX_PAD = Path(os.environ.get("MINISTERIE_ZOEKINDEX", DATA_DIR / "zoekindex"))

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        # Token first: its WWW-Authenticate header makes a missing log-in a 401, not a 403.
        "ministerie.api.tokens.TokenAuthenticatie",
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
# MINISTERIE_API_TOKEN_DAGEN: days a new API token is valid (default 90); `ministerie token
# GEBRUIKERSNAAM --geldig-dagen N` sets it per token.
API_TOKEN_GELDIG_DAGEN = int(os.environ.get("MINISTERIE_API_TOKEN_DAGEN", "90"))

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

# MINISTERIE_LOG_JSON: "1" writes every log line as one JSON object (python-json-logger), for a
# log collector (Loki, Elastic, Splunk); default: plain text lines.
if os.environ.get("MINISTERIE_LOG_JSON", "") == "1":
    LOGGING["formatters"] = {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(process)d %(message)s",
            "rename_fields": {"asctime": "tijd", "levelname": "niveau", "name": "logger", "process": "pid"},
        }
    }
    LOGGING["handlers"] = {"console": {"class": "logging.StreamHandler", "formatter": "json"}}

# The organisation in the page header and footer (core/context_processors.py).
# MINISTERIE_ORGANISATIE_NAAM: its name (default: Ministerie van Binnenlandse Zaken en Koninkrijksrelaties).
ORGANISATIE_NAAM = os.environ.get(
    "MINISTERIE_ORGANISATIE_NAAM", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"
)
# MINISTERIE_LOGO: the organisation's own logo (SVG or PNG, with its name in it), replacing the
# default mark and name: a static file path ("huisstijl/logo.svg") or a path on this site starting
# with "/". Other hosts are blocked by the CSP (img-src 'self'). Empty (default): the plain mark
# with the name as text.
ORGANISATIE_LOGO = os.environ.get("MINISTERIE_LOGO", "")
# One date format everywhere: "7 december 2026", "7 december 2026 04:18" (core/formaten/nl/formats.py).
FORMAT_MODULE_PATH = ["ministerie.core.formaten"]

# --- e-mail (notifications, docs/meldingen.md) ---------------------------------------------------
# MINISTERIE_SMTP_HOST: the SMTP server; empty: no e-mail is sent (the preference page says so).
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("MINISTERIE_SMTP_HOST", "")
# MINISTERIE_SMTP_PORT: its port (default 587).
EMAIL_PORT = int(os.environ.get("MINISTERIE_SMTP_PORT", "587"))
# MINISTERIE_SMTP_GEBRUIKER, MINISTERIE_SMTP_WACHTWOORD: log-in at the server (optional).
EMAIL_HOST_USER = os.environ.get("MINISTERIE_SMTP_GEBRUIKER", "")
EMAIL_HOST_PASSWORD = os.environ.get("MINISTERIE_SMTP_WACHTWOORD", "")
# MINISTERIE_SMTP_TLS: "1" (default) STARTTLS, "0" none.
EMAIL_USE_TLS = os.environ.get("MINISTERIE_SMTP_TLS", "1") == "1"
EMAIL_TIMEOUT = 30
# MINISTERIE_MAIL_AFZENDER: the sender of every e-mail.
DEFAULT_FROM_EMAIL = os.environ.get("MINISTERIE_MAIL_AFZENDER", "ministerie <noreply@ministerie.invalid>")
# MINISTERIE_WEBADRES: the site's address (https://…), for absolute links in e-mail.
WEBADRES = os.environ.get("MINISTERIE_WEBADRES", "").rstrip("/")

# --- the public Woo form (docs/woo.md, "Anti-abuse on the public form") ------------------------
# MINISTERIE_WOO_MIN_INVULTIJD: seconds a person needs at least to fill the form (default 3).
WOO_MIN_INVULTIJD = float(os.environ.get("MINISTERIE_WOO_MIN_INVULTIJD", "3"))
# MINISTERIE_WOO_MAX_PER_UUR: requests per IP address per hour through the form (default 5).
WOO_MAX_PER_UUR = int(os.environ.get("MINISTERIE_WOO_MAX_PER_UUR", "5"))
# MINISTERIE_WOO_MAX_DOWNLOADS_PER_UUR: downloads of a receipt per IP address per hour (default 30).
WOO_MAX_DOWNLOADS_PER_UUR = int(os.environ.get("MINISTERIE_WOO_MAX_DOWNLOADS_PER_UUR", "30"))
# MINISTERIE_WOO_LAKPROCESSEN: processes that redact and check ahead in an assessment in bulk
# (default: one per core; 0 does everything in the job's own process).
WOO_LAKPROCESSEN = int(os.environ.get("MINISTERIE_WOO_LAKPROCESSEN", str(os.cpu_count() or 1)))
# The contact form and the complaint form have the same protection (core/webformulier.py):
# MINISTERIE_CORRESPONDENTIE_MIN_INVULTIJD / _MAX_PER_UUR and MINISTERIE_KLACHT_MIN_INVULTIJD /
# _MAX_PER_UUR (defaults 3 seconds and 5 per hour).
CORRESPONDENTIE_MIN_INVULTIJD = float(os.environ.get("MINISTERIE_CORRESPONDENTIE_MIN_INVULTIJD", "3"))
CORRESPONDENTIE_MAX_PER_UUR = int(os.environ.get("MINISTERIE_CORRESPONDENTIE_MAX_PER_UUR", "5"))
KLACHT_MIN_INVULTIJD = float(os.environ.get("MINISTERIE_KLACHT_MIN_INVULTIJD", "3"))
KLACHT_MAX_PER_UUR = int(os.environ.get("MINISTERIE_KLACHT_MAX_PER_UUR", "5"))

# --- Maatschappelijke correspondentie (ministerie.correspondentie, docs/correspondentie.md) ----
# MINISTERIE_CORRESPONDENTIE_IMAP_HOST: the IMAP server of MC's mailbox, read over IMAPS (empty:
#   no mailbox is read). _POORT its port (default 993); _GEBRUIKER and _WACHTWOORD the log-in;
#   _MAP the folder that is read (default INBOX); _VERWERKT where a message goes once it is stored
#   (default Verwerkt); _CA a CA file to trust besides the system's (a private CA); _MINUTEN the
#   worker reads the mailbox every this many minutes (default 5; 0: only by `ministerie
#   correspondentie ophalen`).
CORRESPONDENTIE_IMAP_HOST = os.environ.get("MINISTERIE_CORRESPONDENTIE_IMAP_HOST", "")
CORRESPONDENTIE_IMAP_POORT = int(os.environ.get("MINISTERIE_CORRESPONDENTIE_IMAP_POORT", "993"))
CORRESPONDENTIE_IMAP_GEBRUIKER = os.environ.get("MINISTERIE_CORRESPONDENTIE_IMAP_GEBRUIKER", "")
CORRESPONDENTIE_IMAP_WACHTWOORD = os.environ.get("MINISTERIE_CORRESPONDENTIE_IMAP_WACHTWOORD", "")
CORRESPONDENTIE_IMAP_MAP = os.environ.get("MINISTERIE_CORRESPONDENTIE_IMAP_MAP", "INBOX")
CORRESPONDENTIE_IMAP_VERWERKT = os.environ.get("MINISTERIE_CORRESPONDENTIE_IMAP_VERWERKT", "Verwerkt")
CORRESPONDENTIE_IMAP_CA = os.environ.get("MINISTERIE_CORRESPONDENTIE_IMAP_CA", "")
CORRESPONDENTIE_IMAP_MINUTEN = int(os.environ.get("MINISTERIE_CORRESPONDENTIE_IMAP_MINUTEN", "5"))
# MINISTERIE_CORRESPONDENTIE_AFZENDER: the From of answers by e-mail (default: MINISTERIE_MAIL_AFZENDER).
CORRESPONDENTIE_AFZENDER = os.environ.get("MINISTERIE_CORRESPONDENTIE_AFZENDER", "")

# --- the archive (ministerie.archief, docs/archief.md) ---------------------------------------
# MINISTERIE_ARCHIEF_IMAP_WACHTWOORD: the password for `ministerie archief ingest
#   imaps://gebruiker@host/MAP` (never in the address); MINISTERIE_ARCHIEF_IMAP_CA: a CA file to
#   trust besides the system's (a private CA).
ARCHIEF_IMAP_WACHTWOORD = os.environ.get("MINISTERIE_ARCHIEF_IMAP_WACHTWOORD", "")
ARCHIEF_IMAP_CA = os.environ.get("MINISTERIE_ARCHIEF_IMAP_CA", "")
# MINISTERIE_ONDERTEKENING_CERT / MINISTERIE_ONDERTEKENING_SLEUTEL: the organisation's certificate
#   and private key (PEM or DER) that sign the verklaring van vernietiging (PAdES); optional
#   MINISTERIE_ONDERTEKENING_WACHTWOORD (an encrypted key) and MINISTERIE_ONDERTEKENING_KETEN
#   (intermediate and root certificates, one PEM file). Unset: a self-signed certificate in the
#   organisation's name is made once in $MINISTERIE_DATA_DIR/ondertekening/ (demo, tests).
ONDERTEKENING_CERT = os.environ.get("MINISTERIE_ONDERTEKENING_CERT", "")
ONDERTEKENING_SLEUTEL = os.environ.get("MINISTERIE_ONDERTEKENING_SLEUTEL", "")
ONDERTEKENING_WACHTWOORD = os.environ.get("MINISTERIE_ONDERTEKENING_WACHTWOORD", "")
ONDERTEKENING_KETEN = os.environ.get("MINISTERIE_ONDERTEKENING_KETEN", "")

# --- operations (ministerie.bedrijfsvoering, docs/productie.md) ---------------------------------
# MINISTERIE_HARTSLAG_SECONDEN: how often a job worker records that it lives (default 10).
WERKER_HARTSLAG_SECONDEN = float(os.environ.get("MINISTERIE_HARTSLAG_SECONDEN", "10"))
# MINISTERIE_HARTSLAG_VERLOOP_SECONDEN: a worker silent for longer is taken as dead; its running
# jobs are failed or queued again (default 60; keep it several heartbeats long).
WERKER_HARTSLAG_VERLOOP_SECONDEN = float(os.environ.get("MINISTERIE_HARTSLAG_VERLOOP_SECONDEN", "60"))
# MINISTERIE_METRIEKEN_TOKEN: the bearer token Prometheus sends to /metrics ("Authorization:
# Bearer ..."); without it only a logged-in user with the right, or an allowed address, reads it.
METRIEKEN_TOKEN = os.environ.get("MINISTERIE_METRIEKEN_TOKEN", "")
# MINISTERIE_METRIEKEN_ADRESSEN: comma-separated addresses or networks (10.0.0.0/8) that may read
# /metrics without a token; compared with the direct peer (REMOTE_ADDR), not a forwarded header.
METRIEKEN_ADRESSEN = [
    a.strip() for a in os.environ.get("MINISTERIE_METRIEKEN_ADRESSEN", "").split(",") if a.strip()
]
# PROMETHEUS_MULTIPROC_DIR: an empty folder shared by the web server's worker processes, so that
# /metrics adds up the request metrics of all of them (read by prometheus_client itself).
# MINISTERIE_MIN_VRIJ_MB: readiness fails when a data folder has less free space (default 1024 MB).
MIN_VRIJE_SCHIJFRUIMTE_MB = int(os.environ.get("MINISTERIE_MIN_VRIJ_MB", "1024"))

# --- single sign-on and second factor: the settings and their environment variables ---------------
from .identiteit import *  # noqa: E402, F403
