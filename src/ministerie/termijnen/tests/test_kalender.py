"""The legal calendar of Atw art. 3: which days are feestdagen, per year.

Easter dates checked against dateutil and a printed calendar: 2024-03-31, 2025-04-20,
2026-04-05, 2027-03-28, 2028-04-16.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ministerie.termijnen.aangewezen_dagen import aangewezen_dagen, laad_aangewezen_dagen
from ministerie.termijnen.fouten import AangewezenDagenFout, KalenderFout
from ministerie.termijnen.kalender import (
    beschrijf_vrije_dag,
    eerste_werkdag_vanaf,
    feestdag,
    feestdagen,
    is_feestdag,
    is_vrije_dag,
    naam_vrije_dag,
    volgende_werkdag,
    werkdagen_na,
)


@pytest.mark.parametrize(
    ("goede_vrijdag", "tweede_paasdag", "hemelvaartsdag", "tweede_pinksterdag"),
    [
        (date(2024, 3, 29), date(2024, 4, 1), date(2024, 5, 9), date(2024, 5, 20)),
        (date(2025, 4, 18), date(2025, 4, 21), date(2025, 5, 29), date(2025, 6, 9)),
        (date(2026, 4, 3), date(2026, 4, 6), date(2026, 5, 14), date(2026, 5, 25)),
        (date(2027, 3, 26), date(2027, 3, 29), date(2027, 5, 6), date(2027, 5, 17)),
        (date(2028, 4, 14), date(2028, 4, 17), date(2028, 5, 25), date(2028, 6, 5)),
    ],
)
def test_paasafhankelijke_feestdagen_atw_art_3(
    goede_vrijdag: date, tweede_paasdag: date, hemelvaartsdag: date, tweede_pinksterdag: date
) -> None:
    """Atw art. 3 lid 1 (tweede Paas- en Pinksterdag, Hemelvaartsdag) and lid 2 (Goede Vrijdag)."""
    dagen = feestdagen(goede_vrijdag.year)
    assert dagen[goede_vrijdag] == "Goede Vrijdag"
    assert dagen[tweede_paasdag] == "tweede Paasdag"
    assert dagen[hemelvaartsdag] == "Hemelvaartsdag"
    assert dagen[tweede_pinksterdag] == "tweede Pinksterdag"
    assert goede_vrijdag.weekday() == 4
    assert tweede_paasdag.weekday() == tweede_pinksterdag.weekday() == 0
    assert hemelvaartsdag.weekday() == 3


def test_goede_vrijdag_is_gelijkgesteld_met_feestdag_atw_art_3_lid_2() -> None:
    dag = feestdag(date(2027, 3, 26))
    assert dag is not None
    assert dag.naam == "Goede Vrijdag"
    assert dag.grondslag == "Atw art. 3 lid 2"


@pytest.mark.parametrize(
    ("jaar", "verwacht"),
    [
        (2014, date(2014, 4, 26)),  # 27 April 2014 was a Sunday: the first Koningsdag
        (2025, date(2025, 4, 26)),  # 27 April 2025 is a Sunday
        (2026, date(2026, 4, 27)),
        (2027, date(2027, 4, 27)),
        (2031, date(2031, 4, 26)),  # 27 April 2031 is a Sunday
    ],
)
def test_koningsdag_27_april_of_26_april_als_27_een_zondag_is(jaar: int, verwacht: date) -> None:
    """Atw art. 3 lid 1: "de dag waarop de verjaardag van de Koning wordt gevierd"."""
    koningsdagen = [d for d, naam in feestdagen(jaar).items() if naam == "Koningsdag"]
    assert koningsdagen == [verwacht]
    if verwacht.day == 26:
        assert date(jaar, 4, 27).weekday() == 6


def test_koningsdag_op_zaterdag_wordt_beschreven_als_beide() -> None:
    assert naam_vrije_dag(date(2025, 4, 26)) == "Koningsdag"
    assert beschrijf_vrije_dag(date(2025, 4, 26)) == "een zaterdag en Koningsdag (Atw art. 3 lid 1)"
    assert not is_feestdag(date(2025, 4, 27))
    assert naam_vrije_dag(date(2025, 4, 27)) == "zondag"


@pytest.mark.parametrize(
    ("jaar", "verwacht"),
    [(2013, date(2013, 4, 30)), (2006, date(2006, 4, 29))],  # 30 April 2006: a Sunday
)
def test_koninginnedag_voor_2014(jaar: int, verwacht: date) -> None:
    assert feestdagen(jaar)[verwacht] == "Koninginnedag"


def test_vijf_mei_is_elk_jaar_een_feestdag() -> None:
    """Atw art. 3 lid 1 names "de vijfde mei" without a condition: every year, not every 5."""
    for jaar in range(1990, 2101):
        assert is_feestdag(date(jaar, 5, 5)), jaar


def test_vaste_feestdagen() -> None:
    dagen = feestdagen(2027)
    assert dagen[date(2027, 1, 1)] == "Nieuwjaarsdag"
    assert dagen[date(2027, 12, 25)] == "eerste Kerstdag"
    assert dagen[date(2027, 12, 26)] == "tweede Kerstdag"


def test_hemelvaartsdag_op_vijf_mei_is_een_dag_met_twee_namen() -> None:
    # Easter 2016 = 27 March, so Hemelvaartsdag = 5 May 2016.
    assert feestdagen(2016)[date(2016, 5, 5)] == "Bevrijdingsdag en Hemelvaartsdag"


def test_aantal_feestdagen_per_jaar() -> None:
    # 9 days of art. 3 lid 1 and 2, plus the days designated for that year under lid 3.
    assert len(feestdagen(2029)) == 9
    assert len(feestdagen(2027)) == 10  # + vrijdag na Hemelvaartsdag (7 May 2027)
    assert len(feestdagen(2026)) == 11  # + 2 January and 15 May 2026
    assert len(feestdagen(2016)) == 8  # Hemelvaartsdag on 5 May


def test_aangewezen_dagen_uit_yaml_zijn_feestdagen_atw_art_3_lid_3() -> None:
    dag = feestdag(date(2026, 1, 2))
    assert dag is not None
    assert dag.naam == "vrijdag na Nieuwjaarsdag"
    assert dag.grondslag == "Atw art. 3 lid 3"
    assert dag.bron is not None and dag.bron.startswith("Besluit gelijkstelling van 2 januari 2026")
    assert feestdagen(2027)[date(2027, 5, 7)] == "vrijdag na Hemelvaartsdag"
    assert is_vrije_dag(date(2026, 5, 15))


def test_meegeleverde_aangewezen_dagen_zijn_werkdagen_zonder_eigen_feestdag() -> None:
    """Designating a Saturday or a day that is already a feestdag would be a data error."""
    for datum, dag in aangewezen_dagen().dagen.items():
        assert datum.weekday() < 5, datum
        # A combined name would mean the date is also a feestdag of art. 3 lid 1 or 2.
        assert feestdagen(datum.year)[datum] == dag.omschrijving


def test_naam_vrije_dag_en_werkdagen() -> None:
    assert naam_vrije_dag(date(2027, 3, 27)) == "zaterdag"
    assert naam_vrije_dag(date(2027, 3, 28)) == "zondag"
    assert naam_vrije_dag(date(2027, 3, 29)) == "tweede Paasdag"
    assert naam_vrije_dag(date(2027, 3, 30)) is None
    assert volgende_werkdag(date(2027, 3, 25)) == date(2027, 3, 30)  # GV, Sat, Sun, P2
    assert volgende_werkdag(date(2027, 3, 30)) == date(2027, 3, 31)
    assert eerste_werkdag_vanaf(date(2027, 3, 30)) == date(2027, 3, 30)
    assert eerste_werkdag_vanaf(date(2026, 12, 25)) == date(2026, 12, 28)
    # 2026-12-24 (Thu) to 2026-12-31: 28, 29, 30, 31 December are working days.
    assert werkdagen_na(date(2026, 12, 24), date(2026, 12, 31)) == 4


@pytest.mark.parametrize("jaar", [1989, 3000])
def test_jaar_buiten_de_kalender_geeft_een_duidelijke_fout(jaar: int) -> None:
    with pytest.raises(KalenderFout, match=f"Het jaar {jaar} valt buiten de kalender"):
        feestdagen(jaar)


# -- the data file of art. 3 lid 3 -------------------------------------------------------------

GELDIG = """\
verwerkt_van: 2030
verwerkt_tot_en_met: 2031
dagen:
  - datum: 2030-05-31
    omschrijving: vrijdag na Hemelvaartsdag
    bron: Besluit X, Stcrt. 2029, 1
