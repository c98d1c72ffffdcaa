"""The budget rules as data: the cabinet's rules file is read and validated, and the pure check
refuses with the rule and the numbers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ministerie.begroting.controle import Mutatie_invoer, Regelinvoer, bedrag_tekst, controleer
from ministerie.begroting.regels import (
    REGELMAP,
    OngeldigeRegels,
    alle_regelsets,
    geldende_regels,
    lees_regelset,
)

REGELS = geldende_regels(date(2022, 3, 1))
JAREN = [2022, 2023, 2024, 2025, 2026]


def r(artikel: int, jaar: int, bedrag: int, soort: str = "uitgaven", hoofdstuk: str = "VII"):
    return Regelinvoer(artikel, f"{hoofdstuk} artikel {artikel}", hoofdstuk, soort, jaar, bedrag)


def m(soort: str, *regels: Regelinvoer, titel: str = "Test") -> Mutatie_invoer:
    return Mutatie_invoer(soort, titel, tuple(regels))


def check(*mutaties: Mutatie_invoer, moment: str = "eerste_suppletoire", bestaand=None, regelset=REGELS):
    return controleer(
        list(mutaties),
        hoofdstuk="VII",
        jaren=JAREN,
        moment=moment,
        regelset=regelset,
        bestaand_uitgaven=bestaand,
    )


def test_het_regelbestand_van_het_kabinet_is_geldig() -> None:
    sets = alle_regelsets(REGELMAP)
    assert sets and sets[0].kabinet == "Rutte III"
    assert REGELS.aan("eigen_broek_ophouden")
    assert REGELS.regel("een_besluitvormingsmoment").moment == "eerste_suppletoire"
    assert (REGELS.evaluatie_min_jaren, REGELS.evaluatie_max_jaren) == (4, 7)


def test_bedrag_tekst() -> None:
    assert bedrag_tekst(8058000) == "€ 8.058 mln"
    assert bedrag_tekst(12500) == "€ 12,5 mln"
    assert bedrag_tekst(-500, teken=True) == "-€ 0,5 mln"


def test_kasschuif_moet_over_de_jaren_sluiten() -> None:
    goed = check(m("kasschuif", r(4, 2022, -30000), r(4, 2023, 30000)))
    assert goed.toegestaan
    fout = check(m("kasschuif", r(4, 2022, -30000), r(4, 2023, 25000), titel="Isolatie"))
    assert [o.regel for o in fout.overtredingen] == ["kasschuif_saldo_nul"]
    tekst = fout.overtredingen[0].tekst
    assert "Isolatie" in tekst and "-€ 5 mln" in tekst and "2022: -€ 30 mln" in tekst


def test_overboeking_moet_over_beide_kanten_sluiten() -> None:
    assert check(m("overboeking", r(7, 2022, -5000), r(1, 2022, 5000))).toegestaan
    fout = check(m("overboeking", r(7, 2022, -5000), r(1, 2022, 6000)))
    assert fout.overtredingen[0].regel == "overboeking_saldo_nul"
    assert "€ 5 mln af en € 6 mln bij" in fout.overtredingen[0].tekst
    eenzijdig = check(m("overboeking", r(7, 2022, -5000), r(7, 2023, 5000)))
    assert "maar één kant" in eenzijdig.overtredingen[0].tekst


def test_een_overboeking_mag_naar_een_ander_hoofdstuk_andere_mutaties_niet() -> None:
    assert check(m("overboeking", r(7, 2022, -5000), r(0, 2022, 5000, hoofdstuk="IV"))).toegestaan
    fout = check(m("intensivering", r(0, 2022, 5000, hoofdstuk="IV")))
    assert "alleen een overboeking" in fout.overtredingen[0].tekst


def test_eigen_broek_ophouden_weigert_een_ongedekte_tegenvaller() -> None:
    uitslag = check(m("tegenvaller", r(3, 2022, 15000), titel="Huurtoeslag"))
    assert not uitslag.toegestaan
    fout = uitslag.overtredingen[0]
    assert fout.regel == "eigen_broek_ophouden" and fout.uitzondering_mogelijk
    assert "tegenvaller van € 15 mln op hoofdstuk VII in 2022" in fout.tekst
    assert uitslag.toegestaan_met_uitzondering()


def test_eigen_broek_dekking_in_dezelfde_invoer_of_eerder_in_de_stand() -> None:
    samen = check(m("ombuiging", r(6, 2022, -20000)), m("tegenvaller", r(3, 2022, 15000)))
    assert samen.toegestaan
    eerder = check(m("tegenvaller", r(3, 2022, 15000)), bestaand={("VII", 2022): -15000})
    assert eerder.toegestaan
    te_weinig = check(m("tegenvaller", r(3, 2022, 15000)), bestaand={("VII", 2022): -10000})
    assert "stijgen de uitgaven van hoofdstuk VII in 2022 met € 5 mln" in te_weinig.overtredingen[0].tekst
    # cover in another chapter does not count
    elders = check(m("tegenvaller", r(3, 2022, 15000)), bestaand={("IV", 2022): -15000})
    assert not elders.toegestaan


def test_meevaller_op_de_ontvangsten_dekt_geen_uitgaven() -> None:
    uitslag = check(
        m("meevaller", r(3, 2022, 20000, "ontvangsten"), titel="Hogere ontvangsten"),
        m("intensivering", r(1, 2022, 20000), titel="Nieuw beleid"),
    )
    regels = [o.regel for o in uitslag.overtredingen]
    assert "scheiding_inkomsten_uitgaven" in regels
    tekst = next(o.tekst for o in uitslag.overtredingen if o.regel == "scheiding_inkomsten_uitgaven")
    assert "meevaller van € 20 mln op de ontvangsten in 2022" in tekst
    # and a tegenvaller cannot be covered by it either (only uitgaven count as cover)
    tegen = check(m("meevaller", r(3, 2022, 20000, "ontvangsten")), m("tegenvaller", r(3, 2022, 20000)))
    assert {o.regel for o in tegen.overtredingen} >= {"eigen_broek_ophouden"}


def test_besluiten_buiten_het_voorjaar_worden_gemarkeerd_niet_geweigerd() -> None:
    voorjaar = check(m("intensivering", r(1, 2022, 1000)), m("ombuiging", r(6, 2022, -1000)))
    assert voorjaar.toegestaan and not voorjaar.markeringen
    najaar = check(
        m("intensivering", r(1, 2022, 1000)), m("ombuiging", r(6, 2022, -1000)), moment="tweede_suppletoire"
    )
    assert najaar.toegestaan and najaar.gemarkeerd == {0, 1}
    assert "buiten het besluitvormingsmoment" in najaar.markeringen[0]


def test_soort_en_richting_moeten_kloppen() -> None:
    fout = check(m("ombuiging", r(6, 2022, 20000)))
    assert "past niet bij de soort" in fout.overtredingen[0].tekst
    assert "buiten de begroting" in check(m("ombuiging", r(6, 2030, -1))).overtredingen[0].tekst


def _schrijf(tmp_path: Path, naam: str, tekst: str) -> Path:
    pad = tmp_path / naam
    pad.write_text(tekst, encoding="utf-8")
    return pad


def test_een_nieuw_kabinet_kan_de_regels_wijzigen(tmp_path: Path) -> None:
    _schrijf(tmp_path, "oud.yaml", (REGELMAP / "rutte-iii.yaml").read_text(encoding="utf-8"))
    _schrijf(
        tmp_path,
        "nieuw.yaml",
        """
