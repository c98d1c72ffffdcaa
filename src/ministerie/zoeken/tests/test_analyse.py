"""Dutch analysis: singular/plural, apostrophes, compounds and accent folding, through the
analysis functions and through the index."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from ministerie.zoeken import Zoekindex
from ministerie.zoeken.taal import delen, sleutel, sleutels, woorden

from .hulp import maak_doc

Zoek = Callable[..., list[str]]

_PAREN = Path(__file__).with_name("meervouden.txt")


def _paren() -> list[tuple[str, str]]:
    paren = []
    for regel in _PAREN.read_text(encoding="utf-8").splitlines():
        if regel.strip() and not regel.startswith("#"):
            enkelvoud, meervoud = regel.split()
            paren.append((enkelvoud, meervoud))
    return paren


def test_lijst_heeft_minstens_300_paren() -> None:
    paren = _paren()
    assert len(paren) >= 300
    assert len(set(paren)) == len(paren)


def test_enkelvoud_en_meervoud_krijgen_dezelfde_sleutel() -> None:
    # One assertion over the whole list, so that a failure names every pair that broke.
    mis = [(e, m, sleutels(e), sleutels(m)) for e, m in _paren() if sleutels(e) != sleutels(m)]
    assert mis == []


@pytest.mark.parametrize(
    ("een", "ander"),
    [
        ("wet", "weten"),  # law vs. to know
        ("kans", "kan"),
        ("mens", "men"),
        ("nieuws", "nieuw"),
        ("bom", "boom"),
        ("verzekering", "zekering"),
        ("regeling", "regel"),
    ],
)
def test_verschillende_woorden_blijven_verschillend(een: str, ander: str) -> None:
    assert sleutel(een) != sleutel(ander)


def test_apostrof_meervoud_en_woorden() -> None:
    assert [w for _, _, w in woorden("De nota's, auto’s en cd's; zo'n BZK-2024/12.")] == [
        "de",
        "nota's",
        "auto’s",
        "en",
        "cd's",
        "zo'n",
        "bzk",
        "2024",
        "12",
    ]
    assert sleutels("nota's auto’s cd's") == ["nota", "auto", "cd"]
    assert sleutels("Beëdiging") == sleutels("beediging") == ["beediging"]


def test_samenstellingen_worden_gesplitst() -> None:
    assert delen("huurtoeslag") == ("huur", "toeslag")
    assert delen("huurtoeslagen") == ("huur", "toeslag")
    assert delen("woningbouw") == ("woning", "bouw")
    assert delen("staatssecretaris") == ("staat", "secretaris")  # linking s
    assert "toeslag" in delen("kinderopvangtoeslag")
    # Derivations and common words are not compounds.
    for woord in ("verzekering", "gemeentelijk", "aanvraag", "secretaris", "belasting", "verslag"):
        assert delen(woord) == (), woord


def test_lange_woorden_vallen_weg() -> None:
    assert sleutels("x" * 41) == []
    assert sleutels("x" * 40) == ["x" * 40]


@pytest.fixture
def gevuld(index: Zoekindex) -> Zoekindex:
    index.schrijf(
        [
            maak_doc("d:1", titel="Nieuwe woningen", tekst="Er komen tweehonderd woningen bij."),
            maak_doc("d:2", titel="Bouwtempo", tekst="Het tempo van de woningbouw daalt."),
            maak_doc("d:3", titel="Beëdiging", tekst="De beëdiging van de burgemeester."),
            maak_doc("d:4", titel="Afscheid", tekst="Afscheid van René Jansen."),
            maak_doc("d:5", titel="Sollicitatie", tekst="Brief van Rene de Vries."),
            maak_doc("d:6", titel="Memo", tekst="De huurtoeslag wordt per 1 januari verhoogd."),
            maak_doc("d:7", titel="Post", tekst="Twee nota's over de begroting."),
            maak_doc("d:8", titel="Woning", tekst="Een woning aan de gracht."),
            maak_doc("d:9", titel="Raad", tekst="De leden van de raad en de steden."),
            maak_doc("d:10", titel="Voorstel", tekst="Een nota aan de minister."),
        ]
    )
    return index


@pytest.mark.parametrize(
    ("vraag", "verwacht"),
    [
        ("woningen", {"d:1", "d:2", "d:8"}),
        ("WONINGBOUW", {"d:2"}),
        ("huurtoeslagen", {"d:6"}),  # plural finds the singular
        ("huurtoeslag", {"d:6"}),
        ("toeslag", {"d:6"}),  # a part finds the compound
        ("toeslagen", {"d:6"}),
        ("nota", {"d:7", "d:10"}),  # "nota's" is the plural of "nota"
        ("nota's", {"d:7", "d:10"}),
        ("lid", {"d:9"}),
        ("stad", {"d:9"}),
        ("beediging", {"d:3"}),  # folding: beediging -> beëdiging
        ("beëdiging", {"d:3"}),
        ("Rene", {"d:4", "d:5"}),  # Rene <-> René
        ("René", {"d:4", "d:5"}),
    ],
)
def test_zoeken_in_het_nederlands(gevuld: Zoekindex, zoek: Zoek, vraag: str, verwacht: set[str]) -> None:
    assert set(zoek(vraag)) == verwacht


def test_heel_woord_staat_boven_samenstelling(gevuld: Zoekindex, zoek: Zoek) -> None:
    gevonden = zoek("woning")
    assert set(gevonden) == {"d:1", "d:2", "d:8"}
    assert gevonden[-1] == "d:2"  # only "woningbouw": ranked below the exact "woning(en)"


def test_samenstelling_wordt_gemarkeerd(gevuld: Zoekindex) -> None:
    [treffer] = gevuld.zoek("toeslagen", max_rubricering=50, eenheden=None).treffers
    assert "<mark>huurtoeslag</mark>" in treffer.fragment_html
    treffers = gevuld.zoek("nota", max_rubricering=50, eenheden=None).treffers
    assert any("<mark>nota&#x27;s</mark>" in t.fragment_html for t in treffers)


def test_frase_met_meervoud(gevuld: Zoekindex, zoek: Zoek) -> None:
    assert zoek('"nieuwe woning"') == ["d:1"]
    assert zoek('"woningen nieuwe"') == []


def test_samenstelling_in_de_vraag_vindt_de_delen(index: Zoekindex, zoek: Zoek) -> None:
    index.schrijf(
        [
            maak_doc("d:1", titel="Kiesraad", tekst="De uitslag van de verkiezingen is vastgesteld."),
            maak_doc("d:2", titel="Kiesraad", tekst="De verkiezingsuitslag is vastgesteld."),
            maak_doc("d:3", titel="Toetsing", tekst="De uitslag van de toetsing volgt."),
        ]
    )
    gevonden = zoek("verkiezingsuitslag")
    assert gevonden == ["d:2", "d:1"]  # the whole word first, then both parts apart
    assert zoek("verkiezingsuitslagen") == ["d:2", "d:1"]
