"""Background jobs of the agenda part: the PDF of the annotated agenda is rendered once per state
by the worker; a request never renders it."""

from __future__ import annotations

from typing import Any

from django.core.cache import cache
from django.db import transaction
from django_tasks import task

from . import geannoteerd
from .models import Vergadering

WACHTTIJD_AANVRAAG = 600


@task()
def maak_geannoteerde_pdf(vergadering_pk: int, stand: str) -> dict[str, Any]:
    vergadering = Vergadering.objects.filter(pk=vergadering_pk).first()
    if vergadering is None:
        return {"vergadering": vergadering_pk, "gemaakt": False}
    vergadering = geannoteerd.maak_pdf(vergadering, stand)
    cache.delete(_sleutel(vergadering_pk, stand))
    return {"vergadering": vergadering_pk, "bestand": vergadering.pdf.name}


def _sleutel(pk: int, stand: str) -> str:
    return f"agenda-pdf-aangevraagd:{pk}:{stand}"


def vraag_pdf_aan(vergadering: Vergadering, stand: str | None = None) -> bool:
    """Queue the PDF of the current state after the transaction, at most once per
    WACHTTIJD_AANVRAAG; False when the stored PDF is already current."""
    from .stand import stand_van

    stand = stand or stand_van(vergadering)
    if vergadering.pdf and vergadering.pdf_versie == stand:
        return False
    if cache.add(_sleutel(vergadering.pk, stand), 1, timeout=WACHTTIJD_AANVRAAG):
        pk = vergadering.pk
        transaction.on_commit(lambda: maak_geannoteerde_pdf.enqueue(pk, stand))
    return True
