"""Which units a user works for in parliament matters: their own units and everything below
them (the scope of the matrix), plus, for a user in an afdeling or team, the directie that
afdeling belongs to — questions are assigned to a directie and its people answer them."""

from __future__ import annotations

from typing import Any

from ministerie.core.permissies import heeft_recht
from ministerie.organisatie.models import Eenheid

LEIDENDE_SOORTEN = {
    Eenheid.Soort.DIRECTIE,
    Eenheid.Soort.CLUSTER,
    Eenheid.Soort.PROGRAMMA,
    Eenheid.Soort.DIRECTORAAT_GENERAAL,
    Eenheid.Soort.SECRETARIS_GENERAAL,
    Eenheid.Soort.BEWINDSPERSOON,
    Eenheid.Soort.MINISTERIE,
}


def betrokken_eenheden(gebruiker: Any) -> frozenset[int]:
    if not getattr(gebruiker, "is_authenticated", False):
        return frozenset()
    cached = getattr(gebruiker, "_parlement_eenheden", None)
    if cached is not None:
        return cached
    gevonden = set(gebruiker.eenheden_in_scope())
    for eenheid in gebruiker.eenheden.select_related("bovenliggende"):
        huidige = eenheid
        while huidige.soort not in LEIDENDE_SOORTEN and huidige.bovenliggende_id:
            huidige = huidige.bovenliggende
            gevonden.add(huidige.pk)
    gebruiker._parlement_eenheden = frozenset(gevonden)
    return gebruiker._parlement_eenheden


def is_betrokken(gebruiker: Any, *eenheden: Eenheid | None) -> bool:
    mijn = betrokken_eenheden(gebruiker)
    return any(e is not None and e.pk in mijn for e in eenheden)


def mag_voorbereiden(gebruiker: Any, *eenheden: Eenheid | None) -> bool:
    """Whether the user may prepare an answer for these units: Parlementaire Zaken always,
    others with the right for their own directie (the rule the services check)."""
    return heeft_recht(gebruiker, "parlement.registreren") or (
        heeft_recht(gebruiker, "parlement.voorbereiden") and is_betrokken(gebruiker, *eenheden)
    )
