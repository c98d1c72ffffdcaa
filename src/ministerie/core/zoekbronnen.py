"""One search over every part: the registry of search sources and the one shared index.

The core knows no domain part. Each part registers, from its ``apps.py``, a ``Zoekbron`` per kind
of item it makes searchable (``registreer``): how to build the index entries for some primary
keys, how to list all of them for a rebuild, which filters inside the index query give exactly
what a user may see (``Bereik``), and, for the hits of one page, which of them the user may see
now and where each one is shown. The header search (``core.zoekpagina``) and ``ministerie zoek``
loop over the sources; a new part (correspondence, complaints, archive) plugs in the same way,
without a change here.

Indexing follows every change through the job queue: a part calls ``plan_indexering`` (or lets
``volg`` do it on ``post_save``/``post_delete`` of its models); the ids of one transaction are
gathered and written by one job (``indexeer``) after the commit. ``herbouw`` rebuilds the whole
index from the database, source by source, in batches.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import models, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django_tasks import task

from ministerie.zoeken import Zoekdocument, Zoekindex

#: Items written to the index per commit during a rebuild.
BATCH = 500
#: At most this many ids per indexing job (a data-set load may touch thousands of items).
MAX_IDS_PER_TAAK = 2_000


@dataclass(frozen=True)
class Bereik:
    """What a user may see of one source, as filters inside the index query.

    ``eenheden``: the item's unit (or one of its further units) must be among these; ``None``
    means no unit filter. ``gebruiker``: items that list this user id among their users pass
    the unit filter too. ``statussen``: only items in these statuses; ``None`` means all.
    The clearance (``max_rubricering``) is always applied on top. The ``Bereik``s one source
    returns for a user must not overlap (e.g. split by status), as their counts are added up.
    """

    eenheden: frozenset[int] | None = None
    gebruiker: int | None = None
    statussen: frozenset[str] | None = None


ALLES = Bereik()

Bouwer = Callable[[Collection[int]], Iterable[Zoekdocument]]


@dataclass(frozen=True)
class Zoekbron:
    """One kind of searchable item of a part.

    - ``soort``: the kind in the index and the prefix of its ids (``"toezegging:12"``);
    - ``label``: Dutch, for the facet and the hit ("Toezeggingen"), ``enkelvoud`` for one hit;
    - ``deel``: the part it belongs to ("parlement"), for the rebuild report;
    - ``documenten(pks)``: the index entries of those of ``pks`` that exist (others are removed);
    - ``alle()``: every entry, lazily, for a rebuild;
    - ``bereik(gebruiker)``: the filters that give what the user may see; empty: nothing;
    - ``zichtbaar(gebruiker, pks)``: of ``pks``, those the user may see now, each with the
      address of its page (``gebruiker`` None: the command line, which sees all that exists).
    """

    soort: str
    label: str
    enkelvoud: str
    deel: str
    documenten: Bouwer
    alle: Callable[[], Iterable[Zoekdocument]]
    bereik: Callable[[Any], Sequence[Bereik]]
    zichtbaar: Callable[[Any, Collection[int]], dict[int, str]]
    volgorde: int = field(default=100, compare=False)


_bronnen: dict[str, Zoekbron] = {}


def registreer(bron: Zoekbron) -> Zoekbron:
    """Register a source (again under the same ``soort``: replaced)."""
    if ":" in bron.soort or not bron.soort:
        raise ValueError(f"Ongeldige soort voor een zoekbron: {bron.soort!r}")
    _bronnen[bron.soort] = bron
    return bron


def bronnen() -> list[Zoekbron]:
    """Every registered source, in display order."""
    return sorted(_bronnen.values(), key=lambda b: (b.volgorde, b.label))


def bron(soort: str) -> Zoekbron | None:
    return _bronnen.get(soort)


# -- units: the part that keeps the organisation tree tells the search how to walk it ----------


@dataclass(frozen=True)
class Eenheidsboom:
    """``onder(pk)``: the unit and all units below it; ``facet()``: the units offered as a
    filter (pk, name), a handful at the top of the organisation."""

    onder: Callable[[int], frozenset[int]]
    facet: Callable[[], list[tuple[int, str]]]


_boom: list[Eenheidsboom] = []


def registreer_eenheidsboom(boom: Eenheidsboom) -> None:
    _boom[:] = [boom]


def eenheidsboom() -> Eenheidsboom | None:
    return _boom[0] if _boom else None


# -- the index -----------------------------------------------------------------------------------


@lru_cache(maxsize=4)
def _index(pad: str) -> Zoekindex:
    return Zoekindex(Path(pad))


def zoekindex() -> Zoekindex:
    """The one staff index of this process (kept open: opening maps the segment files)."""
    return _index(str(settings.ZOEKINDEX_PAD))


def splits_id(id_: str) -> tuple[str, int] | None:
    soort, _, pk = id_.partition(":")
    return (soort, int(pk)) if pk.isdigit() else None


# -- indexing on change --------------------------------------------------------------------------


@dataclass
class _Wachtend:
    """The ids gathered in one atomic block, written by one job after the commit."""

    savepoints: tuple[str, ...]
    ids: dict[str, None] = field(default_factory=dict)
    klaar: bool = False

    def na_commit(self) -> None:
        self.klaar = True
        _plan(list(self.ids))


def plan_indexering(*ids: str) -> None:
    """Queue (re)indexing of these items (``"soort:pk"``) once the current transaction commits.

    The ids planned within one atomic block go into one job, so a data-set load that saves
    hundreds of items costs one index commit. Outside a transaction the job is queued at once."""
    if not ids:
        return
    verbinding = transaction.get_connection()
    if not verbinding.in_atomic_block:
        _plan(list(dict.fromkeys(ids)))
        return
    savepoints = tuple(verbinding.savepoint_ids)
    wachtend: _Wachtend | None = getattr(verbinding, "_zoekindex_wachtend", None)
    # Another block, a rolled-back one (its callback dropped) or one already run: start anew.
    if (
        wachtend is None
        or wachtend.klaar
        or wachtend.savepoints != savepoints
        or not any(cb == wachtend.na_commit for _, cb, *_ in verbinding.run_on_commit)
    ):
        wachtend = _Wachtend(savepoints)
        verbinding._zoekindex_wachtend = wachtend
        transaction.on_commit(wachtend.na_commit)
    wachtend.ids.update(dict.fromkeys(ids))


def _plan(ids: list[str]) -> None:
    for begin in range(0, len(ids), MAX_IDS_PER_TAAK):
        indexeer.enqueue(ids[begin : begin + MAX_IDS_PER_TAAK])


def volg(model: type[models.Model], ids: Callable[[Any], Iterable[str]]) -> None:
    """Re-index on every save and delete of ``model``: ``ids(instance)`` names the index items
    the change affects (the item itself, or the item a detail row belongs to)."""

    def bij_wijziging(sender: Any, instance: Any, **kwargs: Any) -> None:
        if kwargs.get("raw"):  # loaddata
            return
        plan_indexering(*ids(instance))

    uid = f"zoekbronnen:{model._meta.label}:{ids.__module__}.{getattr(ids, '__qualname__', id(ids))}"
    post_save.connect(bij_wijziging, sender=model, weak=False, dispatch_uid=uid + ":save")
    post_delete.connect(bij_wijziging, sender=model, weak=False, dispatch_uid=uid + ":delete")


def volg_koppeling(veld: Any, ids: Callable[[Any], Iterable[str]]) -> None:
    """Re-index when a many-to-many relation changes (``Model.veld``, e.g. the co-authors of a
    memo): ``ids(instance)`` for the instance on the side where the field is declared."""

    def bij_wijziging(sender: Any, instance: Any, action: str, reverse: bool, pk_set: Any, **_: Any) -> None:
        if action not in ("post_add", "post_remove", "post_clear"):
            return
        if not reverse:
            plan_indexering(*ids(instance))
            return
        for obj in veld.field.model._default_manager.filter(pk__in=pk_set or ()):
            plan_indexering(*ids(obj))

    uid = f"zoekbronnen:{veld.through._meta.label}:{ids.__module__}.{getattr(ids, '__qualname__', id(ids))}"
    m2m_changed.connect(bij_wijziging, sender=veld.through, weak=False, dispatch_uid=uid)


def documenten_voor(ids: Iterable[str]) -> tuple[list[Zoekdocument], list[str]]:
    """The entries as the database has them now, and the ids that no longer exist (or belong to
    no registered source)."""
    per_soort: dict[str, list[int]] = {}
    weg: list[str] = []
    for id_ in ids:
        delen = splits_id(id_)
        if delen is None or delen[0] not in _bronnen:
            weg.append(id_)
            continue
        per_soort.setdefault(delen[0], []).append(delen[1])
    aanwezig: list[Zoekdocument] = []
    for soort, pks in per_soort.items():
        gevonden = {d.id: d for d in _bronnen[soort].documenten(pks)}
        aanwezig += gevonden.values()
        weg += [f"{soort}:{pk}" for pk in pks if f"{soort}:{pk}" not in gevonden]
    return aanwezig, weg


@task()
def indexeer(ids: list[str]) -> int:
    """Idempotent: writes each item as the database has it now, removes what is gone."""
    aanwezig, weg = documenten_voor(ids)
    index = zoekindex()
    if aanwezig:
        index.schrijf(aanwezig)
    if weg:
        index.verwijder(weg)
    return len(ids)


def _in_porties(items: Iterable[Zoekdocument], grootte: int) -> Iterator[list[Zoekdocument]]:
    portie: list[Zoekdocument] = []
    for item in items:
        portie.append(item)
        if len(portie) >= grootte:
            yield portie
            portie = []
    if portie:
        yield portie


def herbouw(melden: Callable[[str], None] | None = None) -> dict[str, int]:
    """Rebuild the whole index from the database, every source in batches; returns the number
    of items per ``soort``."""
    index = zoekindex()
    index.leeg()
    aantallen: dict[str, int] = {}
    for b in bronnen():
        aantal = 0
        for portie in _in_porties(b.alle(), BATCH):
            index.schrijf(portie)
            aantal += len(portie)
        aantallen[b.soort] = aantal
        if melden is not None:
            melden(f"{b.label}: {aantal}")
    return aantallen
