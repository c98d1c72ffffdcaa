"""Fixtures for the budget tests: the BZK data set loaded as the ontwerpbegroting 2022."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ministerie.begroting.laden import laad
from ministerie.begroting.models import Artikel, Begroting
from ministerie.begroting.services import NieuweMutatie, NieuweRegel
from ministerie.core.rubricering import Rubricering

DATA = Path(__file__).resolve().parents[4] / "data" / "bzk-2021"


@pytest.fixture
def begroting_bzk(db: Any) -> Begroting:
    from ministerie.organisatie.laden import laad as laad_organisatie

    laad_organisatie(DATA, door="test")
    laad(DATA / "begroting", door="test")
    return Begroting.objects.get(hoofdstuk__code="VII", jaar=2022)


@pytest.fixture
def fez(maak_gebruiker: Callable[..., Any]) -> Any:
    return maak_gebruiker(
        "fez_medewerker", eenheden=["fez-begrotingszaken"], clearance=Rubricering.DEPARTEMENTAAL_VERTROUWELIJK
    )


def artikel(code: str, nummer: int) -> Artikel:
    return Artikel.objects.select_related("hoofdstuk").get(hoofdstuk__code=code, nummer=nummer)


def mutatie(soort: str, titel: str, *regels: tuple, hoofdstuk: str = "VII") -> NieuweMutatie:
    """regels: (artikelnummer, jaar, bedrag) or (artikelnummer, jaar, bedrag, soort[, hoofdstuk])."""
    uit = []
    for r in regels:
        nummer, jaar, bedrag = r[:3]
        bedragsoort = r[3] if len(r) > 3 else "uitgaven"
        code = r[4] if len(r) > 4 else hoofdstuk
        uit.append(NieuweRegel(artikel(code, nummer), bedragsoort, jaar, bedrag))
    return NieuweMutatie(soort, titel, f"Toelichting bij {titel}.", tuple(uit))
