"""The sources of an ingest, split into items in a stable order, each read only when handled.

- mail: a folder of .eml/.msg files, an mbox, a ZIP of those (through the bulk pipeline's
  ``lakken.bulk.bronnen.eenheden``, the one reader of folders, ZIPs and mailboxes) and Outlook
  .pst files (``pypff`` from libpff-python); every message is read with the one e-mail reader
  (``ministerie.bestanden``: ``lees_eml``, ``lees_msg``);
- agenda: .ics files (``icalendar``), one item per appointment (VEVENT);
- chat: a WhatsApp text export (both the iPhone "[dd-mm-jjjj hh:mm:ss] Naam: tekst" and the
  Android "dd-mm-jj hh:mm - Naam: tekst" forms) with its media files, and a generic CSV with the
  columns datum, afzender and tekst;
- sociale-media: the generic CSV (datum, afzender, tekst), one post a row.

An item that cannot be read comes with a Dutch reason (``fout``) instead of content. The order
is stable, so a stopped ingest resumes at the position it reached.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, tzinfo
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import unquote
from zoneinfo import ZoneInfo

from ministerie.bestanden import (
    MAX_BESTANDSGROOTTE,
    Bericht,
    OnleesbaarBestand,
    lees_eml,
    lees_msg,
)
from ministerie.bestanden.herkenning import extensie_van
from ministerie.lakken.bulk import BulkFout
from ministerie.lakken.bulk.bronnen import eenheden, leesbaar

from . import imap

TIJDZONE = ZoneInfo("Europe/Amsterdam")
TIJDZONE_UTC = UTC
MAX_TEKST = 1_000_000
MAX_CSV_VELD = 1_000_000
MAX_ICS = 50 * 1024 * 1024
MAX_CHAT = 200 * 1024 * 1024
SOORTEN = ("mail", "agenda", "chat", "sociale-media")


class BronFout(Exception):
    """The source as a whole cannot be used (it does not exist, or is of the wrong kind)."""


@dataclass(frozen=True)
class Gegevens:
    """What is kept of an item besides its bytes."""

    bestandsnaam: str
    mime: str
    titel: str = ""
    afzender: str = ""
    datum: datetime | None = None
    draad: str = ""
    tekst: str = ""
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Stuk:
    """One item of a source: where it is, its bytes (read on demand), how to read its content,
    or a reason it cannot be read known without reading."""

    vindplaats: str
    lees: Callable[[], bytes]
    ontleed: Callable[[bytes], Gegevens]
    fout: str | None = None


def _niets() -> bytes:
    return b""


def _geen(_: bytes) -> Gegevens:
    raise OnleesbaarBestand("Dit onderdeel kan niet worden gelezen.")


def stukken(bron: Path | str, soort: str, werkmap: Path) -> Iterator[Stuk]:
    """Every item of ``bron`` (a path, or an ``imaps://`` account) for an ingest of ``soort``."""
    if soort not in SOORTEN:
        raise BronFout(f"Onbekende soort '{soort}'; kies uit {', '.join(SOORTEN)}.")
    if imap.is_imap(bron):
        if soort != "mail":
            raise BronFout("Een IMAP-postvak is alleen als soort 'mail' in te nemen.")
        yield from _imap(str(bron))
        return
    bron = Path(bron)
    if not bron.exists():
        raise BronFout(f"De bron '{bron}' bestaat niet.")
    if soort == "mail":
        yield from _mail(bron, werkmap)
    elif soort == "agenda":
        yield from _agenda(bron)
    else:
        yield from _chat(bron, werkmap, soort)


# --- mail -----------------------------------------------------------------------------------------


def _mail(bron: Path, werkmap: Path) -> Iterator[Stuk]:
    try:
        for unit in eenheden(bron, werkmap):
            extensie = extensie_van(unit.naam)
            if unit.fout:
                yield Stuk(unit.sleutel, _niets, _geen, fout=unit.fout)
            elif extensie == "pst" and not unit.bericht:
                yield from _pst(unit.sleutel, unit.lees, werkmap)
            else:
                lezer = lees_msg if extensie == "msg" and not unit.bericht else lees_eml
                yield Stuk(unit.sleutel, unit.lees, partial(_ontleed_mail, lezer, unit.naam))
    except BulkFout as fout:
        raise BronFout(str(fout)) from None


def _imap(bron: str) -> Iterator[Stuk]:
    def lees(haal: Callable[[], bytes]) -> bytes:
        try:
            return haal()
        except imap.ImapFout as fout:  # the connection broke: stop; the run resumes later
            raise BronFout(str(fout)) from None

    try:
        for vindplaats, haal, fout in imap.stukken(bron):
            if haal is None:
                yield Stuk(vindplaats, _niets, _geen, fout=fout or "Het bericht is niet op te halen.")
            else:
                yield Stuk(vindplaats, partial(lees, haal), partial(_ontleed_mail, lees_eml, "bericht.eml"))
    except imap.ImapFout as fout:
        raise BronFout(str(fout)) from None


def _ontleed_mail(lezer: Callable[[bytes], Bericht], naam: str, data: bytes) -> Gegevens:
    bericht = lezer(data)
    if not (bericht.van or bericht.onderwerp or bericht.datum_tekst or bericht.message_id):
        raise OnleesbaarBestand(
            "Het bericht heeft geen kopregels (Van, Datum, Onderwerp) en is niet als e-mail te lezen."
        )
    draad = (bericht.referenties[0] if bericht.referenties else bericht.in_reply_to) or bericht.message_id
    is_msg = bericht.soort == "msg"
    return Gegevens(
        bestandsnaam=naam if is_msg else (naam if naam.lower().endswith(".eml") else "bericht.eml"),
        mime="application/vnd.ms-outlook" if is_msg else "message/rfc822",
        titel=bericht.onderwerp[:500],
        afzender=bericht.van[:500],
        datum=bericht.datum,
        draad=draad[:500],
        tekst=bericht.als_tekst()[:MAX_TEKST],
        metadata={
            "aan": bericht.aan[:2000],
            "cc": bericht.cc[:2000],
            "message_id": bericht.message_id[:500],
            "in_reply_to": bericht.in_reply_to[:500],
            "datum_tekst": bericht.datum_tekst[:200],
            "bijlagen": [
                {"naam": b.naam[:255], "mime": b.mime, "grootte": len(b.data)} for b in bericht.bijlagen
            ],
            "waarschuwingen": list(bericht.waarschuwingen)[:20],
        },
    )


def _pst(sleutel: str, lees: Callable[[], bytes], werkmap: Path) -> Iterator[Stuk]:
    """The messages of an Outlook .pst (libpff). Each message is kept as its transport headers
    and body: a .pst holds no original RFC 822 bytes."""
    try:
        import pypff
    except ImportError:
        yield Stuk(
            sleutel, _niets, _geen, fout="Outlook-.pst kan niet worden gelezen: libpff-python ontbreekt."
        )
        return
    pad = werkmap / "pst" / re.sub(r"[^\w.-]", "_", sleutel)[-150:]
    pad.parent.mkdir(parents=True, exist_ok=True)
    if not pad.exists():
        pad.write_bytes(lees())
    bestand = pypff.file()
    try:
        bestand.open(str(pad))
    except OSError:
        yield Stuk(
            sleutel,
            _niets,
            _geen,
            fout="Het Outlook-bestand (.pst) is beschadigd en kan niet worden gelezen.",
        )
        return
    try:
        teller = 0
        for map_naam, bericht in _pst_berichten(bestand.get_root_folder(), ""):
            teller += 1
            # made when read (while the file is open), not when listed
            yield Stuk(
                f"{sleutel}#{map_naam}/{teller}",
                partial(_pst_als_eml, bericht),
                partial(_ontleed_mail, lees_eml, "bericht.eml"),
            )
    finally:
        bestand.close()


def _pst_berichten(map_: Any, pad: str) -> Iterator[tuple[str, Any]]:
    naam = f"{pad}/{map_.name or ''}".strip("/")
    for i in range(map_.number_of_sub_messages):
        yield naam, map_.get_sub_message(i)
    for i in range(map_.number_of_sub_folders):
        yield from _pst_berichten(map_.get_sub_folder(i), naam)


#: Headers taken over from a message's transport headers; the MIME structure (Content-Type,
#: transfer encoding) is made anew from the parts the .pst holds.
PST_KOPPEN = (
    "Return-Path", "Received", "From", "Sender", "Reply-To", "To", "Cc", "Bcc", "Date", "Subject",
    "Message-ID", "In-Reply-To", "References", "Importance", "Priority", "X-Mailer",
)  # fmt: skip


def _pst_tekst(waarde: Any) -> str:
    if not waarde:
        return ""
    if isinstance(waarde, str):
        return waarde
    try:
        return bytes(waarde).decode("utf-8")
    except UnicodeDecodeError:
        return bytes(waarde).decode("cp1252", "replace")


def _kop(waarde: str) -> str:
    from email.header import Header

    return waarde if waarde.isascii() else Header(waarde, "utf-8").encode()


def _pst_als_eml(bericht: Any) -> bytes:
    """One message of a .pst as an RFC 822 message: its transport headers (or, for a message
    that never travelled, sender, subject and time), its text and HTML body and its
    attachments as MIME parts. The transport headers alone do not fit the body libpff gives
    (their multipart boundary belongs to bytes the .pst does not keep), so the structure is
    made anew, with a boundary derived from the content: the same message always gives the
    same bytes (one SHA-256, resumable ingest)."""
    import hashlib
    import mimetypes
    from email import encoders, policy
    from email.message import Message
    from email.mime.application import MIMEApplication
    from email.mime.base import MIMEBase
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText
    from email.parser import HeaderParser
    from email.utils import format_datetime

    tekst, html = _pst_tekst(bericht.plain_text_body), _pst_tekst(bericht.html_body)
    som = hashlib.sha256(f"{len(tekst)}:{tekst}{len(html)}:{html}".encode())
    delen: list[Message] = []
    if tekst or not html:
        delen.append(MIMEText(tekst, "plain", "utf-8"))
    if html:
        delen.append(MIMEText(html, "html", "utf-8"))
    if not tekst and not html and bericht.rtf_body:
        som.update(bytes(bericht.rtf_body))
        rtf = MIMEApplication(bytes(bericht.rtf_body), "rtf")
        rtf.add_header("Content-Disposition", "attachment", filename="bericht.rtf")
        delen.append(rtf)
    waarschuwingen: list[str] = []
    for n in range(bericht.number_of_attachments):
        naam = f"bijlage-{n + 1}"
        try:
            bijlage = bericht.get_attachment(n)
            naam = _pst_tekst(bijlage.long_filename) or naam
            data = bytes(bijlage.read_buffer(bijlage.size)) if bijlage.size else b""
        except (OSError, ValueError, TypeError):  # libpff raises OSError on a damaged attachment
            waarschuwingen.append(f"Bijlage {naam} kon niet uit het .pst-bestand worden gelezen.")
            continue
        som.update(f"{naam}:{len(data)}:".encode() + data)
        soort, _ = mimetypes.guess_type(naam)
        hoofd, _, sub = (soort or "application/octet-stream").partition("/")
        bestand = MIMEBase(hoofd, sub)
        bestand.set_payload(data)
        encoders.encode_base64(bestand)
        bestand.add_header("Content-Disposition", "attachment", filename=naam)
        delen.append(bestand)

    if len(delen) == 1:
        uit: Message = delen[0]
    else:
        uit = MIMEMultipart("alternative" if all(isinstance(d, MIMEText) for d in delen) else "mixed")
        for deel in delen:
            uit.attach(deel)
    koppen = HeaderParser(policy=policy.compat32).parsestr(_pst_tekst(bericht.transport_headers))
    overgenomen = False
    for naam in PST_KOPPEN:
        for waarde in koppen.get_all(naam) or []:
            waarde = re.sub(r"\r?\n[ \t]+", " ", str(waarde)).strip()  # unfolded, refolded on output
            uit[naam] = _kop(waarde)
            overgenomen = True
    if not overgenomen or "Subject" not in uit:
        del uit["Subject"]
        uit["Subject"] = _kop(_pst_tekst(bericht.subject))
    if not overgenomen:
        uit["From"] = _kop(_pst_tekst(bericht.sender_name))
    if "Date" not in uit:
        moment = bericht.client_submit_time or bericht.delivery_time or bericht.creation_time
        if moment is not None:
            uit["Date"] = format_datetime(moment.replace(tzinfo=UTC))
    for waarschuwing in waarschuwingen:
        uit["X-Archief-Waarschuwing"] = _kop(waarschuwing)
    if uit.is_multipart():  # the boundary from the content: the same bytes on every run
        uit.set_boundary("=_pst_" + som.hexdigest()[:40])
    return uit.as_bytes(policy=policy.compat32.clone(linesep="\r\n"))


# --- agenda ---------------------------------------------------------------------------------------


def _bestanden(bron: Path, extensies: tuple[str, ...]) -> list[Path]:
    if bron.is_file():
        return [bron]
    return sorted(p for p in bron.rglob("*") if p.is_file() and p.suffix.lower() in extensies)


def _agenda(bron: Path) -> Iterator[Stuk]:
    from icalendar import Calendar

    for pad in _bestanden(bron, (".ics",)):
        naam = leesbaar(str(pad.relative_to(bron)) if bron.is_dir() else pad.name)
        if pad.stat().st_size > MAX_ICS:
            yield Stuk(naam, _niets, _geen, fout="Het agendabestand is groter dan 50 MB.")
            continue
        try:
            kalender = Calendar.from_ical(pad.read_bytes())
        except Exception:  # icalendar raises ValueError and others on malformed input
            yield Stuk(
                naam, _niets, _geen, fout="Het agendabestand (.ics) is beschadigd en kan niet worden gelezen."
            )
            continue
        zones = [c for c in kalender.walk("VTIMEZONE")]
        for volgnummer, afspraak in enumerate(kalender.walk("VEVENT"), start=1):
            los = Calendar()
            for sleutel in ("VERSION", "PRODID"):
                if sleutel in kalender:
                    los.add(sleutel, kalender[sleutel])
            for zone in zones:
                los.add_component(zone)
            los.add_component(afspraak)
            data = los.to_ical()
            yield Stuk(f"{naam}#{volgnummer}", partial(lambda d: d, data), _ontleed_afspraak)


def _als_moment(waarde: Any) -> datetime | None:
    if isinstance(waarde, datetime):
        return waarde if waarde.tzinfo else waarde.replace(tzinfo=TIJDZONE)
    if isinstance(waarde, date):
        return datetime.combine(waarde, time(0, 0), tzinfo=TIJDZONE)
    return None


def _ontleed_afspraak(data: bytes) -> Gegevens:
    from icalendar import Calendar

    afspraak = next(iter(Calendar.from_ical(data).walk("VEVENT")))
    begin = afspraak.get("DTSTART")
    if begin is None:
        raise OnleesbaarBestand("De afspraak heeft geen begintijd (DTSTART).")
    moment = _als_moment(begin.dt)
    einde = afspraak.get("DTEND")
    titel = str(afspraak.get("SUMMARY", ""))[:500]
    organisator = str(afspraak.get("ORGANIZER", "")).removeprefix("mailto:")[:500]
    deelnemers = afspraak.get("ATTENDEE", [])
    deelnemers = [
        str(d).removeprefix("mailto:") for d in (deelnemers if isinstance(deelnemers, list) else [deelnemers])
    ]
    locatie = str(afspraak.get("LOCATION", ""))
    regels = [f"Onderwerp: {titel}", f"Begin: {moment:%d-%m-%Y %H:%M}" if moment else ""]
    if locatie:
        regels.append(f"Locatie: {locatie}")
    if organisator:
        regels.append(f"Organisator: {organisator}")
    if deelnemers:
        regels.append("Deelnemers: " + "; ".join(deelnemers))
    regels.append("")
    regels.append(str(afspraak.get("DESCRIPTION", "")))
    eind = _als_moment(einde.dt) if einde is not None else None
    return Gegevens(
        bestandsnaam="afspraak.ics",
        mime="text/calendar",
        titel=titel,
        afzender=organisator,
        datum=moment,
        draad=str(afspraak.get("UID", ""))[:500],
        tekst="\n".join(r for r in regels if r is not None)[:MAX_TEKST],
        metadata={
            "uid": str(afspraak.get("UID", ""))[:500],
            "einde": eind.isoformat() if eind else "",
            "locatie": locatie[:500],
            "deelnemers": deelnemers[:200],
        },
    )


# --- chat and social media ------------------------------------------------------------------------

# [31-12-2021 23:59:59] Naam: tekst   (iPhone; also dd-mm-jj, / or . between, with or without seconds)
_IOS = re.compile(
    r"^\u200e?\[(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<j>\d{2,4}),? (?P<t>\d{1,2}:\d{2}(?::\d{2})?)\] "
    r"(?P<rest>.*)$"
)
# 31-12-21 23:59 - Naam: tekst   (Android; also dd/mm/jjjj and a comma after the date)
_ANDROID = re.compile(
    r"^\u200e?(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<j>\d{2,4}),? (?P<t>\d{1,2}:\d{2}(?::\d{2})?) - "
    r"(?P<rest>.*)$"
)
_BIJLAGE_IOS = re.compile(r"<(?:bijgevoegd|attached|Anhang|joint): (?P<naam>[^>]+)>")
_BIJLAGE_ANDROID = re.compile(r"^\u200e?(?P<naam>\S+\.\w{2,5}) \((?:bestand bijgevoegd|file attached)\)")


@dataclass(frozen=True)
class _Chatbericht:
    regelnummer: int
    moment: datetime
    afzender: str
    tekst: str
    ruw: str


def _moment(d: str, m: str, j: str, t: str) -> datetime:
    jaar = int(j) + (2000 if len(j) == 2 else 0)
    delen = [int(x) for x in t.split(":")] + [0]
    return datetime(jaar, int(m), int(d), delen[0], delen[1], delen[2], tzinfo=TIJDZONE)


def _chatberichten(tekst: str) -> Iterator[_Chatbericht | tuple[int, str]]:
    """The messages of a WhatsApp export; a line that should start a message but has an
    impossible date comes back as (line number, reason)."""
    huidig: list[Any] | None = None
    for nummer, regel in enumerate(tekst.splitlines(), start=1):
        gevonden = _IOS.match(regel) or _ANDROID.match(regel)
        if gevonden is None:
            if huidig is not None:
                huidig[3] += "\n" + regel
                huidig[4] += "\n" + regel
            continue
        if huidig is not None:
            yield _Chatbericht(*huidig)
        try:
            moment = _moment(gevonden["d"], gevonden["m"], gevonden["j"], gevonden["t"])
        except ValueError:
            huidig = None
            yield nummer, f"Regel {nummer} heeft een onmogelijke datum of tijd en is niet gelezen."
            continue
        rest = gevonden["rest"]
        afzender, scheiding, inhoud = rest.partition(": ")
        if not scheiding:
            afzender, inhoud = "", rest  # a system message ("… heeft de groep aangemaakt")
        huidig = [nummer, moment, afzender.strip("\u200e ")[:500], inhoud, regel]
    if huidig is not None:
        yield _Chatbericht(*huidig)


def _chat(bron: Path, werkmap: Path, soort: str) -> Iterator[Stuk]:
    if bron.is_file() and bron.suffix.lower() == ".zip":
        bron = _pak_chat_uit(bron, werkmap)
    iets = False
    for stuk in _chatbronnen(bron, soort):
        iets = True
        yield stuk
    if not iets:
        vormen = (
            "WhatsApp, Signal (chat.md of data.json) of CSV"
            if soort == "chat"
            else "X, Facebook, Instagram, LinkedIn (Shares.csv) of CSV"
        )
        yield Stuk(
            leesbaar(bron.name),
            _niets,
            _geen,
            fout=f"In de bron staat geen export in een bekende vorm ({vormen}).",
        )


def _chatbronnen(bron: Path, soort: str) -> Iterator[Stuk]:
    def naam_van(pad: Path) -> str:
        return leesbaar(str(pad.relative_to(bron)) if bron.is_dir() else pad.name)

    if soort == "sociale-media":
        for pad in _bestanden(bron, (".js",)):
            if pad.name in ("tweets.js", "tweet.js"):
                yield from _x_archief(pad, naam_van(pad))
        for pad in _bestanden(bron, (".json",)):
            platform = _meta_platform(pad)
            if platform:
                yield from _meta_archief(pad, naam_van(pad), platform, bron if bron.is_dir() else pad.parent)
    else:
        # Signal Desktop exports (signal-export / sigexport): a folder per conversation with
        # data.json (one JSON object a line) and/or chat.md; data.json wins when both are there
        for pad in _bestanden(bron, (".json", ".md")):
            if pad.name == "data.json" or (
                pad.name == "chat.md" and not (pad.parent / "data.json").is_file()
            ):
                if pad.stat().st_size > MAX_CHAT:
                    yield Stuk(naam_van(pad), _niets, _geen, fout="De chatexport is groter dan 200 MB.")
                else:
                    yield from _signal(pad, naam_van(pad))
    for pad in _bestanden(bron, (".txt", ".csv")):
        naam = naam_van(pad)
        if pad.stat().st_size > MAX_CHAT:
            yield Stuk(naam, _niets, _geen, fout="De chatexport is groter dan 200 MB.")
            continue
        if pad.suffix.lower() == ".csv":
            yield from _csv(pad, naam, soort)
        else:
            yield from _whatsapp(pad, naam)


# --- Signal Desktop -------------------------------------------------------------------------------

# [2024-03-05 14:02] Naam: tekst   (also with seconds)
_SIGNAL_MD = re.compile(r"^\[(?P<d>\d{4}-\d{2}-\d{2})[ T](?P<t>\d{1,2}:\d{2}(?::\d{2})?)\] (?P<rest>.*)$")
# ![naam](./media/bestand.jpg) or [naam](media/bestand.pdf)
_SIGNAL_MEDIA = re.compile(r"!?\[[^\]]*\]\((?P<pad>(?:\./)?media/[^)]+)\)")


def _signal_moment(waarde: Any) -> datetime:
    """A Signal export's date: 'JJJJ-MM-DD HH:MM[:SS]' (local time) or milliseconds since 1970."""
    if isinstance(waarde, (int, float)) and not isinstance(waarde, bool):
        try:
            return datetime.fromtimestamp(waarde / 1000 if waarde > 10**11 else waarde, tz=TIJDZONE)
        except (OverflowError, OSError, ValueError):
            raise OnleesbaarBestand("Het bericht heeft een onmogelijke datum.") from None
    return _datum_uit_tekst(str(waarde or ""))


def _signal_media(map_: Path, verwijzing: str) -> Path | None:
    """The media file a message names, only inside the conversation's folder (or beside it when
    a ZIP was unpacked flat)."""
    relatief = unquote(verwijzing.strip()).removeprefix("./")
    for kandidaat in (map_ / relatief, map_ / Path(relatief).name):
        try:
            echt = kandidaat.resolve()
        except OSError:
            continue
        if echt.is_file() and echt.is_relative_to(map_.resolve()):
            return echt
    return None


def _signal(pad: Path, naam: str) -> Iterator[Stuk]:
    try:
        tekst = pad.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        yield Stuk(
            naam, _niets, _geen, fout="De Signal-export is geen UTF-8-tekst en kan niet worden gelezen."
        )
        return
    chatnaam = pad.parent.name or pad.stem
    berichten = _signal_json(tekst) if pad.name == "data.json" else _signal_md(tekst)
    gevonden = False
    for nummer, bericht, media in berichten:
        vindplaats = f"{naam}#regel{nummer}"
        if isinstance(bericht, str):
            yield Stuk(vindplaats, _niets, _geen, fout=bericht)
            continue
        gevonden = True
        data = bericht.ruw.encode()
        yield Stuk(
            vindplaats, partial(lambda d: d, data), partial(_ontleed_chat, bericht, chatnaam, bron="signal")
        )
        for verwijzing in media[:100]:
            mediaplaats = f"{vindplaats}!{unquote(Path(verwijzing).name)}"
            bestand = _signal_media(pad.parent, verwijzing)
            if bestand is None:
                yield Stuk(
                    mediaplaats, _niets, _geen, fout="Het bijgevoegde mediabestand ontbreekt in de export."
                )
            elif bestand.stat().st_size > MAX_BESTANDSGROOTTE:
                yield Stuk(mediaplaats, _niets, _geen, fout="Het mediabestand is groter dan 50 MB.")
            else:
                yield Stuk(
                    mediaplaats,
                    bestand.read_bytes,
                    partial(_ontleed_media, bericht, chatnaam, bestand.name, vindplaats, bron="signal"),
                )
    if not gevonden:
        yield Stuk(
            naam, _niets, _geen, fout="In dit bestand staan geen Signal-berichten in een bekende vorm."
        )


def _signal_md(tekst: str) -> Iterator[tuple[int, _Chatbericht | str, list[str]]]:
    huidig: list[Any] | None = None

    def klaar(h: list[Any]) -> tuple[int, _Chatbericht, list[str]]:
        bericht = _Chatbericht(*h)
        return h[0], bericht, [m["pad"] for m in _SIGNAL_MEDIA.finditer(bericht.tekst)]

    for nummer, regel in enumerate(tekst.splitlines(), start=1):
        gevonden = _SIGNAL_MD.match(regel)
        if gevonden is None:
            if huidig is not None:
                huidig[3] += "\n" + regel
                huidig[4] += "\n" + regel
            continue
        if huidig is not None:
            yield klaar(huidig)
        try:
            moment = _datum_uit_tekst(f"{gevonden['d']} {gevonden['t']}")
        except OnleesbaarBestand:
            huidig = None
            yield nummer, f"Regel {nummer} heeft een onmogelijke datum of tijd en is niet gelezen.", []
            continue
        afzender, scheiding, inhoud = gevonden["rest"].partition(": ")
        if not scheiding:
            afzender, inhoud = "", gevonden["rest"]
        huidig = [nummer, moment, afzender.strip()[:500], inhoud, regel]
    if huidig is not None:
        yield klaar(huidig)


def _signal_json(tekst: str) -> Iterator[tuple[int, _Chatbericht | str, list[str]]]:
    import json

    for nummer, regel in enumerate(tekst.splitlines(), start=1):
        if not regel.strip():
            continue
        try:
            bericht = json.loads(regel)
            if not isinstance(bericht, dict):
                raise ValueError
        except ValueError:
            yield nummer, f"Regel {nummer} van data.json is geen JSON-object en is niet gelezen.", []
            continue
        try:
            moment = _signal_moment(bericht.get("date", bericht.get("timestamp", bericht.get("sent_at"))))
        except OnleesbaarBestand:
            yield nummer, f"Regel {nummer} van data.json heeft geen leesbare datum en is niet gelezen.", []
            continue
        inhoud = str(bericht.get("body") or "")
        if bericht.get("quote"):
            inhoud = "> " + str(bericht["quote"]).replace("\n", "\n> ") + "\n" + inhoud
        bijlagen = bericht.get("attachments") or []
        media = [
            str(b.get("path") or b.get("fileName") or b.get("name") or "")
            for b in (bijlagen if isinstance(bijlagen, list) else [])
            if isinstance(b, dict)
        ]
        yield (
            nummer,
            _Chatbericht(nummer, moment, str(bericht.get("sender") or "")[:500], inhoud, regel),
            [m for m in media if m],
        )


def _x_archief(pad: Path, naam: str) -> Iterator[Stuk]:
    """The posts of an X (Twitter) archive: ``data/tweets.js`` ("window.YTD.tweets.part0 = [...]")
    with the media in ``data/tweets_media/<id>-<naam>``."""
    import json

    tekst = pad.read_text(encoding="utf-8", errors="replace")
    try:
        berichten = json.loads(tekst[tekst.index("=") + 1 :])
        if not isinstance(berichten, list):
            raise ValueError
    except ValueError:
        yield Stuk(
            naam,
            _niets,
            _geen,
            fout="Het archief van X (tweets.js) is beschadigd en kan niet worden gelezen.",
        )
        return
    # tweets_media beside tweets.js; a ZIP export unpacked flat has the media beside it
    mediamappen = [m for m in (pad.parent / "tweets_media", pad.parent) if m.is_dir()]
    for volgnummer, omhulsel in enumerate(berichten, start=1):
        bericht = omhulsel.get("tweet", omhulsel) if isinstance(omhulsel, dict) else None
        vindplaats = f"{naam}#{volgnummer}"
        if not isinstance(bericht, dict) or not bericht.get("id_str"):
            yield Stuk(
                vindplaats,
                _niets,
                _geen,
                fout="Dit bericht in het archief van X heeft geen kenmerk (id_str).",
            )
            continue
        data = json.dumps(bericht, sort_keys=True, ensure_ascii=False).encode()
        yield Stuk(vindplaats, partial(lambda d: d, data), partial(_ontleed_post, bericht))
        for mediamap in mediamappen[:1]:
            for media in sorted(mediamap.glob(f"{bericht['id_str']}-*")):
                if media.stat().st_size > MAX_BESTANDSGROOTTE:
                    yield Stuk(
                        f"{vindplaats}!{media.name}",
                        _niets,
                        _geen,
                        fout="Het mediabestand is groter dan 50 MB.",
                    )
                    continue
                yield Stuk(
                    f"{vindplaats}!{media.name}",
                    media.read_bytes,
                    partial(_ontleed_postmedia, bericht, media.name),
                )


# --- Facebook and Instagram ("Download your information", JSON) ----------------------------------

_FACEBOOK = re.compile(r"^your_posts(?:__check_ins__photos_and_videos)?(?:_\d+)?\.json$")
_INSTAGRAM = re.compile(r"^posts(?:_\d+)?\.json$")
MAX_META_JSON = 200 * 1024 * 1024


def _meta_platform(pad: Path) -> str:
    if _FACEBOOK.match(pad.name):
        return "facebook"
    if _INSTAGRAM.match(pad.name):
        return "instagram"
    return ""


def herstel_mojibake(waarde: Any) -> Any:
    """Facebook and Instagram write UTF-8 text as if each byte were a character ("CafÃ©" for
    "Café"): encoded as latin-1 the bytes are the UTF-8 again. Text that is not such (it has a
    character above U+00FF, or the bytes are no UTF-8) stays as it is."""
    if isinstance(waarde, str):
        try:
            return waarde.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return waarde
    if isinstance(waarde, list):
        return [herstel_mojibake(w) for w in waarde]
    if isinstance(waarde, dict):
        return {k: herstel_mojibake(w) for k, w in waarde.items()}
    return waarde


def _meta_media(post: dict[str, Any]) -> list[dict[str, Any]]:
    """The media of a post: Instagram's ``media`` list, Facebook's ``attachments[].data[].media``."""
    media = [m for m in post.get("media") or [] if isinstance(m, dict)]
    for bijlage in post.get("attachments") or []:
        for deel in (bijlage.get("data") or []) if isinstance(bijlage, dict) else []:
            if isinstance(deel, dict) and isinstance(deel.get("media"), dict):
                media.append(deel["media"])
    return [m for m in media if isinstance(m.get("uri"), str) and m["uri"]]


def _meta_tekst(post: dict[str, Any]) -> str:
    delen = [str(d["post"]) for d in post.get("data") or [] if isinstance(d, dict) and d.get("post")]
    if not delen:
        media = _meta_media(post)
        delen = [
            str(
                post.get("title")
                or (media[0].get("title") or media[0].get("description") if media else "")
                or ""
            )
        ]
    return "\n".join(delen)


def _meta_moment(post: dict[str, Any]) -> datetime:
    media = _meta_media(post)
    waarde = (
        post.get("timestamp")
        or post.get("creation_timestamp")
        or (media[0].get("creation_timestamp") if media else None)
    )
    if not isinstance(waarde, (int, float)) or isinstance(waarde, bool):
        raise OnleesbaarBestand("Het bericht heeft geen datum (timestamp).")
    try:
        return datetime.fromtimestamp(waarde, tz=TIJDZONE)
    except (OverflowError, OSError, ValueError):
        raise OnleesbaarBestand("Het bericht heeft een onmogelijke datum.") from None


def _meta_bestand(wortel: Path, json_pad: Path, uri: str) -> Path | None:
    """The media file a post names: its path is relative to the export's root, some folders
    above the JSON file; a ZIP unpacked flat has it beside the JSON. Never outside the source."""
    wortel = wortel.resolve()
    relatief = uri.lstrip("/")
    kandidaten = [
        m / relatief for m in [json_pad.parent, *json_pad.parents] if m.resolve().is_relative_to(wortel)
    ]
    kandidaten.append(json_pad.parent / Path(relatief).name)
    for kandidaat in kandidaten:
        try:
            echt = kandidaat.resolve()
        except OSError:
            continue
        if echt.is_file() and echt.is_relative_to(wortel):
            return echt
    return None


def _meta_archief(pad: Path, naam: str, platform: str, wortel: Path) -> Iterator[Stuk]:
    import json

    merk = "Facebook" if platform == "facebook" else "Instagram"
    if pad.stat().st_size > MAX_META_JSON:
        yield Stuk(naam, _niets, _geen, fout=f"Het archief van {merk} is groter dan 200 MB.")
        return
    try:
        posts = json.loads(pad.read_bytes())
    except ValueError:
        posts = None
    if isinstance(posts, dict):  # older exports: {"status_updates": [...]} and the like
        posts = next((w for w in posts.values() if isinstance(w, list)), None)
    if not isinstance(posts, list):
        yield Stuk(
            naam,
            _niets,
            _geen,
            fout=f"Het archief van {merk} ({pad.name}) is beschadigd of van onbekende vorm.",
        )
        return
    for volgnummer, post in enumerate(posts, start=1):
        vindplaats = f"{naam}#{volgnummer}"
        if not isinstance(post, dict):
            yield Stuk(
                vindplaats, _niets, _geen, fout=f"Dit bericht in het archief van {merk} is geen object."
            )
            continue
        post = herstel_mojibake(post)
        data = json.dumps(post, sort_keys=True, ensure_ascii=False).encode()
        yield Stuk(vindplaats, partial(lambda d: d, data), partial(_ontleed_meta, post, platform, volgnummer))
        for media in _meta_media(post)[:100]:
            mediaplaats = f"{vindplaats}!{Path(media['uri']).name}"
            bestand = _meta_bestand(wortel, pad, media["uri"])
            if bestand is None:
                yield Stuk(mediaplaats, _niets, _geen, fout="Het mediabestand ontbreekt in het archief.")
            elif bestand.stat().st_size > MAX_BESTANDSGROOTTE:
                yield Stuk(mediaplaats, _niets, _geen, fout="Het mediabestand is groter dan 50 MB.")
            else:
                yield Stuk(
                    mediaplaats,
                    bestand.read_bytes,
                    partial(_ontleed_meta_media, post, platform, volgnummer, bestand.name),
                )


def _ontleed_meta(post: dict[str, Any], platform: str, volgnummer: int, _: bytes) -> Gegevens:
    tekst = _meta_tekst(post)
    moment = _meta_moment(post)
    return Gegevens(
        bestandsnaam="bericht.json",
        mime="application/json",
        titel=(tekst.splitlines() or [str(post.get("title") or "")])[0][:200],
        datum=moment,
        draad=f"{platform}-{moment:%Y%m%d%H%M%S}-{volgnummer}"[:500],
        tekst=tekst[:MAX_TEKST],
        metadata={
            "bron": platform,
            "titel": str(post.get("title") or "")[:500],
            "media": [m["uri"][:500] for m in _meta_media(post)[:100]],
        },
    )


def _ontleed_meta_media(
    post: dict[str, Any], platform: str, volgnummer: int, naam: str, _: bytes
) -> Gegevens:
    import mimetypes

    moment = _meta_moment(post)
    return Gegevens(
        bestandsnaam=naam[:255],
        mime=mimetypes.guess_type(naam)[0] or "application/octet-stream",
        titel=f"Media bij bericht van {moment:%d-%m-%Y %H:%M}"[:500],
        datum=moment,
        draad=f"{platform}-{moment:%Y%m%d%H%M%S}-{volgnummer}"[:500],
        metadata={"bron": platform, "bij_bericht": volgnummer},
    )


def _x_moment(bericht: dict[str, Any]) -> datetime:
    try:
        return datetime.strptime(str(bericht.get("created_at", "")), "%a %b %d %H:%M:%S %z %Y")
    except ValueError:
        raise OnleesbaarBestand("Het bericht heeft geen leesbare datum (created_at).") from None


def _ontleed_post(bericht: dict[str, Any], _: bytes) -> Gegevens:
    tekst = str(bericht.get("full_text") or bericht.get("text") or "")
    return Gegevens(
        bestandsnaam="bericht.json",
        mime="application/json",
        titel=tekst.splitlines()[0][:200] if tekst else "",
        afzender="",
        datum=_x_moment(bericht),
        draad=str(bericht.get("in_reply_to_status_id_str") or bericht["id_str"])[:500],
        tekst=tekst[:MAX_TEKST],
        metadata={
            "bron": "x",
            "id": bericht["id_str"],
            "antwoord_op": bericht.get("in_reply_to_status_id_str") or "",
        },
    )


def _ontleed_postmedia(bericht: dict[str, Any], naam: str, _: bytes) -> Gegevens:
    import mimetypes

    return Gegevens(
        bestandsnaam=naam[:255],
        mime=mimetypes.guess_type(naam)[0] or "application/octet-stream",
        titel=f"Media bij bericht {bericht['id_str']}"[:500],
        datum=_x_moment(bericht),
        draad=str(bericht["id_str"])[:500],
        metadata={"bron": "x", "bij_bericht": bericht["id_str"]},
    )


def _pak_chat_uit(zip_pad: Path, werkmap: Path) -> Path:
    doel = werkmap / "chat"
    if doel.exists():
        return doel
    tijdelijk = werkmap / "chat.deel"
    try:
        with zipfile.ZipFile(zip_pad) as archief:
            totaal = sum(lid.file_size for lid in archief.infolist())
            if totaal > 8 * 1024 * 1024 * 1024:
                raise BronFout("De export (ZIP) is uitgepakt groter dan 8 GB.")
            if len(archief.infolist()) > 200_000:
                raise BronFout("De export (ZIP) bevat meer dan 200.000 bestanden.")
            tijdelijk.mkdir(parents=True, exist_ok=True)
            for lid in archief.infolist():
                if lid.is_dir():
                    continue
                veilig = re.sub(r"[^\w.\- ]", "_", lid.filename.replace("\\", "/").rsplit("/", 1)[-1])
                with archief.open(lid) as invoer:
                    (tijdelijk / (veilig or "bestand")).write_bytes(invoer.read())
    except (zipfile.BadZipFile, OSError) as fout:
        raise BronFout(f"De chatexport (ZIP) kan niet worden gelezen ({type(fout).__name__}).") from None
    tijdelijk.rename(doel)
    return doel


def _whatsapp(pad: Path, naam: str) -> Iterator[Stuk]:
    try:
        tekst = pad.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        yield Stuk(naam, _niets, _geen, fout="De chatexport is geen UTF-8-tekst en kan niet worden gelezen.")
        return
    chatnaam = pad.stem
    gevonden = False
    for bericht in _chatberichten(tekst):
        if isinstance(bericht, tuple):
            yield Stuk(f"{naam}#regel{bericht[0]}", _niets, _geen, fout=bericht[1])
            continue
        gevonden = True
        vindplaats = f"{naam}#regel{bericht.regelnummer}"
        data = bericht.ruw.encode()
        yield Stuk(vindplaats, partial(lambda d: d, data), partial(_ontleed_chat, bericht, chatnaam))
        bijlage = _BIJLAGE_IOS.search(bericht.tekst) or _BIJLAGE_ANDROID.match(bericht.tekst)
        if bijlage is not None:
            media = pad.parent / bijlage["naam"].strip()
            mediaplaats = f"{vindplaats}!{bijlage['naam'].strip()}"
            if not media.is_file() or media.parent != pad.parent:
                yield Stuk(
                    mediaplaats, _niets, _geen, fout="Het bijgevoegde mediabestand ontbreekt in de export."
                )
            elif media.stat().st_size > MAX_BESTANDSGROOTTE:
                yield Stuk(mediaplaats, _niets, _geen, fout="Het mediabestand is groter dan 50 MB.")
            else:
                yield Stuk(
                    mediaplaats,
                    media.read_bytes,
                    partial(_ontleed_media, bericht, chatnaam, media.name, vindplaats),
                )
    if not gevonden:
        yield Stuk(
            naam, _niets, _geen, fout="In dit tekstbestand staan geen chatberichten in een bekende vorm."
        )


def _ontleed_chat(bericht: _Chatbericht, chatnaam: str, _: bytes, bron: str = "whatsapp") -> Gegevens:
    return Gegevens(
        bestandsnaam="bericht.txt",
        mime="text/plain",
        titel=(bericht.tekst.splitlines() or [""])[0][:200],
        afzender=bericht.afzender,
        datum=bericht.moment,
        draad=chatnaam[:500],
        tekst=f"{bericht.afzender}: {bericht.tekst}"[:MAX_TEKST],
        metadata={"chat": chatnaam[:300], "regel": bericht.regelnummer, "bron": bron},
    )


def _ontleed_media(
    bericht: _Chatbericht, chatnaam: str, naam: str, vindplaats: str, data: bytes, bron: str = "whatsapp"
) -> Gegevens:
    import mimetypes

    return Gegevens(
        bestandsnaam=naam[:255],
        mime=mimetypes.guess_type(naam)[0] or "application/octet-stream",
        titel=f"Bijlage {naam}"[:500],
        afzender=bericht.afzender,
        datum=bericht.moment,
        draad=chatnaam[:500],
        tekst="",
        metadata={"chat": chatnaam[:300], "bij_bericht": vindplaats, "bron": bron},
    )


_KOLOMMEN = {
    "datum": ("datum", "date", "tijd", "timestamp", "created_at"),
    "afzender": ("afzender", "van", "from", "sender", "auteur", "author"),
    "tekst": ("tekst", "text", "bericht", "message", "inhoud", "body", "sharecommentary"),
}


def _csv(pad: Path, naam: str, soort: str) -> Iterator[Stuk]:
    csv.field_size_limit(MAX_CSV_VELD)
    try:
        inhoud = pad.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        yield Stuk(
            naam, _niets, _geen, fout="Het CSV-bestand is geen UTF-8-tekst en kan niet worden gelezen."
        )
        return
    try:
        dialect: Any = csv.Sniffer().sniff(inhoud[:4096], delimiters=";,\t")
    except csv.Error:
        dialect = csv.excel
    lezer = csv.reader(io.StringIO(inhoud), dialect)
    try:
        kop = [k.strip().lower() for k in next(lezer)]
    except (StopIteration, csv.Error):
        yield Stuk(naam, _niets, _geen, fout="Het CSV-bestand is leeg.")
        return
    index = {doel: next((kop.index(n) for n in namen if n in kop), None) for doel, namen in _KOLOMMEN.items()}
    if index["datum"] is None or index["tekst"] is None:
        yield Stuk(
            naam,
            _niets,
            _geen,
            fout="Het CSV-bestand mist de kolommen 'datum' en 'tekst' (en liefst 'afzender').",
        )
        return
    # LinkedIn's Shares.csv: Date (UTC), ShareLink, ShareCommentary, SharedUrl, MediaUrl, Visibility
    linkedin = {"sharelink": kop.index("sharelink"), "sharedurl": kop.index("sharedurl")} if {
        "sharelink", "sharedurl", "sharecommentary"} <= set(kop) else {}  # fmt: skip
    nummer = 1
    try:
        for rij in lezer:
            nummer += 1
            if not any(rij):
                continue
            uit = io.StringIO()
            csv.writer(uit, dialect).writerow(rij)
            data = uit.getvalue().encode()
            vindplaats = f"{naam}#rij{nummer}"
            yield Stuk(
                vindplaats,
                partial(lambda d: d, data),
                partial(_ontleed_rij, rij, index, pad.stem, soort, linkedin),
            )
    except csv.Error:
        yield Stuk(
            f"{naam}#rij{nummer}", _niets, _geen, fout=f"Rij {nummer} van het CSV-bestand is beschadigd."
        )


def _datum_uit_tekst(waarde: str, zone: tzinfo = TIJDZONE) -> datetime:
    waarde = waarde.strip()
    for vorm in ("%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M",
                 "%d-%m-%Y %H:%M:%S", "%d-%m-%Y %H:%M", "%Y-%m-%d", "%d-%m-%Y"):  # fmt: skip
        try:
            moment = datetime.strptime(waarde.replace("Z", "+0000"), vorm)
        except ValueError:
            continue
        return moment if moment.tzinfo else moment.replace(tzinfo=zone)
    raise OnleesbaarBestand(
        f"De datum '{waarde[:40]}' is niet te lezen (gebruik JJJJ-MM-DD of DD-MM-JJJJ, met tijd)."
    )


def _ontleed_rij(
    rij: list[str],
    index: dict[str, int | None],
    bronnaam: str,
    soort: str,
    linkedin: dict[str, int],
    _: bytes,
) -> Gegevens:
    def veld(doel: str) -> str:
        i = index[doel]
        return rij[i] if i is not None and i < len(rij) else ""

    tekst = veld("tekst")
    if linkedin:
        link, gedeeld = (
            rij[i] if i < len(rij) else "" for i in (linkedin["sharelink"], linkedin["sharedurl"])
        )
        if not tekst.strip() and gedeeld.strip():
            tekst = f"Gedeeld: {gedeeld}"
        if not tekst.strip():
            raise OnleesbaarBestand("Het bericht heeft geen tekst en deelt geen link.")
        moment = _datum_uit_tekst(veld("datum"), TIJDZONE_UTC)
        return Gegevens(
            bestandsnaam="bericht.csv",
            mime="text/csv",
            titel=tekst.splitlines()[0][:200],
            datum=moment,
            draad=(link or bronnaam)[:500],
            tekst=tekst[:MAX_TEKST],
            metadata={"bron": "linkedin", "link": link[:1000], "gedeeld": gedeeld[:1000], "soort": soort},
        )
    if not tekst.strip():
        raise OnleesbaarBestand("De rij heeft geen tekst.")
    return Gegevens(
        bestandsnaam="bericht.csv",
        mime="text/csv",
        titel=tekst.splitlines()[0][:200],
        afzender=veld("afzender")[:500],
        datum=_datum_uit_tekst(veld("datum")),
        draad=bronnaam[:500],
        tekst=tekst[:MAX_TEKST],
        metadata={"bron": "csv", "bestand": bronnaam[:300], "soort": soort},
    )
