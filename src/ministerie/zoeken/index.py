"""The search index: an embedded tantivy index in a directory (or in memory, for tests).

Writing. tantivy allows one ``IndexWriter`` per index directory at a time, across processes,
through a lock file (``.tantivy-writer.lock``). ``Zoekindex`` takes that lock only for the
duration of one ``schrijf``/``verwijder``/``leeg`` call: it opens a writer, applies the changes,
commits once, waits for the segment merges that the commit started, and releases the lock.
The system's single writer is the job worker; when a second writer (another process, or
another ``Zoekindex`` on the same directory) calls a write method while the lock is held, it
retries for up to ``schrijf_wachttijd`` seconds and then raises ``IndexBezet``. Within one
``Zoekindex`` the write methods are serialised by a thread lock. A write call is all or
nothing: when the iterable (or anything else) raises, the writer rolls back and nothing of that
call is committed.

Reading. Searches never take the writer lock. Before each search the modification stamp of the
directory's ``meta.json`` (rewritten atomically at every commit) is compared with the one last
seen; when it changed the reader is reloaded, so readers in other processes see every commit on
their next search for the cost of one ``stat``. After its own commit a ``Zoekindex`` reloads at
once. Open one ``Zoekindex`` per process and keep it: opening maps the segment files.

Schema versions. The schema and the text analysis are versioned together
(``schema.SCHEMA_VERSIE``); the index lives in the subfolder ``schema-<versie>`` of the folder
given. An index built by an older version (index files directly in the folder, as before
version 2, or another ``schema-*`` subfolder) is never read: the new version starts empty and
the file ``herbouw-nodig`` is put in its folder. As long as that file is there (so also after
the job worker has written a few changed items into the new index), ``herbouw_nodig`` is true
and every ``Zoekuitkomst`` carries a ``melding`` that says so, so that an empty or partial
result is never mistaken for a real one. A rebuild (``ministerie zoek herbouw``, which starts
with ``leeg``) removes the file and the old index's files.
"""

from __future__ import annotations

import itertools
import logging
import os
import shutil
import threading
import time
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import tantivy

from . import fragment, taal
from . import schema as s
from . import vraag as v

logger = logging.getLogger(__name__)

#: Offsets beyond this return no hits (the count is still given): deep paging would make
#: tantivy keep ``start + aantal`` candidates.
MAX_VENSTER = 10_000

#: File in the index folder while the index awaits a rebuild after a schema change.
HERBOUW_MARKERING = "herbouw-nodig"

#: The message on every result while an index of an older schema version waits for a rebuild.
MELDING_HERBOUW = (
    "De zoekindex is gemaakt met een oudere versie en wordt niet meer gebruikt; zoekresultaten "
    "zijn onvolledig tot de index opnieuw is opgebouwd met 'ministerie zoek herbouw'."
)


class IndexBezet(RuntimeError):
    """Another writer held the index's writer lock for longer than the wait time."""


@dataclass(frozen=True)
class Zoekdocument:
    """One searchable item. ``id`` is unique over the index, e.g. ``"document:12"``."""

    id: str
    soort: str
    titel: str
    tekst: str
    eenheid: int | None
    rubricering: int
    status: str
    datum: date | None
    kenmerk: str = ""
    # Further units the item belongs to (e.g. the units on a memo's route) and the users who
    # may see it regardless of unit (its author, the people on its route).
    eenheden: tuple[int, ...] = ()
    gebruikers: tuple[int, ...] = ()


@dataclass(frozen=True)
class Treffer:
    """One hit. ``titel_html`` and ``fragment_html`` are escaped HTML with ``<mark>``s."""

    id: str
    score: float
    titel_html: str
    fragment_html: str


@dataclass(frozen=True)
class Zoekuitkomst:
    """A page of hits, best first, and the number of matching documents the user may see."""

    totaal: int
    treffers: tuple[Treffer, ...]
    #: Non-empty when the results cannot be trusted (the index awaits a rebuild), in Dutch.
    melding: str = ""


GEEN_UITKOMST = Zoekuitkomst(totaal=0, treffers=())


