"""Fixtures for the search-index tests; ``maak_doc`` is in hulp.py."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from ministerie.zoeken import Zoekindex


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
