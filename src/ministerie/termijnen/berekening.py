"""Computes a term: base end, verdaging, opschorting, then the Atw once on the final end."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from .atw import pas_atw_toe
from .fouten import KalenderFout, OpschortingFout, VerdagingFout
from .kalender import (
    ATW_3_3,
    aangewezen_dagen_verwerkt,
    controleer_jaar,
    is_vrije_dag,
    naam_vrije_dag,
)
from .regelingen import Regeling, zoek_regeling
from .uitkomst import OpgeschorteTermijn, ToegepasteVerdaging, Uitkomst


def bereken(
    regeling: Regeling | str,
    ontvangen: date,
    *,
    verdaging: bool = False,
    opschorting_dagen: int = 0,
) -> Uitkomst:
    """The due date of ``regeling`` for DATUM ``ontvangen`` (see ``Regeling.aanvang``).

    ``opschorting_dagen`` calendar days of opschorting are added after the verdaging.
    """
    gekozen = zoek_regeling(regeling)
    controleer_datum(ontvangen)
    controleer_opschorting(gekozen, opschorting_dagen)
    toegepast = verdaging_voor(gekozen) if verdaging else None
    return stel_uitkomst_op(gekozen, ontvangen, verdaging=toegepast, opschorting_dagen=opschorting_dagen)


def controleer_datum(datum: date) -> None:
    # A datetime is a date too, but cannot be compared with one: refuse it here, clearly.
    if not isinstance(datum, date) or isinstance(datum, datetime):
        raise KalenderFout(f"Verwacht een datum (zonder tijdstip), niet {datum!r}.")
    controleer_jaar(datum.year)


def verdaging_voor(regeling: Regeling, gemeld_op: date | None = None) -> ToegepasteVerdaging:
    """The verdaging the regeling allows; a clear error when it allows none."""
    if regeling.verdaging is None:
        raise VerdagingFout(
            regeling.geen_verdaging_reden or f"De regeling '{regeling.sleutel}' kent geen verdaging."
        )
    duur = regeling.verdaging.duur
    return ToegepasteVerdaging(duur, duur.in_dagen(), regeling.verdaging.grondslag, gemeld_op)


def controleer_opschorting(regeling: Regeling, dagen: int) -> None:
    if isinstance(dagen, bool) or not isinstance(dagen, int) or dagen < 0:
        raise OpschortingFout(f"Opschorting moet een geheel aantal dagen van 0 of meer zijn, niet {dagen!r}.")
    if dagen and regeling.opschorting_grondslag is None:
        raise OpschortingFout(
            f"De regeling '{regeling.sleutel}' ({regeling.grondslag}) kent geen opschorting van de termijn."
        )


def einde_voor_atw(
    regeling: Regeling,
    basis_datum: date,
    verdaging: ToegepasteVerdaging | None,
    opschorting_dagen: int,
) -> date:
    extra = (verdaging.dagen if verdaging else 0) + opschorting_dagen
    return plus_dagen(regeling.termijn.na(basis_datum), extra)


def lopend_einde(
    regeling: Regeling,
    basis_datum: date,
    verdaging: ToegepasteVerdaging | None,
    opschorting_dagen: int,
) -> date:
    """The last day of the term as it stands, with the Atw when it applies."""
    einde = einde_voor_atw(regeling, basis_datum, verdaging, opschorting_dagen)
    if not regeling.atw_van_toepassing:
        return einde
    return pas_atw_toe(basis_datum, einde, regeling.termijn).einde


def plus_dagen(datum: date, dagen: int) -> date:
    try:
        uitkomst = datum + timedelta(days=dagen)
    except OverflowError as fout:
        raise KalenderFout(f"{datum} plus {dagen} dagen valt buiten de kalender.") from fout
    controleer_jaar(uitkomst.year)
    return uitkomst


def stel_uitkomst_op(
    regeling: Regeling,
    basis_datum: date,
    *,
    verdaging: ToegepasteVerdaging | None,
    opschorting_dagen: int,
    opschorting_regels: tuple[str, ...] = (),
) -> Uitkomst:
    """Build the explained result."""
    basis_einde, einde, toelichting = _tot_aan_atw(
        regeling, basis_datum, verdaging, opschorting_dagen, opschorting_regels
    )
    if regeling.atw_van_toepassing:
        atw = pas_atw_toe(basis_datum, einde, regeling.termijn)
        uiterste, verschoven = atw.einde, atw.verschoven
        toelichting.extend(atw.toelichting)
    else:
        uiterste, verschoven = einde, False
        toelichting.append(f"De Algemene termijnenwet is niet van toepassing: {regeling.geen_atw_reden}.")
    vrij = naam_vrije_dag(uiterste) if is_vrije_dag(uiterste) else None
    if vrij:
        toelichting.append(
            f"Let op: {uiterste} valt op {vrij}; omdat de Algemene termijnenwet niet van "
            "toepassing is, schuift de datum niet op."
        )
    toelichting.extend(_waarschuwing_kalender(einde, uiterste))
    toelichting.append(f"Uiterste datum: {uiterste}.")
    return Uitkomst(
        regeling=regeling.sleutel,
        omschrijving=regeling.omschrijving,
        grondslag=regeling.grondslag,
        termijn=str(regeling.termijn),
        basis_datum=basis_datum,
        basis_einde=basis_einde,
        verdaging=verdaging,
        opschorting_dagen=opschorting_dagen,
        atw_van_toepassing=regeling.atw_van_toepassing,
        toelichting=tuple(toelichting),
        einde_voor_atw=einde,
        uiterste_datum=uiterste,
        atw_verschoven=verschoven,
        valt_op_vrije_dag=vrij is not None,
        vrije_dag=vrij,
    )


def stel_opgeschorte_termijn_op(
    regeling: Regeling,
    basis_datum: date,
    *,
    verdaging: ToegepasteVerdaging | None,
    opschorting_dagen: int,
    opschorting_regels: tuple[str, ...],
    opgeschort_sinds: date,
) -> OpgeschorteTermijn:
    """The result while an opschorting without end date runs: no due date yet."""
    basis_einde, einde, toelichting = _tot_aan_atw(
        regeling, basis_datum, verdaging, opschorting_dagen, opschorting_regels
    )
    resterend = (einde - opgeschort_sinds).days + 1
    toelichting.append(
        f"De termijn is opgeschort sinds {opgeschort_sinds} ({regeling.opschorting_grondslag}); "
        "zolang de opschorting loopt, is er geen uiterste datum. Na de laatste dag van de "
        f"opschorting resten nog {_dagen(resterend)} van de termijn."
    )
    return OpgeschorteTermijn(
        regeling=regeling.sleutel,
        omschrijving=regeling.omschrijving,
        grondslag=regeling.grondslag,
        termijn=str(regeling.termijn),
        basis_datum=basis_datum,
        basis_einde=basis_einde,
        verdaging=verdaging,
        opschorting_dagen=opschorting_dagen,
        atw_van_toepassing=regeling.atw_van_toepassing,
        toelichting=tuple(toelichting),
        opgeschort_sinds=opgeschort_sinds,
        resterende_dagen=resterend,
    )


def _tot_aan_atw(
    regeling: Regeling,
    basis_datum: date,
    verdaging: ToegepasteVerdaging | None,
    opschorting_dagen: int,
    opschorting_regels: tuple[str, ...],
) -> tuple[date, date, list[str]]:
    """Base end, end before the Atw, and the explanation up to that point."""
    basis_einde = regeling.termijn.na(basis_datum)
    controleer_jaar(basis_einde.year)
    toelichting = [
        f"{regeling.omschrijving}: {regeling.termijn} ({regeling.grondslag}).",
        f"De termijn loopt vanaf de dag na {basis_datum} ({regeling.aanvang}); basis-einde {basis_einde}.",
    ]
    einde = basis_einde
    if verdaging:
        einde = plus_dagen(einde, verdaging.dagen)
        gemeld = f" Meegedeeld op {verdaging.gemeld_op}." if verdaging.gemeld_op else ""
        toelichting.append(f"Verdaging met {verdaging.duur} ({verdaging.grondslag}): einde {einde}.{gemeld}")
    toelichting.extend(opschorting_regels)
    if opschorting_dagen:
        einde = plus_dagen(einde, opschorting_dagen)
        toelichting.append(
            f"Opschorting van {_dagen(opschorting_dagen)} ({regeling.opschorting_grondslag}): einde {einde}."
        )
    return basis_einde, einde, toelichting


def _waarschuwing_kalender(*datums: date) -> list[str]:
    jaren = sorted({d.year for d in datums if not aangewezen_dagen_verwerkt(d.year)})
    return [
        f"Let op: voor {jaar} zijn (nog) geen bij koninklijk besluit aangewezen dagen "
        f"({ATW_3_3}) verwerkt; controleer de Staatscourant."
        for jaar in jaren
    ]


def _dagen(aantal: int) -> str:
    return "1 dag" if aantal == 1 else f"{aantal} dagen"
