"""MC's mailbox: one pass over the configured IMAP folder (IMAPS).

Each message is stored once — its bytes as they arrived, its attachments, and a case — and only
then moved to the processed folder. Stored once means: the SHA-256 of its bytes and its
Message-ID are unique, so a message that was stored but not yet moved (the reader was stopped in
between) is recognised on the next pass and only moved. A message that cannot become a case (it
cannot be read, it has no sender) is stored in quarantine with a Dutch reason; a message over
``MAX_BERICHT`` is not fetched, recorded in quarantine and moved to the quarantine folder on the
server, where it stays. Nothing is lost and nothing raises past ``haal_op``.

The one e-mail reader (``ministerie.bestanden.eml``) and the size limits
(``ministerie.bestanden.limieten``) are used; IMAP is Python's ``imaplib``.
"""

from __future__ import annotations

import hashlib
import imaplib
import logging
import re
import ssl
from dataclasses import dataclass, field
from email.utils import getaddresses
from typing import Any

from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from ministerie.bestanden.bericht import Bericht
from ministerie.bestanden.eml import lees_eml
from ministerie.bestanden.fouten import OnleesbaarBestand, TeGrootBestand
from ministerie.bestanden.limieten import MAX_UITGEPAKT, controleer_grootte, megabytes

from . import instellingen
from .models import Bijlage, Kanaal, Postbericht, Zaak
from .services import maak_zaak

log = logging.getLogger(__name__)

#: The largest message that is fetched (bytes); a larger one stays on the server in quarantine.
MAX_BERICHT = MAX_UITGEPAKT
QUARANTAINEMAP = "Quarantaine"
GEEN_AFZENDER = (
    "Het bericht heeft geen afzender met een e-mailadres; er kan geen antwoord op worden gestuurd."
)
_GROOTTE = re.compile(rb"RFC822\.SIZE (\d+)")


class PostvakFout(Exception):
    """The mailbox cannot be read (not configured, unreachable, log-in refused); Dutch."""


@dataclass
class Uitkomst:
    opgeslagen: int = 0
    al_opgeslagen: int = 0
    quarantaine: int = 0
    verplaatst: int = 0
    fouten: list[str] = field(default_factory=list)

    def als_dict(self) -> dict[str, Any]:
        return {
            "opgeslagen": self.opgeslagen,
            "al_opgeslagen": self.al_opgeslagen,
            "quarantaine": self.quarantaine,
            "verplaatst": self.verplaatst,
            "fouten": self.fouten,
        }


# --- storing one message ---------------------------------------------------------------------


def _afzender(bericht: Bericht) -> tuple[str, str]:
    """Name and address of the sender (From), or two empty strings."""
    for naam, adres in getaddresses([bericht.van]):
        if adres and "@" in adres:
            return naam.strip(), adres.strip()
    return "", ""


def _bestaand(sha: str, message_id: str) -> Postbericht | None:
    voorwaarde = Q(sha256=sha)
    if message_id:
        voorwaarde |= Q(message_id=message_id)
    return Postbericht.objects.filter(voorwaarde).first()


def neem_op(data: bytes) -> tuple[Postbericht, bool]:
    """Store one message (its bytes, attachments and a case, or quarantine); returns the stored
    message and whether it is new. A message stored before (same bytes or Message-ID) is not
    stored again."""
    sha = hashlib.sha256(data).hexdigest()
    try:
        bericht: Bericht | None = lees_eml(data)
        reden = ""
    except OnleesbaarBestand as fout:
        bericht, reden = None, f"Het bericht kan niet worden gelezen: {fout.reden}"
    message_id = (bericht.message_id if bericht else "")[:500]
    if (bestaand := _bestaand(sha, message_id)) is not None:
        return bestaand, False
    try:
        with transaction.atomic():
            return _sla_op(data, sha, message_id, bericht, reden), True
    except IntegrityError:
        # another reader stored it at the same moment
        bestaand = _bestaand(sha, message_id)
        if bestaand is None:
            raise
        return bestaand, False


