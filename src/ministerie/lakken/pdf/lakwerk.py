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


@dataclass(frozen=True)
class Controlewerk:
    """A file to check for ``geheimen`` (e.g. once more, on the exact bytes to be published)."""

    pdf: bytes
    geheimen: tuple[str, ...] = ()

    def voer_uit(self) -> list[str]:
        return controleer(self.pdf, self.geheimen)


T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class Werk(Protocol[T_co]):
    def voer_uit(self) -> T_co: ...


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


class Lakpool:
    """``vooruit(sleutel, werk)`` starts ``werk`` (a ``Lakwerk`` or ``Controlewerk``) in a child
    process; ``uitkomst(sleutel, werk)`` returns its result when that was the same work, else
    computes it here. Children are started
    with "spawn" (a fresh interpreter: nothing of the caller's database connections or threads
    is inherited) and stop with ``sluit`` or at the end of a ``with`` block."""

    def __init__(self, processen: int) -> None:
        context = multiprocessing.get_context("spawn")
        self._pool = ProcessPoolExecutor(max_workers=processen, mp_context=context)
        self._vooruit: dict[Hashable, tuple[Any, Future[Any]]] = {}
        self.vooraf_gedaan = 0  # results used that were computed ahead
        self.ter_plekke = 0  # results computed on the spot (the guess was wrong, or none)

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
            resultaat: T = vooraf[1].result()
            return resultaat
        if vooraf is not None:
            vooraf[1].cancel()
        self.ter_plekke += 1
        return werk.voer_uit()

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
