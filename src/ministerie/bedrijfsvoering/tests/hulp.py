"""Helpers for the operations tests: real worker and web processes, snapshots of the state."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from django.db import connection

from ministerie.core.tests.processen import MINISTERIE, omgeving

# a worker that beats fast and is given up quickly, so the tests need not wait a minute
SNELLE_HARTSLAG = {"MINISTERIE_HARTSLAG_SECONDEN": "0.3", "MINISTERIE_HARTSLAG_VERLOOP_SECONDEN": "2"}


def draai(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real ``ministerie`` command against the test database, with extra variables."""
    return subprocess.run(
        [str(MINISTERIE), *args],
        env={**omgeving(), **(env or {})},
        capture_output=True,
        text=True,
        timeout=180,
    )


def start_werker(*extra: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [str(MINISTERIE), "worker", "--interval", "0.1", "--no-startup-delay", *extra],
        env={**omgeving(), **SNELLE_HARTSLAG, **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def stop(proces: subprocess.Popen[str], *, sein: int = signal.SIGTERM) -> str:
    if proces.poll() is None:
        proces.send_signal(sein)
    try:
        uitvoer, _ = proces.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proces.kill()
        uitvoer, _ = proces.communicate()
    return uitvoer or ""


def wacht_op(voorwaarde: Callable[[], Any], seconden: float = 60, stap: float = 0.05) -> Any:
    einde = time.monotonic() + seconden
    while time.monotonic() < einde:
        uitkomst = voorwaarde()
        if uitkomst:
            return uitkomst
        time.sleep(stap)
    return None


def tabellen() -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in a stable order (the database as it is now)."""
    inhoud = {}
    with connection.cursor() as cursor:
        for tabel in sorted(connection.introspection.table_names(cursor)):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(tabel)}")
            inhoud[tabel] = sorted((tuple(rij) for rij in cursor.fetchall()), key=repr)
    return inhoud


def bestanden(*mappen: Path) -> dict[str, str]:
    """SHA-256 of every file under the folders, by path relative to the folder's parent."""
    uitkomst = {}
    for map_ in mappen:
        for pad in sorted(map_.rglob("*")) if map_.exists() else []:
            if pad.is_file():
                uitkomst[str(pad.relative_to(map_.parent))] = hashlib.sha256(pad.read_bytes()).hexdigest()
    return uitkomst


def xdist_achtervoegsel() -> str:
    return os.environ.get("PYTEST_XDIST_WORKER", "main")
