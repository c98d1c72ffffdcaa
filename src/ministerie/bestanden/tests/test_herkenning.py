"""Recognising a file's type from its content."""

from __future__ import annotations

import io
import random
import zipfile

import pytest

from ministerie.bestanden import herken
from ministerie.bestanden.herkenning import extensie_van, lijkt_eml

from . import voorbeelden as vb


@pytest.mark.parametrize(
    ("maak", "naam", "soort", "mime", "extensie"),
    [
        (lambda: vb.pdf(vb.ZIN), "nota.pdf", "pdf", "application/pdf", "pdf"),
        (
            lambda: vb.docx_bestand(vb.ZIN),
            "nota.docx",
            "docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "docx",
        ),
        (
            lambda: vb.odt("Kop", vb.ZIN),
            "nota.odt",
            "odt",
            "application/vnd.oasis.opendocument.text",
            "odt",
        ),
        (lambda: vb.eml(tekst=vb.ZIN), "bericht.eml", "eml", "message/rfc822", "eml"),
        (lambda: vb.ZIN.encode(), "notitie.txt", "tekst", "text/plain", "txt"),
        (lambda: vb.ZIN.encode("cp1252"), "notitie.txt", "tekst", "text/plain", "txt"),
        (lambda: b"a;b\n1;2\n", "lijst.csv", "tekst", "text/plain", "csv"),
    ],
)
def test_elk_ondersteund_type_wordt_herkend(maak, naam, soort, mime, extensie):
    bestandstype = herken(maak(), naam)
    assert (bestandstype.soort, bestandstype.mime, bestandstype.extensie) == (soort, mime, extensie)
    assert bestandstype.ondersteund
    assert not bestandstype.extensie_wijkt_af


@pytest.mark.parametrize(
    ("maak", "naam", "soort"),
    [
        (lambda: vb.docx_bestand(vb.ZIN), "echt-een-pdf.pdf", "docx"),
        (lambda: vb.pdf(vb.ZIN), "brief.docx", "pdf"),
        (lambda: vb.odt("Kop"), "verslag.docx", "odt"),
        (lambda: vb.ZIN.encode(), "scan.pdf", "tekst"),
        (lambda: vb.eml(tekst=vb.ZIN), "bericht.txt", "eml"),
        (lambda: vb.pdf(vb.ZIN), "zonder-extensie", "pdf"),
    ],
)
def test_de_inhoud_gaat_voor_de_extensie(maak, naam, soort):
    bestandstype = herken(maak(), naam)
    assert bestandstype.soort == soort
    assert bestandstype.extensie_wijkt_af == ("." in naam)


def test_een_zip_als_pdf_wordt_als_zip_gemeld():
    archief = io.BytesIO()
    with zipfile.ZipFile(archief, "w") as zf:
        zf.writestr("notulen.txt", vb.ZIN)
    bestandstype = herken(archief.getvalue(), "stuk.pdf")
    assert (bestandstype.soort, bestandstype.mime, bestandstype.extensie) == (
        "onbekend",
        "application/zip",
        "zip",
    )
    assert bestandstype.opgegeven_extensie == "pdf"
    assert bestandstype.extensie_wijkt_af


def test_leeg_bestand():
    bestandstype = herken(b"", "leeg.pdf")
    assert bestandstype.soort == "onbekend"
    assert bestandstype.mime == "application/x-empty"
    assert not bestandstype.ondersteund


def test_onbekend_binair_bestand():
    data = random.Random(7).randbytes(4096)
    bestandstype = herken(data, "iets.docx")
    assert bestandstype.soort == "onbekend"
    assert bestandstype.mime == "application/octet-stream"


def test_een_afbeelding_wordt_bij_naam_genoemd():
    bestandstype = herken(vb.png(), "foto.pdf")
    assert bestandstype.soort == "onbekend"
    assert bestandstype.mime == "image/png"
    assert bestandstype.extensie == "png"
    assert "image/png" in bestandstype.omschrijving


