"""An IMAP account as an ingest source: ``imaps://gebruiker@host[:poort]/MAP``.

The folder is opened read-only (EXAMINE) and every message is fetched with ``BODY.PEEK[]``:
archiving copies, so nothing on the server is moved, deleted or even marked as read. Messages
come in UID order; the run's fingerprint is the folder's UIDVALIDITY, so a stopped ingest
resumes at its position (new messages have higher UIDs and come after it), and what was kept
already is recognised by its SHA-256 (never stored twice). Each message is read with the one
e-mail reader, as a mailbox on disk is. The password comes from the setting
``ARCHIEF_IMAP_WACHTWOORD`` (environment ``MINISTERIE_ARCHIEF_IMAP_WACHTWOORD``), never from
the source text; ``ARCHIEF_IMAP_CA`` names a CA file to trust besides the system's.
"""

from __future__ import annotations

import hashlib
import imaplib
import os
import re
import ssl
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from urllib.parse import unquote, urlsplit

from django.conf import settings

from ministerie.bestanden import MAX_BESTANDSGROOTTE

VOORVOEGSEL = "imaps://"
MAX_BERICHTEN = 500_000


class ImapFout(Exception):
    """The account cannot be used (bad address, unreachable, log-in refused, no such folder)."""


def is_imap(bron: object) -> bool:
    return isinstance(bron, str) and bron.lower().startswith(VOORVOEGSEL)


@dataclass(frozen=True)
class Adres:
    gebruiker: str
    host: str
    poort: int
    map: str

    def __str__(self) -> str:
        return f"{VOORVOEGSEL}{self.gebruiker}@{self.host}:{self.poort}/{self.map}"


def ontleed_adres(bron: str) -> Adres:
    delen = urlsplit(bron)
    if delen.scheme.lower() != "imaps":
        raise ImapFout("Een IMAP-bron begint met imaps:// (alleen versleuteld).")
    if delen.password is not None:
        raise ImapFout(
            "Zet het wachtwoord niet in de bron; gebruik de omgevingsvariabele "
            "MINISTERIE_ARCHIEF_IMAP_WACHTWOORD."
        )
    try:
        poort = delen.port or 993
    except ValueError:
        raise ImapFout("De poort in de IMAP-bron is geen getal tussen 1 en 65535.") from None
    if not delen.username or not delen.hostname:
        raise ImapFout("Een IMAP-bron heeft de vorm imaps://gebruiker@host[:poort]/MAP.")
    map_ = unquote(delen.path.lstrip("/")) or "INBOX"
    if len(map_) > 300 or any(ord(t) < 32 for t in map_):
        raise ImapFout("De mapnaam in de IMAP-bron is ongeldig.")
    return Adres(unquote(delen.username), delen.hostname, poort, map_)


def _aanhalen(naam: str) -> str:
    return '"' + naam.replace("\\", "\\\\").replace('"', '\\"') + '"'


def verbind(adres: Adres) -> tuple[imaplib.IMAP4_SSL, int]:
    """Logged in, the folder opened read-only; with its UIDVALIDITY."""
    wachtwoord = getattr(settings, "ARCHIEF_IMAP_WACHTWOORD", None)
    if wachtwoord is None:
        wachtwoord = os.environ.get("MINISTERIE_ARCHIEF_IMAP_WACHTWOORD", "")
    if not wachtwoord:
        raise ImapFout("Er is geen wachtwoord voor de IMAP-bron (MINISTERIE_ARCHIEF_IMAP_WACHTWOORD).")
    ca = getattr(settings, "ARCHIEF_IMAP_CA", "") or os.environ.get("MINISTERIE_ARCHIEF_IMAP_CA", "")
    context = ssl.create_default_context(cafile=ca or None)
    try:
        imap = imaplib.IMAP4_SSL(adres.host, adres.poort, ssl_context=context, timeout=120)
    except (OSError, imaplib.IMAP4.error) as fout:
        raise ImapFout(f"Het postvak {adres.host}:{adres.poort} is niet bereikbaar ({fout}).") from None
    try:
        imap.login(adres.gebruiker, wachtwoord)
    except imaplib.IMAP4.error:
        imap.shutdown()
        raise ImapFout(f"Inloggen op het postvak is geweigerd voor {adres.gebruiker}.") from None
    status, _ = imap.select(_aanhalen(adres.map), readonly=True)
    if status != "OK":
        imap.logout()
        raise ImapFout(f"De map '{adres.map}' bestaat niet in het postvak van {adres.gebruiker}.")
    status, antwoord = imap.status(_aanhalen(adres.map), "(UIDVALIDITY)")
    gevonden = re.search(rb"UIDVALIDITY (\d+)", antwoord[0] or b"") if status == "OK" and antwoord else None
    return imap, int(gevonden[1]) if gevonden else 0


def vingerafdruk(bron: str) -> str:
    adres = ontleed_adres(bron)
    imap, geldigheid = verbind(adres)
    imap.logout()
    return hashlib.sha256(f"{adres}\0{geldigheid}".encode()).hexdigest()


def _uids_en_groottes(imap: imaplib.IMAP4_SSL) -> list[tuple[int, int]]:
    status, data = imap.uid("SEARCH", "ALL")
    if status != "OK":
        raise ImapFout("Het postvak geeft geen lijst van berichten (UID SEARCH).")
    uids = sorted(int(u) for u in (data[0] or b"").split())[:MAX_BERICHTEN]
    if not uids:
        return []
    status, data = imap.uid("FETCH", f"{uids[0]}:{uids[-1]}", "(RFC822.SIZE)")
    groottes: dict[int, int] = {}
    for regel in data if status == "OK" else []:
        tekst = regel[0] if isinstance(regel, tuple) else regel
        gevonden = re.search(rb"UID (\d+).*RFC822\.SIZE (\d+)|RFC822\.SIZE (\d+).*UID (\d+)", tekst or b"")
        if gevonden:
            uid = int(gevonden[1] or gevonden[4])
            groottes[uid] = int(gevonden[2] or gevonden[3])
    return [(uid, groottes.get(uid, 0)) for uid in uids]


def _haal(imap: imaplib.IMAP4_SSL, uid: int) -> bytes:
    try:
        status, data = imap.uid("FETCH", str(uid), "(BODY.PEEK[])")
    except (OSError, imaplib.IMAP4.abort):
        raise ImapFout(
            "De verbinding met het postvak is verbroken; start de inname opnieuw om verder te gaan."
        ) from None
    for deel in data if status == "OK" else []:
        if isinstance(deel, tuple) and len(deel) == 2:
            return bytes(deel[1])
    raise OSError(f"bericht {uid} is niet (meer) op te halen")


def stukken(bron: str) -> Iterator[tuple[str, Callable[[], bytes] | None, str | None]]:
    """(vindplaats, read function, reason it cannot be read) for every message, in UID order;
    the connection stays open while the caller iterates."""
    adres = ontleed_adres(bron)
    imap, _ = verbind(adres)
    try:
        for uid, grootte in _uids_en_groottes(imap):
            vindplaats = f"{adres.map}#uid{uid}"
            if grootte > MAX_BESTANDSGROOTTE:
                yield vindplaats, None, "Het bericht is groter dan 50 MB en is niet opgehaald."
            else:
                yield vindplaats, partial(_haal, imap, uid), None
    finally:
        try:
            imap.logout()
        except (OSError, imaplib.IMAP4.error):
            pass
