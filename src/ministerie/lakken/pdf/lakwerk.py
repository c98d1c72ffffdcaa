"""One redaction with its check as one pure step on bytes (``Lakwerk`` → ``Lakuitkomst``), a
check alone (``Controlewerk`` → problems), and ``Lakpool``: such work computed ahead in other
processes, so that a job that redacts or checks many files uses every core and still saves the
results one by one, in its own order.

A result computed ahead is used only for exactly the same work (the same file, order, secrets,
grounds and page count); anything else is computed on the spot. So the outcome never depends
on the pool: with or without it, interrupted or not, the same input gives the same bytes.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Hashable
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from .controle import controleer
from .fouten import LakMislukt, OnleesbarePdf
from .model import Lakopdracht, Lakresultaat
from .redigeren import lak


@dataclass(frozen=True)
class Lakwerk:
    """What to redact in ``pdf`` and what the checker then looks for."""

    pdf: bytes
    opdracht: Lakopdracht
    geheimen: tuple[str, ...] = ()
    verwachte_gronden: tuple[str, ...] = ()
    verwacht_paginas: int | None = None

    def voer_uit(self) -> Lakuitkomst:
        return lak_en_controleer(self)

    def gestopt(self, melding: str) -> Lakuitkomst:
        return Lakuitkomst(fout=melding)


@dataclass(frozen=True)
class Controlewerk:
    """A file to check for ``geheimen`` (e.g. once more, on the exact bytes to be published)."""

    pdf: bytes
    geheimen: tuple[str, ...] = ()

    def voer_uit(self) -> list[str]:
        return controleer(self.pdf, self.geheimen)

    def gestopt(self, melding: str) -> list[str]:
        return [melding]


T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class Werk(Protocol[T_co]):
    def voer_uit(self) -> T_co: ...

    def gestopt(self, melding: str) -> T_co:
        """The outcome when the process doing the work stopped (a file that crashes MuPDF)."""
        ...


def _voer_uit(werk: Werk[T]) -> T:
    return werk.voer_uit()


@dataclass(frozen=True)
class Lakuitkomst:
    """The redacted file and the checker's problems, or why the file could not be redacted."""

    resultaat: Lakresultaat | None = None
    problemen: list[str] = field(default_factory=list)
    fout: str = ""


def lak_en_controleer(werk: Lakwerk) -> Lakuitkomst:
    """Redact, then check the result."""
    try:
        resultaat = lak(werk.pdf, werk.opdracht)
    except (OnleesbarePdf, LakMislukt, ValueError) as fout:
        return Lakuitkomst(fout=str(fout))
    problemen = controleer(
        resultaat.pdf,
        werk.geheimen,
        verwachte_gronden=werk.verwachte_gronden,
        verwacht_paginas=werk.verwacht_paginas,
    )
    return Lakuitkomst(resultaat=resultaat, problemen=problemen)


#: Why a file has no outcome when the process that worked on it stopped twice.
GESTOPT = (
    "Het hulpproces dat dit bestand verwerkte, stopte onverwacht (ook bij een tweede poging, "
    "alleen): het bestand is mogelijk beschadigd of kwaadaardig. Behandel het afzonderlijk."
)


class Lakpool:
    """``vooruit(sleutel, werk)`` starts ``werk`` (a ``Lakwerk``, ``Controlewerk`` or
    ``Voorwerk``) in a child process; ``uitkomst(sleutel, werk)`` returns its result when that was
    the same work, else computes it now, in a child as well. Children are started with "spawn" (a
    fresh interpreter: nothing of the caller's database connections or threads is inherited) and
    stop with ``sluit`` or at the end of a ``with`` block.

    A file that makes a child crash (MuPDF on a broken or hostile PDF) cannot take the caller
    down: the pool is started anew, the work is tried once more in a process of its own, and if
    that stops too the outcome is ``werk.gestopt(GESTOPT)``; the work ahead of the other files is
    dropped and asked for again by the caller."""

    def __init__(self, processen: int) -> None:
        self._processen = processen
        self._pool = self._nieuwe_pool(processen)
        self._vooruit: dict[Hashable, tuple[Any, Future[Any]]] = {}
        self.vooraf_gedaan = 0  # results used that were computed ahead
        self.ter_plekke = 0  # results computed when asked (the guess was wrong, or none)

    @staticmethod
    def _nieuwe_pool(processen: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=processen, mp_context=multiprocessing.get_context("spawn"))

    def __enter__(self) -> Lakpool:
        return self

    def __exit__(self, *_: object) -> None:
        self.sluit()

    def __contains__(self, sleutel: Hashable) -> bool:
        return sleutel in self._vooruit

    def __len__(self) -> int:
        return len(self._vooruit)

    def vooruit(self, sleutel: Hashable, werk: Werk[Any]) -> None:
        if sleutel not in self._vooruit:
            self._vooruit[sleutel] = (werk, self._pool.submit(_voer_uit, werk))

    def uitkomst(self, sleutel: Hashable, werk: Werk[T]) -> T:
        vooraf = self._vooruit.pop(sleutel, None)
        if vooraf is not None and vooraf[0] == werk:
            self.vooraf_gedaan += 1
            toekomst: Future[T] = vooraf[1]
        else:
            if vooraf is not None:
                vooraf[1].cancel()
            self.ter_plekke += 1
            toekomst = self._pool.submit(_voer_uit, werk)
        try:
            return toekomst.result()
        except BrokenProcessPool:
            self._begin_opnieuw()
            return _alleen(werk)

    def _begin_opnieuw(self) -> None:
        """A child crashed, which breaks the whole pool: a new one, without the work ahead."""
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._vooruit.clear()
        self._pool = self._nieuwe_pool(self._processen)

    def wacht(self, sleutel: Hashable) -> None:
        """Wait until the work ahead for ``sleutel`` (if any) is done: a caller that saves the
        result in a database transaction waits here, before it takes the lock."""
        vooraf = self._vooruit.get(sleutel)
        if vooraf is not None:
            wait([vooraf[1]])

    def vergeet(self, sleutel: Hashable) -> None:
        """Drop the work ahead for ``sleutel`` (it will not be asked for)."""
        vooraf = self._vooruit.pop(sleutel, None)
        if vooraf is not None:
            vooraf[1].cancel()

    def sluit(self) -> None:
        for _, toekomst in self._vooruit.values():
            toekomst.cancel()
        self._vooruit.clear()
        self._pool.shutdown(wait=True, cancel_futures=True)


def _alleen(werk: Werk[T]) -> T:
    """``werk`` in a process of its own: if that stops too, the file is the cause."""
    with Lakpool._nieuwe_pool(1) as los:
        try:
            return los.submit(_voer_uit, werk).result()
        except BrokenProcessPool:
            return werk.gestopt(GESTOPT)
