"""Background jobs of the notifications: one e-mail per notification for the users who chose
"direct", and the daily overview for the others (``ministerie meldingen verstuur-overzicht``
queues it; run that from cron). Both claim their notifications with a conditional UPDATE
(``gemaild_op``), so a retry or a second worker never sends one twice."""

from __future__ import annotations

from typing import Any

from django_tasks import task

from . import mail


@task()
def mail_melding(melding_pk: int) -> dict[str, Any]:
    return {"melding": melding_pk, "verstuurd": mail.verstuur_direct(melding_pk)}


@task()
def verstuur_overzichten() -> dict[str, Any]:
    uitkomst = mail.verstuur_overzichten()
    return {"gebruikers": uitkomst.gebruikers, "meldingen": uitkomst.meldingen, "mislukt": uitkomst.mislukt}
