"""Helpers for the budget tests (plain functions; the fixtures are in conftest.py)."""

from __future__ import annotations

from pathlib import Path

from ministerie.begroting.models import Artikel
from ministerie.begroting.services import NieuweMutatie, NieuweRegel

DATA = Path(__file__).resolve().parents[4] / "data" / "bzk-2021"


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
