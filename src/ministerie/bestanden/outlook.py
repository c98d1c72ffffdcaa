"""Reading an Outlook message (.msg, an OLE compound file) with ``extract-msg`` into a
``Bericht``."""

from __future__ import annotations

import io
import logging
import mimetypes
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any

from .bericht import Bericht, Bijlage
from .eml import MESSAGE_ID, eerste_id
from .fouten import OnleesbaarBestand
from .herkenning import OUTLOOK_MIME
from .opschonen import schone_regel
from .tekstcodering import decodeer

BESCHADIGD = "Het Outlook-bericht (.msg) is beschadigd en kan niet worden gelezen."
GEEN_BERICHT = "Dit Outlook-bestand (.msg) is geen e-mailbericht en kan niet worden omgezet."

#: How deep Outlook messages embedded in messages are read.
MAX_DIEPTE = 10

_CFB_HANDTEKENING = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

logging.getLogger("extract_msg").setLevel(logging.ERROR)


def lees_msg(data: bytes) -> Bericht:
    """The headers, body and attachments of the Outlook message in ``data``.

    Raises ``OnleesbaarBestand`` for anything that is not a readable Outlook e-mail. The bytes
    are only ever read from memory (never taken for a file name).
    """
    if not data.startswith(_CFB_HANDTEKENING):
        raise OnleesbaarBestand(BESCHADIGD)
    import extract_msg
    from extract_msg.msg_classes import MessageBase

    try:
        msg = extract_msg.openMsg(io.BytesIO(data))
    except Exception as fout:  # olefile and extract-msg raise many kinds for a broken file
        raise OnleesbaarBestand(BESCHADIGD) from fout
    try:
        if not isinstance(msg, MessageBase):
            raise OnleesbaarBestand(GEEN_BERICHT)
        try:
            return _bericht(msg, 0)
        except OnleesbaarBestand:
            raise
        except Exception as fout:
            raise OnleesbaarBestand(BESCHADIGD) from fout
    finally:
        msg.close()


def _bericht(msg: Any, diepte: int) -> Bericht:
    kop = _kopblok(msg)
    tekst: str | None = _str(_veilig(lambda: msg.body)) or None
    html = None
    if tekst is None:
        ruw_html = _veilig(lambda: msg.htmlBody)
        if isinstance(ruw_html, bytes) and ruw_html.strip():
            html = decodeer(ruw_html).tekst
    bijlagen: list[Bijlage] = []
    waarschuwingen: list[str] = []
    for volgnummer, bijlage in enumerate(_veilig(lambda: msg.attachments) or [], start=1):
        gelezen = _bijlage(bijlage, volgnummer, diepte)
        if gelezen is None:
            waarschuwingen.append(f"Bijlage {volgnummer} kon niet worden gelezen.")
        else:
            bijlagen.append(gelezen)
    referenties = tuple(MESSAGE_ID.findall(_regel(kop.get("References"))))
    return Bericht(
        soort="msg",
        van=_regel(_veilig(lambda: msg.sender)),
        aan=_regel(_veilig(lambda: msg.to)),
        cc=_regel(_veilig(lambda: msg.cc)),
        bcc=_regel(_veilig(lambda: msg.bcc)),
        onderwerp=_regel(_veilig(lambda: msg.subject)),
        datum=_datum(msg, kop),
        datum_tekst=_regel(kop.get("Date")),
        message_id=eerste_id(_regel(_veilig(lambda: msg.messageId) or kop.get("Message-ID"))),
        in_reply_to=eerste_id(_regel(_veilig(lambda: msg.inReplyTo) or kop.get("In-Reply-To"))),
        referenties=referenties,
        tekst=tekst,
        html=html,
        bijlagen=tuple(bijlagen),
        waarschuwingen=tuple(waarschuwingen),
    )


def _bijlage(bijlage: Any, volgnummer: int, diepte: int) -> Bijlage | None:
    naam = _regel(
        _veilig(lambda: bijlage.longFilename)
        or _veilig(lambda: bijlage.shortFilename)
        or _veilig(lambda: bijlage.displayName)
    )
    data = _veilig(lambda: bijlage.data)
    from extract_msg.msg_classes import MessageBase

    if isinstance(data, MessageBase):
        genest = _bericht(data, diepte + 1) if diepte < MAX_DIEPTE else None
        ruw = _veilig(data.exportBytes)
        return Bijlage(
            naam=naam or f"{(genest.onderwerp if genest else '') or 'bericht'}.msg",
            mime=OUTLOOK_MIME,
            data=ruw if isinstance(ruw, bytes) else b"",
            bericht=genest,
            naamloos=not naam,
        )
    if not isinstance(data, bytes):
        return None
    mime = _str(_veilig(lambda: bijlage.mimetype)) or (
        mimetypes.guess_type(naam)[0] or "application/octet-stream"
    )
    return Bijlage(naam=naam or f"bijlage-{volgnummer}", mime=mime, data=data, naamloos=not naam)


def _kopblok(msg: Any) -> Any:
    kop = _veilig(lambda: msg.header)
    return kop if kop is not None and hasattr(kop, "get") else {}


def _datum(msg: Any, kop: Any) -> datetime | None:
    moment = _veilig(lambda: msg.date)
    if isinstance(moment, datetime):
        return moment
    tekst = _regel(kop.get("Date"))
    if tekst:
        try:
            return parsedate_to_datetime(tekst)
        except (TypeError, ValueError, IndexError):
            return None
    return None


def _veilig(functie: Any) -> Any:
    """A property of extract-msg, or None where reading it fails on a damaged message."""
    try:
        return functie()
    except Exception:
        return None


def _str(waarde: object) -> str:
    return waarde if isinstance(waarde, str) else ""


def _regel(waarde: object) -> str:
    return schone_regel(str(waarde)) if waarde else ""
