"""Reading an e-mail (.eml, RFC 5322) with the standard library into a ``Bericht``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser

from ministerie.bestanden.opschonen import schone_regel
from ministerie.bestanden.tekstcodering import decodeer

from .bericht import Bericht, Bijlage
from .fouten import NietOmTeZetten

BESCHADIGD = "Het e-mailbericht (.eml) is beschadigd en kan niet worden gelezen."
LEEG = "Het e-mailbericht is leeg."

#: The most MIME parts of one message that are looked at.
MAX_DELEN = 1_000

_MESSAGE_ID = re.compile(r"<[^<>\s]+>")


def lees_eml(data: bytes) -> Bericht:
    """The headers, body and attachments of the e-mail in ``data``.

    Raises ``NietOmTeZetten`` when it cannot be parsed. An attached e-mail comes back as a
    ``Bijlage`` with its own ``bericht``; inline images of an HTML body are not attachments.
    """
    if not data.strip():
        raise NietOmTeZetten(LEEG)
    try:
        bericht = BytesParser(policy=policy.default).parsebytes(data)
    except Exception as fout:  # the parser's own errors, RecursionError on absurd nesting
        raise NietOmTeZetten(BESCHADIGD) from fout
    if not isinstance(bericht, EmailMessage) or not bericht.keys():
        raise NietOmTeZetten(BESCHADIGD)
    return _bericht(bericht)


def _bericht(bericht: EmailMessage) -> Bericht:
    waarschuwingen: list[str] = []
    try:
        lichaam = bericht.get_body(preferencelist=("plain", "html"))
    except Exception:
        lichaam = None
    tekst = html = None
    if isinstance(lichaam, EmailMessage):
        inhoud = _tekst_van(lichaam, waarschuwingen)
        if lichaam.get_content_subtype() == "html":
            html = inhoud
        else:
            tekst = inhoud
    bijlagen: list[Bijlage] = []
    try:
        for deel in _bijlagedelen(bericht, lichaam, [0]):
            bijlagen.append(_bijlage(deel, len(bijlagen) + 1))
    except _TeVeelDelen:
        waarschuwingen.append(
            f"Het bericht heeft meer dan {MAX_DELEN} onderdelen; alleen de eerste zijn bekeken."
        )
    referenties = tuple(_MESSAGE_ID.findall(_kop(bericht, "References")))
    return Bericht(
        soort="eml",
        van=_kop(bericht, "From"),
        aan=_kop(bericht, "To"),
        cc=_kop(bericht, "Cc"),
        bcc=_kop(bericht, "Bcc"),
        onderwerp=_kop(bericht, "Subject"),
        datum=_datum(bericht),
        datum_tekst=_kop(bericht, "Date"),
        message_id=_eerste_id(_kop(bericht, "Message-ID")),
        in_reply_to=_eerste_id(_kop(bericht, "In-Reply-To")),
        referenties=referenties,
        tekst=tekst,
        html=html,
        bijlagen=tuple(bijlagen),
        waarschuwingen=tuple(waarschuwingen),
    )


class _TeVeelDelen(Exception):
    pass


def _bijlagedelen(deel: Message, lichaam: object, teller: list[int]) -> Iterator[Message]:
    """The parts of ``deel`` that are attachments, in order; an attached message is one part
    (its own attachments belong to it)."""
    teller[0] += 1
    if teller[0] > MAX_DELEN:
        raise _TeVeelDelen
    if deel is lichaam:
        return
    if deel.get_content_type() == "message/rfc822":
        yield deel
        return
    if deel.is_multipart():
        payload = deel.get_payload()
        for sub in payload if isinstance(payload, list) else []:
            if isinstance(sub, Message):
                yield from _bijlagedelen(sub, lichaam, teller)
        return
    if _is_bijlage(deel):
        yield deel


def _is_bijlage(deel: Message) -> bool:
    try:
        beschikking = deel.get_content_disposition()
        naam = deel.get_filename()
    except Exception:
        return True
    if beschikking == "attachment":
        return True
    if deel.get_content_maintype() == "image" and deel.get("Content-ID"):
        return False  # an image shown inside the HTML body
    if naam:
        return True
    # A text part without a name is another version of the body (multipart/alternative).
    return deel.get_content_maintype() not in ("text", "multipart")


def _bijlage(deel: Message, volgnummer: int) -> Bijlage:
    try:
        naam = schone_regel(deel.get_filename() or "")
    except Exception:
        naam = ""
    mime = deel.get_content_type()
    if mime == "message/rfc822":
        payload = deel.get_payload()
        binnen = payload[0] if isinstance(payload, list) and payload else None
        if isinstance(binnen, EmailMessage):
            genest = _bericht(binnen)
            naam = naam or f"{_bestandsdeel(genest.onderwerp) or 'bericht'}.eml"
            return Bijlage(naam=naam, mime=mime, data=_als_bytes(binnen), bericht=genest)
        ruw = deel.get_payload(decode=True)
        data = ruw if isinstance(ruw, bytes) else b""
        return Bijlage(naam=naam or f"bijlage-{volgnummer}.eml", mime=mime, data=data)
    ruw = deel.get_payload(decode=True)
    data = ruw if isinstance(ruw, bytes) else b""
    return Bijlage(naam=naam or f"bijlage-{volgnummer}", mime=mime, data=data)


def _als_bytes(bericht: Message) -> bytes:
    try:
        return bericht.as_bytes(policy=policy.default)
    except Exception:  # a header the generator cannot fold
        return bericht.as_bytes(policy=policy.compat32)


def _bestandsdeel(tekst: str) -> str:
    return re.sub(r"[\\/:*?\"<>|\s]+", " ", tekst).strip()[:80]


def _kop(bericht: Message, veld: str) -> str:
    if veld not in bericht:
        return ""
    try:
        waarde = str(bericht.get(veld, ""))
    except Exception:  # a header too malformed for the policy
        waarde = ""
    if not waarde or _heeft_8bit(waarde):
        ruw = next((str(w) for n, w in bericht.raw_items() if n.lower() == veld.lower()), "")
        waarde = _herstel_8bit(ruw)
    return schone_regel(waarde)


def _heeft_8bit(tekst: str) -> bool:
    return any("\udc80" <= teken <= "\udcff" for teken in tekst) or "\ufffd" in tekst


def _herstel_8bit(tekst: str) -> str:
    """Undecoded 8-bit bytes in a raw header decoded as UTF-8, else Windows-1252."""
    try:
        return decodeer(tekst.encode("utf-8", errors="surrogateescape")).tekst
    except UnicodeEncodeError:
        return tekst


def _eerste_id(waarde: str) -> str:
    gevonden = _MESSAGE_ID.search(waarde)
    return gevonden.group(0) if gevonden else waarde.strip()


def _datum(bericht: Message) -> datetime | None:
    try:
        moment = getattr(bericht.get("Date"), "datetime", None)
    except Exception:
        return None
    return moment if isinstance(moment, datetime) else None


def _tekst_van(deel: EmailMessage, waarschuwingen: list[str]) -> str:
    try:
        if deel.get_content_charset() in (None, "us-ascii", "ascii"):
            raise LookupError("geen tekenset")  # 8-bit text without a charset: guess below
        inhoud = deel.get_content()
    except Exception:  # an unknown charset, a broken transfer encoding
        ruw = deel.get_payload(decode=True)
        gedecodeerd = decodeer(ruw if isinstance(ruw, bytes) else b"")
        inhoud = gedecodeerd.tekst
        if gedecodeerd.vervangen:
            waarschuwingen.append("Sommige tekens in het bericht konden niet worden gelezen.")
    return inhoud if isinstance(inhoud, str) else ""
