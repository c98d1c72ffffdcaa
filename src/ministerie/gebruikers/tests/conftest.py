"""Fixtures of user administration: two functioneel beheerders (for four eyes) and a unit."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from ministerie.core.rubricering import Rubricering


@pytest.fixture
def eenheid(db: Any) -> Any:
    from ministerie.organisatie.models import Eenheid

    wortel, _ = Eenheid.objects.get_or_create(code="bzk", defaults={"naam": "BZK", "soort": "ministerie"})
    return Eenheid.objects.create(
        code="dgoo", naam="DG Openbaar Bestuur", soort="directoraat_generaal", bovenliggende=wortel
    )


@pytest.fixture
def beheerder(maak_gebruiker: Callable[..., Any]) -> Any:
    return maak_gebruiker(
        "functioneel_beheerder", eenheden=["bzk"], clearance=Rubricering.STG_GEHEIM, gebruikersnaam="beheer-a"
    )


@pytest.fixture
def tweede_beheerder(maak_gebruiker: Callable[..., Any]) -> Any:
    return maak_gebruiker(
        "functioneel_beheerder", eenheden=["bzk"], clearance=Rubricering.STG_GEHEIM, gebruikersnaam="beheer-b"
    )
