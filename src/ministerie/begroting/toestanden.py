"""Which budget moment may follow which: a table, like the memo lifecycle.

The first moment of a budget year is always the ontwerpbegroting. Notas van wijziging come before
the budget is adopted (there may be several); incidental supplementary budgets (ISB) may come at
any time in the year of execution, so they do not move the cycle on.
"""

from __future__ import annotations

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


class OngeldigeOvergang(Exception):
    pass


def toegestane_volgende(momenten: list[str]) -> tuple[str, ...]:
    """The moments that may follow the given history (oldest first)."""
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
    toegestaan = toegestane_volgende(momenten)
    if nieuw not in toegestaan:
        namen = dict(Moment.choices)
        na = namen[momenten[-1]].lower() if momenten else "het begin"
        opties = ", ".join(namen[m].lower() for m in toegestaan) or "geen"
        raise OngeldigeOvergang(f"Na {na} kan geen {namen.get(nieuw, nieuw).lower()} volgen; wel: {opties}.")