def _sla_op(data: bytes, sha: str, message_id: str, bericht: Bericht | None, reden: str) -> Postbericht:
    naam, adres = _afzender(bericht) if bericht else ("", "")
    if bericht is not None and not adres:
        reden = GEEN_AFZENDER
    post = Postbericht(
        message_id=message_id,
        sha256=sha,
        grootte=len(data),
        van=(bericht.van if bericht else "")[:500],
        onderwerp=(bericht.onderwerp if bericht else "")[:500],
        status=Postbericht.Status.QUARANTAINE if reden else Postbericht.Status.ZAAK,
        reden=reden,
    )
    post.bestand.save(f"{sha[:16]}.eml", ContentFile(data), save=False)
    if bericht is not None and not reden:
        tekst = bericht.lichaam_als_tekst()
        if bericht.waarschuwingen:
            tekst += "\n\n[" + " ".join(bericht.waarschuwingen) + "]"
        ontvangen = bericht.datum if bericht.datum and bericht.datum <= timezone.now() else timezone.now()
        zaak = maak_zaak(
            kanaal=Kanaal.EMAIL,
            onderwerp=bericht.onderwerp,
            tekst=tekst,
            afzender_naam=naam,
            afzender_email=adres if len(adres) <= 254 else "",
            ontvangen_op=ontvangen,
            bron="postvak",
        )
        post.zaak = zaak
        _bijlagen(zaak, bericht)
    post.save()
    return post


def _bijlagen(zaak: Zaak, bericht: Bericht) -> None:
    for bijlage in bericht.bijlagen:
        data = bijlage.data
        rij = Bijlage(
            zaak=zaak,
            naam=bijlage.naam[:255] or "bijlage",
            mime=bijlage.mime[:150],
            grootte=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
        )
        try:
            controleer_grootte(len(data))
        except TeGrootBestand as fout:
            rij.reden = (
                f"{fout.reden} De bijlage is niet apart opgeslagen; zij staat in het originele bericht."[:500]
            )
        else:
            rij.bestand.save(rij.naam, ContentFile(data), save=False)
        rij.save()


def neem_te_groot_op(grootte: int, uid: str) -> Postbericht:
    """A message too large to fetch: recorded in quarantine (it stays on the server)."""
    sleutel = hashlib.sha256(f"te-groot:{uid}:{grootte}".encode()).hexdigest()
    post, _ = Postbericht.objects.get_or_create(
        sha256=sleutel,
        defaults={
            "grootte": grootte,
            "status": Postbericht.Status.QUARANTAINE,
            "reden": (
                f"Het bericht is te groot om op te halen ({megabytes(grootte)} MB; de grens is "
                f"{megabytes(MAX_BERICHT)} MB). Het staat in de map '{QUARANTAINEMAP}' van het postvak."
            ),
        },
    )
    return post


# --- the mailbox -----------------------------------------------------------------------------


def _verbind() -> imaplib.IMAP4_SSL:
    cfg = instellingen.imap()
    if not cfg.ingesteld:
        raise PostvakFout(
            "Er is geen postvak ingesteld (MINISTERIE_CORRESPONDENTIE_IMAP_HOST en _GEBRUIKER ontbreken)."
        )
    context = ssl.create_default_context(cafile=cfg.ca or None)
    try:
        imap = imaplib.IMAP4_SSL(cfg.host, cfg.poort, ssl_context=context, timeout=120)
    except (OSError, imaplib.IMAP4.error) as fout:
        raise PostvakFout(f"Het postvak {cfg.host}:{cfg.poort} is niet bereikbaar: {fout}") from fout
    try:
        imap.login(cfg.gebruiker, cfg.wachtwoord)
    except imaplib.IMAP4.error as fout:
        imap.shutdown()
        raise PostvakFout(f"Inloggen op het postvak is geweigerd voor {cfg.gebruiker}.") from fout
    # the capabilities after log-in (MOVE is often announced only then): imaplib keeps the greeting's
    status, data = imap.capability()
    if status == "OK" and data and data[-1]:
        imap.capabilities = tuple(data[-1].decode(errors="replace").upper().split())
    return imap


