"""The settings of the correspondence part, read here (the lead puts the environment lines in
conf/base.py; until then the environment is read directly):

- ``MINISTERIE_CORRESPONDENTIE_IMAP_HOST``: the IMAP server of MC's mailbox (IMAPS; empty: no
  mailbox is read).
- ``MINISTERIE_CORRESPONDENTIE_IMAP_POORT``: its port (default 993).
- ``MINISTERIE_CORRESPONDENTIE_IMAP_GEBRUIKER`` / ``..._IMAP_WACHTWOORD``: the log-in.
- ``MINISTERIE_CORRESPONDENTIE_IMAP_MAP``: the folder that is read (default INBOX).
- ``MINISTERIE_CORRESPONDENTIE_IMAP_VERWERKT``: where a message goes once stored (default Verwerkt).
- ``MINISTERIE_CORRESPONDENTIE_IMAP_CA``: a CA file to trust besides the system's (a private CA).
- ``MINISTERIE_CORRESPONDENTIE_IMAP_MINUTEN``: the worker reads the mailbox every this many
  minutes (default 5; 0: only by ``ministerie correspondentie ophalen``).
- ``MINISTERIE_CORRESPONDENTIE_AFZENDER``: the From of answers by e-mail (default DEFAULT_FROM_EMAIL).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from django.conf import settings


def _waarde(naam: str, standaard: str = "") -> str:
    waarde = getattr(settings, naam, None)
    if waarde is None:
        waarde = os.environ.get(f"MINISTERIE_{naam}", standaard)
    return str(waarde)


@dataclass(frozen=True)
class Imap:
    host: str
    poort: int
    gebruiker: str
    wachtwoord: str
    map: str
    verwerkt: str
    ca: str

    @property
    def ingesteld(self) -> bool:
        return bool(self.host and self.gebruiker)


def imap() -> Imap:
    return Imap(
        host=_waarde("CORRESPONDENTIE_IMAP_HOST"),
        poort=int(_waarde("CORRESPONDENTIE_IMAP_POORT", "993") or 993),
        gebruiker=_waarde("CORRESPONDENTIE_IMAP_GEBRUIKER"),
        wachtwoord=_waarde("CORRESPONDENTIE_IMAP_WACHTWOORD"),
        map=_waarde("CORRESPONDENTIE_IMAP_MAP", "INBOX") or "INBOX",
        verwerkt=_waarde("CORRESPONDENTIE_IMAP_VERWERKT", "Verwerkt") or "Verwerkt",
        ca=_waarde("CORRESPONDENTIE_IMAP_CA"),
    )


def ophaalminuten() -> int:
    try:
        return max(0, int(_waarde("CORRESPONDENTIE_IMAP_MINUTEN", "5") or 0))
    except ValueError:
        return 5


def afzender() -> str:
    return _waarde("CORRESPONDENTIE_AFZENDER") or settings.DEFAULT_FROM_EMAIL
