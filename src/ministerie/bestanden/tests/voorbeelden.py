"""Sample files for the tests, made on the spot: no binary fixtures are shipped."""

from __future__ import annotations

import io
import struct
import zipfile
from email.message import EmailMessage

import docx
import pymupdf
from odf.opendocument import OpenDocumentText
from odf.text import H, LineBreak, Note, NoteBody, NoteCitation, P, S, Span, Tab

NAAM = "Hanneke Schipper\u2013Spanninga"  # with an en dash
ZIN = f"De beëdiging van {NAAM} is op maandag."


def pdf(*paginas: str | None, titel: str = "", auteur: str = "") -> bytes:
    """A PDF with one page per argument; a page's lines are separated by ``\\n``, and
    ``None`` makes a page that shows only an image (as a scan does)."""
    document = pymupdf.open()
    helvetica = pymupdf.Font("helv").buffer
    for inhoud in paginas:
        pagina = document.new_page()
        if inhoud is None:
            pagina.insert_image(pymupdf.Rect(72, 72, 272, 272), stream=png())
            continue
        # An embedded font, so that the en dash and diacritics survive the round trip.
        pagina.insert_font(fontname="F0", fontbuffer=helvetica)
        for nummer, regel in enumerate(inhoud.split("\n")):
            pagina.insert_text((72, 72 + 16 * nummer), regel, fontname="F0", fontsize=11)
    if titel or auteur:
        document.set_metadata({"title": titel, "author": auteur, "creationDate": "D:20240917143000+02'00'"})
    return bytes(document.tobytes())


def versleutelde_pdf() -> bytes:
    document = pymupdf.open(stream=pdf(ZIN), filetype="pdf")
    return bytes(
        document.tobytes(
            encryption=pymupdf.PDF_ENCRYPT_AES_256,
            user_pw="geheim",
            owner_pw="eigenaar",
        )
    )


def pdf_met_pagina(breedte: float, hoogte: float) -> bytes:
    document = pymupdf.open()
    pagina = document.new_page(width=breedte, height=hoogte)
    pagina.insert_text((10, 20), "Smal en lang", fontsize=8)
    return bytes(document.tobytes())


def png() -> bytes:
    """A small grey square as a PNG."""
    beeld = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 20, 20), False)
    beeld.clear_with(128)
    return bytes(beeld.tobytes("png"))


def docx_bestand(
    *alineas: str, tabel: list[list[str]] | None = None, titel: str = "", auteur: str = ""
) -> bytes:
    document = docx.Document()
    document.core_properties.title = titel
    document.core_properties.author = auteur
    for alinea in alineas:
        document.add_paragraph(alinea)
    if tabel:
        t = document.add_table(rows=len(tabel), cols=len(tabel[0]))
        for r, rij in enumerate(tabel):
            for k, waarde in enumerate(rij):
                t.cell(r, k).text = waarde
        document.add_paragraph("Na de tabel.")
    uit = io.BytesIO()
    document.save(uit)
    return uit.getvalue()


def odt(kop: str, *alineas: str, titel: str = "") -> bytes:
    """An ODT with a heading, paragraphs, and one paragraph with spaces, a tab, a line break
    and a footnote."""
    document = OpenDocumentText()
    if titel:
        from odf.dc import Title

        document.meta.addElement(Title(text=titel))
    document.text.addElement(H(outlinelevel=1, text=kop))
    for alinea in alineas:
        document.text.addElement(P(text=alinea))
    bijzonder = P(text="Een")
    bijzonder.addElement(S(c=3))
    bijzonder.addText("twee")
    bijzonder.addElement(Tab())
    bijzonder.addText("drie")
    bijzonder.addElement(LineBreak())
    bijzonder.addElement(Span(text="vier"))
    noot = Note(noteclass="footnote", id="ftn1")
    noot.addElement(NoteCitation(text="1"))
    nootlichaam = NoteBody()
    nootlichaam.addElement(P(text="De voetnoot."))
    noot.addElement(nootlichaam)
    bijzonder.addElement(noot)
    document.text.addElement(bijzonder)
    uit = io.BytesIO()
    document.save(uit)
    return uit.getvalue()


def odt_met_content(content: bytes) -> bytes:
    """An ODT whose content.xml is replaced by ``content`` (to feed the parser bad XML)."""
    return vervang_lid(odt("Kop"), "content.xml", content)


def odt_diep_genest(diepte: int) -> bytes:
    """An ODT whose one paragraph holds ``diepte`` nested spans (written as raw XML, since
    odfpy itself recurses when it builds such a tree)."""
    text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="{office}"'
        f' xmlns:text="{text}"><office:body><office:text><text:p>'
        + "<text:span>" * diepte
        + "diep"
        + "</text:span>" * diepte
        + "</text:p></office:text></office:body></office:document-content>"
    )
    return odt_met_content(content.encode())


def vervang_lid(zip_data: bytes, naam: str, inhoud: bytes) -> bytes:
    uit = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(zip_data)) as bron, zipfile.ZipFile(uit, "w") as doel:
        for lid in bron.infolist():
            data = inhoud if lid.filename == naam else bron.read(lid.filename)
            doel.writestr(lid, data)
    return uit.getvalue()


def eml(
    *,
    tekst: str | None = None,
    html: str | None = None,
    bijlagen: tuple[tuple[str, bytes], ...] = (),
    onderwerp: str = f"Beëdiging {NAAM}",
) -> bytes:
    bericht = EmailMessage()
    bericht["From"] = f"{NAAM} <h.schipper@minbzk.example>"
    bericht["To"] = "Secretariaat <secretariaat@minbzk.example>"
    bericht["Cc"] = "Directie <directie@minbzk.example>"
    bericht["Subject"] = onderwerp
    bericht["Date"] = "Tue, 17 Sep 2024 14:30:00 +0200"
    if tekst is not None:
        bericht.set_content(tekst)
        if html is not None:
            bericht.add_alternative(html, subtype="html")
    elif html is not None:
        bericht.set_content(html, subtype="html")
    for naam, data in bijlagen:
        bericht.add_attachment(data, maintype="application", subtype="pdf", filename=naam)
    return bytes(bericht)


def zip_met_opgegeven_grootte(leden: dict[str, bytes], groottes: dict[str, int]) -> bytes:
    """A ZIP whose members declare ``groottes`` as their uncompressed size, whatever they
    hold: a ZIP bomb in all but the bytes. Patches the local and the central headers."""
    uit = io.BytesIO()
    with zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as zf:
        for naam, inhoud in leden.items():
            zf.writestr(naam, inhoud)
    data = bytearray(uit.getvalue())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        infos = {info.filename: info for info in zf.infolist()}
    for naam, grootte in groottes.items():
        info = infos[naam]
        data[info.header_offset + 22 : info.header_offset + 26] = struct.pack("<I", grootte)
    start = 0
    while (centraal := data.find(b"PK\x01\x02", start)) != -1:
        naamlengte = struct.unpack("<H", data[centraal + 28 : centraal + 30])[0]
        naam = data[centraal + 46 : centraal + 46 + naamlengte].decode()
        if naam in groottes:
            data[centraal + 24 : centraal + 28] = struct.pack("<I", groottes[naam])
        start = centraal + 46
    return bytes(data)


def docx_leden() -> dict[str, bytes]:
    """The members of a small real DOCX."""
    with zipfile.ZipFile(io.BytesIO(docx_bestand(ZIN))) as zf:
        return {naam: zf.read(naam) for naam in zf.namelist()}
