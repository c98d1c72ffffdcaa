"""Run the real ``ministerie`` command in a child process against the test database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from django.db import connection

MINISTERIE = Path(sys.executable).with_name("ministerie")


def database_url() -> str:
    """The URL of the database the tests run on (the test database, not the configured one)."""
    instellingen = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{instellingen['NAME']}"
    gebruiker = instellingen["USER"] or ""
    wachtwoord = f":{instellingen['PASSWORD']}" if instellingen["PASSWORD"] else ""
    host = instellingen["HOST"] or "localhost"
    poort = f":{instellingen['PORT']}" if instellingen["PORT"] else ""
    return f"postgres://{gebruiker}{wachtwoord}@{host}{poort}/{instellingen['NAME']}"


def omgeving() -> dict[str, str]:
    env = dict(os.environ)
    env["DJANGO_SETTINGS_MODULE"] = "ministerie.conf.test"
    env["DATABASE_URL"] = database_url()
    env["MINISTERIE_TAKEN"] = "database"
    return env


def ministerie(*args: str, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(MINISTERIE), *args],
        env=omgeving(),
        capture_output=True,
        text=True,
        timeout=120,
        **kwargs,
    )


def start_ministerie(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [str(MINISTERIE), *args],
        env=omgeving(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
