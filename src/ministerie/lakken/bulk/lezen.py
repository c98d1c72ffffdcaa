"""Reading one unit of the source into items: a file, or a message with its attachments (each
attachment an item of its own, right after the message)."""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime

from ministerie.bestanden import Bericht, OnleesbaarBestand, extraheer, herken, lees_eml, lees_msg, sha256
from ministerie.bestanden.herkenning import OUTLOOK_MIME, extensie_van
from ministerie.bestanden.opschonen import schoon

from .bronnen import Eenheid
from .gelijkenis import handtekening
from .tekstvormen import eigen_tekst, normaliseer_onderwerp

#: How deep messages attached to messages are read as messages.
MAX_DIEPTE = 5

#: The kinds of item, as stored; any other kind is the extension of an unsupported file.
EMAIL = "e-mail"


@dataclass(slots=True)
class NieuwItem:
    """An item as read, before it is numbered. ``ouder`` is the index (in the same unit's
    list) of the message it is attached to."""

    vindplaats: str
    soort: str
    titel: str
    #: The SHA-256 of the bytes; "" when they could not be read (never a duplicate).
    sha256: str
    ouder: int | None = None
    datum: str = ""
    tijd: float | None = None
    message_id: str = ""
    in_reply_to: str = ""
    referenties: str = ""
    onderwerp: str = ""
    onleesbaar: str | None = None
    waarschuwingen: str = ""
    tekst: str = ""
    eigen: str = ""
    handtekening: bytes | None = None


def lees_eenheid(eenheid: Eenheid) -> list[NieuwItem]:
    """The items of one unit; never raises for a bad file (the item says why it is unreadable).

    An unexpected error while reading one unit (a bug in a reader, a library that breaks on a
    hostile file) makes that unit one unreadable item with the error's name, so that one file
    never stops a run of thousands, and is never left out silently either."""
    if eenheid.fout is not None:
        return [_onleesbaar(eenheid, eenheid.fout)]
    try:
        data = eenheid.lees()
    except Exception as fout:  # OSError, zipfile.BadZipFile, zlib.error, mailbox errors
        reden = f"Het bestand kan niet worden gelezen ({type(fout).__name__})."
        return [_onleesbaar(eenheid, reden)]
    items: list[NieuwItem] = []
    try:
        if eenheid.bericht:
            _bericht(data, "eml", eenheid.sleutel, "", None, 0, None, items)
        else:
            _bestand(data, eenheid.sleutel, eenheid.naam, None, 0, None, items)
    except Exception as fout:
        item = _onleesbaar(eenheid, _onverwacht(fout))
        item.sha256 = sha256(data)
        return [item]
    return items


def _onverwacht(fout: Exception) -> str:
    if isinstance(fout, zlib.error | zipfile.BadZipFile | EOFError | NotImplementedError):
        return f"Het bestand is beschadigd en kan niet worden gelezen ({type(fout).__name__})."
    return f"Het bestand kon niet worden verwerkt door een onverwachte fout ({type(fout).__name__})."


def _onleesbaar(eenheid: Eenheid, reden: str) -> NieuwItem:
    soort = EMAIL if eenheid.bericht else _soort_van_naam(eenheid.naam)
    return NieuwItem(eenheid.sleutel, soort, eenheid.naam or "(bericht)", "", onleesbaar=reden)


def _bestand(
    data: bytes,
    vindplaats: str,
    naam: str,
    ouder: int | None,
    diepte: int,
    ouderdatum: tuple[str, float | None] | None,
    items: list[NieuwItem],
) -> None:
    type = herken(data, naam)
    if (type.soort == "eml" or type.mime == OUTLOOK_MIME) and diepte <= MAX_DIEPTE:
        _bericht(data, "eml" if type.soort == "eml" else "msg", vindplaats, naam, ouder, diepte, None, items)
        return
    soort = type.soort if type.soort not in ("onbekend", "eml") else type.extensie
    if not data:
        soort = _soort_van_naam(naam)
    item = NieuwItem(vindplaats, soort, naam, sha256(data), ouder=ouder)
    if ouderdatum is not None:
        item.datum, item.tijd = ouderdatum
    try:
        extractie = extraheer(data, type)
    except OnleesbaarBestand as fout:
        item.onleesbaar = fout.reden
    except Exception as fout:  # zlib.error and the like that a reader lets through
        item.onleesbaar = _onverwacht(fout)
    else:
        item.tekst = extractie.tekst
        item.eigen = extractie.tekst
        item.waarschuwingen = "\n".join(extractie.waarschuwingen)
        datum = extractie.metadata.get("datum")
        if datum and not item.datum:  # an attachment has the date its message was sent
            item.datum, item.tijd = _datum_uit_iso(datum)
        item.handtekening = handtekening(extractie.tekst)
    items.append(item)


def _bericht(
    data: bytes,
    formaat: str,
    vindplaats: str,
    naam: str,
    ouder: int | None,
    diepte: int,
    gelezen: Bericht | None,
    items: list[NieuwItem],
) -> None:
    item = NieuwItem(vindplaats, EMAIL, naam or "(bericht)", sha256(data), ouder=ouder)
    try:
        bericht = gelezen or (lees_eml(data) if formaat == "eml" else lees_msg(data))
    except OnleesbaarBestand as fout:
        item.onleesbaar = fout.reden
        items.append(item)
        return
    except Exception as fout:
        item.onleesbaar = _onverwacht(fout)
        items.append(item)
        return
    lichaam = bericht.lichaam_als_tekst()
    item.titel = bericht.onderwerp or naam or "(geen onderwerp)"
    if bericht.datum is not None:
        item.datum, item.tijd = _datum(bericht.datum)
    item.message_id = bericht.message_id
    item.in_reply_to = bericht.in_reply_to
    item.referenties = " ".join(bericht.referenties)
    item.onderwerp = normaliseer_onderwerp(bericht.onderwerp)
    item.tekst = schoon(bericht.als_tekst())
    if not data:  # an Outlook message embedded in another: identified by its text
        item.sha256 = sha256(("bericht\0" + item.tekst).encode("utf-8"))
    item.eigen = eigen_tekst(lichaam)
    item.waarschuwingen = "\n".join(bericht.waarschuwingen)
    namen = " ".join(b.naam for b in bericht.bijlagen)
    item.handtekening = handtekening(f"{item.onderwerp}\n{item.eigen}\n{namen}")
    index = len(items)
    items.append(item)
    for volgnummer, bijlage in enumerate(bericht.bijlagen, start=1):
        waar = f"{vindplaats} > bijlage {volgnummer}: {bijlage.naam}"
        if bijlage.bericht is not None and diepte + 1 <= MAX_DIEPTE:
            _bericht(
                bijlage.data, bericht.soort, waar, bijlage.naam, index, diepte + 1, bijlage.bericht, items
            )
        else:
            _bestand(bijlage.data, waar, bijlage.naam, index, diepte + 1, (item.datum, item.tijd), items)


def _datum(moment: datetime) -> tuple[str, float]:
    if moment.tzinfo is None:
        return moment.isoformat(), moment.replace(tzinfo=UTC).timestamp()
    return moment.isoformat(), moment.timestamp()


def _datum_uit_iso(tekst: str) -> tuple[str, float | None]:
    try:
        return _datum(datetime.fromisoformat(tekst))
    except ValueError:
        return tekst, None


def _soort_van_naam(naam: str) -> str:
    return extensie_van(naam) or "onbekend"
