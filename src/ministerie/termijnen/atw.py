"""The Algemene termijnenwet: art. 1 (no end on a free day), art. 2 (two working days)
and art. 4 (which terms it does not cover)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .duur import Duur, Eenheid
from .kalender import (
    beschrijf_vrije_dag,
    eerste_werkdag_vanaf,
    is_vrije_dag,
    naam_vrije_dag,
    volgende_werkdag,
    werkdagen_na,
)

ATW_1_1 = "Atw art. 1 lid 1"
ATW_1_2 = "Atw art. 1 lid 2"
ATW_2 = "Atw art. 2"
ATW_4 = "Atw art. 4"

# Atw art. 4: the longest terms, per unit, that the Atw still covers.
_LANGSTE_GEDEKTE_TERMIJN = {Eenheid.DAGEN: 90, Eenheid.WEKEN: 12, Eenheid.MAANDEN: 3}


@dataclass(frozen=True)
class AtwToepassing:
    einde: date
    van_toepassing: bool
    verschoven: bool
    toelichting: tuple[str, ...]


def art4_uitzondering(duur: Duur) -> str | None:
    """Why Atw art. 4 excludes a term of this length, or None when the Atw covers it."""
    if duur.eenheid is Eenheid.UREN:
        return "de termijn is gesteld in uren"
    if duur.eenheid is Eenheid.JAREN:
        return "de termijn is gesteld in jaren"
    langste = _LANGSTE_GEDEKTE_TERMIJN[duur.eenheid]
    if duur.aantal > langste:
        return f"een termijn van {duur} is langer dan {Duur(langste, duur.eenheid)}"
    return None


def atw_van_toepassing(duur: Duur) -> bool:
    """Whether the Atw covers a term of this length (Atw art. 4)."""
    return art4_uitzondering(duur) is None


def pas_atw_toe(begin: date, einde: date, duur: Duur) -> AtwToepassing:
    """Apply Atw art. 1 and 2 to a term set in a wet.

    ``begin`` is the day from which the term is counted (it runs from the day after),
    ``einde`` its last day before the Atw, ``duur`` its statutory length (for art. 2 and 4).
    """
    uitzondering = art4_uitzondering(duur)
    if uitzondering:
        regel = f"De Algemene termijnenwet is niet van toepassing: {uitzondering} ({ATW_4})."
        return AtwToepassing(einde, False, False, (regel,))
    if einde < begin:
        regel = f"Een terug te rekenen termijn wordt niet verlengd ({ATW_1_2})."
        return AtwToepassing(einde, False, False, (regel,))

    nieuw_einde = eerste_werkdag_vanaf(einde)
    toelichting = [_art1_regel(einde, nieuw_einde)]
    if _ten_minste_drie_dagen(duur) and werkdagen_na(begin, nieuw_einde) < 2:
        tweede_werkdag = volgende_werkdag(volgende_werkdag(begin))
        aantal = werkdagen_na(begin, nieuw_einde)
        toelichting.append(
            f"Van {begin + timedelta(days=1)} tot en met {nieuw_einde} "
            f"{'valt maar 1 dag' if aantal == 1 else f'vallen maar {aantal} dagen'} "
            f"die geen zaterdag, zondag of feestdag is; verlengd tot en met {tweede_werkdag}, "
            f"zodat de termijn er twee bevat ({ATW_2})."
        )
        nieuw_einde = tweede_werkdag
    return AtwToepassing(nieuw_einde, True, nieuw_einde != einde, tuple(toelichting))


def _ten_minste_drie_dagen(duur: Duur) -> bool:
    return duur.eenheid is not Eenheid.DAGEN or duur.aantal >= 3


def _art1_regel(einde: date, nieuw_einde: date) -> str:
    if nieuw_einde == einde:
        return f"{einde} is geen zaterdag, zondag of feestdag: geen verlenging ({ATW_1_1})."
    regel = f"{einde} is {beschrijf_vrije_dag(einde)}; verschoven naar {nieuw_einde} ({ATW_1_1})."
    overgeslagen = [
        f"{dag} ({naam_vrije_dag(dag)})"
        for dag in (einde + timedelta(days=n) for n in range(1, (nieuw_einde - einde).days))
        if is_vrije_dag(dag)
    ]
    if overgeslagen:
        regel += f" Ook {_opsomming(overgeslagen)} {'is' if len(overgeslagen) == 1 else 'zijn'}"
        regel += " geen werkdag."
    return regel


def _opsomming(delen: list[str]) -> str:
    return delen[0] if len(delen) == 1 else f"{', '.join(delen[:-1])} en {delen[-1]}"