def test_andere_kantoorformaten_worden_niet_als_document_gelezen():
    rekenblad = b"application/vnd.oasis.opendocument.spreadsheet"
    ods = vb.vervang_lid(vb.odt("Kop"), "mimetype", rekenblad)
    assert herken(ods, "x.odt").soort == "onbekend"
    assert "rekenblad" in herken(ods, "x.odt").omschrijving
    outlook = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500) + "__substg1.0_0037001F".encode("utf-16-le")
    msg = herken(outlook, "bericht.msg")
    assert (msg.soort, msg.mime, msg.extensie) == ("onbekend", "application/vnd.ms-outlook", "msg")


def test_een_versleuteld_docx_blijft_docx():
    versleuteld = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500) + "EncryptedPackage".encode("utf-16-le")
    assert herken(versleuteld, "geheim.docx").soort == "docx"
    assert herken(versleuteld, "geheim.bin").soort == "onbekend"


def test_een_te_beschadigde_zip_wordt_naar_zijn_naam_genoemd():
    kapot = vb.docx_bestand(vb.ZIN)[:200]
    assert herken(kapot, "nota.docx").soort == "docx"
    assert herken(kapot, "nota.zip").soort == "onbekend"


@pytest.mark.parametrize(
    ("data", "soort", "mime"),
    [
        (b"{\\rtf1\\ansi Hallo}", "onbekend", "application/rtf"),
        (b"%!PS-Adobe-3.0\n%%EOF", "onbekend", "application/postscript"),
        (b"<!DOCTYPE html><html><body><p>Hallo</p></body></html>", "tekst", "text/html"),
        ("\ufeffMet BOM: beëdiging".encode(), "tekst", "text/plain"),
        ("UTF-16 met BOM: beëdiging".encode("utf-16"), "tekst", "text/plain"),
    ],
)
def test_tekstachtige_formaten(data, soort, mime):
    bestandstype = herken(data, "x.txt")
    assert (bestandstype.soort, bestandstype.mime) == (soort, mime)


def test_een_nederlandse_memo_met_van_en_aan_is_geen_eml():
    memo = "Van: de minister\nAan: de Kamer\nOnderwerp: beëdiging\n\nTekst.".encode()
    assert herken(memo, "memo.eml").soort == "tekst"


def test_eml_herkenning():
    assert lijkt_eml(b"Return-Path: <a@b>\r\nFrom: a@b\r\nSubject: x\r\n\r\nbody")
    assert lijkt_eml(b"From a@b Mon Sep 16 10:00:00 2024\nFrom: a@b\nDate: x\n\nbody")
    assert lijkt_eml(b"From: a@b\nTo: c@d\n  vervolg\n\nbody")
    assert not lijkt_eml(b"From: a@b\n\nbody")  # one core field only
    assert not lijkt_eml(b"From: a@b\nTo: c@d\ndit is geen kopregel\n\nbody")
    assert not lijkt_eml(b"  From: a@b\nTo: c@d\n\nbody")


def test_stuurtekens_maken_een_bestand_binair():
    data = bytes(range(1, 32)) * 10 + b"tekst"
    assert herken(data, "x.txt").soort == "onbekend"


def test_een_pdf_met_rommel_ervoor():
    data = b"rommel" * 10 + vb.pdf(vb.ZIN)
    assert herken(data, "x").soort == "pdf"
    assert herken(b"tekst over %PDF-1.7 in een notitie", "x.txt").soort == "tekst"


@pytest.mark.parametrize(
    ("naam", "extensie"),
    [
        ("nota.PDF", "pdf"),
        ("C:\\Users\\jan\\nota.final.docx", "docx"),
        ("map/sub/bericht.eml", "eml"),
        ("geen_extensie", ""),
        (".verborgen", ""),
        ("", ""),
    ],
)
def test_extensie_van(naam, extensie):
    assert extensie_van(naam) == extensie
