"""The lifecycles of parliament items as explicit tables of allowed transitions."""

from __future__ import annotations

from django.core.exceptions import ValidationError

from .models import Debat, Debatvraag, Kamervragen, Motie, Toezegging

KV, TZ, M, D, DV = (
    Kamervragen.Status,
    Toezegging.Status,
    Motie.Uitslag,
    Debat.Status,
    Debatvraag.Status,
)

OVERGANGEN: dict[type, dict[str, set[str]]] = {
    Kamervragen: {
        KV.OPEN: {KV.UITSTEL, KV.VERZONDEN},
        KV.UITSTEL: {KV.UITSTEL, KV.VERZONDEN},  # a second uitstelbericht is possible
        KV.VERZONDEN: set(),
    },
    Toezegging: {
        TZ.OPEN: {TZ.DEELS_VOLDAAN, TZ.VOLDAAN, TZ.VERVALLEN},
        TZ.DEELS_VOLDAAN: {TZ.DEELS_VOLDAAN, TZ.VOLDAAN, TZ.VERVALLEN},
        TZ.VOLDAAN: set(),
        TZ.VERVALLEN: set(),
    },
    Motie: {
        M.NIET_GESTEMD: {M.AANGENOMEN, M.VERWORPEN, M.AANGEHOUDEN, M.INGETROKKEN},
        M.AANGEHOUDEN: {M.AANGENOMEN, M.VERWORPEN, M.INGETROKKEN},
        M.AANGENOMEN: set(),
        M.VERWORPEN: set(),
        M.INGETROKKEN: set(),
    },
    Debat: {D.GEPLAND: {D.LIVE}, D.LIVE: {D.AFGELOPEN}, D.AFGELOPEN: set()},
    Debatvraag: {
        DV.OPEN: {DV.BEANTWOORD, DV.SCHRIFTELIJK},
        DV.BEANTWOORD: {DV.OPEN, DV.SCHRIFTELIJK},
        DV.SCHRIFTELIJK: {DV.OPEN, DV.BEANTWOORD},
    },
}


def _label(keuzes: type, waarde: str) -> str:
    return dict(keuzes.choices).get(waarde, waarde)  # type: ignore[attr-defined]


def controleer_overgang(model: type, keuzes: type, van: str, naar: str) -> None:
    """Raise a clear Dutch error when ``van`` -> ``naar`` is not in the table (fail closed)."""
    if naar not in OVERGANGEN[model].get(van, set()):
        raise ValidationError(
            f"Een {model._meta.verbose_name} met status '{_label(keuzes, van)}' kan niet naar "  # type: ignore[attr-defined]
            f"'{_label(keuzes, naar)}'."
        )
