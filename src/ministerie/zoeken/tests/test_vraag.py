"""Hostile or odd input never raises, never addresses other fields, never passes a filter."""

from __future__ import annotations

import pytest

from ministerie.zoeken import Zoekindex
from ministerie.zoeken.vraag import MAX_ONDERDELEN, ontleed

from .hulp import maak_doc

KWAADAARDIG = [
    "rubricering:50",
    "rubricering:[0 TO 50]",
    "eenheid:7",
    "id:geheim:1",
    "soort:nota",
    "titel:geheim",
    "tekst:geheim OR titel:geheim",
    "*",
    "*:*",
    "geheim*",
    '"',
    '"geheim',
    'geheim"',
    '"""geheim""',
    "(",
    ")",
    "(geheim",
    "geheim)",
    "((((((((((geheim))))))))))",
    "AND OR",
    "geheim OR NOT x",
    "geheim || gewoon",
    "-gewoon",
    "+geheim",
    "geheim^100",
    "geheim~2",
    "/.*/",
    "[* TO *]",
    "{a TO z}",
    "IN [1 2 3]",
    "\\",
    "\\\\geheim",
    "\x00geheim",
    "geheim\u200b",
    "𝔤𝔢𝔥𝔢𝔦𝔪 🔒",
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "geheim " * 10_000,
    "x" * 100_000,
    '"' + "geheim " * 500 + '"',
    ":" * 1000,
]


@pytest.fixture
def gevuld(index: Zoekindex) -> Zoekindex:
    index.schrijf(
        [
            maak_doc(
                "geheim:1",
                titel="Geheim rapport",
                tekst="geheim geheim",
                soort="nota",
                rubricering=50,
                eenheid=7,
            ),
            maak_doc("geheim:2", titel="Geheim", tekst="geheim", rubricering=0, eenheid=7),
            maak_doc(
                "gewoon:1",
                titel="Gewoon rapport",
                tekst="niets bijzonders",
                rubricering=0,
                eenheid=1,
            ),
        ]
    )
    return index


@pytest.mark.parametrize("vraag", KWAADAARDIG)
def test_kwaadaardige_vragen(gevuld: Zoekindex, vraag: str) -> None:
    uitkomst = gevuld.zoek(vraag, max_rubricering=10, eenheden={1})
    assert all(t.id == "gewoon:1" for t in uitkomst.treffers)
    assert uitkomst.totaal == len(uitkomst.treffers) <= 1
    # Without unit restriction, only the low-classified secret document may show up.
    ruim = gevuld.zoek(vraag, max_rubricering=10, eenheden=None)
    assert "geheim:1" not in {t.id for t in ruim.treffers}
    assert ruim.totaal == len(ruim.treffers) <= 2


def test_veldnamen_zijn_gewone_woorden(gevuld: Zoekindex) -> None:
    # "titel:geheim" is the phrase "titel geheim", not a field query.
    assert gevuld.zoek("titel:geheim", max_rubricering=50, eenheden=None).totaal == 0
    assert gevuld.zoek("rubricering:50", max_rubricering=50, eenheden=None).totaal == 0
    assert gevuld.zoek("*", max_rubricering=50, eenheden=None).totaal == 0
    # With permissions, the secret word still finds only what may be seen.
    assert gevuld.zoek("geheim", max_rubricering=50, eenheden=None).totaal == 2
    assert gevuld.zoek("geheim", max_rubricering=49, eenheden=None).totaal == 1


def test_ontleden() -> None:
    onderdelen = ontleed('Woningen "sociale huur" AND (beëdiging) "open nota\'s')
    assert [o.termen for o in onderdelen] == [
        ((0, "woning"),),
        ((0, "sociaal"), (1, "huur")),
        ((0, "beediging"),),
        ((0, "oop"),),  # harmless: "open" and "oop" would be one key
        ((0, "nota"),),
    ]
    assert len(ontleed("woord " * 1000)) == 1  # duplicates collapse
    assert len(ontleed(" ".join(f"w{i}" for i in range(100)))) == MAX_ONDERDELEN
    assert ontleed("") == ontleed('* : ( ) "') == []
