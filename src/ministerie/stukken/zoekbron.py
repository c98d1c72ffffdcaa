"""Documents and memos in the one search (``core.zoekbronnen``): registered from ``apps.py``.

The same filters as the documents page: the right to search documents, the user's clearance,
and the item's unit (or a unit on a memo's route) within the user's units, or the user as its
author, co-author or on its route. The page's own visibility functions check every hit shown.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from django.urls import reverse

from ministerie.core.permissies import heeft_recht
from ministerie.core.zoekbronnen import Bereik, Zoekbron, registreer, volg_koppeling

from . import indexering
from .models import Document, Nota
from .zichtbaarheid import zichtbare_documenten, zichtbare_notas


def _bereik(gebruiker: Any) -> Sequence[Bereik]:
    if not getattr(gebruiker, "is_active", False) or not heeft_recht(gebruiker, "stukken.zoeken"):
        return []
    return [Bereik(eenheden=frozenset(gebruiker.eenheden_in_scope()), gebruiker=gebruiker.pk)]


def _notas(gebruiker: Any, pks: Collection[int]) -> dict[int, str]:
    qs = Nota.objects.all() if gebruiker is None else zichtbare_notas(gebruiker)
    return {
        pk: reverse("stukken:nota", args=[pk]) for pk in qs.filter(pk__in=pks).values_list("pk", flat=True)
    }


def _documenten(gebruiker: Any, pks: Collection[int]) -> dict[int, str]:
    qs = Document.objects.all() if gebruiker is None else zichtbare_documenten(gebruiker)
    return {
        pk: reverse("stukken:document", args=[pk])
        for pk in qs.filter(pk__in=pks).values_list("pk", flat=True)
    }


def registreer_bronnen() -> None:
    # the services plan the memo's own changes; a co-author added or removed changes who finds it
    volg_koppeling(Nota.medeauteurs, lambda nota: (f"nota:{nota.pk}",))
    registreer(
        Zoekbron(
            soort="nota",
            label="Nota's",
            enkelvoud="Nota",
            deel="stukken",
            documenten=indexering.nota_documenten,
            alle=indexering.alle_notas,
            bereik=_bereik,
            zichtbaar=_notas,
            volgorde=10,
        )
    )
    registreer(
        Zoekbron(
            soort="document",
            label="Documenten",
            enkelvoud="Document",
            deel="stukken",
            documenten=indexering.document_documenten,
            alle=indexering.alle_documenten,
            bereik=_bereik,
            zichtbaar=_documenten,
            volgorde=11,
        )
    )
