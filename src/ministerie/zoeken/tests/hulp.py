"""Helpers for the search-index tests (plain functions; the fixtures are in conftest.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

from ministerie.zoeken import Zoekdocument


def maak_doc(id: str, **velden: Any) -> Zoekdocument:
    standaard: dict[str, Any] = {
        "soort": "document",
        "titel": "",
        "tekst": "",
        "eenheid": 1,
        "rubricering": 0,
        "status": "definitief",
        "datum": date(2024, 1, 1),
    }
    standaard.update(velden)
    return Zoekdocument(id=id, **standaard)
