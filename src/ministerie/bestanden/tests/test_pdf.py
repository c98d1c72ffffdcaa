"""PDF: text per page, broken and encrypted files, scanned pages, and page images."""

from __future__ import annotations

import random
import struct

import pymupdf
import pytest

from ministerie.bestanden import (
    OnleesbaarBestand,
    aantal_paginas,
    extraheer,
    herken,
    pagina_als_png,
)
from ministerie.bestanden.limieten import MAX_PIXELS
from ministerie.bestanden.pdf import pdf_datum

from . import voorbeelden as vb

PNG_HANDTEKENING = b"\x89PNG\r\n\x1a\n"
BESCHADIGD = "Het PDF-bestand is beschadigd en kan niet worden gelezen."
VERSLEUTELD = "Het PDF-bestand is versleuteld met een wachtwoord."


def _lees(data: bytes):
    return extraheer(data, herken(data, "stuk.pdf"))


def _png_afmetingen(png: bytes) -> tuple[int, int]:
    assert png.startswith(PNG_HANDTEKENING)
    return struct.unpack(">II", png[16:24])


def test_tekst_per_pagina_met_diakrieten():
    extractie = _lees(vb.pdf(vb.ZIN, "Tweede pagina\nmet twee regels"))
    assert extractie.paginas == 2
    eerste, tweede = extractie.tekst.split("\f")
    assert eerste.strip() == "De beëdiging van Hanneke Schipper–Spanninga is op maandag."
    assert tweede.strip() == "Tweede pagina\nmet twee regels"
    assert extractie.waarschuwingen == []


def test_metadata():
    extractie = _lees(vb.pdf(vb.ZIN, titel="Beëdiging", auteur=vb.NAAM))
    assert extractie.metadata == {
        "titel": "Beëdiging",
        "auteur": vb.NAAM,
        "datum": "2024-09-17T14:30:00+02:00",
    }


@pytest.mark.parametrize("deel", [0.1, 0.5, 0.9])
def test_afgekapte_pdf_is_beschadigd(deel):
    data = vb.pdf(vb.ZIN)
    with pytest.raises(OnleesbaarBestand) as fout:
        _lees(data[: int(len(data) * deel)])
    assert fout.value.reden == BESCHADIGD


def test_willekeurige_bytes_met_pdf_kop_zijn_beschadigd():
    data = b"%PDF-1.7\n" + random.Random(3).randbytes(3000)
    assert herken(data, "x.pdf").soort == "pdf"
    with pytest.raises(OnleesbaarBestand, match="beschadigd"):
        _lees(data)
    with pytest.raises(OnleesbaarBestand):
        aantal_paginas(data)


def test_een_herstelbare_pdf_wordt_gelezen_met_waarschuwing():
    data = vb.pdf(vb.ZIN)
    zonder_xref = data[: data.rindex(b"xref")]
    extractie = _lees(zonder_xref)
    assert "beëdiging" in extractie.tekst
    assert any("hersteld" in w for w in extractie.waarschuwingen)


def test_versleutelde_pdf():
    data = vb.versleutelde_pdf()
    assert herken(data, "geheim.pdf").soort == "pdf"
    with pytest.raises(OnleesbaarBestand) as fout:
        _lees(data)
    assert fout.value.reden == VERSLEUTELD
    with pytest.raises(OnleesbaarBestand, match="versleuteld"):
        pagina_als_png(data, 1)


def test_pagina_zonder_tekstlaag_geeft_een_waarschuwing():
    extractie = _lees(vb.pdf(vb.ZIN, None, "Derde pagina", None))
    assert extractie.paginas == 4
    assert "beëdiging" in extractie.tekst
    [waarschuwing] = extractie.waarschuwingen
    assert waarschuwing.startswith("Geen tekstlaag op pagina's 2, 4 ")


