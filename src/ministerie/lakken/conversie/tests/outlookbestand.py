"""A tiny Outlook .msg writer for the tests: an OLE compound file (written by extract-msg's
own ``OleWriter``) with the MAPI streams of a message, its transport headers, and attachments
(a file, or an embedded message)."""

from __future__ import annotations

import io
import struct
from dataclasses import dataclass, field

from extract_msg.ole_writer import OleWriter

PT_UNICODE = 0x001F
PT_BINARY = 0x0102
PT_LONG = 0x0003
PT_OBJECT = 0x000D


@dataclass
class MsgBijlage:
    naam: str
    data: bytes = b""
    bericht: MsgBericht | None = None


@dataclass
class MsgBericht:
    onderwerp: str
    van: str
    aan: str
    tekst: str
    cc: str = ""
    datum: str = "Mon, 02 Mar 2026 10:00:00 +0100"
    message_id: str = "<msg1@voorbeeld.nl>"
    bijlagen: list[MsgBijlage] = field(default_factory=list)


def maak_msg(bericht: MsgBericht) -> bytes:
    schrijver = OleWriter()
    _schrijf_bericht(schrijver, [], bericht, ingebed=False)
    uit = io.BytesIO()
    schrijver.write(uit)
    return uit.getvalue()


def _stroom(schrijver: OleWriter, pad: list[str], tag: int, data: bytes) -> None:
    schrijver.addEntry([*pad, f"__substg1.0_{tag:08X}"], data)


def _tekst(schrijver: OleWriter, pad: list[str], eigenschap: int, waarde: str, lijst: list[bytes]) -> None:
    data = waarde.encode("utf-16-le")
    tag = (eigenschap << 16) | PT_UNICODE
    _stroom(schrijver, pad, tag, data)
    lijst.append(struct.pack("<IIII", tag, 6, len(data) + 2, 0))


def _schrijf_bericht(schrijver: OleWriter, pad: list[str], bericht: MsgBericht, ingebed: bool) -> None:
    kop = (
        f"From: {bericht.van}\r\nTo: {bericht.aan}\r\n"
        + (f"Cc: {bericht.cc}\r\n" if bericht.cc else "")
        + f"Subject: {bericht.onderwerp}\r\nDate: {bericht.datum}\r\n"
        f"Message-ID: {bericht.message_id}\r\n\r\n"
    )
    eigenschappen: list[bytes] = []
    for eigenschap, waarde in (
        (0x001A, "IPM.Note"),
        (0x0037, bericht.onderwerp),
        (0x1000, bericht.tekst),
        (0x007D, kop),
        (0x1035, bericht.message_id),
        (0x0C1A, bericht.van),
        (0x0E04, bericht.aan),
        (0x0E03, bericht.cc),
    ):
        _tekst(schrijver, pad, eigenschap, waarde, eigenschappen)
    for index, bijlage in enumerate(bericht.bijlagen):
        _schrijf_bijlage(schrijver, [*pad, f"__attach_version1.0_#{index:08X}"], bijlage)
    if not ingebed:
        naamruimte = ["__nameid_version1.0"]
        schrijver.addEntry(naamruimte, storage=True)
        for tag in ("00020102", "00030102", "00040102"):
            schrijver.addEntry([*naamruimte, f"__substg1.0_{tag}"], b"")
    aantal = len(bericht.bijlagen)
    kopblok = b"\0" * 8 + struct.pack("<IIII", 0, aantal, 0, aantal)
    if not ingebed:
        kopblok += b"\0" * 8
    schrijver.addEntry([*pad, "__properties_version1.0"], kopblok + b"".join(eigenschappen))


def _schrijf_bijlage(schrijver: OleWriter, pad: list[str], bijlage: MsgBijlage) -> None:
    schrijver.addEntry(pad, storage=True)
    eigenschappen: list[bytes] = []
    _tekst(schrijver, pad, 0x3707, bijlage.naam, eigenschappen)
    _tekst(schrijver, pad, 0x3704, bijlage.naam[:12], eigenschappen)
    if bijlage.bericht is not None:
        binnen = [*pad, f"__substg1.0_{(0x3701 << 16) | PT_OBJECT:08X}"]
        schrijver.addEntry(binnen, storage=True)
        _schrijf_bericht(schrijver, binnen, bijlage.bericht, ingebed=True)
        eigenschappen.append(struct.pack("<IIII", (0x3701 << 16) | PT_OBJECT, 6, 0xFFFFFFFF, 0))
        methode = 5
    else:
        _stroom(schrijver, pad, (0x3701 << 16) | PT_BINARY, bijlage.data)
        eigenschappen.append(struct.pack("<IIII", (0x3701 << 16) | PT_BINARY, 6, len(bijlage.data), 0))
        methode = 1
    eigenschappen.append(struct.pack("<IIII", (0x3705 << 16) | PT_LONG, 6, methode, 0))
    schrijver.addEntry([*pad, "__properties_version1.0"], b"\0" * 8 + b"".join(eigenschappen))
