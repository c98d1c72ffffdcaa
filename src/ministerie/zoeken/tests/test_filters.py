"""Permission and other filters are part of the query, counts included."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from ministerie.zoeken import Zoekindex

from .hulp import maak_doc

Zoek = Callable[..., list[str]]


@pytest.fixture
def gevuld(index: Zoekindex) -> Zoekindex:
    index.schrijf(
        [
            maak_doc("a", tekst="begroting", eenheid=1, rubricering=0, datum=date(2024, 1, 1)),
            maak_doc("b", tekst="begroting", eenheid=2, rubricering=10, datum=date(2024, 6, 30)),
            maak_doc("c", tekst="begroting", eenheid=3, rubricering=20, datum=date(2024, 7, 1)),
            maak_doc("d", tekst="begroting", eenheid=None, rubricering=0, datum=None),
            maak_doc("e", tekst="begroting", eenheid=1, rubricering=50, soort="nota"),
            maak_doc("f", tekst="begroting", eenheid=2, rubricering=0, soort="nota", status="concept"),
        ]
    )
    return index


def test_rubricering(gevuld: Zoekindex, zoek: Zoek) -> None:
    assert sorted(zoek("begroting", max_rubricering=0)) == ["a", "d", "f"]
    assert sorted(zoek("begroting", max_rubricering=10)) == ["a", "b", "d", "f"]
    assert sorted(zoek("begroting", max_rubricering=49)) == ["a", "b", "c", "d", "f"]
    assert len(zoek("begroting", max_rubricering=50)) == 6
    assert zoek("begroting", max_rubricering=-1) == []


def test_eenheden(gevuld: Zoekindex, zoek: Zoek) -> None:
    assert sorted(zoek("begroting", eenheden={1})) == ["a", "e"]
    assert sorted(zoek("begroting", eenheden=[1, 3])) == ["a", "c", "e"]
    assert sorted(zoek("begroting", eenheden={99})) == []
    assert zoek("begroting", eenheden=set()) == []  # empty set: nothing
    assert len(zoek("begroting", eenheden=None)) == 6  # None: no unit restriction
    assert "d" not in zoek("begroting", eenheden={1, 2, 3})  # no eenheid: fails the filter


def test_soorten_en_statussen(gevuld: Zoekindex, zoek: Zoek) -> None:
    assert sorted(zoek("begroting", soorten={"nota"})) == ["e", "f"]
    assert sorted(zoek("begroting", soorten={"nota", "document"})) == list("abcdef")
    assert zoek("begroting", soorten=set()) == []
    assert zoek("begroting", statussen={"concept"}) == ["f"]
    assert zoek("begroting", statussen=()) == []
    assert zoek("begroting", soorten={"nota"}, statussen={"concept"}, max_rubricering=0) == ["f"]


def test_datum(gevuld: Zoekindex, zoek: Zoek) -> None:
    assert sorted(zoek("begroting", van=date(2024, 6, 30))) == ["b", "c"]  # inclusive
    assert sorted(zoek("begroting", tot=date(2024, 6, 30))) == ["a", "b", "e", "f"]
    assert zoek("begroting", van=date(2024, 6, 30), tot=date(2024, 6, 30)) == ["b"]
    assert zoek("begroting", van=date(2024, 7, 2), tot=date(2024, 6, 30)) == []
    assert "d" not in zoek("begroting", van=date(2000, 1, 1))  # no datum: fails the filter


def test_totaal_telt_geen_verborgen_documenten(index: Zoekindex) -> None:
    zichtbaar = [maak_doc(f"z:{i}", tekst="dossier", eenheid=1, rubricering=5) for i in range(3)]
    verborgen = (
        [maak_doc(f"r:{i}", tekst="dossier", eenheid=1, rubricering=40) for i in range(5)]
        + [maak_doc(f"e:{i}", tekst="dossier", eenheid=7, rubricering=0) for i in range(4)]
        + [maak_doc(f"n:{i}", tekst="dossier", eenheid=None, rubricering=0) for i in range(2)]
    )
    index.schrijf(zichtbaar + verborgen)
    uitkomst = index.zoek("dossier", max_rubricering=10, eenheden={1, 2}, aantal=100)
    assert uitkomst.totaal == 3
    assert sorted(t.id for t in uitkomst.treffers) == ["z:0", "z:1", "z:2"]
    # Also when the page is smaller than the count, and on a page past the end.
    assert index.zoek("dossier", max_rubricering=10, eenheden={1}, aantal=1).totaal == 3
    assert index.zoek("dossier", max_rubricering=10, eenheden={1}, start=50).totaal == 3
    assert index.zoek("dossier", max_rubricering=50, eenheden=None).totaal == 14


def test_filters_veranderen_de_volgorde_niet(gevuld: Zoekindex, index: Zoekindex) -> None:
    index.schrijf([maak_doc("g", titel="begroting", tekst="begroting begroting", eenheid=2)])
    zonder = index.zoek("begroting", max_rubricering=50, eenheden=None)
    met = index.zoek("begroting", max_rubricering=50, eenheden={2}, soorten={"document"})
    assert zonder.treffers[0].id == met.treffers[0].id == "g"
    assert zonder.treffers[0].score == pytest.approx(met.treffers[0].score)


def test_toegang_via_route_eenheden_of_gebruiker() -> None:
    """A memo is visible through its own unit, a unit on its route, or a user on its route."""
    from datetime import date

    from ministerie.zoeken import Zoekdocument, Zoekindex

    index = Zoekindex(None)
    index.schrijf(
        [
            Zoekdocument(
                "nota:1",
                "nota",
                "Woningen",
                "tekst",
                1,
                0,
                "s",
                date(2026, 1, 1),
                eenheden=(7,),
                gebruikers=(42,),
            ),
        ]
    )
    zoek = index.zoek
    assert zoek("woningen", max_rubricering=0, eenheden={1}).totaal == 1
    assert zoek("woningen", max_rubricering=0, eenheden={7}).totaal == 1
    assert zoek("woningen", max_rubricering=0, eenheden={9}).totaal == 0
    assert zoek("woningen", max_rubricering=0, eenheden={9}, gebruiker=42).totaal == 1
    assert zoek("woningen", max_rubricering=0, eenheden=set(), gebruiker=42).totaal == 1
    assert zoek("woningen", max_rubricering=0, eenheden=set(), gebruiker=43).totaal == 0
    assert zoek("woningen", max_rubricering=0, eenheden=set()).totaal == 0