class Zoekindex:
    """The full-text index. ``pad=None`` keeps it in memory; otherwise it lives in ``pad``."""

    def __init__(
        self,
        pad: Path | None,
        *,
        schrijfgeheugen: int = 128_000_000,
        schrijf_wachttijd: float = 10.0,
    ) -> None:
        self._schema = s.bouw_schema()
        self._analyzer = s.nederlandse_analyzer()
        self._schrijfgeheugen = schrijfgeheugen
        self._schrijf_wachttijd = schrijf_wachttijd
        self._schrijfslot = threading.Lock()
        self._meta: Path | None = None
        self._meta_stempel: tuple[int, int, int] | None = None
        self._pad = pad
        self._markering: Path | None = None
        if pad is None:
            self._index = tantivy.Index(self._schema)
        else:
            map_ = s.indexmap(pad)
            map_.mkdir(parents=True, exist_ok=True)
            self._index = tantivy.Index(self._schema, path=str(map_), reuse=True)
            self._meta = map_ / "meta.json"
            self._markering = map_ / HERBOUW_MARKERING
            if self._oude_bestanden() and self._index_is_leeg():
                self._markering.touch()
        # Tokenizers are not stored in the index: register before any reader or writer exists.
        self._index.register_tokenizer(s.ANALYZER, self._analyzer)
        self._index.config_reader(reload_policy="manual")
        self._ververs()
        if self.herbouw_nodig:
            logger.warning("Zoekindex %s: %s", pad, MELDING_HERBOUW)

    @property
    def herbouw_nodig(self) -> bool:
        """True from finding an index of an older schema version until the next ``leeg``."""
        return self._markering is not None and self._markering.exists()

    def _index_is_leeg(self) -> bool:
        self._index.reload()
        return self._index.searcher().num_docs == 0

    def _oude_bestanden(self) -> list[Path]:
        """Files and folders of an index of another schema version in ``pad``."""
        if self._pad is None or not self._pad.is_dir():
            return []
        eigen = s.indexmap(self._pad).name
        return [
            p
            for p in self._pad.iterdir()
            if (p.is_dir() and p.name.startswith("schema-") and p.name != eigen)
            or (p.is_file() and (p.name == "meta.json" or p.name.startswith(".") or "." in p.name))
        ]

    # -- writing ---------------------------------------------------------------------------

    def schrijf(self, documenten: Iterable[Zoekdocument]) -> None:
        """Add or replace the documents (by ``id``); one commit at the end."""
        iterator = iter(documenten)
        eerste = next(iterator, None)
        if eerste is None:
            return
        with self._schrijver() as writer:
            for doc in itertools.chain((eerste,), iterator):
                writer.delete_documents_by_term(s.ID, doc.id)
                writer.add_document(_naar_tantivy(doc))

    def verwijder(self, ids: Iterable[str]) -> None:
        """Remove the documents with these ids (unknown ids are ignored)."""
        lijst = list(ids)
        if not lijst:
            return
        with self._schrijver() as writer:
            for id_ in lijst:
                writer.delete_documents_by_term(s.ID, id_)

    def leeg(self) -> None:
        """Remove every document (before a rebuild), and the files of an older index."""
        with self._schrijver() as writer:
            writer.delete_all_documents()
        for pad in self._oude_bestanden():
            if pad.is_dir():
                shutil.rmtree(pad, ignore_errors=True)
            else:
                pad.unlink(missing_ok=True)
        # From now on the new index is the one being (re)built: no more warning.
        if self._markering is not None:
            self._markering.unlink(missing_ok=True)

    @contextmanager
    def _schrijver(self) -> Iterator[tantivy.IndexWriter]:
        with self._schrijfslot:
            writer = self._open_writer()
            try:
                yield writer
                writer.commit()
            except BaseException:
                writer.rollback()
                raise
            finally:
                # Lets the merges of this commit finish, then drops the writer and its lock.
                writer.wait_merging_threads()
        self._ververs(forceer=True)

    def _open_writer(self) -> tantivy.IndexWriter:
        deadline = time.monotonic() + self._schrijf_wachttijd
        pauze = 0.02
        while True:
            try:
                return self._index.writer(heap_size=self._schrijfgeheugen)
            except ValueError as fout:
                if "LockBusy" not in str(fout):
                    raise
                if time.monotonic() >= deadline:
                    raise IndexBezet(
                        "De zoekindex wordt al door een ander proces bijgewerkt "
                        f"(schrijfslot niet vrijgekomen binnen {self._schrijf_wachttijd:g} s)."
                    ) from fout
            time.sleep(min(pauze, max(0.0, deadline - time.monotonic())))
            pauze = min(pauze * 2, 0.5)

    # -- reading ---------------------------------------------------------------------------

    def aantal(self) -> int:
        """Number of documents in the index."""
        self._ververs()
        return self._index.searcher().num_docs

    def zoek(
        self,
        vraag: str,
        *,
        max_rubricering: int,
        eenheden: Collection[int] | None,
        gebruiker: int | None = None,
        soorten: Collection[str] | None = None,
        statussen: Collection[str] | None = None,
        van: date | None = None,
        tot: date | None = None,
        aantal: int = 20,
        start: int = 0,
    ) -> Zoekuitkomst:
        """Search ``vraag`` among the documents that pass every filter, best (BM25) first.

        The filters are part of the query, so ``totaal`` counts only documents the caller may
        see: ``rubricering <= max_rubricering``; ``eenheid`` in ``eenheden`` unless that is
        None (an empty collection matches nothing, as do empty ``soorten``/``statussen``), or
        the document lists ``gebruiker`` among its ``gebruikers``;
        ``van <= datum <= tot`` when given. A document without eenheid or datum fails a filter
        on it.
        """
        if aantal < 0 or start < 0:
            raise ValueError("aantal en start mogen niet negatief zijn")
        uitkomst = self._zoek(
            vraag,
            max_rubricering=max_rubricering,
            eenheden=eenheden,
            gebruiker=gebruiker,
            soorten=soorten,
            statussen=statussen,
            van=van,
            tot=tot,
            aantal=aantal,
            start=start,
        )
        if self.herbouw_nodig:
            return Zoekuitkomst(uitkomst.totaal, uitkomst.treffers, MELDING_HERBOUW)
        return uitkomst

    def _zoek(
        self,
        vraag: str,
        *,
        max_rubricering: int,
        eenheden: Collection[int] | None,
        gebruiker: int | None,
        soorten: Collection[str] | None,
        statussen: Collection[str] | None,
        van: date | None,
        tot: date | None,
        aantal: int,
        start: int,
    ) -> Zoekuitkomst:
        geen_eenheden = eenheden is not None and len(eenheden) == 0 and gebruiker is None
        if (
            max_rubricering < 0
            or geen_eenheden
            or any(c is not None and len(c) == 0 for c in (soorten, statussen))
        ):
            return GEEN_UITKOMST
        if van is not None and tot is not None and van > tot:
            return GEEN_UITKOMST
        onderdelen = v.ontleed(vraag)
        if not onderdelen:
            return GEEN_UITKOMST

        delen = v.tekstdelen(onderdelen, self._schema)
        query = v.zoekvraag(
            delen,
            v.filters(
                self._schema,
                max_rubricering=max_rubricering,
                eenheden=eenheden,
                gebruiker=gebruiker,
                soorten=soorten,
                statussen=statussen,
                van=van,
                tot=tot,
            ),
        )
        self._ververs()
        searcher = self._index.searcher()
        venster = aantal > 0 and start + aantal <= MAX_VENSTER
        resultaat = searcher.search(
            query, limit=aantal if venster else 1, count=True, offset=start if venster else 0
        )
        # ``count`` exists at run time (count=True) but is missing from tantivy's type stubs.
        totaal: int = resultaat.count or 0  # type: ignore[attr-defined]
        if not venster or not resultaat.hits:
            return Zoekuitkomst(totaal=totaal, treffers=())
        return Zoekuitkomst(totaal, _treffers(searcher, v.sleutels(onderdelen), resultaat.hits))

    def _ververs(self, *, forceer: bool = False) -> None:
        """Reload the reader when a commit happened since the last look (see module doc)."""
        if self._meta is None:
            if forceer:
                self._index.reload()
            return
        try:
            st = os.stat(self._meta)
        except FileNotFoundError:
            return
        stempel = (st.st_ino, st.st_mtime_ns, st.st_size)
        if stempel == self._meta_stempel and not forceer:
            return
        for poging in range(3):
            try:
                self._index.reload()
                break
            except ValueError:
                # A merge can remove the segments of the commit just read: read meta.json anew.
                if poging == 2:
                    return
                time.sleep(0.01)
        self._meta_stempel = stempel


