"""naar_pdf: e-mail (.eml, .msg) with attachments, DOCX, text, PDF pass-through, and refusals."""

from __future__ import annotations

import io
from email.message import EmailMessage

import docx
import pymupdf
import pytest

from ministerie.lakken.conversie import NietOmTeZetten, Omgezet, naar_pdf, opmaak

from .outlookbestand import MsgBericht, MsgBijlage, maak_msg

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def tekst_van(pdf: bytes) -> str:
    with pymupdf.open(stream=pdf, filetype="pdf") as document:
        return "\n".join(pagina.get_text() for pagina in document)


def maak_docx() -> bytes:
    document = docx.Document()
    document.add_heading("Nota over de begroting", level=1)
    document.add_paragraph("Eerste alinea met gewone tekst.")
    alinea = document.add_paragraph("Deze zin is ")
    alinea.add_run("vet").bold = True
    document.add_heading("Tweede hoofdstuk", level=2)
    tabel = document.add_table(rows=2, cols=2)
    tabel.cell(0, 0).text = "Post"
    tabel.cell(0, 1).text = "Bedrag"
    tabel.cell(1, 0).text = "Subsidie"
    tabel.cell(1, 1).text = "€ 1.000"
    document.add_paragraph("Opsomming", style="List Bullet")
    uit = io.BytesIO()
    document.save(uit)
    return uit.getvalue()


def maak_pdf_bestand(tekst: str) -> bytes:
    document = pymupdf.open()
    pagina = document.new_page()
    pagina.insert_text((72, 72), tekst)
    data = document.tobytes()
    document.close()
    return data


def genest_bericht() -> EmailMessage:
    binnen = EmailMessage()
    binnen["From"] = "Kees <kees@voorbeeld.nl>"
    binnen["To"] = "Jan <jan@voorbeeld.nl>"
    binnen["Subject"] = "Oorspronkelijk verzoek"
    binnen["Date"] = "Fri, 27 Feb 2026 16:30:00 +0100"
    binnen["Message-ID"] = "<binnen@voorbeeld.nl>"
    binnen.set_content("Dit is het doorgestuurde bericht.")
    binnen.add_attachment(
        b"Notitie in het geneste bericht.", maintype="text", subtype="plain", filename="genest.txt"
    )
    return binnen


def hoofdbericht() -> EmailMessage:
    m = EmailMessage()
    m["From"] = "Jan Jansen <jan@voorbeeld.nl>"
    m["To"] = "Piet de Vries <piet@voorbeeld.nl>"
    m["Cc"] = "Anna Bakker <anna@voorbeeld.nl>"
    m["Subject"] = "Overleg begroting <script>alert(1)</script>"
    m["Date"] = "Mon, 02 Mar 2026 10:15:00 +0100"
    m["Message-ID"] = "<overleg-1@voorbeeld.nl>"
    m.set_content("Beste Piet,\n\nZie de stukken in de bijlagen.\n\nGroet,\nJan")
    m.add_attachment(
        maak_docx(), maintype="application", subtype=DOCX_MIME.split("/")[1], filename="nota.docx"
    )
    m.add_attachment(genest_bericht())
    m.add_attachment(
        "Caf\u00e9 \u2013 \u20ac 12".encode("cp1252"),
        maintype="text",
        subtype="plain",
        filename="notitie.txt",
    )
    m.add_attachment(
        maak_pdf_bestand("Een bestaand PDF-document"),
        maintype="application",
        subtype="pdf",
        filename="besluit.pdf",
    )
    m.add_attachment(b"\x89PNG\r\n\x1a\n" + b"\0" * 64, maintype="image", subtype="png", filename="foto.png")
    m.add_attachment(
        b"PK\x03\x04 kapot", maintype="application", subtype=DOCX_MIME.split("/")[1], filename="kapot.docx"
    )
    return m


