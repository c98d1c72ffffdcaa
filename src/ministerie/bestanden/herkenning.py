"""Recognising a file's type from its content, not from its name.

The formats the document store reads are checked here in full (a DOCX and an ODT are both
ZIPs and differ only inside); any other format is named by its magic number with
``puremagic``, so that the uploader is told what was recognised.
"""

from __future__ import annotations

import io
import re
import zipfile

import puremagic

from .limieten import MAX_ZIP_LEDEN
from .tekstcodering import lijkt_tekst
from .typen import Bestandstype

PDF_MIME = "application/pdf"
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
XLSX_OMSCHRIJVING = "Excel-werkmap, .xlsx"
ODT_MIME = "application/vnd.oasis.opendocument.text"
ODT_SJABLOON_MIME = "application/vnd.oasis.opendocument.text-template"
EML_MIME = "message/rfc822"
OUTLOOK_MIME = "application/vnd.ms-outlook"
TEKST_MIME = "text/plain"
HTML_MIME = "text/html"
ONBEKEND_MIME = "application/octet-stream"

#: Extensions of plain text that are kept as they are (anything else becomes ``txt``).
TEKSTEXTENSIES = frozenset({"txt", "text", "csv", "tsv", "md", "log"})

_ZIP_HANDTEKENINGEN = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_CFB_HANDTEKENING = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CENTRALE_INGANG = b"PK\x01\x02"

#: An RFC 5322 header line: a field name of printable ASCII without a colon, then a colon.
_KOPVELD = re.compile(r"([!-9;-~]+)[ \t]*:")
_EML_KERNVELDEN = frozenset({"from", "to", "subject", "date"})
_EML_KOPGRENS = 64 * 1024
_LEGE_REGEL = re.compile(rb"\r?\n\r?\n")

#: Other formats inside a ZIP, by a member they always have.
_ZIP_FORMATEN = (
    (
        "ppt/presentation.xml",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "pptx",
        "PowerPoint-presentatie",
    ),
)

#: Other OpenDocument and ZIP-based formats, by the content of their ``mimetype`` member.
_ODF_FORMATEN = {
    "application/vnd.oasis.opendocument.spreadsheet": ("ods", "OpenDocument-rekenblad"),
    "application/vnd.oasis.opendocument.presentation": ("odp", "OpenDocument-presentatie"),
    "application/vnd.oasis.opendocument.graphics": ("odg", "OpenDocument-tekening"),
    "application/epub+zip": ("epub", "EPUB-boek"),
}

#: Formats in an OLE compound file (old Office, Outlook), by a stream name they always have.
_CFB_FORMATEN = (
    ("__substg1.0_", OUTLOOK_MIME, "msg", "Outlook-bericht"),
    ("WordDocument", "application/msword", "doc", "Word 97-2003-document"),
    ("Workbook", "application/vnd.ms-excel", "xls", "Excel 97-2003-werkmap"),
    (
        "PowerPoint Document",
        "application/vnd.ms-powerpoint",
        "ppt",
        "PowerPoint 97-2003-presentatie",
    ),
)


def herken(data: bytes, bestandsnaam: str = "") -> Bestandstype:
    """The type of ``data`` as its content shows it; ``bestandsnaam`` only fills
    ``opgegeven_extensie`` and, for a ZIP too damaged to look into, names what it was meant
    to be. Never raises on any content."""
    opgegeven = extensie_van(bestandsnaam)
    if not data:
        return Bestandstype("application/x-empty", "onbekend", "bin", opgegeven, "leeg bestand")
    if _is_pdf(data):
        return Bestandstype(PDF_MIME, "pdf", "pdf", opgegeven)
    if data.startswith(_ZIP_HANDTEKENINGEN):
        return _herken_zip(data, opgegeven)
    if data.startswith(_CFB_HANDTEKENING):
        return _herken_cfb(data, opgegeven)
    if lijkt_eml(data):
        return Bestandstype(EML_MIME, "eml", "eml", opgegeven)
    if lijkt_tekst(data):
        return _herken_tekst(data, opgegeven)
    return _herken_magie(data, opgegeven)


def extensie_van(bestandsnaam: str) -> str:
    """The extension of a file name, lower case and without a dot (``""`` for none)."""
    naam = re.split(r"[\\/]", bestandsnaam)[-1].strip()
    stam, punt, extensie = naam.rpartition(".")
    if not punt or not stam.strip("."):
        return ""
    return extensie.lower()[:20]


def lijkt_eml(data: bytes) -> bool:
    """Whether ``data`` starts with an RFC 5322 header block holding at least two of From, To,
    Subject and Date (an mbox ``From `` line before it is allowed)."""
    kop = data[:_EML_KOPGRENS]
    einde = _LEGE_REGEL.search(kop)
    if einde is not None:
        blok = kop[: einde.start()]
    elif len(data) <= _EML_KOPGRENS:
        blok = kop
    else:
        return False
    if b"\x00" in blok:
        return False
    regels = blok.decode("utf-8", errors="replace").splitlines()
    if regels and regels[0].startswith("From "):
        regels = regels[1:]
    if not regels or regels[0][:1] in (" ", "\t"):
        return False
    namen = set()
    for regel in regels:
        if regel[:1] in (" ", "\t"):
            continue  # a folded continuation of the field before
        veld = _KOPVELD.match(regel)
        if veld is None:
            return False
        namen.add(veld.group(1).lower())
    return len(namen & _EML_KERNVELDEN) >= 2


def _is_pdf(data: bytes) -> bool:
    if data.startswith(b"%PDF-"):
        return True
    # Readers accept a PDF header after up to 1 KB of junk; then its end must be there too.
    return b"%PDF-" in data[:1024] and b"%%EOF" in data[-2048:]


