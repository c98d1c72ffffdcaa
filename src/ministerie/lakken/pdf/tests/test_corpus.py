"""Every tricky PDF of the corpus: the checker finds the secret in the input, ``lak`` removes it,
and the checker passes the output (no secret anywhere, ground visible, kept text still text,
same page count)."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from ministerie.lakken.pdf import Lakopdracht, controleer, lak

from .corpus import GEHEIM, GEVALLEN, GROND, ZICHTBAAR, Geval


def _paginas(pdf: bytes) -> int:
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return doc.page_count


@pytest.mark.parametrize("geval", GEVALLEN, ids=lambda g: g.naam)
def test_checker_vindt_elk_geheim_in_de_invoer(geval: Geval, tmp_path: Path) -> None:
    invoer = geval.maak(tmp_path)
    for geheim in geval.geheimen:
        assert controleer(invoer, [geheim]), f"{geheim!r} niet gevonden in {geval.naam}"


@pytest.mark.parametrize("geval", GEVALLEN, ids=lambda g: g.naam)
def test_lak_verwijdert_en_de_checker_keurt_goed(geval: Geval, tmp_path: Path) -> None:
    invoer = geval.maak(tmp_path)
    resultaat = lak(invoer, Lakopdracht(termen=[(t, GROND) for t in geval.termen]))

    problemen = controleer(
        resultaat.pdf,
        [*geval.geheimen, ZICHTBAAR],
        verwachte_gronden=[GROND],
        verwacht_paginas=_paginas(invoer),
        behouden=geval.behouden,
    )
    assert problemen == []
    assert resultaat.schoon
    assert resultaat.handmatig_nakijken == []
    assert any(r.grond == GROND and r.tekst == ZICHTBAAR for r in resultaat.redacties)
    assert resultaat.pdf.count(b"%%EOF") == 1, "het bestand moet in zijn geheel herschreven zijn"


def test_bladwijzers_blijven_maar_zonder_geheim(tmp_path: Path) -> None:
    from .corpus import bladwijzers

    resultaat = lak(bladwijzers(tmp_path), Lakopdracht(termen=[(GEHEIM, GROND)]))
    with pymupdf.open(stream=resultaat.pdf, filetype="pdf") as doc:
        assert doc.get_toc() == [
            [1, "Inleiding", 1],
            [1, f"Gesprek met [{GROND}]", 2],
            [2, "Afspraken", 2],
        ]
        assert all(GEHEIM not in str(r) for r in doc.get_page_labels())


def test_bijwerk_is_weg(tmp_path: Path) -> None:
    from .corpus import annotaties, formulier, ingesloten_bestand, metadata, xmp

    for maker in (annotaties, formulier, ingesloten_bestand, metadata, xmp):
        resultaat = lak(maker(tmp_path), Lakopdracht(termen=[(GEHEIM, GROND)]))
        with pymupdf.open(stream=resultaat.pdf, filetype="pdf") as doc:
            assert not any(v for k, v in doc.metadata.items() if k not in ("format", "encryption"))
            assert not doc.get_xml_metadata()
            assert doc.embfile_count() == 0
            page = doc[0]
            assert list(page.annots()) == []
            assert list(page.widgets()) == []
            assert page.get_links() == []
            assert not doc.is_form_pdf


def test_formulierwaarde_wordt_platgeslagen_en_gelakt(tmp_path: Path) -> None:
    from .corpus import EMAIL, formulier

    resultaat = lak(formulier(tmp_path), Lakopdracht(termen=[(GEHEIM, GROND), (EMAIL, GROND)]))
    teksten = {r.tekst for r in resultaat.redacties}
    assert GEHEIM in teksten and EMAIL in teksten
    with pymupdf.open(stream=resultaat.pdf, filetype="pdf") as doc:
        assert "Naam aanvrager:" in doc[0].get_text()


def test_afgebroken_term_geeft_twee_vakken(tmp_path: Path) -> None:
    from .corpus import afgebroken

    resultaat = lak(afgebroken(tmp_path), Lakopdracht(termen=[(GEHEIM, GROND)]))
    delen = [r for r in resultaat.redacties if r.label == "term"]
    assert [d.tekst for d in delen] == ["Piet Pieter-", "sen"]
    assert delen[0].rect[1] < delen[1].rect[1]
    with pymupdf.open(stream=resultaat.pdf, filetype="pdf") as doc:
        tekst = doc[0].get_text()
    assert "over de begroting van volgend jaar." in tekst
    assert "sprak de directeur met" in tekst


def test_bestaande_lakmarkering_wordt_toegepast(tmp_path: Path) -> None:
    from .corpus import bestaande_lakmarkering

    resultaat = lak(bestaande_lakmarkering(tmp_path), Lakopdracht())
    assert [r.label for r in resultaat.redacties] == ["bestaande lakmarkering"]
    assert GEHEIM in resultaat.redacties[0].tekst
    assert controleer(resultaat.pdf, [GEHEIM], verwachte_gronden=[GROND]) == []
