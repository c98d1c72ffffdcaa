"""The lifecycle of a Woo request as an explicit table of allowed transitions."""

from __future__ import annotations

from django.core.exceptions import ValidationError

from .models import Verzoek

S = Verzoek.Status

OVERGANGEN: dict[str, set[str]] = {
    S.ONTVANGEN: {S.VERDUIDELIJKING, S.IN_BEHANDELING, S.NIET_IN_BEHANDELING, S.INGETROKKEN},
    S.VERDUIDELIJKING: {S.IN_BEHANDELING, S.NIET_IN_BEHANDELING, S.INGETROKKEN},
    S.IN_BEHANDELING: {S.OPGESCHORT, S.BESLUIT_GENOMEN, S.INGETROKKEN},
    S.OPGESCHORT: {S.IN_BEHANDELING, S.INGETROKKEN},
    S.BESLUIT_GENOMEN: {S.WACHT, S.GEPUBLICEERD, S.AFGEROND},
    S.WACHT: {S.GEPUBLICEERD},
    S.GEPUBLICEERD: {S.AFGEROND},
    S.AFGEROND: set(),
    S.INGETROKKEN: set(),
    S.NIET_IN_BEHANDELING: set(),
}

OPEN = [S.ONTVANGEN, S.VERDUIDELIJKING, S.IN_BEHANDELING, S.OPGESCHORT]


class OngeldigeOvergang(ValidationError):
    pass


def _label(status: str) -> str:
    return S(status).label if status in S.values else status


def controleer_overgang(verzoek: Verzoek, naar: str) -> None:
    if naar not in OVERGANGEN.get(verzoek.status, set()):
        raise OngeldigeOvergang(
            f"Een verzoek met status '{_label(verzoek.status)}' kan niet naar '{_label(naar)}'."
        )
