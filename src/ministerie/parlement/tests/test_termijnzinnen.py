"""Worked examples: the phrase as said, the day it was said, the date that follows."""

from __future__ import annotations

from datetime import date

import pytest

from ministerie.parlement.termijnzinnen import OnbekendeTermijn, leid_af, prinsjesdag, recesbegin

VOORBEELDEN = [
    # zomerreces 2026 begins Friday 3 July (table): the day before
    ("voor de zomer", date(2026, 3, 10), date(2026, 7, 2)),
    ("Vóór het zomerreces.", date(2026, 3, 10), date(2026, 7, 2)),
    # said after the summer: next summer; 2027 is not in the table: fallback first Friday of July
    ("voor de zomer", date(2026, 10, 6), date(2027, 7, 1)),
    ("voor de zomer 2027", date(2026, 3, 10), date(2027, 7, 1)),
    ("na de zomer", date(2026, 3, 10), date(2026, 9, 30)),
    ("voor het einde van het jaar", date(2026, 3, 10), date(2026, 12, 31)),
    ("voor het eind van het jaar", date(2026, 3, 10), date(2026, 12, 31)),
    ("eind 2027", date(2026, 3, 10), date(2027, 12, 31)),
    # Prinsjesdag 2026 is Tuesday 15 September (third Tuesday)
    ("voor Prinsjesdag", date(2026, 3, 10), date(2026, 9, 14)),
    ("voor Prinsjesdag", date(2026, 10, 1), date(2027, 9, 20)),
    # kerstreces 2026 begins Friday 18 December (table)
    ("voor de kerst", date(2026, 3, 10), date(2026, 12, 17)),
    ("voor het kerstreces", date(2027, 1, 20), date(2027, 12, 16)),  # fallback: Friday 17 Dec
    ("in het voorjaar", date(2026, 10, 6), date(2027, 6, 20)),
    ("in het najaar", date(2026, 3, 10), date(2026, 12, 20)),
    ("binnen zes weken", date(2026, 11, 12), date(2026, 12, 24)),
    ("binnen 3 weken", date(2026, 11, 12), date(2026, 12, 3)),
    ("binnen twee maanden", date(2026, 12, 31), date(2027, 2, 28)),
    ("Q3 2027", date(2026, 3, 10), date(2027, 9, 30)),
    ("q1", date(2026, 5, 1), date(2027, 3, 31)),
    ("derde kwartaal 2027", date(2026, 3, 10), date(2027, 9, 30)),
    ("medio 2027", date(2026, 3, 10), date(2027, 6, 30)),
    ("voor 1 maart 2027", date(2026, 3, 10), date(2027, 2, 28)),
    ("uiterlijk 15 april", date(2026, 5, 1), date(2027, 4, 15)),
    ("uiterlijk 2027-03-01", date(2026, 3, 10), date(2027, 3, 1)),
]


@pytest.mark.parametrize(("zin", "gedaan", "verwacht"), VOORBEELDEN)
def test_afgeleide_datum(zin: str, gedaan: date, verwacht: date) -> None:
    afleiding = leid_af(zin, gedaan)
    assert afleiding.datum == verwacht, afleiding.uitleg
    assert afleiding.uitleg


def test_uitleg_noemt_terugvalregel_als_reces_niet_is_vastgesteld() -> None:
    assert "nog niet vastgesteld" in leid_af("voor de zomer", date(2030, 1, 5)).uitleg
    assert "recesregeling" in leid_af("voor de zomer", date(2026, 1, 5)).uitleg


def test_terugvalregels_geven_de_vastgestelde_data() -> None:
    from ministerie.parlement.termijnzinnen import RECESSEN, _eerste_vrijdag_juli, _kerstvrijdag

    for (_, jaar, soort), (begin, _) in RECESSEN.items():
        assert (_eerste_vrijdag_juli(jaar) if soort == "zomer" else _kerstvrijdag(jaar)) == begin
    assert recesbegin("zomer", 2031)[0].weekday() == 4


def test_prinsjesdag_derde_dinsdag() -> None:
    assert prinsjesdag(2026) == date(2026, 9, 15)
    assert prinsjesdag(2027) == date(2027, 9, 21)


@pytest.mark.parametrize("zin", ["", "ooit", "binnen veel weken", "voor de verkiezingen"])
def test_onbekende_zin(zin: str) -> None:
    with pytest.raises(OnbekendeTermijn):
        leid_af(zin, date(2026, 3, 10))
