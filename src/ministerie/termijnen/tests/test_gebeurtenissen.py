"""The due date derived from a case's recorded events (ontvangen, verdaagd, opgeschort)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from ministerie.termijnen import (
    Gebeurtenis,
    GebeurtenisFout,
    OpgeschorteTermijn,
    OpschortingFout,
    Soort,
    VerdagingFout,
    bereken,
    bereken_uit_gebeurtenissen,
)

ONTVANGEN = Gebeurtenis.ontvangen(date(2027, 3, 1))
VERGELEKEN_VELDEN = ("basis_einde", "einde_voor_atw", "uiterste_datum", "opschorting_dagen")


def _zelfde(a: object, b: object) -> bool:
    return all(getattr(a, veld) == getattr(b, veld) for veld in VERGELEKEN_VELDEN)


def test_alleen_ontvangst_geeft_hetzelfde_als_bereken() -> None:
    uitkomst = bereken_uit_gebeurtenissen("woo", [ONTVANGEN])
    assert uitkomst == bereken("woo", date(2027, 3, 1))
    assert uitkomst.uiterste_datum == date(2027, 3, 30)


def test_verdaging_binnen_de_eerste_termijn_woo_art_4_4_lid_2() -> None:
    uitkomst = bereken_uit_gebeurtenissen("woo", [ONTVANGEN, Gebeurtenis.verdaagd(date(2027, 3, 20))])
    assert _zelfde(uitkomst, bereken("woo", date(2027, 3, 1), verdaging=True))
    assert uitkomst.uiterste_datum == date(2027, 4, 12)
    assert uitkomst.verdaging is not None
    assert uitkomst.verdaging.gemeld_op == date(2027, 3, 20)


def test_verdaging_op_de_laatste_dag_na_atw_verlenging_is_op_tijd() -> None:
    """The first term ends on tweede Paasdag 29 March 2027 and so runs to 30 March
    (Atw art. 1 lid 1): a verdaging made known on 30 March is before the term ends."""
    gebeurtenissen = [ONTVANGEN, Gebeurtenis.verdaagd(date(2027, 3, 30))]
    assert bereken_uit_gebeurtenissen("woo", gebeurtenissen).uiterste_datum == date(2027, 4, 12)


def test_verdaging_na_afloop_van_de_eerste_termijn_wordt_geweigerd() -> None:
    """Woo art. 4.4 lid 2: the verdaging is made known before the first term ends."""
    with pytest.raises(VerdagingFout) as fout:
        bereken_uit_gebeurtenissen("woo", [ONTVANGEN, Gebeurtenis.verdaagd(date(2027, 3, 31))])
    assert str(fout.value) == (
        "Verdaging op 2027-03-31 is te laat: de eerste termijn eindigde op 2027-03-30. "
        "Een verdaging moet vóór afloop van de eerste termijn worden meegedeeld "
        "(Woo art. 4.4 lid 2)."
    )


def test_te_late_verdaging_klacht_awb_9_11_lid_2() -> None:
    gebeurtenissen = [
        Gebeurtenis.ontvangen(date(2026, 11, 16)),
        Gebeurtenis.verdaagd(date(2026, 12, 29)),
    ]
    with pytest.raises(VerdagingFout, match="te laat.*Awb art. 9:11 lid 2"):
        bereken_uit_gebeurtenissen("klacht", gebeurtenissen)


def test_opschorting_verlengt_de_eerste_termijn_voor_de_verdaging() -> None:
    """Suspended 10-19 March 2027 (10 days): the first term now ends on 8 April, so a
    verdaging on 7 April is in time. 29 March + 14 + 10 days = Thursday 22 April 2027."""
    gebeurtenissen = [
        ONTVANGEN,
        Gebeurtenis.opgeschort(date(2027, 3, 10), date(2027, 3, 19)),
        Gebeurtenis.verdaagd(date(2027, 4, 7)),
    ]
    uitkomst = bereken_uit_gebeurtenissen("woo", gebeurtenissen)
    assert uitkomst.opschorting_dagen == 10
    assert uitkomst.uiterste_datum == date(2027, 4, 22)
    assert _zelfde(uitkomst, bereken("woo", date(2027, 3, 1), verdaging=True, opschorting_dagen=10))


def test_gesloten_opschorting_telt_dagen_tot_en_met_tot() -> None:
    """Woo art. 4.4 lid 3: suspended 10-14 March inclusive = 5 days, as ``bereken`` with 5."""
    gebeurtenissen = [ONTVANGEN, Gebeurtenis.opgeschort(date(2027, 3, 10), date(2027, 3, 14))]
    uitkomst = bereken_uit_gebeurtenissen("woo", gebeurtenissen)
    assert _zelfde(uitkomst, bereken("woo", date(2027, 3, 1), opschorting_dagen=5))
    assert uitkomst.uiterste_datum == date(2027, 4, 5)
    assert "Opgeschort van 2027-03-10 tot en met 2027-03-14: 5 dagen." in uitkomst.toelichting


def test_meerdere_opschortingen_en_volgorde_van_invoer_doet_er_niet_toe() -> None:
    gebeurtenissen = [
        Gebeurtenis.opgeschort(date(2027, 3, 20), date(2027, 3, 21)),
        Gebeurtenis.verdaagd(date(2027, 3, 25)),
        ONTVANGEN,
        Gebeurtenis.opgeschort(date(2027, 3, 5), date(2027, 3, 7)),
    ]
    uitkomst = bereken_uit_gebeurtenissen("woo", gebeurtenissen)
    assert uitkomst.opschorting_dagen == 5
    assert _zelfde(uitkomst, bereken("woo", date(2027, 3, 1), verdaging=True, opschorting_dagen=5))


def test_lopende_opschorting_geeft_geen_uiterste_datum() -> None:
    """An opschorting without end date: the result is flagged and has no final date.
    From 10 March, 10-29 March (20 days) of the term remain."""
    uitkomst = bereken_uit_gebeurtenissen("woo", [ONTVANGEN, Gebeurtenis.opgeschort(date(2027, 3, 10))])
    assert isinstance(uitkomst, OpgeschorteTermijn)
    assert uitkomst.opgeschort and uitkomst.uiterste_datum is None
    assert uitkomst.opgeschort_sinds == date(2027, 3, 10)
    assert uitkomst.resterende_dagen == 20
    assert "resten nog 20 dagen van de termijn" in uitkomst.toelichting[-1]
    gegevens = uitkomst.to_dict()
    assert gegevens["uiterste_datum"] is None and gegevens["opgeschort"] is True
    assert gegevens["opgeschort_sinds"] == "2027-03-10"
    assert set(gegevens) == set(bereken("woo", date(2027, 3, 1)).to_dict())


def test_na_afloop_van_de_opschorting_lopen_de_resterende_dagen() -> None:
    """Closing that opschorting on 19 March: 20 days remain, so the term ends on 8 April."""
    gebeurtenissen = [ONTVANGEN, Gebeurtenis.opgeschort(date(2027, 3, 10), date(2027, 3, 19))]
    uitkomst = bereken_uit_gebeurtenissen("woo", gebeurtenissen)
    assert uitkomst.uiterste_datum == date(2027, 3, 19) + timedelta(days=20) == date(2027, 4, 8)


def test_verdaging_tijdens_lopende_opschorting_is_op_tijd() -> None:
    gebeurtenissen = [
        ONTVANGEN,
        Gebeurtenis.opgeschort(date(2027, 3, 10)),
        Gebeurtenis.verdaagd(date(2027, 5, 1)),
    ]
    uitkomst = bereken_uit_gebeurtenissen("woo", gebeurtenissen)
    assert uitkomst.opgeschort and uitkomst.verdaging is not None


def test_tweede_verdaging_wordt_geweigerd() -> None:
    gebeurtenissen = [
        ONTVANGEN,
        Gebeurtenis.verdaagd(date(2027, 3, 10)),
        Gebeurtenis.verdaagd(date(2027, 3, 12)),
    ]
    with pytest.raises(VerdagingFout, match="al verdaagd op 2027-03-10"):
        bereken_uit_gebeurtenissen("woo", gebeurtenissen)


def test_verdaging_van_bezwaartermijn_wordt_geweigerd() -> None:
    gebeurtenissen = [
        Gebeurtenis.ontvangen(date(2026, 11, 20)),
        Gebeurtenis.verdaagd(date(2026, 11, 25)),
    ]
    with pytest.raises(VerdagingFout, match="kan niet worden verdaagd"):
        bereken_uit_gebeurtenissen("bezwaartermijn", gebeurtenissen)


@pytest.mark.parametrize(
    ("gebeurtenissen", "fout", "melding"),
    [
        ([], GebeurtenisFout, "precies één gebeurtenis 'ontvangen' zijn; er zijn er 0"),
        ([ONTVANGEN, ONTVANGEN], GebeurtenisFout, "er zijn er 2"),
        (
            [ONTVANGEN, Gebeurtenis.opgeschort(date(2027, 3, 1), date(2027, 3, 2))],
            OpschortingFout,
            "niet ingaan op of vóór de ontvangst",
        ),
        (
            [
                ONTVANGEN,
                Gebeurtenis.opgeschort(date(2027, 3, 5), date(2027, 3, 10)),
                Gebeurtenis.opgeschort(date(2027, 3, 10), date(2027, 3, 12)),
            ],
            OpschortingFout,
            "overlapt met een eerdere opschorting tot en met 2027-03-10",
        ),
        (
            [
                ONTVANGEN,
                Gebeurtenis.opgeschort(date(2027, 3, 5)),
                Gebeurtenis.opgeschort(date(2027, 3, 10), date(2027, 3, 12)),
            ],
            OpschortingFout,
            "sinds 2027-03-05 loopt zonder einddatum",
        ),
        (
            [ONTVANGEN, Gebeurtenis.opgeschort(date(2027, 3, 31), date(2027, 4, 2))],
            OpschortingFout,
            "te laat: de termijn eindigde op 2027-03-30",
        ),
        (
            [ONTVANGEN, Gebeurtenis.opgeschort(date(2027, 3, 30), date(2027, 4, 2))],
            OpschortingFout,
            "verlenging door de Algemene termijnenwet",
        ),
        (
            [ONTVANGEN, Gebeurtenis.verdaagd(date(2027, 2, 27))],
            VerdagingFout,
            "vóór de ontvangst",
        ),
    ],
    ids=[
        "geen-ontvangst",
        "twee-ontvangsten",
        "opschorting-op-ontvangstdag",
        "overlappende-opschortingen",
        "opschorting-tijdens-lopende",
        "opschorting-na-afloop",
        "opschorting-in-atw-verlenging",
        "verdaging-voor-ontvangst",
    ],
)
def test_ongeldige_gebeurtenissen(
    gebeurtenissen: list[Gebeurtenis], fout: type[Exception], melding: str
) -> None:
    with pytest.raises(fout, match=melding):
        bereken_uit_gebeurtenissen("woo", gebeurtenissen)


def test_opschorting_zonder_grondslag_wordt_geweigerd() -> None:
    gebeurtenissen = [
        Gebeurtenis.ontvangen(date(2026, 11, 16)),
        Gebeurtenis.opgeschort(date(2026, 11, 20), date(2026, 11, 22)),
    ]
    with pytest.raises(OpschortingFout, match="kent geen opschorting"):
        bereken_uit_gebeurtenissen("klacht", gebeurtenissen)


def test_gebeurtenis_controleert_zichzelf() -> None:
    with pytest.raises(GebeurtenisFout, match="eindigen"):
        Gebeurtenis.opgeschort(date(2027, 3, 10), date(2027, 3, 9))
    with pytest.raises(GebeurtenisFout, match="Alleen een opschorting"):
        Gebeurtenis(Soort.VERDAAGD, date(2027, 3, 10), date(2027, 3, 12))
    with pytest.raises(GebeurtenisFout, match="datums zonder tijdstip"):
        Gebeurtenis.ontvangen(datetime(2027, 3, 1, 9, 30))
    with pytest.raises(GebeurtenisFout, match="Onbekende soort"):
        Gebeurtenis("hervat", date(2027, 3, 10))  # type: ignore[arg-type]
    assert Gebeurtenis("verdaagd", date(2027, 3, 10)).soort is Soort.VERDAAGD  # type: ignore[arg-type]
