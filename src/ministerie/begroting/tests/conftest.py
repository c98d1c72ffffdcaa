"""Fixtures for the budget tests: the BZK data set loaded as the ontwerpbegroting 2022.
Plain helpers (``artikel``, ``mutatie``) are in hulp.py."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from ministerie.begroting.laden import laad
from ministerie.begroting.models import Begroting
from ministerie.core.rubricering import Rubricering

from .hulp import DATA


@pytest.fixture
def begroting_bzk(bzk: Any) -> Begroting:
    """The budget data set on top of the shared BZK organisation (root conftest)."""
    laad(DATA / "begroting", door="test")
    return Begroting.objects.get(hoofdstuk__code="VII", jaar=2022)


@pytest.fixture
def fez(maak_gebruiker: Callable[..., Any]) -> Any:
    return maak_gebruiker(
        "fez_medewerker", eenheden=["fez-begrotingszaken"], clearance=Rubricering.DEPARTEMENTAAL_VERTROUWELIJK
    )
