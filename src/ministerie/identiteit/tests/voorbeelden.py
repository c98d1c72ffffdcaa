"""Sample URL parameters for the generated permission test (core/tests)."""

from __future__ import annotations

from typing import Any


def voorbeeld_kwargs(route_naam: str, patroon: str) -> dict[str, Any] | None:
    if route_naam == "identiteit:verwijderen":
        # POST only: a device of another user answers 404, which the test allows for a POST
        return {"soort": "totp", "pk": 1}
    return None
