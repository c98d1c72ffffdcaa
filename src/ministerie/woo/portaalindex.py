"""Full-text search for the public portal, through the project's tantivy index (``zoeken``).

The portal has an index of its own, next to the staff index, and only published publications
are ever written to it: a publication is written when it becomes public and removed when it is
withdrawn, and every hit is checked against the database once more before it is shown. So
nothing unpublished or withdrawn can appear, even while a job lags behind.
One item per publication: its title, case number and Kamerstuk, and the text of every
published file (the redacted texts, decision and inventory).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils.safestring import SafeString, mark_safe
from django_tasks import task

from ministerie.zoeken import Zoekdocument, Zoekindex

from .models import Publicatie

SOORT = "woo-publicatie"


@lru_cache(maxsize=4)
def _index(pad: str) -> Zoekindex:
    return Zoekindex(Path(pad))


def portaalindex() -> Zoekindex:
    return _index(f"{settings.ZOEKINDEX_PAD}-woo-portaal")


def _id(pk: int) -> str:
    return f"publicatie:{pk}"


def zoekdocument(publicatie: Publicatie) -> Zoekdocument:
    bestanden = list(publicatie.bestanden.order_by("volgorde"))
    tekst = "\n\n".join(f"{b.titel}\n{b.tekst}" for b in bestanden)
    kenmerk = " ".join(filter(None, [publicatie.verzoek.zaaknummer, publicatie.kamerstuk]))
    datum = publicatie.gepubliceerd_op.date() if publicatie.gepubliceerd_op else publicatie.gepland_op
    return Zoekdocument(
        id=_id(publicatie.pk),
        soort=SOORT,
        titel=publicatie.titel,
        tekst=tekst,
        eenheid=None,
        rubricering=0,
        status=publicatie.status,
        datum=datum,
        kenmerk=kenmerk,
    )


def plan_portaalindexering(publicatie: Publicatie) -> None:
    """After the transaction commits, bring the publication's entry in line with its status."""
    pk = publicatie.pk
    transaction.on_commit(lambda: indexeer_publicatie.enqueue(pk))


@task()
def indexeer_publicatie(pk: int) -> str:
    """Idempotent: write a published publication, remove any other (withdrawn, gone)."""
    publicatie = (
        Publicatie.objects.select_related("verzoek")
        .filter(pk=pk, status=Publicatie.Status.GEPUBLICEERD)
        .first()
    )
    if publicatie is None:
        portaalindex().verwijder([_id(pk)])
        return "verwijderd"
    portaalindex().schrijf([zoekdocument(publicatie)])
    return "geschreven"


def herbouw() -> int:
    """Rebuild the portal index from the database: every published publication, nothing else."""
    index = portaalindex()
    index.leeg()
    publicaties = Publicatie.objects.filter(status=Publicatie.Status.GEPUBLICEERD).select_related("verzoek")
    documenten = [zoekdocument(p) for p in publicaties]
    index.schrijf(documenten)
    return len(documenten)


@dataclass(frozen=True)
class Portaaltreffer:
    publicatie: Publicatie
    titel_html: SafeString
    fragment_html: SafeString


@dataclass(frozen=True)
class Portaalresultaten:
    totaal: int
    treffers: list[Portaaltreffer]


def zoek(vraag: str, *, aantal: int = 20, start: int = 0) -> Portaalresultaten:
    """Search the published publications (words are stemmed and accents folded: 'beëdiging'
    finds 'beediging'); best first."""
    uitkomst = portaalindex().zoek(
        vraag,
        max_rubricering=0,
        eenheden=None,
        soorten=[SOORT],
        statussen=[Publicatie.Status.GEPUBLICEERD],
        aantal=aantal,
        start=start,
    )
    pks = [int(t.id.partition(":")[2]) for t in uitkomst.treffers]
    # the database has the last word: an entry not (or no longer) published is never shown
    openbaar = {
        p.pk: p
        for p in Publicatie.objects.filter(pk__in=pks, status=Publicatie.Status.GEPUBLICEERD).select_related(
            "verzoek"
        )
    }
    treffers = [
        Portaaltreffer(
            openbaar[pk],
            mark_safe(t.titel_html),  # noqa: S308 (escaped by the index)
            mark_safe(t.fragment_html),  # noqa: S308
        )
        for pk, t in zip(pks, uitkomst.treffers, strict=True)
        if pk in openbaar
    ]
    verborgen = len(uitkomst.treffers) - len(treffers)
    return Portaalresultaten(max(uitkomst.totaal - verborgen, len(treffers)), treffers)
