"""Searching documents and memos as a given user sees them.

Classification and unit scope are filters inside the index query, so hidden items add nothing
to the count; the hits are then checked against the database once more before they are shown.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe

from ministerie.organisatie.models import Eenheid

from .indexering import zoekindex
from .zichtbaarheid import zichtbare_documenten, zichtbare_notas

STUKSOORTEN = ("nota", "document")


@dataclass(frozen=True)
class Zoekresultaat:
    id: str
    soort: str
    titel_html: SafeString
    fragment_html: SafeString
    url: str
    score: float


@dataclass(frozen=True)
class Zoekresultaten:
    totaal: int
    resultaten: list[Zoekresultaat]


def zoek_stukken(
    gebruiker: Any,
    vraag: str,
    *,
    soorten: Collection[str] | None = None,
    statussen: Collection[str] | None = None,
    eenheid: Any = None,
    van: date | None = None,
    tot: date | None = None,
    aantal: int = 20,
    start: int = 0,
    alles: bool = False,
) -> Zoekresultaten:
    """``alles`` searches as the functional administrator sees it (the CLI): no unit scope."""
    if not getattr(gebruiker, "is_authenticated", False) and not alles:
        return Zoekresultaten(0, [])
    eenheden = None if alles else set(gebruiker.eenheden_in_scope())
    mij = None if alles else gebruiker.pk
    if eenheid is not None:
        # a unit filter narrows the scope; it never widens it
        onder = Eenheid.objects.met_onderliggende([eenheid.pk])
        eenheden = set(onder) if eenheden is None else eenheden & onder
        mij = None
    # the index holds every part's items: this page searches only documents and memos
    soorten = [s for s in (soorten or STUKSOORTEN) if s in STUKSOORTEN]
    uitkomst = zoekindex().zoek(
        vraag,
        max_rubricering=gebruiker.clearance if not alles else 50,
        eenheden=eenheden,
        gebruiker=mij,
        soorten=soorten,
        statussen=statussen,
        van=van,
        tot=tot,
        aantal=aantal,
        start=start,
    )
    nota_ids = [int(t.id.split(":")[1]) for t in uitkomst.treffers if t.id.startswith("nota:")]
    doc_ids = [int(t.id.split(":")[1]) for t in uitkomst.treffers if t.id.startswith("document:")]
    if alles:
        from .models import Document, Nota

        notas = set(Nota.objects.filter(pk__in=nota_ids).values_list("pk", flat=True))
        docs = set(Document.objects.filter(pk__in=doc_ids).values_list("pk", flat=True))
    else:
        notas = set(zichtbare_notas(gebruiker).filter(pk__in=nota_ids).values_list("pk", flat=True))
        docs = set(zichtbare_documenten(gebruiker).filter(pk__in=doc_ids).values_list("pk", flat=True))
    resultaten = []
    for treffer in uitkomst.treffers:
        soort, _, pk = treffer.id.partition(":")
        if (soort == "nota" and int(pk) in notas) or (soort == "document" and int(pk) in docs):
            url = reverse("stukken:nota" if soort == "nota" else "stukken:document", args=[int(pk)])
            resultaten.append(
                Zoekresultaat(
                    treffer.id,
                    soort,
                    mark_safe(treffer.titel_html),  # noqa: S308 (escaped by the index)
                    mark_safe(treffer.fragment_html),
                    url,
                    treffer.score,  # noqa: S308
                )
            )
    verborgen = len(uitkomst.treffers) - len(resultaten)  # only when the index lags behind
    return Zoekresultaten(max(uitkomst.totaal - verborgen, len(resultaten)), resultaten)
