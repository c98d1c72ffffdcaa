"""Background jobs of the Woo part: release the publications whose date has come (Woo art. 4.4
lid 5), and make the letters to the requester once (a request never renders a PDF)."""

from __future__ import annotations

from typing import Any

from django.core.cache import cache
from django.db import transaction
from django_tasks import task

from . import documenten_pdf, vrijgave
from .models import Verzoek

#: How long a queued letter is not queued again (seconds): a page that polls, or a refresh,
#: adds no second job while the first one waits or runs.
WACHTTIJD_AANVRAAG = 600


@task()
def publiceer_gepland() -> dict[str, Any]:
    gedaan = vrijgave.publiceer_gepland()
    return {"gepubliceerd": [p.verzoek.zaaknummer for p in gedaan]}


@task()
def maak_brief(verzoek_pk: int, soort: str) -> dict[str, Any]:
    """Render one letter of a request and store it; idempotent (a second run keeps the first)."""
    verzoek = Verzoek.objects.filter(pk=verzoek_pk).first()
    if verzoek is None:
        return {"verzoek": verzoek_pk, "brief": soort, "gemaakt": False}
    brief = documenten_pdf.maak_briefbestand(verzoek, soort)
    cache.delete(_sleutel(verzoek_pk, soort))
    return {"verzoek": verzoek.zaaknummer, "brief": soort, "bestand": brief.bestand.name}


def _sleutel(verzoek_pk: int, soort: str) -> str:
    return f"woo-brief-aangevraagd:{verzoek_pk}:{soort}"


def vraag_brief_aan(verzoek: Verzoek, soort: str) -> None:
    """Queue the making of a letter after the current transaction, at most once per
    WACHTTIJD_AANVRAAG (the shared cache remembers it for every web process)."""
    if soort not in documenten_pdf.BRIEVEN:
        raise ValueError(f"Onbekende brief: {soort}")
    if documenten_pdf.opgeslagen_brief(verzoek, soort) is not None:
        return
    if not cache.add(_sleutel(verzoek.pk, soort), 1, timeout=WACHTTIJD_AANVRAAG):
        return
    pk = verzoek.pk
    transaction.on_commit(lambda: maak_brief.enqueue(pk, soort))
