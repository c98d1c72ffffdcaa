"""The index entries of documents and memos, and keeping them in step through the job queue.

The database is the source of truth: every change plans a job that (re)writes the item in the
one staff index (``core.zoekbronnen``; the sources are registered in ``stukken/zoekbron.py``),
and ``herbouw`` rebuilds the whole index from the database.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator

from django_tasks import task

from ministerie.core import zoekbronnen
from ministerie.zoeken import Zoekdocument, Zoekindex

from .models import Document, Nota, Versie

BATCH = zoekbronnen.BATCH


def zoekindex() -> Zoekindex:
    return zoekbronnen.zoekindex()


def plan_indexering(*ids: str) -> None:
    """Queue (re)indexing of these items once the current transaction commits."""
    zoekbronnen.plan_indexering(*ids)


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
        gebruikers=tuple(
            sorted(
                {nota.auteur_id, *(s.houder_id for s in stappen if s.houder_id)}
                | {m.pk for m in nota.medeauteurs.all()}
            )
        ),
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


NOTA_ERBIJ = ("stappen", "beslispunten", "antwoorden", "medeauteurs")


def nota_documenten(pks: Collection[int]) -> Iterator[Zoekdocument]:
    for nota in Nota.objects.filter(pk__in=pks).prefetch_related(*NOTA_ERBIJ):
        yield _nota_document(nota)


def document_documenten(pks: Collection[int]) -> Iterator[Zoekdocument]:
    for document in Document.objects.filter(pk__in=pks).prefetch_related("versies"):
        versies = sorted(document.versies.all(), key=lambda v: v.nummer, reverse=True)
        yield _document_document(document, versies[0] if versies else None)


def alle_notas() -> Iterator[Zoekdocument]:
    for nota in Nota.objects.prefetch_related(*NOTA_ERBIJ).iterator(chunk_size=BATCH):
        yield _nota_document(nota)


def alle_documenten() -> Iterator[Zoekdocument]:
    # newest version first per document, in one pass instead of a query per document
    vorige = None
    versies = Versie.objects.select_related("document").order_by("document_id", "-nummer")
    for versie in versies.iterator(chunk_size=BATCH):
        if versie.document_id != vorige:
            vorige = versie.document_id
            yield _document_document(versie.document, versie)
    for document in Document.objects.filter(versies__isnull=True).iterator(chunk_size=BATCH):
        yield _document_document(document)


def zoekdocument_voor(id_: str) -> Zoekdocument | None:
    aanwezig, _ = zoekbronnen.documenten_voor([id_])
    return aanwezig[0] if aanwezig else None


@task()
def indexeer(ids: list[str]) -> int:
    """Kept for jobs queued before the shared index (core.zoekbronnen.indexeer) took over."""
    return int(zoekbronnen.indexeer.call(ids))


def herbouw() -> int:
    """Rebuild the whole index from the database (every part's sources); returns the number of
    documents and memos indexed."""
    aantallen = zoekbronnen.herbouw()
    return aantallen.get("nota", 0) + aantallen.get("document", 0)
