"""Properties that hold for every date, checked with hypothesis."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from ministerie.termijnen import (
    REGELINGEN,
    Gebeurtenis,
    Regeling,
    Uitkomst,
    bereken,
    bereken_uit_gebeurtenissen,
    feestdagen,
    is_vrije_dag,
)

ATW_REGELINGEN = [r for r in REGELINGEN.values() if r.atw_van_toepassing]
MET_VERDAGING = [r for r in REGELINGEN.values() if r.verdaging]
MET_OPSCHORTING = [r for r in REGELINGEN.values() if r.opschorting_grondslag]

datums = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))
opschortingen = st.integers(min_value=0, max_value=200)
# No example database: the tests leave no files behind in the work tree.
snel = settings(deadline=None, max_examples=300, database=None)


def _bereken(r: Regeling, datum: date, verdaging: bool, opschorting: int) -> Uitkomst:
    """``bereken`` with only the options the regeling allows."""
    return bereken(
        r,
        datum,
        verdaging=verdaging and r.verdaging is not None,
        opschorting_dagen=opschorting if r.opschorting_grondslag else 0,
    )


@snel
@given(st.sampled_from(ATW_REGELINGEN), datums, st.booleans(), opschortingen)
def test_atw_termijn_eindigt_nooit_op_zaterdag_zondag_of_feestdag(
    r: Regeling, datum: date, verdaging: bool, opschorting: int
) -> None:
    uitkomst = _bereken(r, datum, verdaging, opschorting)
    assert not is_vrije_dag(uitkomst.uiterste_datum)
    assert uitkomst.uiterste_datum.weekday() < 5
    assert uitkomst.uiterste_datum not in feestdagen(uitkomst.uiterste_datum.year)
    assert not uitkomst.valt_op_vrije_dag


@snel
@given(st.sampled_from(ATW_REGELINGEN), datums, st.booleans(), opschortingen)
def test_atw_verschuift_naar_de_eerste_werkdag_en_niet_verder(
    r: Regeling, datum: date, verdaging: bool, opschorting: int
) -> None:
    """Atw art. 1 lid 1: every day skipped is a free day (art. 2 never adds for these terms)."""
    uitkomst = _bereken(r, datum, verdaging, opschorting)
    dag = uitkomst.einde_voor_atw
    while dag < uitkomst.uiterste_datum:
        assert is_vrije_dag(dag)
        dag += timedelta(days=1)
    assert uitkomst.atw_verschoven == (uitkomst.uiterste_datum != uitkomst.einde_voor_atw)


@snel
@given(st.sampled_from(list(REGELINGEN.values())), datums, st.booleans(), opschortingen)
def test_nooit_eerder_dan_het_basis_einde(
    r: Regeling, datum: date, verdaging: bool, opschorting: int
) -> None:
    uitkomst = _bereken(r, datum, verdaging, opschorting)
    assert uitkomst.basis_einde == r.termijn.na(datum)
    assert uitkomst.uiterste_datum >= uitkomst.einde_voor_atw >= uitkomst.basis_einde > datum


@snel
@given(datums)
def test_kamervragen_worden_nooit_verschoven_maar_wel_gemarkeerd(datum: date) -> None:
    uitkomst = bereken("kamervragen", datum)
    assert uitkomst.uiterste_datum == datum + timedelta(weeks=3)
    assert uitkomst.valt_op_vrije_dag == is_vrije_dag(uitkomst.uiterste_datum)


@snel
@given(st.sampled_from(MET_VERDAGING), datums, opschortingen)
def test_verdaging_maakt_de_datum_nooit_eerder(r: Regeling, datum: date, opschorting: int) -> None:
    zonder = _bereken(r, datum, False, opschorting)
    met = _bereken(r, datum, True, opschorting)
    assert met.uiterste_datum >= zonder.uiterste_datum


@snel
@given(st.sampled_from(MET_OPSCHORTING), datums, st.booleans(), opschortingen, opschortingen)
def test_meer_opschorting_maakt_de_datum_nooit_eerder(
    r: Regeling, datum: date, verdaging: bool, opschorting: int, extra: int
) -> None:
    minder = _bereken(r, datum, verdaging, opschorting)
    meer = _bereken(r, datum, verdaging, opschorting + extra)
    assert meer.uiterste_datum >= minder.uiterste_datum


@snel
@given(
    st.sampled_from(MET_OPSCHORTING),
    datums,
    st.lists(
        st.tuples(st.integers(1, 5), st.integers(1, 15)),  # (gap before, length) per period
        max_size=3,
    ),
    st.one_of(st.none(), st.integers(0, 28)),
)
def test_gebeurtenissen_geven_hetzelfde_als_bereken(
    r: Regeling, ontvangen: date, perioden: list[tuple[int, int]], verdaagd_na: int | None
) -> None:
    """Events inside the running term give the same due date as ``bereken`` with the summed
    suspension days. Gaps add up to at most 15 days and every term is at least 4 weeks, so
    every suspension starts while the term runs; a verdaging within 28 days is in time."""
    gebeurtenissen = [Gebeurtenis.ontvangen(ontvangen)]
    vorige = ontvangen
    for tussenruimte, lengte in perioden:
        van = vorige + timedelta(days=tussenruimte)
        vorige = van + timedelta(days=lengte - 1)
        gebeurtenissen.append(Gebeurtenis.opgeschort(van, vorige))
    if verdaagd_na is not None:
        gebeurtenissen.append(Gebeurtenis.verdaagd(ontvangen + timedelta(days=verdaagd_na)))

    uitkomst = bereken_uit_gebeurtenissen(r, gebeurtenissen)
    verwacht = bereken(
        r,
        ontvangen,
        verdaging=verdaagd_na is not None,
        opschorting_dagen=sum(lengte for _, lengte in perioden),
    )
    assert uitkomst.uiterste_datum == verwacht.uiterste_datum
    assert uitkomst.opschorting_dagen == verwacht.opschorting_dagen


@snel
@given(st.integers(min_value=1990, max_value=2999))
def test_elk_jaar_heeft_de_feestdagen_van_atw_art_3(jaar: int) -> None:
    dagen = feestdagen(jaar)
    assert all(d.year == jaar for d in dagen)
    assert date(jaar, 1, 1) in dagen and date(jaar, 5, 5) in dagen
    assert date(jaar, 12, 25) in dagen and date(jaar, 12, 26) in dagen
    namen = " ".join(dagen.values())
    for naam in ("Goede Vrijdag", "tweede Paasdag", "Hemelvaartsdag", "tweede Pinksterdag"):
        assert naam in namen
