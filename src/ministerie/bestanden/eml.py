"""E-mail (.eml, RFC 5322) with the standard library: the headers in Dutch, then the body."""

from __future__ import annotations

import itertools
from datetime import datetime
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser

from .fouten import OnleesbaarBestand
from .htmltekst import html_naar_tekst
from .limieten import MAX_EML_DELEN, getal
from .opschonen import schone_regel
from .tekstcodering import decodeer
from .typen import Extractie

BESCHADIGD = "Het e-mailbericht (.eml) is beschadigd en kan niet worden gelezen."

#: The headers that open the text, with their Dutch labels, and their metadata keys.
_KOPPEN = (
    ("From", "Van", "van"),
    ("To", "Aan", "aan"),
    ("Cc", "CC", "cc"),
    ("Subject", "Onderwerp", "onderwerp"),
    ("Date", "Datum", None),
)


def extraheer_eml(data: bytes) -> Extractie:
    """The text of an e-mail: Van, Aan, CC, Onderwerp and Datum on the first lines, then the
    text/plain body (or the text/html body as text when there is no plain one). The names of
    the attachments are in the metadata under ``bijlagen``, one a line."""
    try:
        bericht = BytesParser(policy=policy.default).parsebytes(data)
        assert isinstance(bericht, EmailMessage)
        delen = list(itertools.islice(bericht.walk(), MAX_EML_DELEN + 1))
        lichaam = bericht.get_body(preferencelist=("plain",)) or bericht.get_body(preferencelist=("html",))
    except Exception as fout:  # RecursionError on absurd nesting, and the parser's own errors
        raise OnleesbaarBestand(BESCHADIGD) from fout

    waarschuwingen: list[str] = []
    metadata: dict[str, str] = {}
    regels: list[str] = []
    for veld, label, sleutel in _KOPPEN:
        waarde = _kop(bericht, veld)
        if waarde:
            regels.append(f"{label}: {waarde}")
            if sleutel:
                metadata[sleutel] = waarde
    if "van" in metadata:
        metadata["auteur"] = metadata["van"]
    if "onderwerp" in metadata:
        metadata["titel"] = metadata["onderwerp"]
    datum = _datum(bericht)
    if datum:
        metadata["datum"] = datum

    tekst = "\n".join(regels)
    if lichaam is None:
        waarschuwingen.append("Het e-mailbericht bevat geen tekst; alleen de kopregels zijn gelezen.")
    else:
        tekst += "\n\n" + _tekst_van(lichaam, waarschuwingen)

    if len(delen) > MAX_EML_DELEN:
        waarschuwingen.append(
            f"Het e-mailbericht heeft meer dan {getal(MAX_EML_DELEN)} onderdelen; "
            "alleen de eerste zijn bekeken."
        )
        delen = delen[:MAX_EML_DELEN]
    bijlagen = [naam for deel in delen if deel is not lichaam and (naam := _bijlagenaam(deel))]
    if bijlagen:
        metadata["bijlagen"] = "\n".join(bijlagen)
    return Extractie(tekst=tekst, paginas=None, metadata=metadata, waarschuwingen=waarschuwingen)


def _kop(bericht: Message, veld: str) -> str:
    ruw = next((w for n, w in bericht.raw_items() if n.lower() == veld.lower()), None)
    if ruw is None:
        return ""
    try:
        waarde: str | None = str(bericht.get(veld))
    except Exception:  # a header too malformed for the parser's policy
        waarde = None
    if waarde is None or ("\ufffd" in waarde and _heeft_8bit(ruw)):
        waarde = _herstel_8bit(str(ruw))
    return schone_regel(waarde)


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


def _datum(bericht: Message) -> str:
    try:
        moment = getattr(bericht.get("Date"), "datetime", None)
    except Exception:
        return ""
    return moment.isoformat() if isinstance(moment, datetime) else ""


def _tekst_van(deel: Message, waarschuwingen: list[str]) -> str:
    try:
        assert isinstance(deel, EmailMessage)
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
    if not isinstance(inhoud, str):
        return ""
    if deel.get_content_subtype() == "html":
        tekst, _titel, ingekort = html_naar_tekst(inhoud)
        if ingekort:
            waarschuwingen.append("De HTML-tekst van het e-mailbericht is te lang en is ingekort.")
        return tekst
    return inhoud


def _bijlagenaam(deel: Message) -> str:
    if deel.is_multipart() and deel.get_content_type() != "message/rfc822":
        return ""
    try:
        naam = deel.get_filename()
        beschikking = deel.get_content_disposition()
    except Exception:
        naam, beschikking = None, "attachment"
    if naam:
        return schone_regel(naam)
    if beschikking != "attachment" and deel.get_content_type() != "message/rfc822":
        return ""
    if deel.get_content_type() == "message/rfc822":
        binnen = deel.get_payload(0) if deel.is_multipart() else None
        onderwerp = _kop(binnen, "Subject") if isinstance(binnen, Message) else ""
        return f"(doorgestuurd bericht: {onderwerp or 'zonder onderwerp'})"
    return f"(naamloos, {deel.get_content_type()})"
