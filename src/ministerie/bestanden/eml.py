"""E-mail (.eml, RFC 5322) with the standard library: the one reader of e-mail files.

``lees_eml`` reads a message into a ``Bericht`` (headers, body, attachments, an attached
message read as well); the conversion to PDF for redaction (``ministerie.lakken.conversie``)
and the bulk processing use it. ``extraheer_eml`` gives the text the document store keeps: the
headers in Dutch, then the body.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser

from .bericht import Bericht, Bijlage
from .fouten import OnleesbaarBestand
from .htmltekst import html_naar_tekst
from .limieten import MAX_EML_DELEN, getal
from .opschonen import schone_regel
from .tekstcodering import decodeer
from .typen import Extractie

BESCHADIGD = "Het e-mailbericht (.eml) is beschadigd en kan niet worden gelezen."
LEEG = "Het e-mailbericht is leeg."
GEEN_TEKST = "Het e-mailbericht bevat geen tekst; alleen de kopregels zijn gelezen."

#: A message identifier as in Message-ID, In-Reply-To and References (also used for .msg).
MESSAGE_ID = re.compile(r"<[^<>\s]+>")


def lees_eml(data: bytes) -> Bericht:
    """The headers, body and attachments of the e-mail in ``data``.

    Raises ``OnleesbaarBestand`` when it cannot be parsed (also for absurd nesting). An
    attached e-mail comes back as a ``Bijlage`` with its own ``bericht``; inline images of an
    HTML body are not attachments. A message of more than ``MAX_EML_DELEN`` parts is read up
    to there, with a warning.
    """
    if not data.strip():
        raise OnleesbaarBestand(LEEG)
    try:
        bericht = BytesParser(policy=policy.default).parsebytes(data)
        if not isinstance(bericht, EmailMessage) or not bericht.keys():
            raise OnleesbaarBestand(BESCHADIGD)
        return _bericht(bericht)
    except OnleesbaarBestand:
        raise
    except Exception as fout:  # the parser's own errors, RecursionError on absurd nesting
        raise OnleesbaarBestand(BESCHADIGD) from fout


def extraheer_eml(data: bytes) -> Extractie:
    """The text of an e-mail: Van, Aan, CC, Onderwerp and Datum on the first lines, then the
    text/plain body (or the text/html body as text when there is no plain one). The names of
    the attachments are in the metadata under ``bijlagen``, one a line."""
    bericht = lees_eml(data)
    waarschuwingen = list(bericht.waarschuwingen)
    metadata: dict[str, str] = {}
    regels: list[str] = []
    for label, sleutel, waarde in (
        ("Van", "van", bericht.van),
        ("Aan", "aan", bericht.aan),
        ("CC", "cc", bericht.cc),
        ("Onderwerp", "onderwerp", bericht.onderwerp),
        ("Datum", "", bericht.datum_tekst),
    ):
        if waarde:
            regels.append(f"{label}: {waarde}")
            if sleutel:
                metadata[sleutel] = waarde
    if "van" in metadata:
        metadata["auteur"] = metadata["van"]
    if "onderwerp" in metadata:
        metadata["titel"] = metadata["onderwerp"]
    if bericht.datum is not None:
        metadata["datum"] = bericht.datum.isoformat()

    tekst = "\n".join(regels)
    if bericht.tekst is not None:
        tekst += "\n\n" + bericht.tekst
    elif bericht.html is not None:
        lichaam, _titel, ingekort = html_naar_tekst(bericht.html)
        if ingekort:
            waarschuwingen.append("De HTML-tekst van het e-mailbericht is te lang en is ingekort.")
        tekst += "\n\n" + lichaam
    else:
        waarschuwingen.append(GEEN_TEKST)

    bijlagen = list(_bijlagenamen(bericht))
    if bijlagen:
        metadata["bijlagen"] = "\n".join(bijlagen)
    return Extractie(tekst=tekst, paginas=None, metadata=metadata, waarschuwingen=waarschuwingen)


def _bijlagenamen(bericht: Bericht) -> Iterator[str]:
    """The names of the attachments, those of an attached message right after it."""
    for bijlage in bericht.bijlagen:
        if not bijlage.naamloos:
            yield bijlage.naam
        elif bijlage.mime == "message/rfc822":
            onderwerp = bijlage.bericht.onderwerp if bijlage.bericht else ""
            yield f"(doorgestuurd bericht: {onderwerp or 'zonder onderwerp'})"
        else:
            yield f"(naamloos, {bijlage.mime})"
        if bijlage.bericht is not None:
            yield from _bijlagenamen(bijlage.bericht)


def _bericht(bericht: EmailMessage) -> Bericht:
    waarschuwingen: list[str] = []
    lichaam = bericht.get_body(preferencelist=("plain", "html"))
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
            f"Het e-mailbericht heeft meer dan {getal(MAX_EML_DELEN)} onderdelen; "
            "alleen de eerste zijn bekeken."
        )
    return Bericht(
        soort="eml",
        van=_kop(bericht, "From"),
        aan=_kop(bericht, "To"),
        cc=_kop(bericht, "Cc"),
        bcc=_kop(bericht, "Bcc"),
        onderwerp=_kop(bericht, "Subject"),
        datum=_datum(bericht),
        datum_tekst=_kop(bericht, "Date"),
        message_id=eerste_id(_kop(bericht, "Message-ID")),
        in_reply_to=eerste_id(_kop(bericht, "In-Reply-To")),
        referenties=tuple(MESSAGE_ID.findall(_kop(bericht, "References"))),
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
    if teller[0] > MAX_EML_DELEN:
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
            return Bijlage(
                naam=naam or f"{_bestandsdeel(genest.onderwerp) or 'bericht'}.eml",
                mime=mime,
                data=_als_bytes(binnen),
                bericht=genest,
                naamloos=not naam,
            )
        ruw = deel.get_payload(decode=True)
        data = ruw if isinstance(ruw, bytes) else b""
        return Bijlage(naam=naam or f"bijlage-{volgnummer}.eml", mime=mime, data=data, naamloos=not naam)
    ruw = deel.get_payload(decode=True)
    data = ruw if isinstance(ruw, bytes) else b""
    return Bijlage(naam=naam or f"bijlage-{volgnummer}", mime=mime, data=data, naamloos=not naam)


def _als_bytes(bericht: Message) -> bytes:
    try:
        return bericht.as_bytes(policy=policy.default)
    except Exception:  # a header the generator cannot fold
        return bericht.as_bytes(policy=policy.compat32)


def _bestandsdeel(tekst: str) -> str:
    return re.sub(r"[\\/:*?\"<>|\s]+", " ", tekst).strip()[:80]


def _kop(bericht: Message, veld: str) -> str:
    """A header decoded, on one line; ``""`` when absent. Undecoded 8-bit bytes in it (no
    encoded words, as some mailers send) are read as UTF-8, else Windows-1252."""
    ruw = next((str(w) for n, w in bericht.raw_items() if n.lower() == veld.lower()), None)
    if ruw is None:
        return ""
    try:
        waarde = str(bericht.get(veld, ""))
    except Exception:  # a header too malformed for the parser's policy
        waarde = ""
    if not waarde or (_onleesbaar(waarde) and _heeft_8bit(ruw)):
        waarde = _herstel_8bit(ruw)
    return schone_regel(waarde)


def _onleesbaar(tekst: str) -> bool:
    return "\ufffd" in tekst or _heeft_8bit(tekst)


def _heeft_8bit(tekst: str) -> bool:
    """Whether ``tekst`` holds undecoded 8-bit bytes, which the parser keeps as surrogates."""
    return any("\udc80" <= teken <= "\udcff" for teken in tekst)


def _herstel_8bit(tekst: str) -> str:
    """Undecoded 8-bit bytes in a raw header decoded as UTF-8, else Windows-1252."""
    if not _heeft_8bit(tekst):
        return tekst
    try:
        return decodeer(tekst.encode("utf-8", errors="surrogateescape")).tekst
    except UnicodeEncodeError:
        return tekst


def eerste_id(waarde: str) -> str:
    """The first ``<id>`` in a header value, else the value as it is."""
    gevonden = MESSAGE_ID.search(waarde)
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
            # Without a (real) charset, 8-bit text is decoded as UTF-8, else Windows-1252.
            raise LookupError("geen tekenset")
        inhoud = deel.get_content()
    except Exception:  # an unknown charset, a broken transfer encoding
        ruw = deel.get_payload(decode=True)
        gedecodeerd = decodeer(ruw if isinstance(ruw, bytes) else b"")
        inhoud = gedecodeerd.tekst
        if gedecodeerd.vervangen:
            waarschuwingen.append("Sommige tekens in het e-mailbericht konden niet worden gelezen.")
    return inhoud if isinstance(inhoud, str) else ""
