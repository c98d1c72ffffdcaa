"""Which budget moment may follow which: a table, like the memo lifecycle.

The first moment of a budget year is always the ontwerpbegroting. Notas van wijziging come before
the budget is adopted (there may be several); incidental supplementary budgets (ISB) may come at
any time in the year of execution, so they do not move the cycle on.
"""

from __future__ import annotations

from ministerie.core.levenscyclus import Levenscyclus, OngeldigeOvergang

from .models import Moment

M = Moment
VOLGENDE: dict[str, tuple[str, ...]] = {
    M.ONTWERPBEGROTING: (
        M.NOTA_VAN_WIJZIGING,
        M.EERSTE_SUPPLETOIRE,
        M.INCIDENTELE_SUPPLETOIRE,
        M.TWEEDE_SUPPLETOIRE,
    ),
    M.NOTA_VAN_WIJZIGING: (
        M.NOTA_VAN_WIJZIGING,
        M.EERSTE_SUPPLETOIRE,
        M.INCIDENTELE_SUPPLETOIRE,
        M.TWEEDE_SUPPLETOIRE,
    ),
    M.EERSTE_SUPPLETOIRE: (M.INCIDENTELE_SUPPLETOIRE, M.TWEEDE_SUPPLETOIRE),
    M.TWEEDE_SUPPLETOIRE: (M.INCIDENTELE_SUPPLETOIRE, M.SLOTWET),
    M.SLOTWET: (M.REALISATIE,),
    M.REALISATIE: (),
}

MOMENT = Levenscyclus("een begroting", M, VOLGENDE)
"""The table and the labels; which moment may follow also depends on the history (below)."""


def toegestane_volgende(momenten: list[str]) -> tuple[str, ...]:
    """The moments that may follow the given history (oldest first), in the table's order."""
    if not momenten:
        return (M.ONTWERPBEGROTING,)
    # an ISB does not move the cycle on: look at the last regular moment
    regulier = [m for m in momenten if m != M.INCIDENTELE_SUPPLETOIRE]
    laatste = regulier[-1] if regulier else M.ONTWERPBEGROTING
    volgende = VOLGENDE[laatste]
    if momenten[-1] == M.INCIDENTELE_SUPPLETOIRE:
        volgende = tuple(m for m in volgende if m != M.NOTA_VAN_WIJZIGING)
    return volgende


def controleer_overgang(momenten: list[str], nieuw: str) -> None:
    """Raise ``OngeldigeOvergang`` when ``nieuw`` may not follow the history ``momenten``."""
    toegestaan = toegestane_volgende(momenten)
    if nieuw not in toegestaan:
        na = MOMENT.label(momenten[-1]).lower() if momenten else "het begin"
        opties = ", ".join(MOMENT.label(m).lower() for m in toegestaan) or "geen"
        raise OngeldigeOvergang(f"Na {na} kan geen {MOMENT.label(nieuw).lower()} volgen; wel: {opties}.")


__all__ = ["MOMENT", "VOLGENDE", "OngeldigeOvergang", "controleer_overgang", "toegestane_volgende"]
