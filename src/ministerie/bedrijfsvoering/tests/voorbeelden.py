"""Sample URL parameters for the generated permission test: the operations routes take none."""

from __future__ import annotations


def voorbeeld_kwargs(route_naam: str, patroon: str) -> dict | None:
    return {} if route_naam.startswith("bedrijfsvoering:") else None
