"""The budget-cycle calendar (plain Python): dates, phases, the data file and its validation."""

from __future__ import annotations

import copy
from datetime import UTC, date, datetime
from io import StringIO

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from ministerie.begroting import kalender
from ministerie.begroting.kalender import CyclusFout, als_icalendar, als_regels, gebeurtenissen

JAREN = st.integers(min_value=kalender.EERSTE_JAAR, max_value=kalender.LAATSTE_JAAR)


def _data() -> dict:
    return yaml.safe_load(kalender.CYCLUS.read_text(encoding="utf-8"))


def _op_code(jaar: int, code: str) -> kalender.Gebeurtenis:
    (gevonden,) = [g for g in gebeurtenissen(jaar) if g.code == code]
    return gevonden


# --- acceptance: `ministerie begroting kalender 2027` ------------------------------------------


def test_als_regels_2027_bevat_de_acceptatieregels() -> None:
    regels = als_regels(2027)
    assert "2027-09-21\tPrinsjesdag" in regels
    assert "2027-05-19\tVerantwoordingsdag" in regels


def test_als_regels_heeft_precies_datum_tab_naam_en_maand_op_de_eerste() -> None:
    for regel in als_regels(2027):
        datum, naam = regel.split("\t")
        assert date.fromisoformat(datum).year == 2027
        assert naam and "\t" not in naam
        if naam.endswith(" (maand)"):
            assert datum.endswith("-01")
    assert "2027-03-01\tKaderbrief en start voorjaarsbesluitvorming 2028 (maand)" in als_regels(2027)
    assert "2027-08-01\tAugustusbesluitvorming 2028 (maand)" in als_regels(2027)


@pytest.mark.django_db
def test_commando_begroting_kalender_drukt_de_regels_af() -> None:
    from django.core.management import get_commands

    if "begroting" not in get_commands():
        pytest.skip("het commando `ministerie begroting` bestaat (nog) niet")
    from django.core.management import call_command

    uit = StringIO()
    call_command("begroting", "kalender", "2027", stdout=uit)
    regels = uit.getvalue().splitlines()
    assert "2027-09-21\tPrinsjesdag" in regels
    assert "2027-05-19\tVerantwoordingsdag" in regels
    assert regels == als_regels(2027)


# --- known dates -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("jaar", "prinsjesdag", "verantwoordingsdag"),
    [
        (2021, date(2021, 9, 21), date(2021, 5, 19)),
        (2022, date(2022, 9, 20), date(2022, 5, 18)),
        (2023, date(2023, 9, 19), date(2023, 5, 17)),
        (2024, date(2024, 9, 17), date(2024, 5, 15)),
        (2026, date(2026, 9, 15), date(2026, 5, 20)),
        (2027, date(2027, 9, 21), date(2027, 5, 19)),
    ],
)
def test_bekende_data(jaar: int, prinsjesdag: date, verantwoordingsdag: date) -> None:
    assert _op_code(jaar, "prinsjesdag").datum == prinsjesdag
    assert _op_code(jaar, "verantwoordingsdag").datum == verantwoordingsdag


def test_fasen_en_begrotingsjaren_2027() -> None:
    assert _op_code(2027, "prinsjesdag").begrotingsjaar == 2028
    assert _op_code(2027, "prinsjesdag").fase == "voorbereiding"
    assert _op_code(2027, "voorjaarsnota").begrotingsjaar == 2027
    assert _op_code(2027, "voorjaarsnota").fase == "uitvoering"
    assert _op_code(2027, "voorjaarsnota").datum == date(2027, 5, 31)  # vóór 1 juni
    assert _op_code(2027, "najaarsnota").datum == date(2027, 11, 30)  # vóór 1 december
    slotwet = _op_code(2027, "slotwet")
    assert (slotwet.begrotingsjaar, slotwet.fase) == (2026, "verantwoording")
    assert slotwet.naam == "Jaarverslag en slotwet over 2026"
    assert slotwet.datum == _op_code(2027, "verantwoordingsdag").datum
    bvm = _op_code(2027, "bvm")
    assert bvm.alleen_maand and bvm.datum == date(2027, 4, 1)


def test_per_fase_geeft_drie_begrotingen() -> None:
    fasen = kalender.per_fase(2027)
    assert [(f, jaar) for f, _, jaar, _ in fasen] == [
        ("voorbereiding", 2028),
        ("uitvoering", 2027),
        ("verantwoording", 2026),
    ]
    assert all(lijst for *_, lijst in fasen)


