from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from ministerie.zoeken import Zoekdocument, Zoekindex


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


@pytest.fixture
def index() -> Zoekindex:
    return Zoekindex(None)


@pytest.fixture
def zoek(index: Zoekindex) -> Callable[..., list[str]]:
    """Ids of the hits for a query, without permission limits unless given."""

    def _zoek(vraag: str, **opties: Any) -> list[str]:
        opties.setdefault("max_rubricering", 50)
        opties.setdefault("eenheden", None)
        return [t.id for t in index.zoek(vraag, **opties).treffers]

    return _zoek
