"""The values the file handling hands out: a file's real type and the text read from it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, get_args

Soort = Literal["pdf", "docx", "odt", "xlsx", "tekst", "eml", "onbekend"]

#: Every kind of file, the supported ones first.
SOORTEN: tuple[Soort, ...] = get_args(Soort)

#: The kinds whose text can be extracted.
ONDERSTEUNDE_SOORTEN: frozenset[Soort] = frozenset(SOORTEN) - {"onbekend"}


@dataclass(frozen=True, slots=True)
class Bestandstype:
    """A file's type as its content shows it, whatever its name says.

    ``mime`` is the content's MIME type, ``soort`` the kind this module can read (or
    ``"onbekend"``), ``extensie`` the extension that fits the content, without a dot
    (``"pdf"``), fit to store the file under. ``opgegeven_extensie`` is the extension of the
    name it was uploaded with (lower case, without a dot, ``""`` for none), and
    ``omschrijving`` a Dutch description of an unsupported type for the uploader (an Excel
    workbook, which is read, keeps its description for the formats that cannot convert it).
    """

    mime: str
    soort: Soort
    extensie: str
    opgegeven_extensie: str = ""
    omschrijving: str = ""

    @property
    def ondersteund(self) -> bool:
        return self.soort in ONDERSTEUNDE_SOORTEN

    @property
    def extensie_wijkt_af(self) -> bool:
        """Whether the name's extension contradicts the content (a ZIP called ``.pdf``)."""
        return bool(self.opgegeven_extensie) and self.opgegeven_extensie != self.extensie


@dataclass(slots=True)
class Extractie:
    """The text of a file, with what is known about it.

    ``tekst`` is the whole text (the pages of a PDF separated by a form feed ``\\f``),
    ``paginas`` the number of pages where a file has pages, ``metadata`` what the file says
    about itself under Dutch keys (``titel``, ``auteur``, ``onderwerp``, ``datum`` as ISO 8601,
    and for e-mail ``van``, ``aan``, ``cc`` and ``bijlagen``, one name a line), and
    ``waarschuwingen`` Dutch sentences about text that could not be read (a scanned page).
    """

    tekst: str
    paginas: int | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    waarschuwingen: list[str] = field(default_factory=list)
