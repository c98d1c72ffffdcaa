"""The accres of the Gemeentefonds and Provinciefonds, with examples computed by hand."""

from __future__ import annotations

import copy
from decimal import Decimal as D

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from ministerie.begroting import accres
from ministerie.begroting.accres import AccresFout, bereken_accres, lees_bedrag, lees_reeks


def _data() -> dict:
    return yaml.safe_load(accres.NORMERING.read_text(encoding="utf-8"))


def _met_regels(*regels: dict) -> accres.Normering:
    data = _data()
    data["regels"] = list(regels)
    return accres.valideer(data)


TRAP = {"soort": "trap_op_trap_af", "grondslag": "NGRU", "omschrijving": "t", "bron": "test"}


# --- worked examples ------------------------------------------------------------------------


def test_samen_de_trap_op_en_de_trap_af() -> None:
    # by hand: 2023: 1000 x 10/200 = 50 (5 %); 2024: 1050 x -10,5/210 = -52,5 (-5 %)
    uitkomst = bereken_accres("gemeentefonds", {2022: D(200), 2023: D(210), 2024: D("199.5")}, D(1000))
    assert [(a.jaar, a.percentage, a.accres, a.fonds) for a in uitkomst] == [
        (2023, D("5.00"), D("50.000"), D("1050.000")),
        (2024, D("-5.00"), D("-52.500"), D("997.500")),
    ]
    assert all(a.regel.soort == "trap_op_trap_af" for a in uitkomst)
    assert uitkomst[0].grondslag_vorig_jaar == D(200) and uitkomst[0].grondslag == D(210)


def test_het_jaar_waarin_de_regel_verandert() -> None:
    # normering.yaml: trap op / trap af up to 2026, index from 2027. By hand:
    # 2026: 100 x 10/400 = 2,5 (rijksuitgaven); 2027: 102,5 x 1/50 = 2,05 (index);
    # 2028: 104,55 x 0,51/51 = 1,0455 -> 1,046 (half naar boven)
    uitkomst = bereken_accres(
        "provinciefonds",
        {2025: D(400), 2026: D(410), 2027: D(999)},  # 2027 of this series must NOT be used
        D(100),
        indexreeks={2026: D(50), 2027: D(51), 2028: D("51.51")},
    )
    assert [(a.jaar, a.regel.soort, a.percentage, a.accres, a.fonds) for a in uitkomst] == [
        (2026, "trap_op_trap_af", D("2.50"), D("2.500"), D("102.500")),
        (2027, "index", D("2.00"), D("2.050"), D("104.550")),
        (2028, "index", D("1.00"), D("1.046"), D("105.596")),
    ]
    assert uitkomst[1].toelichting == "102,500 × (51 − 50) / 50 = 2,050"


def test_index_jaar_zonder_indexreeks_geeft_een_duidelijke_fout() -> None:
    with pytest.raises(AccresFout, match="Voor het accres 2027 \\(index\\) ontbreekt 2026 in de indexreeks"):
        bereken_accres("gemeentefonds", {2025: D(400), 2026: D(410), 2027: D(420)}, D(100))


def test_vast_percentage_en_afronding_half_naar_boven() -> None:
    # 208,9 x 0,5 % = 1,0445 -> 1,045 (ROUND_HALF_UP; bankers' rounding would give 1,044)
    regels = _met_regels(
        dict(TRAP, tot=2029), {"soort": "vast_percentage", "percentage": "0.5", "vanaf": 2030,
                               "grondslag": "vast", "omschrijving": "t", "bron": "test"}
    )  # fmt: skip
    uitkomst = bereken_accres("gemeentefonds", {2029: D(1), 2030: D(1)}, D("208.9"), regels)
    assert [(a.jaar, a.accres, a.fonds, a.percentage) for a in uitkomst] == [
        (2030, D("1.045"), D("209.945"), D("0.50"))
    ]
    assert uitkomst[0].grondslag is None


def test_nullijn_met_tot_jaar_zonder_reeks() -> None:
    regels = _met_regels({"soort": "vast_percentage", "percentage": "0", "grondslag": "nullijn",
                          "omschrijving": "t", "bron": "test"})  # fmt: skip
    uitkomst = bereken_accres("gemeentefonds", {}, D(50), regels, basisjaar=2030, tot_jaar=2032)
    assert [(a.jaar, a.accres, a.fonds) for a in uitkomst] == [
        (2031, D("0.000"), D("50.000")),
        (2032, D("0.000"), D("50.000")),
    ]


def test_fouten_bij_het_berekenen() -> None:
    with pytest.raises(AccresFout, match="Onbekend fonds 'waterschapsfonds'"):
        bereken_accres("waterschapsfonds", {2022: D(1), 2023: D(2)}, D(1))
    with pytest.raises(AccresFout, match="geen jaar na het basisjaar 2022"):
        bereken_accres("gemeentefonds", {2022: D(1)}, D(1))
    with pytest.raises(AccresFout, match="ontbreekt 2023 in de netto gecorrigeerde rijksuitgaven"):
        bereken_accres("gemeentefonds", {2022: D(1), 2024: D(2)}, D(1))
    regels = _met_regels(dict(TRAP, tot=2025))
    with pytest.raises(AccresFout, match="Voor 2026 is geen normeringsregel voor het Gemeentefonds"):
        bereken_accres("gemeentefonds", {2025: D(1), 2026: D(2)}, D(1), regels)


