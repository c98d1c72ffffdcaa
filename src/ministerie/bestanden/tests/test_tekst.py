"""Plain text: UTF-8 (with or without BOM), Windows-1252, UTF-16, and a bare HTML file."""

from __future__ import annotations

import pytest

from ministerie.bestanden import extraheer, herken

from . import voorbeelden as vb


def _lees(data: bytes, naam: str = "notitie.txt"):
    bestandstype = herken(data, naam)
    assert bestandstype.soort == "tekst"
    return extraheer(data, bestandstype)


@pytest.mark.parametrize(
    ("data", "codering"),
    [
        (vb.ZIN.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + vb.ZIN.encode("utf-8"), "utf-8 (met BOM)"),
        (vb.ZIN.encode("cp1252"), "cp1252"),
        (vb.ZIN.encode("utf-16"), "utf-16"),
    ],
)
def test_coderingen(data, codering):
    extractie = _lees(data)
    assert extractie.tekst == vb.ZIN
    assert extractie.metadata == {"codering": codering}
    assert extractie.paginas is None
    assert extractie.waarschuwingen == []


def test_cp1252_met_windows_regeleinden():
    data = f"Regel één\r\n{vb.NAAM}\r\n€ 12,50".encode("cp1252")
    assert _lees(data).tekst == f"Regel één\n{vb.NAAM}\n€ 12,50"


def test_gedecomponeerde_tekens_worden_nfc():
    data = "bee\u0308diging".encode()
    assert _lees(data).tekst == "beëdiging"


def test_html_bestand():
    data = b"<!DOCTYPE html><html><head><title>Nota</title></head><body><p>Hallo</p></body></html>"
    extractie = _lees(data, "nota.html")
    assert extractie.tekst == "Hallo"
    assert extractie.metadata["titel"] == "Nota"


def test_bytes_die_in_geen_codering_passen_worden_vervangen():
    from ministerie.bestanden.platte_tekst import extraheer_tekst

    extractie = extraheer_tekst(b"abc \x81 def")
    assert extractie.tekst == "abc \ufffd def"
    assert extractie.waarschuwingen
