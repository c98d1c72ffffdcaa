"""Helpers for the expense-disclosure tests, also used by e2e/test_bestuurskosten.py (plain
functions and constants; the fixtures are in conftest.py)."""

from __future__ import annotations

from decimal import Decimal

MINISTER = "Hanke Bruins Slot"
GAST = "Jan de Vries"
IBAN = "NL91ABNA0417164300"
TELEFOON = "06-12345678"


def bon(*regels: str, bedrag: str = "84.50", paginas: int = 0) -> bytes:
    from ministerie.bestuurskosten.voorbeeldbonnen import maak_bon

    return maak_bon(
        leverancier="Restaurant De Fictieve Vork",
        regels=list(regels),
        bedrag=Decimal(bedrag),
        datum="12-03-2026",
        extra_paginas=paginas,
    )


STANDAARDBON = (f"Lunch minister {MINISTER}", f"met gast {GAST}", f"Tel. {TELEFOON}", f"IBAN {IBAN}")
