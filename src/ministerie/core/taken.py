"""Background jobs of the core, run by ``ministerie worker`` (django-tasks, database backend)."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django_tasks import task
from django_tasks_db.models import DBTaskResult

from . import audit
from .models import AuditRecord
from .permissies import vereis


@task()
def controleer_audittrail() -> dict[str, Any]:
    """Verify the hash chain and record the outcome in the trail itself.

    Idempotent: running it twice only adds a second, equally true, record.
    """
    uitkomst = audit.verifieer()
    gegevens = {
        "intact": uitkomst.intact,
        "gecontroleerd": uitkomst.gecontroleerd,
        "eerste_fout": uitkomst.eerste_fout,
        "reden": uitkomst.reden,
    }
    with transaction.atomic():
        audit.registreer("audittrail_gecontroleerd", door="taak controleer_audittrail", gegevens=gegevens)
    return gegevens


@transaction.atomic
def vraag_auditcontrole_aan(*, door: Any) -> None:
    """Queue a verification of the hash chain as a background job (audited)."""
    vereis(door, "audit.verifieren")
    audit.registreer("audittrail_controle_aangevraagd", door=door)
    transaction.on_commit(controleer_audittrail.enqueue)


def recente_controles(aantal: int = 5) -> list[AuditRecord]:
    return list(AuditRecord.objects.filter(actie="audittrail_gecontroleerd").order_by("-volgnummer")[:aantal])


def recente_taken(aantal: int = 50) -> list[DBTaskResult]:
    return list(DBTaskResult.objects.order_by("-enqueued_at")[:aantal])
