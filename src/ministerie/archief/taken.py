"""Background jobs of the archive, run by ``ministerie worker`` (django-tasks). The periodic
fixity check runs from cron as ``ministerie archief controleer`` (non-zero exit on a change) or,
queued, as this task; both record the outcome in the audit trail."""

from __future__ import annotations

from typing import Any

from django_tasks import task

from . import services


@task()
def controleer_vaste_waarden() -> dict[str, Any]:
    """Re-hash every stored file; the outcome (and who may have caused a change) is returned
    and recorded in the audit trail. Idempotent: a second run adds only a second record."""
    aantal, afwijkingen = services.controleer_vaste_waarden(door="taak archief.controleer_vaste_waarden")
    return {
        "gecontroleerd": aantal,
        "afwijkingen": [
            {"stuk": a.item.pk, "pad": a.pad, "reden": a.reden, "mogelijk": a.mogelijk} for a in afwijkingen
        ],
    }