@given(
    st.lists(st.integers(min_value=1, max_value=10**9), min_size=2, max_size=8),
    st.integers(min_value=1, max_value=10**8),
)
def test_eigenschappen_van_trap_op_trap_af(waarden: list[int], basis: int) -> None:
    reeks = {2010 + i: D(w) for i, w in enumerate(waarden)}
    uitkomst = bereken_accres("gemeentefonds", reeks, D(basis))
    fonds = D(basis)
    for a in uitkomst:
        verandering = reeks[a.jaar] - reeks[a.jaar - 1]
        # the fund moves in the same direction as the central expenditure
        assert (a.accres > 0) <= (verandering > 0) and (a.accres < 0) <= (verandering < 0)
        assert abs(a.accres - a.fonds_vorig_jaar * verandering / reeks[a.jaar - 1]) <= D("0.0005")
        assert a.fonds_vorig_jaar == fonds and a.fonds == fonds + a.accres
        assert a.accres == a.accres.quantize(D("0.001"))
        fonds = a.fonds


# --- the data file ----------------------------------------------------------------------------


def test_normering_uit_het_bestand() -> None:
    normering = accres.normering()
    assert normering.fondsen["gemeentefonds"].omvang == D(35597)
    assert normering.fondsen["provinciefonds"].omvang == D(2541)
    assert normering.regel("gemeentefonds", 2026).soort == "trap_op_trap_af"
    assert normering.regel("provinciefonds", 2027).soort == "index"
    assert "Niet in het dossier" in normering.regel("gemeentefonds", 2027).bron


def _fout(wijzig) -> str:  # noqa: ANN001
    data = copy.deepcopy(_data())
    wijzig(data)
    with pytest.raises(AccresFout) as fout:
        accres.valideer(data)
    return str(fout.value)


def test_validatie_van_de_normering() -> None:
    assert "regel 1: 'soort' moet een van" in _fout(lambda d: d["regels"][0].update(soort="bbp"))
    assert "regel 1 en regel 2 gelden allebei" in _fout(lambda d: d["regels"][1].update(vanaf=2026))
    assert "een vast percentage heeft 'percentage' nodig" in _fout(
        lambda d: d["regels"][0].update(soort="vast_percentage")
    )
    assert "schrijf 'percentage' als tekst" in _fout(
        lambda d: d["regels"][0].update(soort="vast_percentage", percentage=1.5)
    )
    assert "'percentage' hoort alleen bij" in _fout(lambda d: d["regels"][0].update(percentage="1"))
    assert "'fondsen' moet een lijst zijn uit" in _fout(lambda d: d["regels"][0].update(fondsen=["x"]))
    assert "fonds gemeentefonds: 'omvang' is geen getal" in _fout(
        lambda d: d["fondsen"]["gemeentefonds"].update(omvang="veel")
    )
    assert "'bedrag_decimalen' moet een geheel getal" in _fout(
        lambda d: d["afronding"].update(bedrag_decimalen=9)
    )
    assert "onbekend veld factor" in _fout(lambda d: d["regels"][0].update(factor="1"))


def test_regel_alleen_voor_een_fonds() -> None:
    regels = _met_regels(
        dict(TRAP, fondsen=["gemeentefonds"]),
        {"soort": "vast_percentage", "percentage": "1", "fondsen": ["provinciefonds"],
         "grondslag": "vast", "omschrijving": "t", "bron": "test"},
    )  # fmt: skip
    assert regels.regel("gemeentefonds", 2030).soort == "trap_op_trap_af"
    assert regels.regel("provinciefonds", 2030).soort == "vast_percentage"


# --- reading a pasted series -----------------------------------------------------------------


def test_lees_reeks_in_verschillende_notaties() -> None:
    tekst = "# NGRU\n2022;300.000\n2023\t312000,5\n\n2024  318.240,25\n2025;€ 1.234.567\n2026;331500.5"
    assert lees_reeks(tekst) == {
        2022: D(300000),
        2023: D("312000.5"),
        2024: D("318240.25"),
        2025: D(1234567),
        2026: D("331500.5"),
    }


@pytest.mark.parametrize(
    ("tekst", "melding"),
    [
        ("2022;300\n2023;12a", "Regel 2 van de reeks: '12a' is geen bedrag"),
        ("2022;300\n1800;5", "Regel 2 van de reeks: het jaar 1800 is onbekend"),
        ("20x2;300\n2023;5", "Regel 1 van de reeks: '20x2' is geen jaartal"),
        ("2022;300\n2022;5", "Regel 2 van de reeks: het jaar 2022 staat er al \\(regel 1\\)"),
        ("2022;300\n2025;5", "De reeks heeft een gat: 2023, 2024 ontbreekt tussen 2022 en 2025"),
        ("2022;300\n2023;-5", "het bedrag voor 2023 moet groter dan nul zijn"),
        ("2022;300", "minstens 2 jaren"),
        ("2022\n2023;5", "Regel 1 van de reeks: verwacht 'jaar;bedrag'"),
    ],
)
def test_lees_reeks_fouten(tekst: str, melding: str) -> None:
    with pytest.raises(AccresFout, match=melding):
        lees_reeks(tekst)


def test_lees_bedrag_en_opgemaakt_zijn_elkaars_omgekeerde() -> None:
    for waarde in ("35597", "1423.880", "-52.5", "0.001", "1234567.25"):
        assert lees_bedrag(accres.opgemaakt(D(waarde))) == D(waarde)
    assert lees_bedrag("1.234") == D(1234)  # Dutch thousands separator
    assert lees_bedrag("412.5") == D("412.5")
