"""Derives a due date from the recorded events of a case: ontvangen, verdaagd, opgeschort.

A case stores its events, never its due date. The result equals ``bereken`` with the
verdaging and the number of suspended days that the events describe.

An opschorting without end date (``tot`` is None) is still running: no due date exists
until it ends, so the result is then an ``OpgeschorteTermijn`` (``opgeschort`` is True,
``uiterste_datum`` is None) that says since when and how many days of the term remain.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from .berekening import (
    controleer_datum,
    controleer_opschorting,
    einde_voor_atw,
    lopend_einde,
    stel_opgeschorte_termijn_op,
    stel_uitkomst_op,
    verdaging_voor,
)
from .fouten import GebeurtenisFout, OpschortingFout, VerdagingFout
from .regelingen import Regeling, zoek_regeling
from .uitkomst import OpgeschorteTermijn, ToegepasteVerdaging, Uitkomst


class Soort(StrEnum):
    ONTVANGEN = "ontvangen"
    VERDAAGD = "verdaagd"
    OPGESCHORT = "opgeschort"


@dataclass(frozen=True)
class Gebeurtenis:
    """One event; for an opschorting ``datum`` is its first day and ``tot`` its last day."""

    soort: Soort
    datum: date
    tot: date | None = None

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "soort", Soort(self.soort))
        except ValueError as fout:
            soorten = ", ".join(s.value for s in Soort)
            raise GebeurtenisFout(
                f"Onbekende soort gebeurtenis {self.soort!r}; kies uit: {soorten}."
            ) from fout
        if not _is_datum(self.datum) or not (self.tot is None or _is_datum(self.tot)):
            raise GebeurtenisFout(f"Een gebeurtenis heeft datums zonder tijdstip nodig: {self!r}.")
        if self.tot is not None and self.soort is not Soort.OPGESCHORT:
            raise GebeurtenisFout("Alleen een opschorting heeft een einddatum ('tot').")
        if self.tot is not None and self.tot < self.datum:
            raise GebeurtenisFout(
                f"Een opschorting kan niet eindigen ({self.tot}) vóór zij begint ({self.datum})."
            )

    @classmethod
    def ontvangen(cls, datum: date) -> Gebeurtenis:
        return cls(Soort.ONTVANGEN, datum)

    @classmethod
    def verdaagd(cls, datum: date) -> Gebeurtenis:
        """The verdaging was made known to the requester on ``datum``."""
        return cls(Soort.VERDAAGD, datum)

    @classmethod
    def opgeschort(cls, van: date, tot: date | None = None) -> Gebeurtenis:
        """Suspended from ``van`` up to and including ``tot``; ``tot`` None: still running."""
        return cls(Soort.OPGESCHORT, van, tot)


def _is_datum(waarde: object) -> bool:
    return isinstance(waarde, date) and not isinstance(waarde, datetime)


def bereken_uit_gebeurtenissen(
    regeling: Regeling | str, gebeurtenissen: Iterable[Gebeurtenis]
) -> Uitkomst | OpgeschorteTermijn:
    gekozen = zoek_regeling(regeling)
    lijst = list(gebeurtenissen)
    ontvangsten = [g for g in lijst if g.soort is Soort.ONTVANGEN]
    if len(ontvangsten) != 1:
        raise GebeurtenisFout(
            f"Er moet precies één gebeurtenis 'ontvangen' zijn; er zijn er {len(ontvangsten)}."
        )
    verloop = _Verloop(gekozen, ontvangsten[0].datum)
    overige = (g for g in lijst if g.soort is not Soort.ONTVANGEN)
    for gebeurtenis in sorted(overige, key=lambda g: (g.datum, g.soort is Soort.OPGESCHORT)):
        verloop.verwerk(gebeurtenis)
    return verloop.uitkomst()


@dataclass
class _Verloop:
    """The state of a term while its events are replayed in date order."""

    regeling: Regeling
    basis_datum: date
    verdaging: ToegepasteVerdaging | None = None
    opschorting_dagen: int = 0
    open_sinds: date | None = None
    laatste_opgeschorte_dag: date | None = None
    regels: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        controleer_datum(self.basis_datum)

    def verwerk(self, gebeurtenis: Gebeurtenis) -> None:
        if gebeurtenis.soort is Soort.VERDAAGD:
            self._verdaag(gebeurtenis.datum)
        else:
            self._schort_op(gebeurtenis.datum, gebeurtenis.tot)

    def uitkomst(self) -> Uitkomst | OpgeschorteTermijn:
        if self.open_sinds is not None:
            return stel_opgeschorte_termijn_op(
                self.regeling,
                self.basis_datum,
                verdaging=self.verdaging,
                opschorting_dagen=self.opschorting_dagen,
                opschorting_regels=tuple(self.regels),
                opgeschort_sinds=self.open_sinds,
            )
        return stel_uitkomst_op(
            self.regeling,
            self.basis_datum,
            verdaging=self.verdaging,
            opschorting_dagen=self.opschorting_dagen,
            opschorting_regels=tuple(self.regels),
        )

    def _lopend_einde(self) -> date:
        return lopend_einde(self.regeling, self.basis_datum, self.verdaging, self.opschorting_dagen)

    def _verdaag(self, datum: date) -> None:
        toegestaan = verdaging_voor(self.regeling, gemeld_op=datum)
        if datum < self.basis_datum:
            raise VerdagingFout(f"Verdaging op {datum} ligt vóór de ontvangst ({self.basis_datum}).")
        if self.verdaging is not None:
            raise VerdagingFout(
                f"De termijn is al verdaagd op {self.verdaging.gemeld_op}; "
                f"{toegestaan.grondslag} staat één verdaging toe."
            )
        # While an opschorting runs, the first term has not ended yet.
        if self.open_sinds is None and datum > (eerste_einde := self._lopend_einde()):
            raise VerdagingFout(
                f"Verdaging op {datum} is te laat: de eerste termijn eindigde op {eerste_einde}. "
                f"Een verdaging moet vóór afloop van de eerste termijn worden meegedeeld "
                f"({toegestaan.grondslag})."
            )
        self.verdaging = toegestaan

    def _schort_op(self, van: date, tot: date | None) -> None:
        controleer_opschorting(self.regeling, 1)
        if van <= self.basis_datum:
            raise OpschortingFout(
                f"Een opschorting kan niet ingaan op of vóór de ontvangst ({self.basis_datum})."
            )
        if self.open_sinds is not None:
            raise OpschortingFout(
                f"Opschorting vanaf {van} overlapt met de opschorting die sinds "
                f"{self.open_sinds} loopt zonder einddatum."
            )
        if self.laatste_opgeschorte_dag is not None and van <= self.laatste_opgeschorte_dag:
            raise OpschortingFout(
                f"Opschorting vanaf {van} overlapt met een eerdere opschorting tot en met "
                f"{self.laatste_opgeschorte_dag}."
            )
        self._controleer_termijn_loopt(van)
        if tot is None:
            self.open_sinds = van
            self.regels.append(f"Opgeschort vanaf {van}, nog zonder einddatum.")
            return
        dagen = (tot - van).days + 1
        self.opschorting_dagen += dagen
        self.laatste_opgeschorte_dag = tot
        self.regels.append(
            f"Opgeschort van {van} tot en met {tot}: {dagen} {'dag' if dagen == 1 else 'dagen'}."
        )

    def _controleer_termijn_loopt(self, van: date) -> None:
        einde = einde_voor_atw(self.regeling, self.basis_datum, self.verdaging, self.opschorting_dagen)
        if van <= einde:
            return
        verlengd_einde = self._lopend_einde()
        if van > verlengd_einde:
            raise OpschortingFout(
                f"Opschorting vanaf {van} is te laat: de termijn eindigde op {verlengd_einde}; "
                "een verstreken termijn kan niet meer worden opgeschort."
            )
        # Suspended days are added to the end before the Atw; a suspension that starts only
        # in the days the Atw adds cannot be expressed that way, so it is refused openly.
        raise OpschortingFout(
            f"Opschorting vanaf {van} begint na {einde}, de laatste dag van de termijn vóór "
            f"verlenging door de Algemene termijnenwet (tot {verlengd_einde}). Zo'n opschorting "
            "kan deze berekening niet verwerken; laat de termijn juridisch beoordelen."
        )