def test_eml_met_bijlagen_wordt_bericht_en_losse_bijlagen() -> None:
    m = hoofdbericht()
    uit = naar_pdf(m.as_bytes(), "map/overleg.eml")

    assert all(isinstance(o, Omgezet) for o in uit)
    assert [(o.bestandsnaam, o.soort) for o in uit] == [
        ("overleg.pdf", "eml"),
        ("overleg - bijlage 1 - nota.pdf", "docx"),
        ("overleg - bijlage 2 - Oorspronkelijk verzoek.pdf", "eml"),
        ("overleg - bijlage 2 - Oorspronkelijk verzoek - bijlage 1 - genest.pdf", "tekst"),
        ("overleg - bijlage 3 - notitie.pdf", "tekst"),
        ("overleg - bijlage 4 - besluit.pdf", "pdf"),
    ]
    assert uit[0].herkomst == "overleg.eml"
    assert uit[3].herkomst == ("overleg.eml / bijlage 2: Oorspronkelijk verzoek.eml / bijlage 1: genest.txt")
    for o in uit:
        assert o.pdf.startswith(b"%PDF-")

    tekst = tekst_van(uit[0].pdf)
    for label, waarde in [
        ("Van", "Jan Jansen <jan@voorbeeld.nl>"),
        ("Aan", "Piet de Vries <piet@voorbeeld.nl>"),
        ("CC", "Anna Bakker <anna@voorbeeld.nl>"),
        ("Datum", "maandag 2 maart 2026, 10:15 (+01:00)"),
        ("Message-ID", "<overleg-1@voorbeeld.nl>"),
    ]:
        assert label in tekst
        assert waarde in tekst
    # The subject is shown as text, never as markup.
    assert "Overleg begroting <script>alert(1)</script>" in tekst
    assert "Zie de stukken in de bijlagen." in tekst
    # Every attachment is listed in the message, the ones not converted with the reason.
    assert "foto.png" in tekst and "niet omgezet: dit bestandstype wordt niet ondersteund" in tekst
    assert "kapot.docx" in tekst and "Het Word-bestand is beschadigd" in tekst
    assert "besluit.pdf" in tekst and "PDF, apart opgenomen" in tekst

    woord = tekst_van(uit[1].pdf)
    assert "Nota over de begroting" in woord
    assert "Deze zin is vet" in woord
    assert "Subsidie" in woord and "€ 1.000" in woord
    assert "• Opsomming" in woord

    genest = tekst_van(uit[2].pdf)
    assert "Oorspronkelijk verzoek" in genest and "<binnen@voorbeeld.nl>" in genest
    assert "genest.txt" in genest
    assert "Notitie in het geneste bericht." in tekst_van(uit[3].pdf)
    assert "Café – € 12" in tekst_van(uit[4].pdf)


def test_pdf_bijlage_en_pdf_invoer_blijven_ongewijzigd() -> None:
    pdf = maak_pdf_bestand("Ongewijzigd")
    assert naar_pdf(pdf, "besluit.pdf") == [Omgezet("besluit.pdf", pdf, "pdf", "besluit.pdf")]
    m = hoofdbericht()
    origineel = next(
        deel.get_payload(decode=True) for deel in m.iter_attachments() if deel.get_filename() == "besluit.pdf"
    )
    uit = naar_pdf(m.as_bytes(), "overleg.eml")
    assert uit[5].pdf == origineel


def test_html_bericht_veilig_en_zonder_ophalen(monkeypatch: pytest.MonkeyPatch) -> None:
    opgehaald: list[str] = []

    def weiger(self: object, url: str, headers: object = None) -> object:
        opgehaald.append(url)
        raise ValueError("geweigerd")

    monkeypatch.setattr(opmaak._NietsOphalen, "fetch", weiger)
    m = EmailMessage()
    m["From"] = "a@voorbeeld.nl"
    m["To"] = "b@voorbeeld.nl"
    m["Subject"] = "Nieuwsbrief"
    m["Message-ID"] = "<html@voorbeeld.nl>"
    m.set_content(
        "<html><head><link rel='stylesheet' href='http://127.0.0.1:9/s.css'>"
        "<style>body{background:url(http://127.0.0.1:9/a.png)}</style></head><body>"
        "<p style=\"background:url('http://127.0.0.1:9/b.png')\">Hallo <b>lezer</b>,</p>"
        "<img src='http://127.0.0.1:9/c.png' alt='logo'><script>document.write('x')</script>"
        "<p>Lees <a href='https://example.org/stuk'>het stuk</a> &amp; reageer.</p>"
        "<iframe src='http://127.0.0.1:9/'>verborgen</iframe></body></html>",
        subtype="html",
    )
    uit = naar_pdf(m.as_bytes(), "nieuws.eml")
    tekst = tekst_van(uit[0].pdf)
    assert "Hallo lezer," in tekst
    assert "[afbeelding: logo]" in tekst
    assert "het stuk (https://example.org/stuk) & reageer." in tekst.replace("\n", " ")
    assert "document.write" not in tekst and "verborgen" not in tekst
    assert opgehaald == []

    # Even markup that does point somewhere is never fetched: the fetcher refuses.
    opmaak.maak_pdf("x", '<img src="file:///etc/passwd"><p>tekst</p>')
    assert opgehaald == ["file:///etc/passwd"]