# --- properties ------------------------------------------------------------------------------


@given(JAREN)
def test_prinsjesdag_is_altijd_een_dinsdag_tussen_15_en_21_september(jaar: int) -> None:
    dag = _op_code(jaar, "prinsjesdag").datum
    assert dag.weekday() == 1 and dag.month == 9 and 15 <= dag.day <= 21


@given(JAREN)
def test_verantwoordingsdag_is_altijd_een_woensdag_tussen_15_en_21_mei(jaar: int) -> None:
    dag = _op_code(jaar, "verantwoordingsdag").datum
    assert dag.weekday() == 2 and dag.month == 5 and 15 <= dag.day <= 21


@given(JAREN)
def test_volgorde_en_vorm_voor_elk_jaar(jaar: int) -> None:
    lijst = gebeurtenissen(jaar)
    assert [g.datum for g in lijst] == sorted(g.datum for g in lijst)
    assert all(g.datum.year == jaar for g in lijst)
    verwacht = {"voorbereiding": lambda b: b > jaar, "uitvoering": lambda b: b == jaar,
                "verantwoording": lambda b: b == jaar - 1}  # fmt: skip
    assert all(verwacht[g.fase](g.begrotingsjaar) for g in lijst)
    # the Voorjaarsnota comes after Verantwoordingsdag, Prinsjesdag before the Najaarsnota
    assert _op_code(jaar, "verantwoordingsdag").datum < _op_code(jaar, "voorjaarsnota").datum
    assert _op_code(jaar, "prinsjesdag").datum < _op_code(jaar, "najaarsnota").datum
    assert len(als_regels(jaar)) == len(lijst)


def test_datum_die_geen_werkdag_is_wordt_gemeld_niet_verschoven() -> None:
    voorjaarsnota = _op_code(2025, "voorjaarsnota")
    assert voorjaarsnota.datum == date(2025, 5, 31)  # not moved
    assert voorjaarsnota.vrije_dag == "een zaterdag"
    assert _op_code(2026, "voorjaarsnota").vrije_dag == "een zondag"
    assert _op_code(2027, "voorjaarsnota").vrije_dag is None
    assert _op_code(2025, "kaderbrief").vrije_dag is None  # month only: no day to judge
    assert "Let op: deze dag is een zaterdag." in als_icalendar(2025).replace("\r\n ", "")


@given(st.integers(min_value=1990, max_value=kalender.LAATSTE_JAAR))
def test_prinsjesdag_en_verantwoordingsdag_zijn_werkdagen(jaar: int) -> None:
    assert _op_code(jaar, "prinsjesdag").vrije_dag is None
    assert _op_code(jaar, "verantwoordingsdag").vrije_dag is None


def test_eerstvolgende() -> None:
    verantwoordingsdag = kalender.eerstvolgende(date(2027, 5, 19))
    voorjaarsnota = kalender.eerstvolgende(date(2027, 5, 20))
    volgend_jaar = kalender.eerstvolgende(date(2027, 12, 1))
    assert verantwoordingsdag is not None and voorjaarsnota is not None and volgend_jaar is not None
    assert verantwoordingsdag.naam == "Verantwoordingsdag"
    assert voorjaarsnota.code == "voorjaarsnota"
    assert (volgend_jaar.naam, volgend_jaar.datum) == ("Verantwoordingsdag", date(2028, 5, 17))


@pytest.mark.parametrize("jaar", [kalender.EERSTE_JAAR - 1, kalender.LAATSTE_JAAR + 1, True])
def test_jaar_buiten_de_kalender(jaar: int) -> None:
    with pytest.raises(CyclusFout, match="buiten de kalender"):
        gebeurtenissen(jaar)


# --- the data file: a new cabinet can change it; errors are clear ------------------------------


def test_nieuwe_regel_vanaf_een_jaar() -> None:
    data = _data()
    oud = next(g for g in data["gebeurtenissen"] if g["code"] == "voorjaarsnota")
    oud["tot"] = 2029
    nieuw = dict(oud, vanaf=2030, dag=15)
    del nieuw["tot"]
    data["gebeurtenissen"].append(nieuw)
    regels = kalender.valideer(data)
    datum = {j: g.datum for j in (2029, 2030) for g in gebeurtenissen(j, regels) if g.code == "voorjaarsnota"}
    assert datum == {2029: date(2029, 5, 31), 2030: date(2030, 6, 14)}


