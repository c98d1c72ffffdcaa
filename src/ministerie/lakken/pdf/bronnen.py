"""Every place in a PDF file where text can hide, as (description, content) pairs for the checker.

Bytes are read in several ways (see :func:`weergaven`): as Latin-1 and UTF-8, as UTF-16 in
both byte orders and alignments, and as the concatenation of all PDF string literals
``(...)`` and hex strings ``<...>`` decoded, so text split over ``TJ`` pieces or written in hex
or UTF-16BE is found too. Compressed streams are inflated, also those of old revisions that no
longer belong to the current document.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator

import pymupdf

_STREAM_RE = re.compile(rb"stream\r?\n(.*?)endstream", re.S)
_LITERAL_RE = re.compile(rb"\((?:[^()\\]|\\.|\((?:[^()\\]|\\.)*\))*\)", re.S)
_HEX_RE = re.compile(rb"<([0-9A-Fa-f\s]+)>")
_ESCAPE_RE = re.compile(rb"\\([0-7]{1,3}|\r\n|.)", re.S)
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}
_MAX_INFLATE = 256 * 1024 * 1024

MUPDF_FOUTEN_BRON: tuple[type[BaseException], ...] = (
    pymupdf.mupdf.FzErrorBase,
    RuntimeError,
    ValueError,
)


def _ontsnap(match: re.Match[bytes]) -> bytes:
    teken = match.group(1)
    if teken[:1] in b"01234567" and teken[:1]:
        return bytes([int(teken, 8) & 0xFF])
    if teken in (b"\n", b"\r", b"\r\n"):
        return b""
    return _ESCAPES.get(teken, teken)


def _decodeer_string(ruw: bytes) -> str:
    if ruw.startswith(b"\xfe\xff"):
        return ruw[2:].decode("utf-16-be", "ignore")
    if ruw.startswith(b"\xff\xfe"):
        return ruw[2:].decode("utf-16-le", "ignore")
    if ruw.startswith(b"\xef\xbb\xbf"):
        return ruw[3:].decode("utf-8", "ignore")
    tekst = ruw.decode("latin-1")
    if b"\x00" in ruw:
        tekst += " " + ruw.decode("utf-16-be", "ignore")
    return tekst


def pdf_strings(blob: bytes) -> str:
    """All string literals and hex strings in ``blob``, decoded and joined without spaces."""
    delen: list[str] = []
    if b"(" in blob:
        for m in _LITERAL_RE.finditer(blob):
            delen.append(_decodeer_string(_ESCAPE_RE.sub(_ontsnap, m.group(0)[1:-1])))
    if b"<" in blob:
        for m in _HEX_RE.finditer(blob):
            cijfers = re.sub(rb"\s", b"", m.group(1))
            if len(cijfers) % 2:
                cijfers += b"0"
            delen.append(_decodeer_string(bytes.fromhex(cijfers.decode("ascii"))))
    return "".join(delen)


def weergaven(blob: bytes, *, latin1: bool = True) -> Iterator[str]:
    """The readings of ``blob`` in which a secret is looked for (``latin1=False``: all but the
    Latin-1 one, which the checker reads with ``zoeken.kern_latin1``)."""
    if latin1:
        yield blob.decode("latin-1")
    if not blob.isascii():
        yield blob.decode("utf-8", "ignore")
    if b"\x00" in blob:
        for codering in ("utf-16-be", "utf-16-le"):
            yield blob.decode(codering, "ignore")
            yield blob[1:].decode(codering, "ignore")
    strings = pdf_strings(blob)
    if strings:
        yield strings


def _inflate(data: bytes) -> bytes | None:
    try:
        return zlib.decompressobj().decompress(data, _MAX_INFLATE)
    except zlib.error:
        return None


def ruwe_bronnen(pdf: bytes) -> Iterator[tuple[str, bytes]]:
    """The file as it is on disk, and every Flate stream in it inflated (every revision)."""
    yield "het bestand zelf (ruwe bytes, alle revisies)", pdf
    for nummer, m in enumerate(_STREAM_RE.finditer(pdf), start=1):
        inhoud = _inflate(m.group(1))
        if inhoud:
            yield f"gecomprimeerde stream {nummer} in het bestand (ook oude revisies)", inhoud


def document_bronnen(doc: pymupdf.Document) -> Iterator[tuple[str, bytes]]:
    """Every object and decompressed stream of the current revision, and the parts of the
    document that are not page content: metadata, XMP, annotations, form fields, bookmarks,
    embedded files, page labels, links."""
    for xref in range(1, doc.xref_length()):
        try:
            bron = doc.xref_object(xref, compressed=False)
        except MUPDF_FOUTEN_BRON:
            continue
        yield f"object {xref}", bron.encode("utf-8", "surrogatepass")
        if doc.xref_is_stream(xref):
            try:
                stream = doc.xref_stream(xref)
            except MUPDF_FOUTEN_BRON:
                stream = None
            if stream:
                yield f"stream van object {xref}", stream
    trailer = doc.pdf_trailer(compressed=False)
    yield "de trailer", trailer.encode("utf-8", "surrogatepass")
    metadata = " ".join(f"{k}={v}" for k, v in (doc.metadata or {}).items() if v)
    yield "de documentmetadata", metadata.encode("utf-8")
    yield "de XMP-metadata", (doc.get_xml_metadata() or "").encode("utf-8")
    toc = " | ".join(str(regel[1]) for regel in doc.get_toc())
    yield "de bladwijzers", toc.encode("utf-8")
    for naam in doc.embfile_names():
        info = doc.embfile_info(naam)
        yield f"ingesloten bestand {naam!r}", " ".join(str(v) for v in info.values()).encode()
        yield f"inhoud van ingesloten bestand {naam!r}", doc.embfile_get(naam)
    labels = " ".join(str(regel.get("prefix", "")) for regel in doc.get_page_labels())
    yield "de paginalabels", labels.encode("utf-8")
    for page in doc:
        nummer = (page.number or 0) + 1
        for annot in page.annots():
            inhoud = " ".join(str(v) for v in annot.info.values())
            yield f"een annotatie op pagina {nummer}", inhoud.encode("utf-8")
        for widget in page.widgets():
            waarden = f"{widget.field_name} {widget.field_value} {widget.field_label}"
            yield f"een formulierveld op pagina {nummer}", waarden.encode("utf-8")
        for link in page.get_links():
            yield f"een link op pagina {nummer}", str(link.get("uri", "")).encode("utf-8")