kabinet: Nieuw kabinet
geldig_vanaf: 2030-01-01
regels:
  eigen_broek_ophouden: {aan: false, omschrijving: Uitgeschakeld door het nieuwe kabinet.}
evaluatie: {min_jaren: 5, max_jaren: 6}
""",
    )
    alle_regelsets.cache_clear()
    try:
        oud = geldende_regels(date(2029, 12, 31), tmp_path)
        nieuw = geldende_regels(date(2030, 1, 1), tmp_path)
    finally:
        alle_regelsets.cache_clear()
    assert oud.kabinet == "Rutte III" and nieuw.kabinet == "Nieuw kabinet"
    tegenvaller = m("tegenvaller", r(3, 2022, 15000))
    assert not check(tegenvaller, regelset=oud).toegestaan
    assert check(tegenvaller, regelset=nieuw).toegestaan


@pytest.mark.parametrize(
    "tekst,fout",
    [
        (
            "kabinet: X\ngeldig_vanaf: 2020-01-01\nregels: {eigen_broek: {aan: true, omschrijving: x}}\n"
            "evaluatie: {min_jaren: 4, max_jaren: 7}",
            "onbekende regel 'eigen_broek'",
        ),
        (
            "kabinet: X\ngeldig_vanaf: 2020-01-01\nregels: {eigen_broek_ophouden: {omschrijving: x}}\n"
            "evaluatie: {min_jaren: 4, max_jaren: 7}",
            "'aan' (true of false) ontbreekt",
        ),
        (
            "kabinet: X\ngeldig_vanaf: 2020-01-01\nregels: {eigen_broek_ophouden: {aan: true, "
            "omschrijving: x, soorten: [tegenvallers]}}\nevaluatie: {min_jaren: 4, max_jaren: 7}",
            "onbekende waarde(n) ['tegenvallers']",
        ),
        (
            "kabinet: X\ngeldig_vanaf: 2020\nregels: {}\nevaluatie: {min_jaren: 4, max_jaren: 7}",
            "'geldig_vanaf' moet een datum zijn",
        ),
        (
            "kabinet: X\ngeldig_vanaf: 2020-01-01\nregels: {}\nevaluatie: {min_jaren: 8, max_jaren: 7}",
            "'min_jaren' en 'max_jaren'",
        ),
    ],
)
def test_een_fout_in_het_regelbestand_stopt_met_de_reden(tmp_path: Path, tekst: str, fout: str) -> None:
    with pytest.raises(OngeldigeRegels, match=None) as info:
        lees_regelset(_schrijf(tmp_path, "fout.yaml", tekst))
    assert fout in str(info.value)
