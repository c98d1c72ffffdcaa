"""Maintenance hooks: how the derived data of the parts is rebuilt from the database.

The database and the stored files are the source of truth; a search index is derived from them.
Each part registers how its derived data is rebuilt (``registreer_herbouw``), so that a restore
from a backup or an upgrade rebuilds all of it (``herbouw_alles``) without the core knowing the
parts. A function is registered by its dotted path, so nothing is imported before it is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.utils.module_loading import import_string

_herbouwers: dict[str, Callable[[], Any] | str] = {}


def registreer_herbouw(naam: str, functie: Callable[[], Any] | str) -> None:
    """Register a rebuild under ``naam`` (registering the same name again replaces it).

    ``functie`` takes no arguments, is idempotent and returns what it rebuilt (e.g. a count)."""
    _herbouwers[naam] = functie


def herbouwers() -> list[str]:
    return sorted(_herbouwers)


def herbouw_alles(melden: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Run every registered rebuild, in name order; returns each one's answer by name."""
    uitkomst: dict[str, Any] = {}
    for naam in herbouwers():
        functie = _herbouwers[naam]
        if isinstance(functie, str):
            functie = import_string(functie)
        uitkomst[naam] = functie()
        if melden is not None:
            melden(f"{naam} herbouwd: {uitkomst[naam]}")
    return uitkomst