def _treffers(
    searcher: tantivy.Searcher,
    sleutels: frozenset[str],
    hits: list[tuple[float, tantivy.DocAddress]],
) -> tuple[Treffer, ...]:
    treffers = []
    for score, adres in hits:
        doc = searcher.doc(adres)
        titel_opslag = doc.get_first(s.TITEL_OPSLAG)
        tekst_opslag = doc.get_first(s.TEKST_OPSLAG)
        titel = titel_opslag.decode() if titel_opslag else ""
        tekst = tekst_opslag.decode() if tekst_opslag else ""
        treffers.append(
            Treffer(
                id=str(doc.get_first(s.ID)),
                score=float(score),
                titel_html=fragment.titel_html(titel, sleutels),
                fragment_html=fragment.tekst_html(tekst, sleutels),
            )
        )
    return tuple(treffers)


def _naar_tantivy(doc: Zoekdocument) -> tantivy.Document:
    t = tantivy.Document()
    t.add_text(s.ID, doc.id)
    t.add_text(s.SOORT, doc.soort)
    t.add_text(s.STATUS, doc.status)
    delen: dict[str, None] = {}
    titel = taal.analyseer(doc.titel, delen)
    t.add_text(s.TITEL, titel)
    t.add_text(s.INHOUD, titel)
    if doc.kenmerk:
        kenmerk = taal.analyseer(doc.kenmerk, delen)
        t.add_text(s.KENMERK, kenmerk)
        t.add_text(s.INHOUD, kenmerk)
    t.add_text(s.INHOUD, taal.analyseer(doc.tekst, delen))
    if delen:
        t.add_text(s.DELEN, " ".join(delen))
    t.add_bytes(s.TITEL_OPSLAG, doc.titel.encode())
    t.add_bytes(s.TEKST_OPSLAG, doc.tekst[: s.MAX_OPGESLAGEN_TEKST].encode())
    for eenheid in sorted({e for e in (doc.eenheid, *doc.eenheden) if e is not None}):
        t.add_integer(s.EENHEID, eenheid)
    for gebruiker in sorted(set(doc.gebruikers)):
        t.add_integer(s.GEBRUIKERS, gebruiker)
    t.add_integer(s.RUBRICERING, doc.rubricering)
    if doc.datum is not None:
        d = doc.datum.date() if isinstance(doc.datum, datetime) else doc.datum
        t.add_date(s.DATUM, v.als_datetime(d))
    return t
