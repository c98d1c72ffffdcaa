"""The mailbox in the background: the worker reads MC's mailbox every
``MINISTERIE_CORRESPONDENTIE_IMAP_MINUTEN`` minutes. Each pass plans the next one (a deferred job
of the database backend); the shared cache holds one plan at a time, so two workers or a pass
from the command do not start a second chain. ``ministerie correspondentie ophalen`` starts the
chain (run it once after a deploy, or from cron as the fallback)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.core.cache import cache
from django.utils import timezone
from django_tasks import task

from . import instellingen
from .postvak import PostvakFout, haal_op

PLAN = "correspondentie-postvak-gepland"


@task()
def haal_post_op() -> dict[str, Any]:
    cache.delete(PLAN)
    try:
        uitkomst: dict[str, Any] = haal_op().als_dict()
    except PostvakFout as fout:
        uitkomst = {"fout": str(fout)}
    plan_volgende()
    return uitkomst


def plan_volgende() -> bool:
    """Plan the next pass when a mailbox is configured and the job backend can defer."""
    minuten = instellingen.ophaalminuten()
    if not minuten or not instellingen.imap().ingesteld or not haal_post_op.get_backend().supports_defer:
        return False
    if not cache.add(PLAN, 1, timeout=minuten * 60 + 600):
        return False
    haal_post_op.using(run_after=timezone.now() + timedelta(minutes=minuten)).enqueue()
    return True
