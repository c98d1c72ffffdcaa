"""Helpers for the objection tests: an objection registered by a jurist."""

from __future__ import annotations

from datetime import date
from typing import Any

from ministerie.bezwaar import services


def registreer(door: Any, ontvangen_op: date, bekendgemaakt_op: date | None, **overig: Any) -> Any:
    gegevens: dict[str, Any] = {
        "kanaal": "brief",
        "onderwerp": "Bezwaar tegen de weigering van documenten",
        "besluit": "Woo-besluit kenmerk 2026-0042",
        "besluit_bekendgemaakt_op": bekendgemaakt_op,
        "gronden": "De weigering op grond van art. 5.1 lid 2 onder i Woo is niet gemotiveerd.",
        "bezwaarmaker_naam": "B. de Boer",
        "bezwaarmaker_adres": "Dorpsstraat 1\n1234 AB Ergens",
        "ontvangen_op": ontvangen_op,
    }
    gegevens.update(overig)
    return services.registreer(door=door, **gegevens)
