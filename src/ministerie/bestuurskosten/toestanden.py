"""The lifecycle of a month as an explicit table of allowed transitions."""

from __future__ import annotations

from django.core.exceptions import ValidationError

from .models import Periode

S = Periode.Status

OVERGANGEN: dict[str, set[str]] = {
    S.OPEN: {S.GEPUBLICEERD},
    S.GEPUBLICEERD: {S.INGETROKKEN},
    S.INGETROKKEN: {S.OPEN},  # reopened to correct, then published again
}


class OngeldigeOvergang(ValidationError):
    pass


def controleer_overgang(periode: Periode, naar: str) -> None:
    if naar not in OVERGANGEN.get(periode.status, set()):
        van = S(periode.status).label if periode.status in S.values else periode.status
        raise OngeldigeOvergang(f"Een maand met status '{van}' kan niet naar '{S(naar).label}'.")
