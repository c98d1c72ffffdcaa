"""Sample URL parameters for the generated permission test: a notification of a sample user.
Only POST routes take one; for anyone but its recipient they answer 404, which the test allows
for a POST (a notification is never visible to another user)."""

from __future__ import annotations

from typing import Any

ROUTES = {"meldingen:gelezen", "meldingen:openen"}


def _melding() -> Any:
    from ministerie.core.models import Gebruiker
    from ministerie.meldingen.models import Melding

    ontvanger, _ = Gebruiker.objects.get_or_create(username="voorbeeld-ontvanger")
    melding, _ = Melding.objects.get_or_create(
        ontvanger=ontvanger,
        sleutel="voorbeeld",
        defaults={"soort": "overig", "titel": "Voorbeeld", "link": "/"},
    )
    return melding


def voorbeeld_kwargs(route_naam: str, patroon: str) -> dict | None:
    if route_naam in ROUTES:
        return {"pk": _melding().pk}
    return None
