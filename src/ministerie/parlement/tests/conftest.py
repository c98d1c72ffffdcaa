"""Fixtures for these tests; the BZK organisation is the shared ``bzk`` fixture (root conftest)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from ministerie.core.rubricering import Rubricering
from ministerie.organisatie.models import Eenheid


@pytest.fixture
def mensen(bzk: Any, maak_gebruiker: Callable[..., Any]) -> dict[str, Any]:
    hoog = Rubricering.STG_CONFIDENTIEEL
    return {
        "pz": maak_gebruiker(
            "parlementaire_zaken", eenheden=["ba-pzmo"], clearance=hoog, gebruikersnaam="pz"
        ),
        "minister": maak_gebruiker(
            "bewindspersoon", eenheden=["minister-bzk"], clearance=hoog, gebruikersnaam="minister"
        ),
        "directeur": maak_gebruiker(
            "directeur", eenheden=["woningbouw"], clearance=hoog, gebruikersnaam="dir"
        ),
        "beleid": maak_gebruiker(
            "beleidsmedewerker",
            eenheden=["woningbouw-woningbouwbeleid"],
            clearance=hoog,
            gebruikersnaam="beleid",
        ),
        "afdelingshoofd": maak_gebruiker(
            "afdelingshoofd", eenheden=["woningbouw-woningbouwbeleid"], clearance=hoog, gebruikersnaam="ah"
        ),
        "dg": maak_gebruiker("directeur_generaal", eenheden=["dgbrw"], clearance=hoog, gebruikersnaam="dg"),
        "sg": maak_gebruiker("secretaris_generaal", eenheden=["sg"], clearance=hoog, gebruikersnaam="sg"),
        "czw": maak_gebruiker("directeur", eenheden=["czw"], clearance=hoog, gebruikersnaam="czw"),
        "beheer": maak_gebruiker("functioneel_beheerder", eenheden=["bzk"], gebruikersnaam="beheer"),
    }


@pytest.fixture
def e() -> Callable[[str], Eenheid]:
    return lambda code: Eenheid.objects.get(code=code)
