"""Liveness and readiness: is the process alive, and can it do its work now?

Readiness checks the database, the job workers' heartbeat (when jobs go through the database
queue), that the search index folder is writable and that every data folder has free space.
Each check answers ``Controle(ok, toelichting)``; one that fails makes the process "not ready".
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from django.conf import settings
from django.db import connection
from django_tasks import task_backends
from django_tasks_db import DatabaseBackend

from .werkers import levende_werkers


@dataclass(frozen=True)
class Controle:
    ok: bool
    toelichting: str


def database() -> Controle:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as fout:
        return Controle(False, f"database onbereikbaar: {type(fout).__name__}")
    return Controle(True, f"{connection.vendor} bereikbaar")


def werkers() -> Controle:
    if not isinstance(task_backends["default"], DatabaseBackend):
        return Controle(True, "taken lopen direct, zonder wachtrij: geen verwerker nodig")
    try:
        aantal = levende_werkers()
    except Exception as fout:
        return Controle(False, f"hartslag niet te lezen: {type(fout).__name__}")
    if not aantal:
        return Controle(
            False,
            f"geen verwerker met een hartslag in de laatste {settings.WERKER_HARTSLAG_VERLOOP_SECONDEN:g} "
            "seconden (start 'ministerie worker')",
        )
    return Controle(True, f"{aantal} verwerker(s) in leven")


def zoekindex() -> Controle:
    pad = Path(settings.ZOEKINDEX_PAD)
    try:
        pad.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=pad, prefix=".gereed-") as proef:
            proef.write(b"ok")
            proef.flush()
    except OSError as fout:
        return Controle(False, f"zoekindexmap niet schrijfbaar: {fout.strerror or type(fout).__name__}")
    return Controle(True, "zoekindexmap schrijfbaar")


def schijfruimte() -> Controle:
    minimum = int(settings.MIN_VRIJE_SCHIJFRUIMTE_MB)
    mappen = {Path(settings.DATA_DIR), Path(settings.MEDIA_ROOT), Path(settings.ZOEKINDEX_PAD)}
    gezien: dict[int, tuple[Path, int]] = {}
    for map_ in mappen:
        bestaand = next((p for p in (map_, *map_.parents) if p.exists()), None)
        if bestaand is None:
            continue
        gezien.setdefault(os.stat(bestaand).st_dev, (map_, shutil.disk_usage(bestaand).free // 2**20))
    krap = sorted((vrij, str(map_)) for map_, vrij in gezien.values() if vrij < minimum)
    if krap:
        vrij, naam = krap[0]
        return Controle(False, f"{vrij} MB vrij bij {naam}; minimaal {minimum} MB nodig")
    laagste = min((vrij for _, vrij in gezien.values()), default=0)
    return Controle(True, f"minstens {laagste} MB vrij (minimaal {minimum} MB)")


CONTROLES = {"database": database, "werkers": werkers, "zoekindex": zoekindex, "schijfruimte": schijfruimte}


def gereedheid() -> tuple[bool, dict[str, dict[str, object]]]:
    uitkomsten = {naam: controle() for naam, controle in CONTROLES.items()}
    return all(u.ok for u in uitkomsten.values()), {naam: asdict(u) for naam, u in uitkomsten.items()}
