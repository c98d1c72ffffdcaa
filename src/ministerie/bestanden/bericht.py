"""An e-mail message as both readers (``lees_eml`` for .eml, ``lees_msg`` for Outlook .msg)
hand it out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from .htmltekst import html_naar_tekst
from .opschonen import schoon

_DAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_MAANDEN = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Bijlage:
    """An attachment: its name, MIME type and bytes. An attached e-mail (``message/rfc822``, or
    an Outlook message embedded in a .msg) also has ``bericht``, read already. ``naamloos``
    says that the message gave no file name and ``naam`` is made up (``bijlage-2``)."""

    naam: str
    mime: str
    data: bytes
    bericht: Bericht | None = None
    naamloos: bool = False


@dataclass(frozen=True, slots=True)
class Bericht:
    """The headers, body and attachments of one e-mail.

    Header values are decoded and on one line (``""`` when absent). ``datum`` is the parsed
    Date header, ``datum_tekst`` the header as written. The body is ``tekst`` (text/plain) or,
    when the message has no plain text, ``html`` (text/html, not yet made safe).
    """

    soort: Literal["eml", "msg"]
    van: str = ""
    aan: str = ""
    cc: str = ""
    bcc: str = ""
    onderwerp: str = ""
    datum: datetime | None = None
    datum_tekst: str = ""
    message_id: str = ""
    in_reply_to: str = ""
    referenties: tuple[str, ...] = ()
    tekst: str | None = None
    html: str | None = None
    bijlagen: tuple[Bijlage, ...] = ()
    waarschuwingen: tuple[str, ...] = field(default=())

    @property
    def datum_nl(self) -> str:
        """The date the Dutch way (``"maandag 2 maart 2026, 10:00 (+01:00)"``), else as written."""
        return datum_nl(self.datum) if self.datum else self.datum_tekst

    def lichaam_als_tekst(self) -> str:
        """The body as plain text (an HTML body converted), cleaned."""
        if self.tekst is not None:
            return schoon(self.tekst)
        if self.html is not None:
            return schoon(html_naar_tekst(self.html)[0])
        return ""

    def koppen(self) -> list[tuple[str, str]]:
        """The headers that are shown, with Dutch labels, in their fixed order; empty ones are
        left out except Van, Aan, Datum and Onderwerp."""
        rijen = [
            ("Van", self.van),
            ("Aan", self.aan),
            ("CC", self.cc),
            ("BCC", self.bcc),
            ("Datum", self.datum_nl),
            ("Onderwerp", self.onderwerp),
            ("Message-ID", self.message_id),
        ]
        verplicht = {"Van", "Aan", "Datum", "Onderwerp"}
        return [(label, waarde) for label, waarde in rijen if waarde or label in verplicht]

    def als_tekst(self) -> str:
        """The message as one text: the headers on the first lines, the attachments' names,
        then the body; fit for search and for detecting personal data."""
        regels = [f"{label}: {waarde}" for label, waarde in self.koppen() if waarde]
        if self.bijlagen:
            regels.append("Bijlagen: " + "; ".join(b.naam for b in self.bijlagen))
        return "\n".join(regels) + "\n\n" + self.lichaam_als_tekst()


def datum_nl(moment: datetime) -> str:
    """``moment`` in Dutch: weekday, day, month, year, time and (if known) the UTC offset."""
    tekst = (
        f"{_DAGEN[moment.weekday()]} {moment.day} {_MAANDEN[moment.month - 1]} {moment.year}, {moment:%H:%M}"
    )
    verschil = moment.strftime("%z")
    if verschil:
        tekst += f" ({verschil[:3]}:{verschil[3:]})"
    return tekst
