"""The waterfall and the wrapped labels of core/grafieken.py (no database)."""

from __future__ import annotations

import pytest

from ministerie.core.grafieken import MIN_STAP, W_LABELRUIMTE, staafdiagram, waterval


def _opmaak(w: float) -> str:
    return f"{w:g}"


def test_waterval_loopt_van_start_via_stappen_naar_eind() -> None:
    w = waterval(
        "w",
        "T",
        [("totaal", "Begin", 100), ("stap", "Op", 20), ("stap", "Af", -80), ("totaal", "Eind", None)],
        opmaak=_opmaak,
    )
    begin, op, af, eind = w.stappen
    assert [s.soort for s in w.stappen] == ["totaal", "op", "af", "totaal"]
    assert (op.van, op.tot, af.van, af.tot) == (100, 120, 120, 40)
    assert eind.tot == 40  # a total without a value is the level reached
    assert op.tekst == "+20" and af.tekst == "-80" and eind.tekst == "40"
    # a step starts where the previous bar ended
    assert op.x == pytest.approx(begin.x + begin.breedte, abs=0.2)
    assert af.x + af.breedte == pytest.approx(op.x + op.breedte, abs=0.2)
    assert not w.onderbroken and w.as_x == W_LABELRUIMTE
    assert len(w.verbindingen) == 3
    assert "Op: +20" in w.samenvatting


def test_kleine_stappen_naast_grote_totalen_blijven_zichtbaar() -> None:
    w = waterval(
        "w",
        "T",
        [
            ("totaal", "Begin", 445_000),
            ("stap", "Klein", -2_000),
            ("stap", "Kleiner", 10),
            ("totaal", "Eind", None),
        ],
        opmaak=_opmaak,
    )
    assert w.onderbroken and 0 < float(w.as_tekst) < 443_000
    klein, kleiner = w.stappen[1], w.stappen[2]
    assert klein.breedte > 50  # not a hairline beside the total
    assert kleiner.breedte >= MIN_STAP
    assert all(s.breuk for s in w.stappen if s.is_totaal)
    assert "niet bij nul" in w.samenvatting


def test_een_totaal_dicht_bij_nul_breekt_de_schaal_niet() -> None:
    w = waterval(
        "w", "T", [("totaal", "Begin", 10), ("stap", "Af", -30), ("totaal", "Eind", None)], opmaak=_opmaak
    )
    assert not w.onderbroken
    assert w.stappen[-1].tot == -20 and w.stappen[-1].x < w.stappen[0].x


def test_lange_labels_worden_afgebroken_niet_afgekapt() -> None:
    lang = "Tweede suppletoire begroting (Najaarsnota) met een zeer lange toelichting erbij"
    d = staafdiagram("d", "T", [(lang, 5), ("kort", 3)])
    eerste, tweede = d.staven
    assert " ".join(eerste.regels) == lang and len(eerste.regels) > 1
    assert eerste.rij_hoogte > tweede.rij_hoogte
    assert tweede.rij_y == eerste.rij_y + eerste.rij_hoogte
    assert d.hoogte >= tweede.rij_y + tweede.rij_hoogte
