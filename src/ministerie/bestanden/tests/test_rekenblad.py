"""XLSX: recognised from its content, read when it is a real OOXML workbook (openpyxl), refused
with a Dutch reason otherwise: not OOXML, macros, a DTD, damaged, too large."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime

import pytest
from openpyxl import Workbook

from ministerie.bestanden import OnleesbaarBestand, TeGrootBestand, extraheer, herken
from ministerie.bestanden.limieten import MAX_XLSX_GROOTTE


def werkmap() -> bytes:
    boek = Workbook()
    blad = boek.active
    blad.title = "Samenvatting"
    blad.append(["Ontvangen", 42])
    blad.append(["Aandeel op tijd (%)", 87.5])
    blad.append([None, None])
    blad.append(["Peildatum", datetime(2026, 12, 31, 0, 0)])
    ander = boek.create_sheet("Per kanaal")
    ander.append(["Kanaal", "Aantal"])
    ander.append(["E-mail", 30])
    boek.properties.title = "Jaarverslag correspondentie"
    boek.properties.creator = "Team MC"
    uit = io.BytesIO()
    boek.save(uit)
    return uit.getvalue()


def herpak(
    data: bytes, *, zonder: str = "", extra: dict[str, bytes] | None = None, vervang: dict | None = None
) -> bytes:
    """The workbook with a member left out, added or replaced."""
    uit = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as bron, zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as doel:
        for lid in bron.infolist():
            if lid.filename == zonder:
                continue
            doel.writestr(lid.filename, (vervang or {}).get(lid.filename, bron.read(lid.filename)))
        for naam, inhoud in (extra or {}).items():
            doel.writestr(naam, inhoud)
    return uit.getvalue()


def test_een_echte_werkmap_wordt_gelezen() -> None:
    data = werkmap()
    soort = herken(data, "cijfers.bin")  # the content decides, not the name
    assert (soort.soort, soort.extensie, soort.ondersteund) == ("xlsx", "xlsx", True)
    assert soort.mime == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    extractie = extraheer(data, soort)
    regels = extractie.tekst.splitlines()
    assert regels[:4] == [
        "Samenvatting",
        "Ontvangen\t42",
        "Aandeel op tijd (%)\t87.5",
        "Peildatum\t2026-12-31T00:00:00",
    ]
    assert "Per kanaal" in regels and "E-mail\t30" in regels
    assert extractie.metadata["titel"] == "Jaarverslag correspondentie"
    assert extractie.metadata["auteur"] == "Team MC"
    assert not extractie.waarschuwingen


@pytest.mark.parametrize(
    ("bewerking", "reden"),
    [
        (
            {"zonder": "[Content_Types].xml"},
            "geen geldige Excel-werkmap (XLSX): het onderdeel [Content_Types].xml ontbreekt",
        ),
        ({"zonder": "_rels/.rels"}, "de relaties van het pakket (_rels/.rels) ontbreken"),
        ({"extra": {"xl/vbaProject.bin": b"\x00macro"}}, "bevat macro's (XLSM)"),
        (
            {"extra": {"xl/kwaad.xml": b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'}},
            "het onderdeel xl/kwaad.xml bevat een DTD",
        ),
    ],
)
def test_geen_echte_werkmap_wordt_geweigerd(bewerking: dict, reden: str) -> None:
    data = herpak(werkmap(), **bewerking)
    soort = herken(data, "cijfers.xlsx")
    assert soort.soort == "xlsx"
    with pytest.raises(
        OnleesbaarBestand,
        match=reden.replace("(", r"\(").replace(")", r"\)").replace("[", r"\[").replace("]", r"\]"),
    ):
        extraheer(data, soort)


def test_een_sjabloon_is_geen_werkmap() -> None:
    data = werkmap()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        typen = zf.read("[Content_Types].xml").replace(b"sheet.main+xml", b"template.main+xml")
    with pytest.raises(OnleesbaarBestand, match="mogelijk een sjabloon"):
        extraheer(herpak(data, vervang={"[Content_Types].xml": typen}), herken(data, "x.xlsx"))


def test_beschadigd_en_te_groot() -> None:
    kapot = b"PK\x03\x04 geen echte werkmap"
    soort = herken(kapot, "cijfers.xlsx")
    assert soort.soort == "xlsx"  # the name says what it meant to be, the reading says why not
    with pytest.raises(OnleesbaarBestand, match="Excel-werkmap is beschadigd"):
        extraheer(kapot, soort)
    groot = werkmap() + b"\x00" * MAX_XLSX_GROOTTE
    with pytest.raises(TeGrootBestand, match="de grens voor een werkmap is 20 MB") as fout:
        extraheer(groot, soort)
    assert fout.value.grens == MAX_XLSX_GROOTTE


def test_meer_cellen_dan_de_grens(monkeypatch: pytest.MonkeyPatch) -> None:
    from ministerie.bestanden import rekenblad

    monkeypatch.setattr(rekenblad, "MAX_XLSX_CELLEN", 4)
    data = werkmap()
    extractie = extraheer(data, herken(data, "x.xlsx"))
    assert extractie.tekst.splitlines() == ["Samenvatting", "Ontvangen\t42", "Aandeel op tijd (%)\t87.5"]
    assert extractie.waarschuwingen == ["Alleen de eerste 4 cellen van de werkmap zijn gelezen."]
