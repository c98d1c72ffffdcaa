"""Jobs survive a stopped worker: a task enqueued while no worker runs, runs after restart."""

from __future__ import annotations

import signal
import subprocess
import time
from collections.abc import Callable

import pytest
from django.test import override_settings
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from ministerie.core import audit
from ministerie.core.models import AuditRecord
from ministerie.core.taken import controleer_audittrail
from ministerie.core.tests.processen import start_ministerie

pytestmark = pytest.mark.django_db(transaction=True)
DATABASE_TAKEN = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


def _stop(worker: subprocess.Popen[str]) -> str:
    worker.send_signal(signal.SIGTERM)
    uitvoer, _ = worker.communicate(timeout=30)
    return uitvoer


def _wacht_op(voorwaarde: Callable[[], bool], seconden: float = 60) -> bool:
    einde = time.monotonic() + seconden
    while time.monotonic() < einde:
        if voorwaarde():
            return True
        time.sleep(0.2)
    return False


@override_settings(TASKS=DATABASE_TAKEN)
def test_taak_van_voor_de_stop_loopt_na_de_herstart() -> None:
    audit.registreer("test_actie", door="test")
    worker = start_ministerie("worker", "--interval", "0.2", "--no-startup-delay")
    time.sleep(2)
    _stop(worker)

    resultaat = controleer_audittrail.enqueue()
    time.sleep(1)
    assert DBTaskResult.objects.get(pk=resultaat.id).status == TaskResultStatus.READY

    worker = start_ministerie("worker", "--interval", "0.2", "--no-startup-delay")
    try:
        klaar = _wacht_op(
            lambda: DBTaskResult.objects.get(pk=resultaat.id).status == TaskResultStatus.SUCCESSFUL
        )
    finally:
        uitvoer = _stop(worker)
    assert klaar, uitvoer
    controle = AuditRecord.objects.get(actie="audittrail_gecontroleerd")
    assert controle.gegevens["intact"] is True
    assert controle.gegevens["gecontroleerd"] == 1
