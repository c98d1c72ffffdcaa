"""Fixtures for these tests; the BZK organisation is the shared ``bzk`` fixture (root conftest)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from ministerie.core.rubricering import Rubricering


@pytest.fixture
def lijn(bzk: Any, maak_gebruiker: Callable[..., Any]) -> dict[str, Any]:
    """The people on a memo's way up from Woningbouw to the minister, plus a co-initialer."""
    return {
        "beleid": maak_gebruiker(
            "beleidsmedewerker",
            eenheden=["woningbouw-woningbouwbeleid"],
            clearance=Rubricering.DEPARTEMENTAAL_VERTROUWELIJK,
            gebruikersnaam="beleid",
        ),
        "afdelingshoofd": maak_gebruiker(
            "afdelingshoofd",
            eenheden=["woningbouw-woningbouwbeleid"],
            clearance=Rubricering.STG_CONFIDENTIEEL,
            gebruikersnaam="ah",
        ),
        "directeur": maak_gebruiker(
            "directeur",
            eenheden=["woningbouw"],
            clearance=Rubricering.STG_CONFIDENTIEEL,
            gebruikersnaam="dir",
        ),
        "dg": maak_gebruiker(
            "directeur_generaal",
            eenheden=["dgbrw"],
            clearance=Rubricering.STG_CONFIDENTIEEL,
            gebruikersnaam="dg",
        ),
        "sg": maak_gebruiker(
            "secretaris_generaal",
            eenheden=["sg"],
            clearance=Rubricering.STG_GEHEIM,
            gebruikersnaam="sg",
        ),
        "minister": maak_gebruiker(
            "bewindspersoon",
            eenheden=["minister-bzk"],
            clearance=Rubricering.STG_GEHEIM,
            gebruikersnaam="minister",
        ),
        "czw": maak_gebruiker(
            "directeur",
            eenheden=["czw"],
            clearance=Rubricering.STG_CONFIDENTIEEL,
            gebruikersnaam="czw",
        ),
        "buiten": maak_gebruiker(
            "beleidsmedewerker",
            eenheden=["czw-juridisch-advies"],
            clearance=Rubricering.STG_GEHEIM,
            gebruikersnaam="buiten",
        ),
        "laag": maak_gebruiker(
            "beleidsmedewerker",
            eenheden=["woningbouw-woningbouwbeleid"],
            clearance=Rubricering.INTERN,
            gebruikersnaam="laag",
        ),
    }
