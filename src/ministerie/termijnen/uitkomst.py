"""The result of a term computation, which explains itself.

``Uitkomst`` has a due date. ``OpgeschorteTermijn`` is the result while an opschorting
without end date runs: then no due date exists yet. Both give the same ``to_dict`` keys.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from .duur import Duur


@dataclass(frozen=True)
class ToegepasteVerdaging:
    duur: Duur
    dagen: int
    grondslag: str
    # The day the verdaging was made known, when it comes from recorded events.
    gemeld_op: date | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "duur": str(self.duur),
            "dagen": self.dagen,
            "grondslag": self.grondslag,
            "gemeld_op": _iso(self.gemeld_op),
        }


@dataclass(frozen=True)
class _Termijn:
    regeling: str
    omschrijving: str
    grondslag: str
    termijn: str
    basis_datum: date
    basis_einde: date
    verdaging: ToegepasteVerdaging | None
    opschorting_dagen: int
    atw_van_toepassing: bool
    toelichting: tuple[str, ...]

    def _basis_dict(self) -> dict[str, Any]:
        return {
            "regeling": self.regeling,
            "omschrijving": self.omschrijving,
            "grondslag": self.grondslag,
            "termijn": self.termijn,
            "basis_datum": _iso(self.basis_datum),
            "basis_einde": _iso(self.basis_einde),
            "verdaging": self.verdaging.to_dict() if self.verdaging else None,
            "opschorting_dagen": self.opschorting_dagen,
            "atw_van_toepassing": self.atw_van_toepassing,
        }


@dataclass(frozen=True)
class Uitkomst(_Termijn):
    einde_voor_atw: date
    uiterste_datum: date
    atw_verschoven: bool
    # The due date is a Saturday, Sunday or feestdag: only possible when the Atw does not apply.
    valt_op_vrije_dag: bool
    vrije_dag: str | None

    @property
    def opgeschort(self) -> Literal[False]:
        return False

    def to_dict(self) -> dict[str, Any]:
        """JSON-serialisable values; dates as ISO 8601 text."""
        return {
            **self._basis_dict(),
            "einde_voor_atw": _iso(self.einde_voor_atw),
            "uiterste_datum": _iso(self.uiterste_datum),
            "atw_verschoven": self.atw_verschoven,
            "valt_op_vrije_dag": self.valt_op_vrije_dag,
            "vrije_dag": self.vrije_dag,
            "opgeschort": False,
            "opgeschort_sinds": None,
            "resterende_dagen": None,
            "toelichting": list(self.toelichting),
        }


@dataclass(frozen=True)
class OpgeschorteTermijn(_Termijn):
    opgeschort_sinds: date
    # Days of the term still to run once the opschorting ends (counted from its last day).
    resterende_dagen: int

    @property
    def opgeschort(self) -> Literal[True]:
        return True

    @property
    def uiterste_datum(self) -> None:
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            **self._basis_dict(),
            "einde_voor_atw": None,
            "uiterste_datum": None,
            "atw_verschoven": False,
            "valt_op_vrije_dag": False,
            "vrije_dag": None,
            "opgeschort": True,
            "opgeschort_sinds": _iso(self.opgeschort_sinds),
            "resterende_dagen": self.resterende_dagen,
            "toelichting": list(self.toelichting),
        }


def _iso(datum: date | None) -> str | None:
    return datum.isoformat() if datum else None
