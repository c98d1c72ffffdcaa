"""A corpus of tricky PDFs, generated in code: each hides a secret somewhere it is easy to miss.

Every document also carries a visible letter addressed to ``ZICHTBAAR`` (so a ground label
appears on the page) and ``BEHOUDEN`` text that must survive redaction as real text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf

ZICHTBAAR = "Jan Klaassen"
GEHEIM = "Piet Pietersen"
EMAIL = "p.pietersen@example.nl"
BSN = "111222333"
GROND = "5.1.2e"
BEHOUDEN = ("Het ministerie ontving uw verzoek", "Met vriendelijke groet")
A4 = (595, 842)

Maker = Callable[[Path], bytes]


@dataclass(frozen=True)
class Geval:
    naam: str
    maak: Maker
    geheimen: tuple[str, ...] = (GEHEIM,)
    termen: tuple[str, ...] = (ZICHTBAAR, GEHEIM)
    behouden: tuple[str, ...] = BEHOUDEN
    extra: dict[str, object] = field(default_factory=dict)


def brief(doc: pymupdf.Document, y: float = 72) -> pymupdf.Page:
    """A page with an ordinary letter: visible name, text to keep."""
    page = doc.new_page(width=A4[0], height=A4[1])
    page.insert_text((72, y), f"Geachte heer {ZICHTBAAR},", fontsize=11)
    page.insert_text((72, y + 20), f"{BEHOUDEN[0]} op grond van de Woo.", fontsize=11)
    page.insert_text((72, y + 560), BEHOUDEN[1], fontsize=11)
    return page


def _klaar(doc: pymupdf.Document) -> bytes:
    data = doc.tobytes(garbage=3, deflate=True)
    doc.close()
    return data


def platte_tekst(_: Path) -> bytes:
    doc = pymupdf.open()
    page = brief(doc)
    page.insert_text((72, 140), f"Het gesprek met {GEHEIM} vond plaats op 3 maart.", fontsize=11)
    brief(doc).insert_text((72, 140), "Een tweede pagina zonder persoonsgegevens.", fontsize=11)
    return _klaar(doc)


def over_twee_regels(_: Path) -> bytes:
    doc = pymupdf.open()
    page = brief(doc)
    page.insert_text((72, 140), "Tijdens de vergadering sprak de directeur met Piet", fontsize=11)
    page.insert_text((72, 154), "Pietersen over de begroting van volgend jaar.", fontsize=11)
    return _klaar(doc)


def afgebroken(_: Path) -> bytes:
    doc = pymupdf.open()
    page = brief(doc)
    regel = "Tijdens de vergadering sprak de directeur met Piet Pieter-"
    page.insert_text((72, 140), regel, fontsize=11)
    page.insert_text((72, 154), "sen over de begroting van volgend jaar.", fontsize=11)
    return _klaar(doc)


def tabel(_: Path) -> bytes:
    doc = pymupdf.open()
    page = brief(doc)
    cellen = [
        ["Naam", "BSN", "Functie"],
        [GEHEIM, BSN, "Beleidsmedewerker"],
        ["Afdeling", "Directie Wetgeving", "Den Haag"],
    ]
    x0, y0, b, h = 72, 140, 150, 22
    for r, rij in enumerate(cellen):
        for k, tekst in enumerate(rij):
            cel = pymupdf.Rect(x0 + k * b, y0 + r * h, x0 + (k + 1) * b, y0 + (r + 1) * h)
            page.draw_rect(cel, color=(0, 0, 0), width=0.5)
            page.insert_text((cel.x0 + 4, cel.y1 - 7), tekst, fontsize=10)
    return _klaar(doc)


def metadata(_: Path) -> bytes:
    doc = pymupdf.open()
    brief(doc)
    doc.set_metadata(
        {
            "title": f"Dossier {GEHEIM}",
            "author": "Şükrü Yılmaz",
            "subject": f"Over {GEHEIM}",
            "keywords": f"woo, {GEHEIM}, {BSN}",
            "creator": GEHEIM,
            "producer": GEHEIM,
        }
    )
    return _klaar(doc)


def xmp(_: Path) -> bytes:
    doc = pymupdf.open()
    brief(doc)
    doc.set_xml_metadata(
        '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:creator><rdf:Seq><rdf:li>{GEHEIM}</rdf:li></rdf:Seq></dc:creator>"
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    )
    return _klaar(doc)


def annotaties(_: Path) -> bytes:
    doc = pymupdf.open()
    page = brief(doc)
    page.add_text_annot((400, 100), f"Vraag aan {GEHEIM}: klopt dit?")
    page.add_freetext_annot(pymupdf.Rect(72, 200, 400, 230), f"Opmerking {GEHEIM}", fontsize=10)
    page.add_highlight_annot(pymupdf.Rect(72, 60, 200, 76)).set_info(content=GEHEIM)
    page.add_file_annot((500, 300), f"bijlage {GEHEIM}".encode(), "bijlage.txt")
    page.insert_link(
        {"kind": pymupdf.LINK_URI, "from": pymupdf.Rect(72, 300, 200, 314), "uri": f"mailto:{EMAIL}"}
    )
    return _klaar(doc)


def formulier(_: Path) -> bytes:
    doc = pymupdf.open()
    page = brief(doc)
    page.insert_text((72, 180), "Naam aanvrager:", fontsize=11)
    veld = pymupdf.Widget()
    veld.field_type = pymupdf.PDF_WIDGET_TYPE_TEXT
    veld.field_name = "aanvrager"
    veld.field_value = GEHEIM
    veld.rect = pymupdf.Rect(170, 168, 400, 186)
    veld.text_fontsize = 11
    page.add_widget(veld)
    email = pymupdf.Widget()
    email.field_type = pymupdf.PDF_WIDGET_TYPE_TEXT
    email.field_name = "email"
    email.field_value = EMAIL
    email.rect = pymupdf.Rect(170, 200, 400, 218)
    page.add_widget(email)
    return _klaar(doc)


def bladwijzers(_: Path) -> bytes:
    doc = pymupdf.open()
    brief(doc)
    brief(doc)
    doc.set_toc([[1, "Inleiding", 1], [1, f"Gesprek met {GEHEIM}", 2], [2, "Afspraken", 2]])
    doc.set_page_labels([{"startpage": 0, "prefix": f"{GEHEIM}-", "style": "D"}])
    return _klaar(doc)


def ingesloten_bestand(_: Path) -> bytes:
    doc = pymupdf.open()
    brief(doc)
    doc.embfile_add(
        "verslag.txt",
        f"Verslag van het gesprek met {GEHEIM}.".encode(),
        filename="verslag.txt",
        desc=f"verslag {GEHEIM}",
    )
    return _klaar(doc)


def oude_revisie(map_: Path) -> bytes:
    """Revision 1 is clean, revision 2 adds the secret, revision 3 removes it again: the
    file still holds revision 2."""
    pad = map_ / "revisies.pdf"
    doc = pymupdf.open()
    brief(doc)
    doc.save(pad)
    doc.close()
    doc = pymupdf.open(pad)
    doc[0].insert_text((72, 200), f"Notitie: bel {GEHEIM} terug.", fontsize=11)
    doc.set_metadata({"title": f"Concept {GEHEIM}"})
    doc.saveIncr()
    doc.close()
    doc = pymupdf.open(pad)
    page = doc[0]
    for rect in page.search_for(f"Notitie: bel {GEHEIM} terug."):
        page.add_redact_annot(rect, fill=(1, 1, 1))
    page.apply_redactions()
    doc.set_metadata({"title": "Definitief"})
    doc.saveIncr()
    doc.close()
    return pad.read_bytes()


def wit_op_wit(_: Path) -> bytes:
    doc = pymupdf.open()
    page = brief(doc)
    page.insert_text((72, 200), f"Verborgen: {GEHEIM}", fontsize=11, color=(1, 1, 1))
    return _klaar(doc)


def verborgen_tekst(_: Path) -> bytes:
    """Tiny text, invisible text (render mode 3) and text under an image."""
    doc = pymupdf.open()
    page = brief(doc)
    page.insert_text((72, 200), f"{GEHEIM}", fontsize=1)
    page.insert_text((72, 230), f"OCR-laag {EMAIL}", fontsize=11, render_mode=3)
    page.insert_text((72, 260), f"Onder het logo: {BSN}", fontsize=11)
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 60, 20), False)
    pix.set_rect(pix.irect, (20, 60, 140))
    page.insert_image(pymupdf.Rect(60, 245, 300, 268), pixmap=pix)
    return _klaar(doc)


def niet_ascii(_: Path) -> bytes:
    doc = pymupdf.open()
    page = brief(doc)
    page.insert_htmlbox(
        pymupdf.Rect(72, 130, 520, 200),
        "<p>Aanwezig waren Şükrü Yılmaz en Zoë van Ĳsselstein namens de gemeente.</p>",
    )
    doc.set_metadata({"author": "Zoë van Ĳsselstein"})
    return _klaar(doc)


def verborgen_laag(_: Path) -> bytes:
    doc = pymupdf.open()
    page = brief(doc)
    laag = doc.add_ocg("Concept", on=False)
    page.insert_text((72, 200), f"Conceptnotitie over {GEHEIM}", fontsize=11, oc=laag)
    return _klaar(doc)


def formulier_xobject(_: Path) -> bytes:
    """The secret inside a Form XObject (a page placed onto another page)."""
    bron = pymupdf.open()
    bron.new_page(width=300, height=100).insert_text((10, 50), f"Stempel {GEHEIM}", fontsize=11)
    doc = pymupdf.open()
    page = brief(doc)
    page.show_pdf_page(pymupdf.Rect(72, 150, 372, 250), bron, 0)
    return _klaar(doc)


def actualtext_en_onzichtbaar(_: Path) -> bytes:
    """ActualText that spells the secret over innocent glyphs, text of size zero, and text
    outside the page."""
    doc = pymupdf.open()
    page = brief(doc)
    xref = page.get_contents()[0]
    font = page.get_fonts()[0][4]
    inhoud = doc.xref_stream(xref).decode("latin-1")
    inhoud += (
        f"\n/Span <</ActualText ({GEHEIM})>> BDC BT /{font} 11 Tf 1 0 0 1 72 600 Tm "
        "(P. P.) Tj ET EMC\n"
        f"BT /{font} 0 Tf 1 0 0 1 72 560 Tm (Nul {EMAIL}) Tj ET\n"
        f"BT /{font} 11 Tf 1 0 0 1 72 -200 Tm (Buiten {BSN}) Tj ET\n"
    )
    doc.update_stream(xref, inhoud.encode("latin-1"))
    return _klaar(doc)


def gedraaide_pagina(_: Path) -> bytes:
    doc = pymupdf.open()
    page = brief(doc)
    page.insert_text((72, 200), f"Kantlijn: {GEHEIM}", fontsize=11)
    page.set_rotation(90)
    return _klaar(doc)


def bestaande_lakmarkering(_: Path) -> bytes:
    """Someone marked the secret for redaction but never applied it."""
    doc = pymupdf.open()
    page = brief(doc)
    page.insert_text((72, 200), f"Contactpersoon: {GEHEIM}", fontsize=11)
    for rect in page.search_for(GEHEIM):
        page.add_redact_annot(rect, text=GROND)
    return _klaar(doc)


def javascript(_: Path) -> bytes:
    doc = pymupdf.open()
    brief(doc)
    catalogus = doc.pdf_catalog()
    doc.xref_set_key(catalogus, "OpenAction", f"<</S/JavaScript/JS(app.alert('{GEHEIM}'))>>")
    return _klaar(doc)


def scan_beeld(tekstregels: list[str]) -> pymupdf.Pixmap:
    bron = pymupdf.open()
    page = bron.new_page(width=A4[0], height=A4[1])
    for i, regel in enumerate(tekstregels):
        page.insert_text((72, 100 + 24 * i), regel, fontsize=14)
    return page.get_pixmap(dpi=200)


SCAN_REGELS = [
    "Geachte heer Klaassen,",
    "Uw burgerservicenummer 123456782 is bekend.",
    "Het ministerie ontving uw brief.",
]


def scan(_: Path) -> bytes:
    """An image-only page (no text layer), as a scanner makes it, after a normal page."""
    doc = pymupdf.open()
    brief(doc)
    page = doc.new_page(width=A4[0], height=A4[1])
    page.insert_image(page.rect, pixmap=scan_beeld(SCAN_REGELS))
    return _klaar(doc)


GEVALLEN = [
    Geval("platte tekst", platte_tekst),
    Geval("over twee regels", over_twee_regels),
    Geval("afgebroken aan regeleinde", afgebroken),
    Geval(
        "in een tabel",
        tabel,
        geheimen=(GEHEIM, BSN),
        termen=(ZICHTBAAR, GEHEIM, BSN),
        behouden=(*BEHOUDEN, "Beleidsmedewerker", "Directie Wetgeving"),
    ),
    Geval("metadata", metadata, geheimen=(GEHEIM, BSN, "Şükrü Yılmaz")),
    Geval("XMP", xmp),
    Geval("annotaties", annotaties, geheimen=(GEHEIM, EMAIL)),
    Geval("formulierveld", formulier, geheimen=(GEHEIM, EMAIL), termen=(ZICHTBAAR, GEHEIM, EMAIL)),
    Geval("bladwijzers en paginalabels", bladwijzers),
    Geval("ingesloten bestand", ingesloten_bestand),
    Geval("oude revisie", oude_revisie),
    Geval("wit op wit", wit_op_wit),
    Geval(
        "piepkleine, onzichtbare en bedekte tekst",
        verborgen_tekst,
        geheimen=(GEHEIM, EMAIL, BSN),
        termen=(ZICHTBAAR, GEHEIM, EMAIL, BSN),
    ),
    Geval(
        "niet-ASCII-namen",
        niet_ascii,
        geheimen=("Şükrü Yılmaz", "Zoë van Ĳsselstein", "Zoe van IJsselstein", "Sukru Yilmaz"),
        termen=(ZICHTBAAR, "Şükrü Yılmaz", "Zoë van Ĳsselstein"),
    ),
    Geval("verborgen laag", verborgen_laag),
    Geval("Form XObject", formulier_xobject),
    Geval(
        "ActualText, grootte nul, buiten de pagina",
        actualtext_en_onzichtbaar,
        geheimen=(GEHEIM, EMAIL, BSN),
        termen=(ZICHTBAAR, GEHEIM),
    ),
    Geval("gedraaide pagina", gedraaide_pagina),
    Geval("bestaande, niet toegepaste lakmarkering", bestaande_lakmarkering, termen=(ZICHTBAAR,)),
    Geval("JavaScript", javascript),
]
