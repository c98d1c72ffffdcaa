"""Algemene termijnenwet art. 1, 2 and 4, applied to single terms.

Weekdays checked with ``datetime``: 2027-01-08 is a Friday, 2026-12-24 a Thursday,
2027-01-23 and 2027-12-25 Saturdays.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from ministerie.termijnen.atw import art4_uitzondering, atw_van_toepassing, pas_atw_toe
from ministerie.termijnen.duur import Duur, Eenheid
from ministerie.termijnen.fouten import TermijnFout
from ministerie.termijnen.kalender import eerste_werkdag_vanaf

DAGEN, WEKEN, MAANDEN = Eenheid.DAGEN, Eenheid.WEKEN, Eenheid.MAANDEN


def _atw(begin: date, duur: Duur) -> date:
    return pas_atw_toe(begin, duur.na(begin), duur).einde


def test_art_1_lid_1_zaterdag_wordt_maandag() -> None:
    duur = Duur(2, WEKEN)
    uitkomst = pas_atw_toe(date(2027, 1, 9), duur.na(date(2027, 1, 9)), duur)
    assert duur.na(date(2027, 1, 9)) == date(2027, 1, 23)  # a Saturday
    assert uitkomst.einde == date(2027, 1, 25)
    assert uitkomst.verschoven and uitkomst.van_toepassing
    assert uitkomst.toelichting[0].startswith("2027-01-23 is een zaterdag; verschoven naar 2027-01-25")


def test_art_1_lid_1_werkdag_blijft_staan() -> None:
    uitkomst = pas_atw_toe(date(2026, 11, 16), date(2026, 12, 28), Duur(6, WEKEN))
    assert uitkomst.einde == date(2026, 12, 28)
    assert not uitkomst.verschoven


def test_art_1_lid_1_over_kerst_en_weekend() -> None:
    """25 Dec 2026 (Fri, eerste Kerstdag), 26 (Sat, tweede Kerstdag), 27 (Sun) -> Mon 28."""
    uitkomst = pas_atw_toe(date(2026, 11, 27), date(2026, 12, 25), Duur(4, WEKEN))
    assert uitkomst.einde == date(2026, 12, 28)
    assert "eerste Kerstdag (Atw art. 3 lid 1)" in uitkomst.toelichting[0]
    assert "2026-12-26 (tweede Kerstdag)" in uitkomst.toelichting[0]


def test_art_1_lid_1_kerst_in_het_weekend() -> None:
    """25 Dec 2027 is a Saturday and 26 Dec a Sunday: the term ends on Monday 27 Dec."""
    assert _atw(date(2027, 12, 18), Duur(1, WEKEN)) == date(2027, 12, 27)


def test_art_1_lid_1_nieuwjaarsdag_en_aangewezen_dag() -> None:
    """1 Jan 2026 (Thu) feestdag, 2 Jan designated (art. 3 lid 3), then the weekend."""
    assert _atw(date(2025, 12, 4), Duur(4, WEKEN)) == date(2026, 1, 5)


def test_art_1_lid_2_terug_te_rekenen_termijn_wordt_niet_verlengd() -> None:
    uitkomst = pas_atw_toe(date(2027, 2, 1), date(2027, 1, 23), Duur(9, DAGEN))
    assert uitkomst.einde == date(2027, 1, 23)
    assert not uitkomst.van_toepassing
    assert "Atw art. 1 lid 2" in uitkomst.toelichting[0]


def test_art_2_termijn_van_drie_dagen_vanaf_vrijdag() -> None:
    """Atw art. 2: a 3-day term from Friday 8 Jan 2027 runs Sat 9, Sun 10, Mon 11.

    Art. 1 does not move Monday, but the term holds only one working day, so art. 2
    extends it to Tuesday 12 January: two days that are no Saturday, Sunday or feestdag.
    """
    uitkomst = pas_atw_toe(date(2027, 1, 8), date(2027, 1, 11), Duur(3, DAGEN))
    assert uitkomst.einde == date(2027, 1, 12)
    assert uitkomst.toelichting[-1].endswith("(Atw art. 2).")


def test_art_2_termijn_van_drie_dagen_over_kerst() -> None:
    """Atw art. 2 over Christmas: a 3-day term from Thursday 24 Dec 2026.

    It runs 25 (eerste Kerstdag), 26 (tweede Kerstdag, Saturday), 27 (Sunday). Art. 1 moves
    the end to Monday 28 Dec; that gives one working day, so art. 2 extends to Tuesday 29.
    """
    uitkomst = pas_atw_toe(date(2026, 12, 24), date(2026, 12, 27), Duur(3, DAGEN))
    assert uitkomst.einde == date(2026, 12, 29)
    assert "verschoven naar 2026-12-28 (Atw art. 1 lid 1)" in uitkomst.toelichting[0]
    assert "verlengd tot en met 2026-12-29" in uitkomst.toelichting[1]


def test_art_2_geldt_niet_voor_termijn_korter_dan_drie_dagen() -> None:
    """A 2-day term from Friday ends Sunday; art. 1 gives Monday and art. 2 does not apply."""
    assert _atw(date(2027, 1, 8), Duur(2, DAGEN)) == date(2027, 1, 11)


def test_art_2_doet_er_bij_termijnen_in_weken_niet_toe() -> None:
    """A term of a week or more always holds two working days once art. 1 has been applied:
    no run of free days in the Dutch calendar is that long. So for the Woo, Awb and
    Kamervragen terms only art. 1 ever moves the date. Checked here for every start day."""
    dag = date(2026, 1, 1)
    while dag < date(2029, 1, 1):
        for duur in (Duur(1, WEKEN), Duur(4, WEKEN), Duur(12, WEKEN)):
            einde = duur.na(dag)
            assert pas_atw_toe(dag, einde, duur).einde == eerste_werkdag_vanaf(einde)
        dag += timedelta(days=1)


@pytest.mark.parametrize(
    ("duur", "van_toepassing"),
    [
        (Duur(3, DAGEN), True),
        (Duur(90, DAGEN), True),
        (Duur(91, DAGEN), False),
        (Duur(6, WEKEN), True),
        (Duur(10, WEKEN), True),
        (Duur(12, WEKEN), True),
        (Duur(13, WEKEN), False),
        (Duur(14, WEKEN), False),
        (Duur(3, MAANDEN), True),
        (Duur(4, MAANDEN), False),
        (Duur(1, Eenheid.JAREN), False),
        (Duur(24, Eenheid.UREN), False),
    ],
    ids=str,
)
def test_art_4_uitzonderingen(duur: Duur, van_toepassing: bool) -> None:
    """Atw art. 4: not for terms in hours or years, nor longer than 90 days, 12 weeks or
    3 months."""
    assert atw_van_toepassing(duur) is van_toepassing
    assert (art4_uitzondering(duur) is None) is van_toepassing


def test_art_4_termijn_van_veertien_weken_wordt_niet_verlengd() -> None:
    begin = date(2026, 10, 17)  # + 14 weeks = Saturday 23 January 2027
    uitkomst = pas_atw_toe(begin, Duur(14, WEKEN).na(begin), Duur(14, WEKEN))
    assert uitkomst.einde == date(2027, 1, 23)
    assert not uitkomst.van_toepassing and not uitkomst.verschoven
    assert "langer dan 12 weken (Atw art. 4)" in uitkomst.toelichting[0]


def test_termijn_in_uren_heeft_geen_einddatum() -> None:
    with pytest.raises(TermijnFout, match="uren"):
        Duur(48, Eenheid.UREN).na(date(2027, 1, 1))


def test_weken_eindigen_op_dezelfde_weekdag() -> None:
    """ "Binnen N weken na X": from the day after X up to and including X + N weeks."""
    assert Duur(4, WEKEN).na(date(2027, 3, 1)) == date(2027, 3, 29)
    assert Duur(4, WEKEN).na(date(2027, 3, 1)).weekday() == date(2027, 3, 1).weekday()