def test_alleen_een_scan():
    extractie = _lees(vb.pdf(None))
    assert extractie.tekst == ""
    assert extractie.waarschuwingen[0].startswith("Geen tekstlaag op pagina 1 ")


def test_een_lege_pagina_is_geen_scan():
    document = pymupdf.open()
    document.new_page()
    extractie = _lees(document.tobytes())
    assert extractie.paginas == 1
    assert extractie.waarschuwingen == []


def test_pagina_als_png():
    data = vb.pdf(vb.ZIN, "Tweede pagina")
    assert aantal_paginas(data) == 2
    png = pagina_als_png(data, 2)
    breedte, hoogte = _png_afmetingen(png)
    assert abs(breedte - 1200) <= 1
    assert abs(hoogte - round(1200 * 842 / 595)) <= 2  # A4 portrait
    assert _png_afmetingen(pagina_als_png(data, 1, breedte=300))[0] in (300, 301)


@pytest.mark.parametrize("pagina", [0, 3, -1])
def test_een_pagina_buiten_het_document(pagina):
    data = vb.pdf(vb.ZIN, "Tweede pagina")
    melding = f"Pagina {pagina} bestaat niet; het document heeft 2 pagina's."
    with pytest.raises(ValueError, match=melding):
        pagina_als_png(data, pagina)


def test_een_document_van_een_pagina():
    with pytest.raises(ValueError, match="heeft 1 pagina\\."):
        pagina_als_png(vb.pdf(vb.ZIN), 2)


@pytest.mark.parametrize("breedte", [0, 10, 100_000])
def test_een_onmogelijke_breedte(breedte):
    with pytest.raises(ValueError, match="breedte"):
        pagina_als_png(vb.pdf(vb.ZIN), 1, breedte=breedte)


def test_een_zeer_lange_pagina_blijft_binnen_het_aantal_pixels():
    data = vb.pdf_met_pagina(20, 14_000)
    breedte, hoogte = _png_afmetingen(pagina_als_png(data, 1, breedte=4000))
    assert breedte * hoogte <= MAX_PIXELS * 1.01
    assert hoogte > breedte * 100


@pytest.mark.parametrize(
    ("waarde", "iso"),
    [
        ("D:20240917143000+02'00'", "2024-09-17T14:30:00+02:00"),
        ("D:20240917143000Z", "2024-09-17T14:30:00+00:00"),
        ("D:20240917143000-05'30", "2024-09-17T14:30:00-05:30"),
        ("D:20240917", "2024-09-17"),
        ("D:2024", "2024-01-01"),
        ("20240917143000", "2024-09-17T14:30:00"),
        ("D:20241317", "20241317"),
        ("", ""),
    ],
)
def test_pdf_datum(waarde, iso):
    assert pdf_datum(waarde) == iso


def test_te_lang_lezen_stopt_met_een_waarschuwing(monkeypatch):
    from ministerie.bestanden import pdf

    monkeypatch.setattr(pdf, "MAX_PDF_EXTRACTIETIJD", -1.0)
    extractie = _lees(vb.pdf(vb.ZIN, "Tweede pagina"))
    assert extractie.paginas == 2
    assert extractie.waarschuwingen == [
        "Het lezen van de tekst duurde te lang en is na pagina 0 van 2 gestopt; de tekst is onvolledig."
    ]


def test_gelijktijdig_gebruik_uit_meerdere_threads():
    from concurrent.futures import ThreadPoolExecutor

    data = vb.pdf(vb.ZIN, "Tweede pagina")
    with ThreadPoolExecutor(max_workers=4) as uitvoerder:
        beelden = list(uitvoerder.map(lambda i: pagina_als_png(data, 1 + i % 2, 400), range(12)))
        teksten = list(uitvoerder.map(lambda _: _lees(data).tekst, range(8)))
    assert all(beeld.startswith(PNG_HANDTEKENING) for beeld in beelden)
    assert len(set(teksten)) == 1
