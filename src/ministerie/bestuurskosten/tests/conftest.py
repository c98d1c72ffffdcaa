"""Fixtures for the expense-disclosure tests; the BZK organisation is the shared ``bzk`` fixture
(root conftest), plain helpers are in hulp.py."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from ministerie.core.rubricering import Rubricering
from ministerie.organisatie.models import Eenheid, Persoon

from .hulp import STANDAARDBON, bon


@pytest.fixture
def mensen(bzk: Eenheid, maak_gebruiker: Callable[..., Any]) -> dict[str, Any]:
    return {
        "fez": maak_gebruiker(
            "fez_medewerker",
            eenheden=["fez-begrotingszaken"],
            gebruikersnaam="fez",
            clearance=Rubricering.DEPARTEMENTAAL_VERTROUWELIJK,
        ),
        "jurist": maak_gebruiker("jurist_czw", eenheden=["czw-juridisch-advies"], gebruikersnaam="jurist"),
        "sg": maak_gebruiker(
            "secretaris_generaal", eenheden=["sg"], gebruikersnaam="sg", clearance=Rubricering.STG_GEHEIM
        ),
        "beleid": maak_gebruiker("beleidsmedewerker", eenheden=["woningbouw"], gebruikersnaam="beleid"),
    }


@pytest.fixture
def periode(mensen: dict[str, Any], bzk: Eenheid) -> Any:
    from ministerie.bestuurskosten import services

    return services.maak_periode(door=mensen["fez"], ministerie=bzk, jaar=2026, maand=3)


@pytest.fixture
def klaar(periode: Any, mensen: dict[str, Any]) -> Any:
    """A month with one receipt, redacted and checked, and one line: ready to publish."""
    from ministerie.bestuurskosten import services

    fez = mensen["fez"]
    document = services.voeg_document_toe(
        periode, door=fez, data=bon(*STANDAARDBON), bestandsnaam="lunch.pdf", titel="Lunch", soort="bon"
    )
    services.beoordeel(document, door=fez, besluiten={v.pk: True for v in document.voorstellen.all()})
    services.lak_document(document, door=fez)
    services.voeg_post_toe(
        periode,
        door=fez,
        persoon=Persoon.objects.get(code="hanke-bruins-slot"),
        categorie="representatie",
        datum=date(2026, 3, 12),
        bedrag=Decimal("84.50"),
        omschrijving="Lunch werkbezoek",
        brondocument=document,
    )
    return periode