def test_outlook_msg_met_bijlage_en_ingebed_bericht() -> None:
    binnen = MsgBericht(
        "Geneste vraag",
        "kees@voorbeeld.nl",
        "jan@voorbeeld.nl",
        "Tekst van het geneste bericht",
        message_id="<genest@voorbeeld.nl>",
        bijlagen=[MsgBijlage("binnen.txt", b"binnenste")],
    )
    data = maak_msg(
        MsgBericht(
            "Overleg in Outlook",
            "Jan Jansen <jan@voorbeeld.nl>",
            "Piet <piet@voorbeeld.nl>",
            "Hallo Piet,\r\nDit komt uit Outlook.",
            cc="anna@voorbeeld.nl",
            bijlagen=[
                MsgBijlage("notitie.txt", b"Een notitie"),
                MsgBijlage("vraag.msg", bericht=binnen),
            ],
        )
    )
    uit = naar_pdf(data, "overleg.msg")
    assert [(o.bestandsnaam, o.soort) for o in uit] == [
        ("overleg.pdf", "msg"),
        ("overleg - bijlage 1 - notitie.pdf", "tekst"),
        ("overleg - bijlage 2 - vraag.pdf", "msg"),
        ("overleg - bijlage 2 - vraag - bijlage 1 - binnen.pdf", "tekst"),
    ]
    tekst = tekst_van(uit[0].pdf)
    for verwacht in (
        "Overleg in Outlook",
        "Jan Jansen <jan@voorbeeld.nl>",
        "Piet <piet@voorbeeld.nl>",
        "anna@voorbeeld.nl",
        "maandag 2 maart 2026, 10:00 (+01:00)",
        "<msg1@voorbeeld.nl>",
        "Dit komt uit Outlook.",
        "notitie.txt",
        "vraag.msg",
    ):
        assert verwacht in tekst
    assert "Tekst van het geneste bericht" in tekst_van(uit[2].pdf)
    assert "binnenste" in tekst_van(uit[3].pdf)


def test_kapotte_msg_geeft_nederlandse_reden() -> None:
    data = maak_msg(MsgBericht("x", "a@b.nl", "c@d.nl", "tekst"))
    with pytest.raises(NietOmTeZetten, match="Outlook-bericht"):
        naar_pdf(data[:1200], "kapot.msg")


def test_tekst_codering() -> None:
    cp1252 = "Geachte heer, de kosten zijn \u20ac 12,50 \u2013 zie bijlage.\r\nCaf\u00e9".encode("cp1252")
    uit = naar_pdf(cp1252, "brief.txt")
    assert [(o.bestandsnaam, o.soort) for o in uit] == [("brief.pdf", "tekst")]
    tekst = tekst_van(uit[0].pdf)
    assert "€ 12,50 – zie bijlage." in tekst and "Café" in tekst

    bom = "\ufeffÅngström en één <b>geen opmaak</b>".encode()
    tekst = tekst_van(naar_pdf(bom, "utf8.txt")[0].pdf)
    assert "Ångström en één <b>geen opmaak</b>" in tekst
    assert "\ufeff" not in tekst


def test_lange_tekst_loopt_over_meerdere_paginas() -> None:
    regels = "\n".join(f"Regel {i} " + "woord " * 30 for i in range(400))
    with pymupdf.open(stream=naar_pdf(regels.encode(), "lang.txt")[0].pdf) as document:
        assert document.page_count > 5
        assert "Regel 399" in document[-1].get_text()


@pytest.mark.parametrize(
    ("data", "naam", "reden"),
    [
        (b"", "leeg.txt", "Het bestand is leeg."),
        (b"PK\x03\x04 dit is geen docx", "kapot.docx", "Het Word-bestand is beschadigd"),
        (b"%PDF-1.7\n kapot", "kapot.pdf", "De PDF is beschadigd"),
        (bytes(range(256)) * 8, "data.bin", "kan niet naar PDF worden omgezet"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "foto.png", "kan niet naar PDF worden omgezet"),
    ],
)
def test_onleesbaar_of_niet_ondersteund(data: bytes, naam: str, reden: str) -> None:
    with pytest.raises(NietOmTeZetten) as fout:
        naar_pdf(data, naam)
    assert reden in fout.value.reden


def test_versleutelde_pdf_wordt_geweigerd() -> None:
    document = pymupdf.open()
    document.new_page().insert_text((72, 72), "geheim")
    versleuteling = pymupdf.PDF_ENCRYPT_AES_256
    data = document.tobytes(encryption=versleuteling, user_pw="x", owner_pw="y")
    with pytest.raises(NietOmTeZetten, match="versleuteld"):
        naar_pdf(data, "geheim.pdf")


def test_html_bestand_en_odt() -> None:
    html = b"<html><body><h1>Titel</h1><p>Alinea <script>x()</script>tekst.</p></body></html>"
    uit = naar_pdf(html, "pagina.html")
    assert uit[0].soort == "html"
    tekst = tekst_van(uit[0].pdf)
    assert "Titel" in tekst and "Alinea tekst." in tekst and "x()" not in tekst

    from odf.opendocument import OpenDocumentText
    from odf.text import P

    document = OpenDocumentText()
    document.text.addElement(P(text="Tekst uit een OpenDocument-bestand."))
    data = io.BytesIO()
    document.save(data)
    uit = naar_pdf(data.getvalue(), "stuk.odt")
    assert uit[0].soort == "odt"
    assert "Tekst uit een OpenDocument-bestand." in tekst_van(uit[0].pdf)
