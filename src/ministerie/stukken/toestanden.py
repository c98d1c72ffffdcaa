"""The lifecycle of a memo as an explicit table of allowed transitions."""

from __future__ import annotations

from django.core.exceptions import ValidationError

from .models import Nota

S = Nota.Status

OVERGANGEN: dict[str, set[str]] = {
    S.CONCEPT: {S.IN_PARAFERING},
    S.IN_PARAFERING: {S.TERUGGESTUURD, S.TER_BESLISSING},
    S.TERUGGESTUURD: {S.IN_PARAFERING},
    S.TER_BESLISSING: {S.TERUGGESTUURD, S.BESLOTEN},
    S.BESLOTEN: {S.AFGEDAAN},
    S.AFGEDAAN: set(),
}


class OngeldigeOvergang(ValidationError):
    pass


def controleer_overgang(nota: Nota, naar: str) -> None:
    if naar not in OVERGANGEN.get(nota.status, set()):
        van = Nota.Status(nota.status).label if nota.status in S.values else nota.status
        raise OngeldigeOvergang(f"Een nota met status '{van}' kan niet naar '{Nota.Status(naar).label}'.")
