"""Exports to spreadsheets, shared by every part: CSV and XLSX cells that a spreadsheet program
never runs as a formula (OWASP "CSV Injection"; issue 13 §5). The rule itself lives in the
plain-Python file intake (``ministerie.bestanden.celveilig``), so ``lakken`` uses it too."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.http import HttpResponse

from ministerie.bestanden.celveilig import GEVAARLIJKE_BEGINTEKENS, VeiligeCsv, veilige_cel, veilige_rij

__all__ = [
    "GEVAARLIJKE_BEGINTEKENS",
    "VeiligeCsv",
    "csv_antwoord",
    "veilige_cel",
    "veilige_rij",
    "xlsx_rij",
]


def csv_antwoord(bestandsnaam: str, *, scheidingsteken: str = ";") -> tuple[HttpResponse, VeiligeCsv]:
    """A CSV download (UTF-8 with BOM, so spreadsheet programs read it) and its safe writer."""
    antwoord = HttpResponse(content_type="text/csv; charset=utf-8")
    antwoord["Content-Disposition"] = f'attachment; filename="{bestandsnaam}"'
    antwoord.write("\ufeff")
    return antwoord, VeiligeCsv(antwoord, delimiter=scheidingsteken)


def xlsx_rij(blad: Any, rij: Iterable[Any]) -> None:
    """Append a row to an openpyxl sheet with every text cell made safe (openpyxl itself stores
    text that starts with '=' as a formula)."""
    blad.append(veilige_rij(rij))
