"""Fixtures for the Woo tests: a small organisation with CZW, the line up to the minister."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from ministerie.core.rubricering import Rubricering
from ministerie.woo.tests.hulp import maak_organisatie


@pytest.fixture
def woo_org(db: Any, maak_gebruiker: Callable[..., Any]) -> dict[str, Any]:
    maak_organisatie()
    return {
        "jurist": maak_gebruiker(
            "jurist_czw",
            eenheden=["czw-juridisch"],
            clearance=Rubricering.STG_GEHEIM,
            gebruikersnaam="jurist",
        ),
        "directeur_czw": maak_gebruiker(
            "directeur", eenheden=["czw"], clearance=Rubricering.STG_GEHEIM, gebruikersnaam="dir-czw"
        ),
        "minister": maak_gebruiker(
            "bewindspersoon",
            eenheden=["minister-bzk"],
            clearance=Rubricering.STG_GEHEIM,
            gebruikersnaam="minister",
        ),
        "beleid": maak_gebruiker("beleidsmedewerker", eenheden=["woningbouw"], gebruikersnaam="beleid"),
        "directeur_wb": maak_gebruiker("directeur", eenheden=["woningbouw"], gebruikersnaam="dir-wb"),
        "woordvoerder": maak_gebruiker("woordvoerder", eenheden=["bzk"], gebruikersnaam="wv"),
    }
