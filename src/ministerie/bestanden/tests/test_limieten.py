"""Limits: size, ZIP bombs, XML complexity; empty and unsupported files; checksums."""

from __future__ import annotations

import hashlib
import io
import zipfile

import pytest

from ministerie.bestanden import (
    MAX_BESTANDSGROOTTE,
    Bestandstype,
    OnleesbaarBestand,
    TeGrootBestand,
    controleer_grootte,
    extraheer,
    herken,
    opendocument,
    sha256,
    sha256_van_stukken,
    zipcontrole,
)
from ministerie.bestanden.limieten import MAX_ZIP_LEDEN, megabytes

from . import voorbeelden as vb

ONDERSTEUNDE = "wordt niet ondersteund; lever PDF, DOCX, ODT, XLSX, tekst of e-mail (.eml) aan."


def test_grootte_tot_en_met_de_grens_mag():
    assert MAX_BESTANDSGROOTTE == 50 * 1024 * 1024
    controleer_grootte(0)
    controleer_grootte(MAX_BESTANDSGROOTTE)


def test_te_groot_bestand():
    with pytest.raises(TeGrootBestand) as fout:
        controleer_grootte(MAX_BESTANDSGROOTTE + 1)
    assert isinstance(fout.value, OnleesbaarBestand)
    assert fout.value.reden == "Het bestand is te groot (50,1 MB); de grens is 50 MB."
    assert fout.value.grens == MAX_BESTANDSGROOTTE
    with pytest.raises(TeGrootBestand, match="de grens is 50 MB"):
        controleer_grootte(80 * 1024 * 1024)


def test_extraheer_controleert_de_grootte():
    data = b"a" * (MAX_BESTANDSGROOTTE + 1)
    with pytest.raises(TeGrootBestand):
        extraheer(data, Bestandstype("text/plain", "tekst", "txt"))


def test_negatieve_grootte():
    with pytest.raises(ValueError):
        controleer_grootte(-1)


@pytest.mark.parametrize(
    ("aantal", "tekst"), [(50 * 1024 * 1024, "50"), (int(73.4 * 1024 * 1024), "73,4"), (1, "0,1")]
)
def test_megabytes(aantal, tekst):
    assert megabytes(aantal) == tekst


def test_leeg_bestand():
    with pytest.raises(OnleesbaarBestand) as fout:
        extraheer(b"", herken(b"", "leeg.txt"))
    assert fout.value.reden == "Het bestand is leeg."
    with pytest.raises(OnleesbaarBestand, match="Het bestand is leeg."):
        extraheer(b"", Bestandstype("text/plain", "tekst", "txt"))


def test_onbekend_binair_bestand():
    data = bytes(range(256)) * 8
    with pytest.raises(OnleesbaarBestand) as fout:
        extraheer(data, herken(data, "iets.pdf"))
    assert fout.value.reden == f"Dit bestandstype (niet herkend) {ONDERSTEUNDE}"


def test_een_afbeelding_wordt_niet_ondersteund():
    with pytest.raises(OnleesbaarBestand) as fout:
        extraheer(vb.png(), herken(vb.png(), "foto.png"))
    assert fout.value.reden == f"Dit bestandstype (image/png, .png) {ONDERSTEUNDE}"


def test_een_outlook_bericht_wordt_bij_naam_genoemd():
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500) + "__substg1.0_1000".encode("utf-16-le")
    with pytest.raises(OnleesbaarBestand, match=r"\(Outlook-bericht, \.msg\)"):
        extraheer(data, herken(data, "bericht.msg"))


def test_zipbom_met_een_enorm_opgegeven_lid():
    leden = {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"}
    bom = vb.zip_met_opgegeven_grootte(leden, {"word/document.xml": 0xFFFF_FF00})
    assert len(bom) < 1_000
    bestandstype = herken(bom, "bom.docx")
    assert bestandstype.soort == "docx"  # the central directory is read, nothing unpacked
    with pytest.raises(OnleesbaarBestand) as fout:
        extraheer(bom, bestandstype)
    assert fout.value.reden == (
        "Het Word-bestand is uitgepakt groter dan 200 MB (mogelijk een zogeheten zipbom) "
        "en wordt daarom niet gelezen."
    )


def test_zipbom_met_veel_middelgrote_leden():
    leden = {f"Pictures/{i}.png": b"x" for i in range(10)} | {
        "mimetype": b"application/vnd.oasis.opendocument.text",
        "content.xml": b"<x/>",
    }
    groottes = {f"Pictures/{i}.png": 30 * 1024 * 1024 for i in range(10)}
    bom = vb.zip_met_opgegeven_grootte(leden, groottes)
    bestandstype = herken(bom, "bom.odt")
    assert bestandstype.soort == "odt"
    with pytest.raises(OnleesbaarBestand, match="zipbom"):
        extraheer(bom, bestandstype)


def test_een_zip_die_meer_uitpakt_dan_hij_opgeeft_wordt_niet_geloofd():
    # The declared size is small, the real content larger: zipfile stops at the declared size
    # and fails on the checksum.
    leden = vb.docx_leden()
    leden["word/document.xml"] = leden["word/document.xml"] + b" " * 1_000_000
    data = vb.zip_met_opgegeven_grootte(leden, {"word/document.xml": 100})
    with pytest.raises(OnleesbaarBestand, match="beschadigd"):
        extraheer(data, herken(data, "nota.docx"))


def test_te_veel_leden():
    uit = io.BytesIO()
    with zipfile.ZipFile(uit, "w") as zf:
        for naam, data in vb.docx_leden().items():
            zf.writestr(naam, data)
        for i in range(MAX_ZIP_LEDEN):
            zf.writestr(f"extra/{i}", b"")
    data = uit.getvalue()
    assert herken(data, "veel.docx").soort == "docx"  # from the name: too many to look into
    assert herken(data, "veel.zip").soort == "onbekend"
    with pytest.raises(OnleesbaarBestand, match="meer dan 10.000 onderdelen"):
        extraheer(data, herken(data, "veel.docx"))


def test_te_complexe_xml(monkeypatch):
    monkeypatch.setattr(zipcontrole, "MAX_XML_ELEMENTEN", 50)
    with pytest.raises(OnleesbaarBestand, match="te complex om te lezen \\(meer dan 50 XML"):
        extraheer(vb.docx_bestand(vb.ZIN), herken(vb.docx_bestand(vb.ZIN), "nota.docx"))
    monkeypatch.setattr(opendocument, "MAX_ODT_ELEMENTEN", 10)
    with pytest.raises(OnleesbaarBestand, match="Het ODT-bestand is te complex"):
        extraheer(vb.odt("Kop"), herken(vb.odt("Kop"), "nota.odt"))


def test_lange_tekst_wordt_ingekort(monkeypatch):
    from ministerie.bestanden import opschonen

    monkeypatch.setattr(opschonen, "MAX_TEKST_TEKENS", 10)
    extractie = extraheer(vb.ZIN.encode(), herken(vb.ZIN.encode(), "x.txt"))
    assert extractie.tekst == vb.ZIN[:10]
    assert extractie.waarschuwingen == ["De tekst is ingekort tot de eerste 10 tekens."]


def test_sha256():
    data = vb.ZIN.encode()
    assert sha256(data) == hashlib.sha256(data).hexdigest()
    assert sha256(b"") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    assert sha256_van_stukken([data[:5], data[5:]]) == sha256(data)
    assert len(sha256(data)) == 64
