"""The filters of the user list, one place for page and API."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from ministerie.core.models import Gebruiker

from .services import geldige_rollen

STATUSSEN = ("actief", "gedeactiveerd", "alle")


def filter_gebruikers(
    qs: QuerySet[Gebruiker], *, zoek: str = "", rol: str = "", eenheid: str = "", status: str = "alle"
) -> QuerySet[Gebruiker]:
    """``zoek``: words in user name, name or e-mail (each word must match); ``rol``: a role code;
    ``eenheid``: a unit code; ``status``: actief, gedeactiveerd or alle. Unknown values filter
    nothing away except an unknown role or unit, which match no one."""
    if status == "actief":
        qs = qs.filter(is_active=True)
    elif status == "gedeactiveerd":
        qs = qs.filter(is_active=False)
    if rol:
        qs = qs.filter(rollen__rol=rol) if rol in geldige_rollen() else qs.none()
    if eenheid:
        qs = qs.filter(eenheden__code=eenheid[:80])
    for term in zoek[:100].split()[:5]:
        qs = qs.filter(
            Q(username__icontains=term)
            | Q(first_name__icontains=term)
            | Q(last_name__icontains=term)
            | Q(email__icontains=term)
        )
    return qs.order_by("username").distinct()
