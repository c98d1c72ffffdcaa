"""Keeping the search index in step with the database, through background jobs.

The database is the source of truth: every change plans a job that (re)writes the item in the
index, and ``herbouw`` rebuilds the whole index from the database.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import transaction
from django_tasks import task

from ministerie.zoeken import Zoekdocument, Zoekindex

from .models import Document, Nota, Versie

BATCH = 500


@lru_cache(maxsize=4)
def _index(pad: str) -> Zoekindex:
    return Zoekindex(Path(pad))


def zoekindex() -> Zoekindex:
    return _index(str(settings.ZOEKINDEX_PAD))


def plan_indexering(*ids: str) -> None:
    """Queue (re)indexing of these items once the current transaction commits."""
    lijst = list(ids)
    transaction.on_commit(lambda: indexeer.enqueue(lijst))


def _nota_document(nota: Nota) -> Zoekdocument:
    stappen = list(nota.stappen.all())
    punten = "\n".join(p.tekst for p in nota.beslispunten.all())
    # an answer memo: its questions and answers are found like the rest of its text
    antwoorden = "\n".join(f"{a.vraag}\n{a.tekst}" for a in nota.antwoorden.all())
    return Zoekdocument(
        id=f"nota:{nota.pk}",
        soort="nota",
        titel=f"{nota.onderwerp}",
        tekst="\n".join([nota.aanleiding, punten, nota.kernpunten, nota.toelichting, antwoorden]),
        eenheid=nota.eenheid_id,
        eenheden=tuple({s.eenheid_id for s in stappen if s.eenheid_id}),
        gebruikers=tuple({nota.auteur_id, *(s.houder_id for s in stappen)}),
        rubricering=nota.rubricering,
        status=nota.status,
        datum=nota.datum,
        kenmerk=nota.kenmerk,
    )


def _document_document(document: Document, versie: Versie | None = None) -> Zoekdocument:
    versie = versie or document.versies.order_by("-nummer").first()
    return Zoekdocument(
        id=f"document:{document.pk}",
        soort="document",
        titel=document.titel,
        tekst=versie.tekst if versie else "",
        eenheid=document.eenheid_id,
        gebruikers=(document.aangemaakt_door_id,),
        rubricering=document.rubricering,
        status="opgeslagen",
        datum=document.datum or document.aangemaakt_op.date(),
        kenmerk="",
    )


def zoekdocument_voor(id_: str) -> Zoekdocument | None:
    soort, _, pk = id_.partition(":")
    if soort == "nota":
        nota = Nota.objects.filter(pk=pk).prefetch_related("stappen", "beslispunten", "antwoorden").first()
        return _nota_document(nota) if nota else None
    if soort == "document":
        document = Document.objects.filter(pk=pk).first()
        return _document_document(document) if document else None
    return None


@task()
def indexeer(ids: list[str]) -> int:
    """Idempotent: writes each item as the database has it now, removes what is gone."""
    aanwezig: list[Any] = []
    weg: list[str] = []
    for id_ in ids:
        doc = zoekdocument_voor(id_)
        if doc is not None:
            aanwezig.append(doc)
        else:
            weg.append(id_)
    index = zoekindex()
    if aanwezig:
        index.schrijf(aanwezig)
    if weg:
        index.verwijder(weg)
    return len(ids)


def _alle_documenten() -> Iterator[Zoekdocument]:
    notas = Nota.objects.prefetch_related("stappen", "beslispunten", "antwoorden")
    for nota in notas.iterator(chunk_size=BATCH):
        yield _nota_document(nota)
    # newest version first per document, in one pass instead of a query per document
    vorige = None
    versies = Versie.objects.select_related("document").order_by("document_id", "-nummer")
    for versie in versies.iterator(chunk_size=BATCH):
        if versie.document_id != vorige:
            vorige = versie.document_id
            yield _document_document(versie.document, versie)
    for document in Document.objects.filter(versies__isnull=True).iterator(chunk_size=BATCH):
        yield _document_document(document)


def _in_porties(items: Iterable[Zoekdocument], grootte: int) -> Iterator[list[Zoekdocument]]:
    portie: list[Zoekdocument] = []
    for item in items:
        portie.append(item)
        if len(portie) >= grootte:
            yield portie
            portie = []
    if portie:
        yield portie


def herbouw() -> int:
    """Rebuild the index from the database; returns the number of items indexed."""
    index = zoekindex()
    index.leeg()
    aantal = 0
    for portie in _in_porties(_alle_documenten(), BATCH):
        index.schrijf(portie)
        aantal += len(portie)
    return aantal