def _map(naam: str) -> str:
    return '"' + naam.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _zorg_voor_map(imap: imaplib.IMAP4_SSL, naam: str) -> None:
    status, _ = imap.select(_map(naam), readonly=True)
    if status != "OK":
        status, antwoord = imap.create(_map(naam))
        if status != "OK":
            raise PostvakFout(f"De map '{naam}' kan niet worden aangemaakt: {antwoord!r}")


def _verplaats(imap: imaplib.IMAP4_SSL, uid: str, naar: str) -> None:
    """UID MOVE (RFC 6851: one step on the server). Without MOVE: COPY, then delete; a reader
    stopped between the two leaves a copy in both folders (the next pass only moves it again,
    nothing is stored twice)."""
    if "MOVE" in imap.capabilities:
        status, antwoord = imap.uid("MOVE", uid, _map(naar))
        if status == "OK":
            return
    status, antwoord = imap.uid("COPY", uid, _map(naar))
    if status != "OK":
        raise PostvakFout(f"Bericht {uid} kan niet naar '{naar}' worden verplaatst: {antwoord!r}")
    imap.uid("STORE", uid, "+FLAGS.SILENT", r"(\Deleted)")
    imap.expunge()


def haal_op() -> Uitkomst:
    """One pass over the mailbox. Raises ``PostvakFout`` when it cannot be read at all; a
    problem with one message is recorded in ``fouten`` and the pass goes on."""
    cfg = instellingen.imap()
    uitkomst = Uitkomst()
    imap = _verbind()
    try:
        _zorg_voor_map(imap, cfg.verwerkt)
        _zorg_voor_map(imap, QUARANTAINEMAP)
        status, _ = imap.select(_map(cfg.map))
        if status != "OK":
            raise PostvakFout(f"De map '{cfg.map}' bestaat niet in het postvak.")
        status, data = imap.uid("SEARCH", "ALL")
        uids = [u.decode() for u in (data[0] or b"").split()] if status == "OK" else []
        for uid in uids:
            try:
                _een(imap, uid, cfg.verwerkt, uitkomst)
            except PostvakFout as fout:
                uitkomst.fouten.append(str(fout))
            except (imaplib.IMAP4.error, OSError) as fout:
                uitkomst.fouten.append(f"Bericht {uid}: {fout}")
                break  # the connection is gone; the next pass continues
    finally:
        try:
            imap.logout()
        except (imaplib.IMAP4.error, OSError):
            pass
    if uitkomst.opgeslagen:
        from .services import groepeer_campagnes

        groepeer_campagnes(door=None)
    if uitkomst.opgeslagen or uitkomst.quarantaine or uitkomst.fouten:
        log.info("Postvak MC gelezen: %s", uitkomst.als_dict())
    return uitkomst


def _een(imap: imaplib.IMAP4_SSL, uid: str, verwerkt: str, uitkomst: Uitkomst) -> None:
    status, data = imap.uid("FETCH", uid, "(RFC822.SIZE)")
    gevonden = _GROOTTE.search(b" ".join(d if isinstance(d, bytes) else b"" for d in data or []))
    if status != "OK" or gevonden is None:
        return  # removed meanwhile
    grootte = int(gevonden.group(1))
    if grootte > MAX_BERICHT:
        neem_te_groot_op(grootte, uid)
        uitkomst.quarantaine += 1
        _verplaats(imap, uid, QUARANTAINEMAP)
        uitkomst.verplaatst += 1
        return
    status, data = imap.uid("FETCH", uid, "(BODY.PEEK[])")
    inhoud = next((d[1] for d in data or [] if isinstance(d, tuple) and len(d) == 2), None)
    if status != "OK" or inhoud is None:
        return
    post, nieuw = neem_op(inhoud)
    if not nieuw:
        uitkomst.al_opgeslagen += 1
    elif post.status == Postbericht.Status.QUARANTAINE:
        uitkomst.quarantaine += 1
    else:
        uitkomst.opgeslagen += 1
    # only now, with the message stored, it leaves the folder
    _verplaats(imap, uid, verwerkt)
    uitkomst.verplaatst += 1