def _herken_zip(data: bytes, opgegeven: str) -> Bestandstype:
    namen = _zipnamen(data)
    if namen is None:
        # Too damaged (or too big) to look into: trust the name for the kinds we read, so
        # that reading it gives a precise reason.
        if opgegeven == "docx":
            return Bestandstype(DOCX_MIME, "docx", "docx", opgegeven)
        if opgegeven == "odt":
            return Bestandstype(ODT_MIME, "odt", "odt", opgegeven)
        if opgegeven == "xlsx":
            return Bestandstype(XLSX_MIME, "xlsx", "xlsx", opgegeven, XLSX_OMSCHRIJVING)
        return Bestandstype("application/zip", "onbekend", "zip", opgegeven, "ZIP-archief")
    lijst, mimetype = namen
    if "[Content_Types].xml" in lijst and "word/document.xml" in lijst:
        return Bestandstype(DOCX_MIME, "docx", "docx", opgegeven)
    if "xl/workbook.xml" in lijst:
        # read (and checked to be a real OOXML workbook) by rekenblad.extraheer_xlsx
        return Bestandstype(XLSX_MIME, "xlsx", "xlsx", opgegeven, XLSX_OMSCHRIJVING)
    if mimetype == ODT_MIME:
        return Bestandstype(ODT_MIME, "odt", "odt", opgegeven)
    if mimetype == ODT_SJABLOON_MIME:
        return Bestandstype(ODT_SJABLOON_MIME, "odt", "ott", opgegeven)
    odf_zonder_mimetype = {"content.xml", "META-INF/manifest.xml"} <= lijst
    if mimetype is None and opgegeven == "odt" and odf_zonder_mimetype:
        return Bestandstype(ODT_MIME, "odt", "odt", opgegeven)
    if mimetype in _ODF_FORMATEN:
        extensie, omschrijving = _ODF_FORMATEN[mimetype]
        return _niet_leesbaar(mimetype, extensie, opgegeven, omschrijving)
    for lid, mime, extensie, omschrijving in _ZIP_FORMATEN:
        if lid in lijst:
            return _niet_leesbaar(mime, extensie, opgegeven, omschrijving)
    return Bestandstype("application/zip", "onbekend", "zip", opgegeven, "ZIP-archief")


def _zipnamen(data: bytes) -> tuple[frozenset[str], str | None] | None:
    """The member names of a ZIP and its ODF ``mimetype`` (if any), or None when it cannot
    be looked into. Reads the central directory and at most the tiny ``mimetype`` member."""
    if data.count(_CENTRALE_INGANG) > MAX_ZIP_LEDEN:
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            namen = frozenset(zf.namelist())
            if len(namen) > MAX_ZIP_LEDEN:
                return None
            mimetype = None
            if "mimetype" in namen and zf.getinfo("mimetype").file_size <= 100:
                ruw = zf.read("mimetype").decode("ascii", errors="replace").strip()
                mimetype = "".join(t for t in ruw if t.isprintable())[:100]
            return namen, mimetype
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        OSError,
        ValueError,
        EOFError,
        NotImplementedError,
        RuntimeError,
    ):
        return None


def _herken_cfb(data: bytes, opgegeven: str) -> Bestandstype:
    if "EncryptedPackage".encode("utf-16-le") in data:
        # A password-protected DOCX (or XLSX, PPTX) is an OLE file around the encrypted ZIP.
        if opgegeven == "docx":
            return Bestandstype(DOCX_MIME, "docx", "docx", opgegeven)
        return Bestandstype(
            "application/x-ole-storage",
            "onbekend",
            "bin",
            opgegeven,
            "met een wachtwoord versleuteld Office-bestand",
        )
    for stroom, mime, extensie, omschrijving in _CFB_FORMATEN:
        if stroom.encode("utf-16-le") in data:
            return _niet_leesbaar(mime, extensie, opgegeven, omschrijving)
    return Bestandstype(
        "application/x-ole-storage", "onbekend", "bin", opgegeven, "Office-bestand in oud formaat"
    )


def _herken_tekst(data: bytes, opgegeven: str) -> Bestandstype:
    begin = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if begin.startswith(b"{\\rtf"):
        return Bestandstype("application/rtf", "onbekend", "rtf", opgegeven, "RTF-document, .rtf")
    if begin.startswith(b"%!ps"):
        return Bestandstype("application/postscript", "onbekend", "ps", opgegeven, "PostScript-bestand, .ps")
    if begin.startswith((b"<!doctype html", b"<html")):
        return Bestandstype(HTML_MIME, "tekst", "html", opgegeven)
    extensie = opgegeven if opgegeven in TEKSTEXTENSIES else "txt"
    return Bestandstype(TEKST_MIME, "tekst", extensie, opgegeven)


def _niet_leesbaar(mime: str, extensie: str, opgegeven: str, omschrijving: str) -> Bestandstype:
    return Bestandstype(mime, "onbekend", extensie, opgegeven, f"{omschrijving}, .{extensie}")


def _herken_magie(data: bytes, opgegeven: str) -> Bestandstype:
    try:
        kandidaten = puremagic.magic_string(data)
    except (puremagic.PureError, ValueError):
        kandidaten = []
    if not kandidaten:
        return Bestandstype(ONBEKEND_MIME, "onbekend", "bin", opgegeven, "niet herkend")
    beste = kandidaten[0]
    mime = beste.mime_type or ONBEKEND_MIME
    extensie = beste.extension.lstrip(".").lower() or "bin"
    return Bestandstype(mime, "onbekend", extensie, opgegeven, f"{mime}, .{extensie}")
