"""Worked examples for every regeling, around every kind of feestdag.

Every date was counted on a calendar and its weekday checked with ``datetime``; the
feestdagen are those of ``test_kalender.py`` (Easter 2026: 5 April, 2027: 28 March).
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from ministerie.termijnen import (
    REGELINGEN,
    OnbekendeRegeling,
    OpschortingFout,
    Regeling,
    VerdagingFout,
    atw_van_toepassing,
    bereken,
    zoek_regeling,
)

# -- acceptance examples ------------------------------------------------------------------------


def test_woo_art_4_4_lid_1_eindigt_op_tweede_paasdag_en_schuift_naar_dinsdag() -> None:
    """Woo art. 4.4 lid 1 + Atw art. 1 lid 1: 2027-03-01 + 4 weeks = Mon 29 March 2027,
    tweede Paasdag, so the term ends on Tuesday 30 March."""
    uitkomst = bereken("woo", date(2027, 3, 1))
    assert uitkomst.basis_einde == date(2027, 3, 29)
    assert uitkomst.einde_voor_atw == date(2027, 3, 29)
    assert uitkomst.uiterste_datum == date(2027, 3, 30)
    assert uitkomst.atw_van_toepassing and uitkomst.atw_verschoven
    assert (
        "2027-03-29 is tweede Paasdag (Atw art. 3 lid 1); verschoven naar 2027-03-30 "
        "(Atw art. 1 lid 1)." in uitkomst.toelichting
    )
    assert uitkomst.grondslag == "Woo art. 4.4 lid 1"


def test_klacht_awb_9_11_lid_1_zes_weken_op_een_werkdag() -> None:
    """Awb art. 9:11 lid 1: 2026-11-16 + 6 weeks = Monday 28 December 2026, a working day."""
    uitkomst = bereken("klacht", date(2026, 11, 16))
    assert uitkomst.basis_einde == uitkomst.uiterste_datum == date(2026, 12, 28)
    assert not uitkomst.atw_verschoven


# -- around every kind of feestdag (Atw art. 1 lid 1 with art. 3) ------------------------------


def test_bezwaartermijn_awb_6_7_eindigt_op_nieuwjaarsdag() -> None:
    """Awb art. 6:7 and 6:8 lid 1: announced Fri 20 Nov 2026; + 6 weeks = Fri 1 Jan 2027,
    Nieuwjaarsdag; then Saturday and Sunday: Monday 4 January 2027."""
    uitkomst = bereken("bezwaartermijn", date(2026, 11, 20))
    assert uitkomst.basis_einde == date(2027, 1, 1)
    assert uitkomst.uiterste_datum == date(2027, 1, 4)


def test_woo_art_4_4_nieuwjaarsdag_met_aangewezen_vrijdag() -> None:
    """Woo art. 4.4 lid 1: received Thu 4 Dec 2025; + 4 weeks = Thu 1 Jan 2026. Friday 2 Jan
    is designated (Atw art. 3 lid 3), then the weekend: Monday 5 January 2026."""
    uitkomst = bereken("woo", date(2025, 12, 4))
    assert uitkomst.uiterste_datum == date(2026, 1, 5)
    assert any("vrijdag na Nieuwjaarsdag" in regel for regel in uitkomst.toelichting)


def test_klacht_awb_9_11_eindigt_op_goede_vrijdag() -> None:
    """Awb art. 9:11 lid 1: received Fri 12 Feb 2027; + 6 weeks = Goede Vrijdag 26 March 2027
    (Atw art. 3 lid 2); Saturday, Easter Sunday and tweede Paasdag follow: Tuesday 30 March."""
    uitkomst = bereken("klacht", date(2027, 2, 12))
    assert uitkomst.basis_einde == date(2027, 3, 26)
    assert uitkomst.uiterste_datum == date(2027, 3, 30)
    assert "Goede Vrijdag (Atw art. 3 lid 2)" in uitkomst.toelichting[2]


def test_beslissing_bezwaar_awb_7_10_eindigt_op_koningsdag() -> None:
    """Awb art. 7:10 lid 1: objection term ended Mon 16 March 2026; + 6 weeks = Monday
    27 April 2026, Koningsdag: Tuesday 28 April."""
    uitkomst = bereken("beslissing-bezwaar", date(2026, 3, 16))
    assert uitkomst.basis_einde == date(2026, 4, 27)
    assert uitkomst.uiterste_datum == date(2026, 4, 28)


def test_klacht_advies_awb_9_11_en_9_14_eindigt_op_koningsdag() -> None:
    """Awb art. 9:11 lid 1 with 9:14: received Tue 16 Feb 2027; + 10 weeks = Tuesday
    27 April 2027, Koningsdag: Wednesday 28 April."""
    uitkomst = bereken("klacht-advies", date(2027, 2, 16))
    assert uitkomst.basis_einde == date(2027, 4, 27)
    assert uitkomst.uiterste_datum == date(2027, 4, 28)


def test_woo_art_4_4_eindigt_op_vijf_mei() -> None:
    """Woo art. 4.4 lid 1: received Tue 7 April 2026; + 4 weeks = Tuesday 5 May 2026
    (Bevrijdingsdag, Atw art. 3 lid 1): Wednesday 6 May."""
    uitkomst = bereken("woo", date(2026, 4, 7))
    assert uitkomst.basis_einde == date(2026, 5, 5)
    assert uitkomst.uiterste_datum == date(2026, 5, 6)


def test_klacht_awb_9_11_eindigt_op_hemelvaartsdag() -> None:
    """Awb art. 9:11 lid 1: received Thu 25 March 2027; + 6 weeks = Hemelvaartsdag Thursday
    6 May 2027; Friday 7 May is designated (Atw art. 3 lid 3), then the weekend: Mon 10 May."""
    uitkomst = bereken("klacht", date(2027, 3, 25))
    assert uitkomst.basis_einde == date(2027, 5, 6)
    assert uitkomst.uiterste_datum == date(2027, 5, 10)


def test_bezwaartermijn_awb_6_7_eindigt_op_hemelvaartsdag() -> None:
    """Awb art. 6:7 and 6:8 lid 1: announced Thu 2 April 2026; + 6 weeks = Hemelvaartsdag
    14 May 2026; Friday 15 May designated; weekend: Monday 18 May."""
    assert bereken("bezwaartermijn", date(2026, 4, 2)).uiterste_datum == date(2026, 5, 18)


def test_klacht_advies_awb_9_11_eindigt_op_tweede_pinksterdag() -> None:
    """Awb art. 9:11 lid 1 with 9:14: received Mon 16 March 2026; + 10 weeks = Monday
    25 May 2026, tweede Pinksterdag: Tuesday 26 May."""
    uitkomst = bereken("klacht-advies", date(2026, 3, 16))
    assert uitkomst.basis_einde == date(2026, 5, 25)
    assert uitkomst.uiterste_datum == date(2026, 5, 26)


def test_woo_art_4_4_eindigt_op_eerste_kerstdag() -> None:
    """Woo art. 4.4 lid 1: received Fri 27 Nov 2026; + 4 weeks = Friday 25 December 2026;
    tweede Kerstdag on Saturday, then Sunday: Monday 28 December."""
    uitkomst = bereken("woo", date(2026, 11, 27))
    assert uitkomst.basis_einde == date(2026, 12, 25)
    assert uitkomst.uiterste_datum == date(2026, 12, 28)


def test_beslissing_bezwaar_advies_awb_7_10_eindigt_op_eerste_kerstdag() -> None:
    """Awb art. 7:10 lid 1 with a committee (7:13): objection term ended Mon 2 Oct 2028;
    + 12 weeks = Monday 25 December 2028; tweede Kerstdag Tuesday: Wednesday 27 December.
    12 weeks is not more than 12 weeks, so the Atw applies (Atw art. 4)."""
    uitkomst = bereken("beslissing-bezwaar-advies", date(2028, 10, 2))
    assert uitkomst.basis_einde == date(2028, 12, 25)
    assert uitkomst.uiterste_datum == date(2028, 12, 27)


# -- Kamervragen: no Atw, a flag instead of a shift ----------------------------------------------


def test_kamervragen_rvo_tk_vallen_op_tweede_paasdag_worden_gemarkeerd_niet_verschoven() -> None:
    """Reglement van Orde TK: 3 weeks; not a term in a wet, so the Atw does not apply.
    Sent Mon 8 March 2027; + 3 weeks = Monday 29 March 2027, tweede Paasdag."""
    uitkomst = bereken("kamervragen", date(2027, 3, 8))
    assert uitkomst.uiterste_datum == date(2027, 3, 29)
    assert not uitkomst.atw_van_toepassing and not uitkomst.atw_verschoven
    assert uitkomst.valt_op_vrije_dag
    assert uitkomst.vrije_dag == "tweede Paasdag"
    assert any("niet in een wet" in regel for regel in uitkomst.toelichting)


def test_kamervragen_rvo_tk_op_zaterdag() -> None:
    uitkomst = bereken("kamervragen", date(2027, 3, 6))
    assert uitkomst.uiterste_datum == date(2027, 3, 27)
    assert uitkomst.valt_op_vrije_dag and uitkomst.vrije_dag == "zaterdag"


def test_kamervragen_rvo_tk_op_werkdag_geen_markering() -> None:
    uitkomst = bereken("kamervragen", date(2027, 3, 10))
    assert uitkomst.uiterste_datum == date(2027, 3, 31)
    assert not uitkomst.valt_op_vrije_dag and uitkomst.vrije_dag is None


def test_kamervragen_kennen_geen_verdaging_maar_een_uitstelbericht() -> None:
    with pytest.raises(VerdagingFout, match="uitstelbericht"):
        bereken("kamervragen", date(2027, 3, 8), verdaging=True)


# -- verdaging ----------------------------------------------------------------------------------


def test_woo_verdaging_art_4_4_lid_2_twee_weken() -> None:
    """Woo art. 4.4 lid 2: 29 March + 2 weeks = Monday 12 April 2027. The Atw is applied once,
    to the final end, so tweede Paasdag on the first end no longer matters."""
    uitkomst = bereken("woo", date(2027, 3, 1), verdaging=True)
    assert uitkomst.basis_einde == date(2027, 3, 29)
    assert uitkomst.uiterste_datum == date(2027, 4, 12)
    assert uitkomst.verdaging is not None
    assert uitkomst.verdaging.dagen == 14
    assert uitkomst.verdaging.grondslag == "Woo art. 4.4 lid 2"
    assert not uitkomst.atw_verschoven


def test_woo_verdaging_telt_vanaf_het_basis_einde_niet_vanaf_de_atw_datum() -> None:
    """Received Fri 26 Feb 2027: the first term ends on Goede Vrijdag 26 March; the verdaging
    extends the term itself to Friday 9 April 2027, a working day."""
    assert bereken("woo", date(2027, 2, 26)).uiterste_datum == date(2027, 3, 30)
    assert bereken("woo", date(2027, 2, 26), verdaging=True).uiterste_datum == date(2027, 4, 9)


def test_klacht_verdaging_awb_9_11_lid_2_vier_weken() -> None:
    """Awb art. 9:11 lid 2: 28 Dec 2026 + 4 weeks = Monday 25 January 2027."""
    uitkomst = bereken("klacht", date(2026, 11, 16), verdaging=True)
    assert uitkomst.uiterste_datum == date(2027, 1, 25)


def test_beslissing_bezwaar_verdaging_awb_7_10_lid_3_zes_weken() -> None:
    """Awb art. 7:10 lid 3: 27 April 2026 + 6 weeks = Monday 8 June 2026."""
    uitkomst = bereken("beslissing-bezwaar", date(2026, 3, 16), verdaging=True)
    assert uitkomst.uiterste_datum == date(2026, 6, 8)


def test_bezwaartermijn_awb_6_7_kent_geen_verdaging() -> None:
    with pytest.raises(VerdagingFout, match=r"bezwaartermijn \(Awb art. 6:7\) kan niet"):
        bereken("bezwaartermijn", date(2026, 11, 20), verdaging=True)


# -- opschorting --------------------------------------------------------------------------------


def test_woo_opschorting_art_4_4_lid_3() -> None:
    """Woo art. 4.4 lid 3: 29 March 2027 + 5 days = Saturday 3 April: Monday 5 April."""
    uitkomst = bereken("woo", date(2027, 3, 1), opschorting_dagen=5)
    assert uitkomst.einde_voor_atw == date(2027, 4, 3)
    assert uitkomst.uiterste_datum == date(2027, 4, 5)
    assert uitkomst.opschorting_dagen == 5


def test_woo_opschorting_komt_na_de_verdaging() -> None:
    """29 March + 14 days verdaging + 5 days opschorting = Saturday 17 April: Monday 19 April."""
    uitkomst = bereken("woo", date(2027, 3, 1), verdaging=True, opschorting_dagen=5)
    assert uitkomst.einde_voor_atw == date(2027, 4, 17)
    assert uitkomst.uiterste_datum == date(2027, 4, 19)


def test_beslissing_bezwaar_opschorting_awb_7_10_lid_2() -> None:
    """Awb art. 7:10 lid 2: 27 April 2026 + 3 days = Thursday 30 April 2026."""
    uitkomst = bereken("beslissing-bezwaar", date(2026, 3, 16), opschorting_dagen=3)
    assert uitkomst.uiterste_datum == date(2026, 4, 30)


def test_klacht_kent_geen_opschorting() -> None:
    with pytest.raises(OpschortingFout, match="kent geen opschorting"):
        bereken("klacht", date(2026, 11, 16), opschorting_dagen=3)


@pytest.mark.parametrize("dagen", [-1, True, 2.5])
def test_opschorting_moet_een_natuurlijk_getal_zijn(dagen: object) -> None:
    with pytest.raises(OpschortingFout, match="geheel aantal dagen van 0 of meer"):
        bereken("woo", date(2027, 3, 1), opschorting_dagen=dagen)  # type: ignore[arg-type]


# -- the table and the result -------------------------------------------------------------------


def test_tabel_van_regelingen() -> None:
    assert set(REGELINGEN) == {
        "woo",
        "woo-precisering",
        "woo-openbaarmaking",
        "klacht",
        "klacht-advies",
        "bezwaartermijn",
        "beslissing-bezwaar",
        "beslissing-bezwaar-advies",
        "kamervragen",
    }
    termijnen = {sleutel: str(r.termijn) for sleutel, r in REGELINGEN.items()}
    assert termijnen == {
        "woo": "4 weken",
        "woo-precisering": "2 weken",
        "woo-openbaarmaking": "2 weken",
        "klacht": "6 weken",
        "klacht-advies": "10 weken",
        "bezwaartermijn": "6 weken",
        "beslissing-bezwaar": "6 weken",
        "beslissing-bezwaar-advies": "12 weken",
        "kamervragen": "3 weken",
    }
    verdagingen = {s: str(r.verdaging.duur) for s, r in REGELINGEN.items() if r.verdaging}
    assert verdagingen == {
        "woo": "2 weken",
        "klacht": "4 weken",
        "klacht-advies": "4 weken",
        "beslissing-bezwaar": "6 weken",
        "beslissing-bezwaar-advies": "6 weken",
    }


@pytest.mark.parametrize("regeling", REGELINGEN.values(), ids=lambda r: r.sleutel)
def test_atw_vlag_klopt_met_atw_art_4(regeling: Regeling) -> None:
    """A regeling marked as covered by the Atw has a term (and verdaging) that Atw art. 4
    does not exclude; a regeling that is not covered says why."""
    if regeling.atw_van_toepassing:
        assert atw_van_toepassing(regeling.termijn)
        assert regeling.verdaging is None or atw_van_toepassing(regeling.verdaging.duur)
    else:
        assert regeling.geen_atw_reden
    assert regeling.verdaging is not None or regeling.geen_verdaging_reden


def test_onbekende_regeling() -> None:
    with pytest.raises(OnbekendeRegeling, match="Onbekende regeling 'wob'. Kies uit: woo"):
        bereken("wob", date(2027, 3, 1))
    assert zoek_regeling(" WOO ").sleutel == "woo"


def test_to_dict_is_json_met_iso_datums() -> None:
    gegevens = bereken("woo", date(2027, 3, 1), verdaging=True).to_dict()
    assert json.loads(json.dumps(gegevens)) == gegevens
    assert gegevens["uiterste_datum"] == "2027-04-12"
    assert gegevens["basis_einde"] == "2027-03-29"
    assert gegevens["regeling"] == "woo"
    assert gegevens["grondslag"] == "Woo art. 4.4 lid 1"
    assert gegevens["atw_verschoven"] is False
    assert gegevens["verdaging"] == {
        "duur": "2 weken",
        "dagen": 14,
        "grondslag": "Woo art. 4.4 lid 2",
        "gemeld_op": None,
    }


def test_laatste_toelichtingsregel_noemt_de_uiterste_datum() -> None:
    assert bereken("klacht", date(2026, 11, 16)).toelichting[-1] == "Uiterste datum: 2026-12-28."


def test_waarschuwing_voor_jaren_zonder_verwerkte_aangewezen_dagen() -> None:
    """Atw art. 3 lid 3 days are known up to 2028; for later years the result says so."""
    uitkomst = bereken("woo", date(2029, 3, 1))
    assert any(regel.startswith("Let op: voor 2029") for regel in uitkomst.toelichting)
    assert not any("Let op" in regel for regel in bereken("woo", date(2027, 3, 1)).toelichting)