def _fout_bij(wijziging: dict, weg: tuple[str, ...] = (), index: int = 0) -> str:
    data = copy.deepcopy(_data())
    data["gebeurtenissen"][index].update(wijziging)
    for veld in weg:
        del data["gebeurtenissen"][index][veld]
    with pytest.raises(CyclusFout) as fout:
        kalender.valideer(data)
    return str(fout.value)


def test_validatie_noemt_de_plek_en_het_veld() -> None:
    assert "gebeurtenis 1 (inventarisatie): 'maand' moet tussen 1 en 12" in _fout_bij({"maand": 13})
    assert "'regel' moet een van" in _fout_bij({"regel": "derde_dinsdag"})
    assert "onbekend veld datum" in _fout_bij({"datum": "2027-01-01"})
    assert "'naam' ontbreekt" in _fout_bij({}, weg=("naam",))
    assert "hoort bij de fase 'voorbereiding'" in _fout_bij({"fase": "uitvoering"})
    assert "'tot' (2020) ligt vóór 'vanaf' (2021)" in _fout_bij({"vanaf": 2021, "tot": 2020})
    assert "de regel 'maand' gebruikt 'dag' niet" in _fout_bij({"dag": 3})


def test_validatie_per_regelsoort() -> None:
    prinsjesdag = next(i for i, g in enumerate(_data()["gebeurtenissen"]) if g["code"] == "prinsjesdag")
    assert "heeft 'n' nodig" in _fout_bij({}, weg=("n",), index=prinsjesdag)
    assert "'weekdag' moet een van" in _fout_bij({"weekdag": "tuesday"}, index=prinsjesdag)
    assert "'n' moet tussen 1 en 4" in _fout_bij({"n": 5}, index=prinsjesdag)


def test_dubbele_code_voor_dezelfde_jaren() -> None:
    data = _data()
    data["gebeurtenissen"].append(dict(data["gebeurtenissen"][0]))
    with pytest.raises(CyclusFout, match="meer dan eens in de cyclus"):
        kalender.valideer(data)


def test_lees_meldt_ongeldige_yaml_met_bestandsnaam(tmp_path) -> None:  # noqa: ANN001
    pad = tmp_path / "cyclus.yaml"
    pad.write_text("gebeurtenissen: [\n", encoding="utf-8")
    with pytest.raises(CyclusFout, match="cyclus.yaml: geen geldige YAML"):
        kalender.lees(pad)
    pad.write_text("gebeurtenissen:\n  - code: x\n", encoding="utf-8")
    with pytest.raises(CyclusFout, match="cyclus.yaml: gebeurtenis 1 \\(x\\): 'naam' ontbreekt"):
        kalender.lees(pad)


# --- iCalendar ------------------------------------------------------------------------------


def test_icalendar_is_geldig_gevouwen_en_ontsnapt() -> None:
    tekst = als_icalendar(2027, gemaakt=datetime(2027, 1, 2, 3, 4, 5, tzinfo=UTC))
    assert tekst.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert tekst.endswith("END:VCALENDAR\r\n")
    assert "\n" not in tekst.replace("\r\n", "")  # only CRLF line ends
    regels = tekst.split("\r\n")[:-1]
    assert all(len(r.encode("utf-8")) <= 75 for r in regels)
    ontvouwen = tekst.replace("\r\n ", "")
    assert tekst.count("BEGIN:VEVENT") == len(gebeurtenissen(2027))
    assert "DTSTART;VALUE=DATE:20270921\r\nDTEND;VALUE=DATE:20270922\r\nSUMMARY:Prinsjesdag\r\n" in ontvouwen
    # a month-only event spans the month
    assert "DTSTART;VALUE=DATE:20271101\r\nDTEND;VALUE=DATE:20271201\r\n" in ontvouwen
    assert "DTSTAMP:20270102T030405Z" in ontvouwen
    assert "Dossier 5.3\\, " in ontvouwen  # commas escaped
    assert "\\n" in ontvouwen  # newlines in DESCRIPTION escaped


def test_icalendar_vouwt_niet_midden_in_een_teken() -> None:
    lang = "SUMMARY:" + "ë" * 100
    gevouwen = kalender._vouw(lang)
    for stuk in gevouwen.split("\r\n"):
        assert len(stuk.encode("utf-8")) <= 75
        stuk.encode("utf-8").decode("utf-8")
    assert gevouwen.replace("\r\n ", "") == lang