"""


def _schrijf(tmp_path: Path, tekst: str) -> Path:
    pad = tmp_path / "aangewezen_dagen.yaml"
    pad.write_text(tekst, encoding="utf-8")
    return pad


def test_geldig_bestand_wordt_gelezen(tmp_path: Path) -> None:
    gelezen = laad_aangewezen_dagen(_schrijf(tmp_path, GELDIG))
    assert list(gelezen.dagen) == [date(2030, 5, 31)]
    assert gelezen.verwerkt(2031) and not gelezen.verwerkt(2032)


def test_lege_lijst_is_toegestaan(tmp_path: Path) -> None:
    tekst = "verwerkt_van: 2030\nverwerkt_tot_en_met: 2030\ndagen: []\n"
    assert laad_aangewezen_dagen(_schrijf(tmp_path, tekst)).dagen == {}


def test_meegeleverd_bestand_is_geldig() -> None:
    gelezen = laad_aangewezen_dagen()
    assert gelezen.verwerkt_van <= 2026 <= gelezen.verwerkt_tot_en_met
    assert date(2026, 1, 2) in gelezen.dagen


@pytest.mark.parametrize(
    ("tekst", "melding"),
    [
        (GELDIG.replace("2030-05-31", "2030-02-30"), "2030-02-30 is geen bestaande datum"),
        (GELDIG.replace("2030-05-31", "31-05-2030"), "niet in de vorm JJJJ-MM-DD"),
        (GELDIG.replace("2030-05-31", "morgen"), "niet in de vorm JJJJ-MM-DD"),
        (GELDIG.replace("2030-05-31", "2032-05-31"), "buiten de verwerkte jaren"),
        (GELDIG.replace("    bron: Besluit X, Stcrt. 2029, 1\n", ""), "precies de velden"),
        (
            GELDIG.replace("omschrijving: vrijdag na Hemelvaartsdag", 'omschrijving: ""'),
            "niet-lege",
        ),
        (GELDIG + GELDIG[GELDIG.index("  - datum") :], "staat er al eerder in"),
        (GELDIG.replace("verwerkt_van: 2030", "verwerkt_van: twintig"), "moet een jaartal zijn"),
        (GELDIG.replace("verwerkt_van: 2030", "verwerkt_van: 2035"), "ligt na"),
        (GELDIG + "extra: 1\n", "onbekende sleutel"),
        ("- datum: 2030-05-31\n", "verwacht een overzicht"),
        ("", "verwacht een overzicht"),
        ("verwerkt_van: 2030\nverwerkt_tot_en_met: 2030\ndagen: geen\n", "moet een lijst zijn"),
        ("dagen: [unclosed\n", "geen geldige YAML"),
    ],
)
def test_ongeldig_bestand_wordt_geweigerd(tmp_path: Path, tekst: str, melding: str) -> None:
    with pytest.raises(AangewezenDagenFout, match=melding):
        laad_aangewezen_dagen(_schrijf(tmp_path, tekst))
