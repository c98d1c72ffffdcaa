"""What the bulk processing hands out: progress reports, the report at the end, and errors."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

Fase = Literal["inlezen", "ontdubbelen", "draden", "detectie", "inventaris"]

#: The phases in the order they run.
FASEN: tuple[Fase, ...] = ("inlezen", "ontdubbelen", "draden", "detectie", "inventaris")


@dataclass(frozen=True, slots=True)
class Voortgang:
    """How far a phase is: ``gedaan`` of ``totaal`` (units of the phase), and a Dutch line."""

    fase: Fase
    gedaan: int
    totaal: int
    bericht: str = ""


@dataclass(frozen=True, slots=True)
class Onleesbaar:
    """An item whose text could not be read, with the Dutch reason."""

    nr: int
    vindplaats: str
    titel: str
    reden: str


@dataclass(frozen=True, slots=True)
class Verslag:
    """The outcome of a bulk run.

    ``items`` counts every item (files, messages and their attachments); ``uniek`` those that
    are neither an exact nor a near duplicate (unreadable ones included); ``draden`` the
    e-mail threads of two or more messages.
    """

    items: int
    uniek: int
    exacte_dubbelen: int
    bijna_dubbelen: int
    draden: int
    onleesbaar: int
    inventaris_xlsx: Path
    inventaris_pdf: Path
    database: Path
    onleesbare: list[Onleesbaar] = field(default_factory=list)
    detectie_mislukt: int = 0


class BulkFout(Exception):
    """The run cannot start or go on: the source is missing or unreadable as a whole, or the
    work folder belongs to another source or another run. ``reden`` is Dutch."""

    def __init__(self, reden: str) -> None:
        super().__init__(reden)
        self.reden = reden

    def __str__(self) -> str:
        return self.reden
