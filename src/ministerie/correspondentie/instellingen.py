"""The settings of the correspondence part, as conf/base.py reads them from the environment
(MINISTERIE_CORRESPONDENTIE_*, documented there)."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings


def _waarde(naam: str, standaard: str = "") -> str:
    return str(getattr(settings, naam, standaard))


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
