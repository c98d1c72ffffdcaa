"""Dutch analysis: stemming and accent folding, through the index and the analyzer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from ministerie.zoeken import Zoekindex, nederlandse_analyzer

from .hulp import maak_doc


@pytest.fixture
def gevuld(index: Zoekindex) -> Zoekindex:
    index.schrijf(
        [
            maak_doc("d:1", titel="Nieuwe woningen", tekst="Er komen tweehonderd woningen bij."),
            maak_doc("d:2", titel="Woningbouw", tekst="Het tempo van de woningbouw daalt."),
            maak_doc("d:3", titel="Beëdiging", tekst="De beëdiging van de burgemeester."),
            maak_doc("d:4", titel="Afscheid", tekst="Afscheid van René Jansen."),
            maak_doc("d:5", titel="Sollicitatie", tekst="Brief van Rene de Vries."),
        ]
    )
    return index


@pytest.mark.parametrize(
    ("vraag", "verwacht"),
    [
        ("woning", {"d:1"}),  # stemming: woning -> woningen
        ("woningen", {"d:1"}),
        ("WONINGEN", {"d:1"}),  # lowercase
        ("woningbouw", {"d:2"}),
        ("beediging", {"d:3"}),  # folding: beediging -> beëdiging
        ("beëdiging", {"d:3"}),
        ("Rene", {"d:4", "d:5"}),  # Rene <-> René
        ("René", {"d:4", "d:5"}),
    ],
)
def test_stemming_en_folding(
    gevuld: Zoekindex, zoek: Callable[..., list[str]], vraag: str, verwacht: set[str]
) -> None:
    assert set(zoek(vraag)) == verwacht


def test_samenstellingen_worden_niet_gesplitst(gevuld: Zoekindex, zoek: Callable[..., list[str]]) -> None:
    # "woning" does not find "woningbouw": compounds are one token, the stemmer leaves it.
    assert "d:2" not in zoek("woning")


def test_analyzer() -> None:
    a = nederlandse_analyzer()
    assert a.analyze("woning") == a.analyze("woningen") == ["woon"]
    assert a.analyze("Beëdiging") == a.analyze("beediging")
    assert a.analyze("René") == a.analyze("rene") == ["rene"]
    assert a.analyze("woningbouw") == ["woningbouw"]
    assert a.analyze("x" * 41) == []  # over-long tokens are dropped
