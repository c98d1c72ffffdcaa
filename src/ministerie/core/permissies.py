"""Every access decision goes through here: the matrix (role × action), the scope by unit and
the classification. Views, API and CLI call ``vereis``; templates never decide access."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.core.exceptions import PermissionDenied

from .permissiematrix import ANONIEM, matrix
from .rubricering import mag_inzien

if TYPE_CHECKING:
    from ministerie.organisatie.models import Eenheid


def rollen_van(gebruiker: Any) -> frozenset[str]:
    if gebruiker is None or not gebruiker.is_authenticated or not gebruiker.is_active:
        return frozenset({ANONIEM})
    return gebruiker.rolcodes()


def heeft_recht(
    gebruiker: Any,
    actie: str,
    *,
    eenheid: Eenheid | None = None,
    rubricering: int | None = None,
) -> bool:
    """True when one of the user's roles grants ``actie`` and, for an item, its unit is in
    scope and its classification is within the user's clearance."""
    regel = matrix().actie(actie)
    if not (rollen_van(gebruiker) & regel.rollen):
        return False
    if rubricering is not None:
        clearance = getattr(gebruiker, "clearance", None) if gebruiker.is_authenticated else 0
        if not mag_inzien(clearance, rubricering):
            return False
    if regel.scope == "eigen_eenheid" and eenheid is not None:
        if not gebruiker.is_authenticated:
            return False
        return eenheid.pk in gebruiker.eenheden_in_scope()
    return True


def vereis(gebruiker: Any, actie: str, **kwargs: Any) -> None:
    if not heeft_recht(gebruiker, actie, **kwargs):
        raise PermissionDenied(f"U heeft geen recht op '{matrix().actie(actie).omschrijving}'.")


def vereis_inzage(gebruiker: Any, actie: str, item: Any, **kwargs: Any) -> None:
    """Check access to one classified item and record the read when its level requires it.

    ``item`` needs a ``rubricering`` attribute; ``eenheid`` is used for scoping when present.
    """
    from . import audit

    vereis(
        gebruiker,
        actie,
        eenheid=getattr(item, "eenheid", None),
        rubricering=getattr(item, "rubricering", None),
        **kwargs,
    )
    audit.registreer_inzage(item, door=gebruiker, actie=actie)
