"""Kept items of key officials in the one search (``core.zoekbronnen``), registered from
``apps.py``.

The archive's own visibility (``zichtbaarheid``): the archivist sees every item; anyone else
with the right to consult the archive sees only the items of key officials whose archive is
theirs (their account's person) or to which they were given access (Machtiging), each within
their clearance. In the index an item therefore lists the users who may see it regardless of
unit (the owners' accounts and the holders of a Machtiging, also of a second key official in
whose source it was found, ``ook_van``); the units play no part. The database has the last word
on every hit (``zichtbaar``). Destroyed items leave the index. Indexing follows every change
through the job queue: an ingest plans the items of each batch (``bulk_create`` sends no
signal), a destruction saves the item, a Machtiging re-plans the items of its key official.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence
from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.urls import reverse

from ministerie.core.permissies import heeft_recht
from ministerie.core.zoekbronnen import ALLES, BATCH, Bereik, Zoekbron, plan_indexering, registreer, volg
from ministerie.zoeken import Zoekdocument

from .models import Item, Machtiging, Sleutelfunctionaris
from .zichtbaarheid import RAADPLEGEN, is_archivaris, zichtbare_items

SOORT = "archief-item"
#: Of a long item (a mailbox export, a chat) the first part is indexed.
MAX_GEINDEXEERDE_TEKST = 200_000


def ids(pks: Iterable[int]) -> list[str]:
    return [f"{SOORT}:{pk}" for pk in pks]


def plan(pks: Iterable[int]) -> None:
    """Queue (re)indexing of these items after the current transaction commits."""
    plan_indexering(*ids(pks))


def _lezers(functionarissen: Collection[int], cache: dict[int, set[int]]) -> tuple[int, ...]:
    """The users who may see the archive of these key officials besides the archivist."""
    gebruikers: set[int] = set()
    for pk in functionarissen:
        if pk not in cache:
            persoon = Sleutelfunctionaris.objects.filter(pk=pk).values_list("persoon_id", flat=True).first()
            eigen = set(
                get_user_model().objects.filter(persoon_id=persoon).values_list("pk", flat=True)
                if persoon
                else []
            )
            cache[pk] = eigen | set(
                Machtiging.objects.filter(functionaris_id=pk).values_list("gebruiker_id", flat=True)
            )
        gebruikers |= cache[pk]
    return tuple(sorted(gebruikers))


def _document(item: Item, cache: dict[int, set[int]]) -> Zoekdocument:
    functionarissen = {item.functionaris_id, *(f.pk for f in item.ook_van.all())}
    return Zoekdocument(
        id=f"{SOORT}:{item.pk}",
        soort=SOORT,
        titel=item.titel or item.bestandsnaam,
        tekst="\n".join([item.afzender, item.bestandsnaam, item.tekst[:MAX_GEINDEXEERDE_TEKST]]),
        eenheid=None,
        rubricering=int(item.rubricering),
        status="overgebracht" if item.overgebracht_op else "bewaard",
        datum=item.datum.date() if item.datum else None,
        kenmerk=" ".join(filter(None, [item.functionaris.code, item.soort])),
        eenheden=(),
        gebruikers=_lezers(functionarissen, cache),
    )


def _items() -> Any:
    return (
        Item.objects.filter(vernietigd_op__isnull=True)
        .select_related("functionaris")
        .prefetch_related("ook_van")
        .defer("metadata")
    )


def documenten(pks: Collection[int]) -> Iterator[Zoekdocument]:
    cache: dict[int, set[int]] = {}
    return (_document(i, cache) for i in _items().filter(pk__in=pks))


def alle() -> Iterator[Zoekdocument]:
    cache: dict[int, set[int]] = {}
    return (_document(i, cache) for i in _items().iterator(chunk_size=BATCH))


def bereik(gebruiker: Any) -> Sequence[Bereik]:
    if not heeft_recht(gebruiker, RAADPLEGEN):
        return []
    if is_archivaris(gebruiker):
        return [ALLES]
    return [Bereik(eenheden=frozenset(), gebruiker=gebruiker.pk)]


def _zichtbaar(gebruiker: Any, pks: Collection[int]) -> dict[int, str]:
    qs = Item.objects.all() if gebruiker is None else zichtbare_items(gebruiker)
    gevonden = qs.filter(pk__in=pks, vernietigd_op__isnull=True).values_list("pk", flat=True)
    return {pk: reverse("archief:item", args=[pk]) for pk in gevonden}


def _bij_machtiging(m: Machtiging) -> list[str]:
    return ids(
        Item.objects.filter(Q(functionaris_id=m.functionaris_id) | Q(ook_van=m.functionaris_id))
        .filter(vernietigd_op__isnull=True)
        .values_list("pk", flat=True)
        .distinct()
    )


def registreer_bron() -> None:
    registreer(
        Zoekbron(
            soort=SOORT,
            label="Archiefstukken",
            enkelvoud="Archiefstuk",
            deel="archief",
            documenten=documenten,
            alle=alle,
            bereik=bereik,
            zichtbaar=_zichtbaar,
            volgorde=80,
        )
    )
    volg(Item, lambda i: (f"{SOORT}:{i.pk}",))
    volg(Machtiging, _bij_machtiging)
