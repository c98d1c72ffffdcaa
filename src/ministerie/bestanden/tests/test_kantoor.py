"""DOCX and ODT: text in document order, metadata, broken and encrypted files."""

from __future__ import annotations

import time

import pytest

from ministerie.bestanden import OnleesbaarBestand, extraheer, herken

from . import voorbeelden as vb


def _lees(data: bytes, naam: str):
    return extraheer(data, herken(data, naam))


def test_docx_alineas_en_tabellen():
    data = vb.docx_bestand(
        "Inleiding",
        vb.ZIN,
        tabel=[["Naam", "Functie"], [vb.NAAM, "staatssecretaris"]],
        titel="Beëdiging",
        auteur=vb.NAAM,
    )
    extractie = _lees(data, "nota.docx")
    assert extractie.tekst == (
        "Inleiding\n"
        "De beëdiging van Hanneke Schipper–Spanninga is op maandag.\n"
        "Naam\tFunctie\n"
        "Hanneke Schipper–Spanninga\tstaatssecretaris\n"
        "Na de tabel."
    )
    assert extractie.paginas is None
    assert extractie.metadata["titel"] == "Beëdiging"
    assert extractie.metadata["auteur"] == vb.NAAM
    assert extractie.metadata["datum"].startswith("20")


def test_docx_samengevoegde_cellen_komen_een_keer():
    import docx

    document = docx.Document()
    tabel = document.add_table(rows=2, cols=3)
    tabel.cell(0, 0).merge(tabel.cell(0, 2)).text = "Kop over drie kolommen"
    for k, waarde in enumerate(["a", "b", "c"]):
        tabel.cell(1, k).text = waarde
    import io

    uit = io.BytesIO()
    document.save(uit)
    extractie = _lees(uit.getvalue(), "tabel.docx")
    assert extractie.tekst == "Kop over drie kolommen\na\tb\tc"


def test_beschadigd_docx():
    data = vb.vervang_lid(vb.docx_bestand(vb.ZIN), "word/document.xml", b"<w:document><kapot")
    assert herken(data, "nota.docx").soort == "docx"
    with pytest.raises(OnleesbaarBestand) as fout:
        _lees(data, "nota.docx")
    assert fout.value.reden == "Het Word-bestand (DOCX) is beschadigd en kan niet worden gelezen."


def test_afgekapt_docx():
    data = vb.docx_bestand(vb.ZIN)
    with pytest.raises(OnleesbaarBestand, match="beschadigd"):
        _lees(data[: len(data) // 2], "nota.docx")


def test_versleuteld_docx():
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500) + "EncryptedPackage".encode("utf-16-le")
    with pytest.raises(OnleesbaarBestand) as fout:
        _lees(data, "geheim.docx")
    assert fout.value.reden == "Het Word-bestand is versleuteld met een wachtwoord."


def test_odt_koppen_alineas_en_noten():
    extractie = _lees(vb.odt("Beëdiging", vb.ZIN, titel="Verslag"), "verslag.odt")
    assert extractie.tekst == (
        "Beëdiging\n"
        "De beëdiging van Hanneke Schipper–Spanninga is op maandag.\n"
        "Een   twee\tdrie\nvier1\n"
        "De voetnoot."
    )
    assert extractie.metadata["titel"] == "Verslag"


def test_beschadigd_odt():
    data = vb.odt_met_content(b"<office:document-content><kapot")
    with pytest.raises(OnleesbaarBestand) as fout:
        _lees(data, "verslag.odt")
    assert fout.value.reden == "Het ODT-bestand is beschadigd en kan niet worden gelezen."


def test_odt_zonder_content_is_beschadigd():
    import io
    import zipfile

    uit = io.BytesIO()
    with zipfile.ZipFile(uit, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("META-INF/manifest.xml", "<manifest/>")
    with pytest.raises(OnleesbaarBestand, match="beschadigd"):
        _lees(uit.getvalue(), "leeg.odt")


def test_versleuteld_odt():
    data = vb.vervang_lid(
        vb.odt("Kop"),
        "META-INF/manifest.xml",
        b'<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        b"<manifest:file-entry><manifest:encryption-data/></manifest:file-entry>"
        b"</manifest:manifest>",
    )
    with pytest.raises(OnleesbaarBestand) as fout:
        _lees(data, "geheim.odt")
    assert fout.value.reden == "Het ODT-bestand is versleuteld met een wachtwoord."


def test_odt_met_entiteitenbom_wordt_geweigerd():
    bom = (
        b'<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
        b'<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
        b'<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">]>'
        b'<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0">'
        b"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;</office:document-content>"
    )
    with pytest.raises(OnleesbaarBestand, match="beschadigd"):
        _lees(vb.odt_met_content(bom), "bom.odt")


def test_diep_geneste_odt_leest_zonder_de_stapel_uit_te_putten():
    begin = time.monotonic()
    extractie = _lees(vb.odt_diep_genest(5_000), "diep.odt")
    assert extractie.tekst == "diep"
    assert time.monotonic() - begin < 30


def test_beschadigde_docx_geeft_een_nederlandse_reden() -> None:
    """A DOCX whose compressed document part is damaged: never a raw zlib error."""
    import io
    import zipfile

    import docx

    from ministerie.bestanden import OnleesbaarBestand, extraheer, herken

    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("Tekst van de nota")
    document.save(buffer)
    ruw = bytearray(buffer.getvalue())
    with zipfile.ZipFile(io.BytesIO(bytes(ruw))) as z:
        info = z.getinfo("word/document.xml")
    begin = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for i in range(begin + 5, begin + 25):
        ruw[i] ^= 0xFF
    data = bytes(ruw)
    with pytest.raises(OnleesbaarBestand, match="beschadigd|niet"):
        extraheer(data, herken(data, "kapot.docx"))
