"""Settings for the test suite. Runs on SQLite, or on PostgreSQL when DATABASE_URL says so."""

import os

from .base import *  # noqa: F403
from .base import DATA_DIR, DATABASES

SECRET_KEY = "test-sleutel-niet-geheim"
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
AXES_ENABLED = True

_SUFFIX = os.environ.get("PYTEST_XDIST_WORKER", "main")
ZOEKINDEX_PAD = DATA_DIR / f"zoekindex-test-{_SUFFIX}-{os.getpid()}"
MEDIA_ROOT = DATA_DIR / f"bestanden-test-{_SUFFIX}"

# Jobs run at once in tests, unless a test starts a real worker process
# (MINISTERIE_TAKEN=database, set by core/tests/processen.py).
if os.environ.get("MINISTERIE_TAKEN") != "database":
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# The tests redact in the job's own process; test_verwerking switches the pool on where it proves
# the same result.
WOO_LAKPROCESSEN = 0

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file, not memory: the job-worker test starts a second process on the same database.
    # MINISTERIE_TEST_WORKER (set per pytest-xdist worker) keeps parallel runs apart.
    suffix = os.environ.get("PYTEST_XDIST_WORKER", "main")
    DATABASES["default"]["TEST"] = {"NAME": str(DATA_DIR / f"test-{suffix}.sqlite3")}

# The second-factor gate is off for the tests of the other parts (they log in with force_login);
# the identity tests switch it on (override_settings) and test_instellingen proves that the
# production settings always have it on.
TWEEDE_FACTOR_VERPLICHT = False

# What the code keeps under DATA_DIR itself (the work folders of bulk and Woo jobs, numbered by
# the job's row): one folder per test process, like MEDIA_ROOT, as parallel processes number
# their jobs from 1 alike. (The settings above keep the shared folder.)
DATA_DIR = DATA_DIR / f"data-test-{_SUFFIX}"
