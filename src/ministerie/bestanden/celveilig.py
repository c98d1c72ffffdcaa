"""Cells for CSV and XLSX exports that a spreadsheet program never runs as a formula.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is read as a
formula by Excel, LibreOffice and Google Sheets (``=HYPERLINK(...)``, DDE). Following OWASP
("CSV Injection"), such text gets an apostrophe in front, so it shows as the text it is. Plain
numbers ("-12,50") stay numbers. Plain Python: used by the Django exports (through
``ministerie.core.export``) and by the bulk inventory of ``lakken``."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from typing import Any

GEVAARLIJKE_BEGINTEKENS = ("=", "+", "-", "@", "\t", "\r")
_GETAL = re.compile(r"^[+-]?\d+(?:[.,]\d+)*$")


def veilige_cel(waarde: Any) -> Any:
    """The value itself, or, for text a spreadsheet would run, the text with an apostrophe in
    front. Values that are not text (numbers, dates, None) are returned as they are."""
    if isinstance(waarde, str) and waarde.startswith(GEVAARLIJKE_BEGINTEKENS) and not _GETAL.match(waarde):
        return "'" + waarde
    return waarde


def veilige_rij(rij: Iterable[Any]) -> list[Any]:
    return [veilige_cel(w) for w in rij]


class VeiligeCsv:
    """``csv.writer`` whose every text cell passes through ``veilige_cel``."""

    def __init__(self, bestand: Any, **opties: Any) -> None:
        self._schrijver = csv.writer(bestand, **opties)

    def writerow(self, rij: Iterable[Any]) -> Any:
        return self._schrijver.writerow(veilige_rij(rij))

    def writerows(self, rijen: Iterable[Iterable[Any]]) -> None:
        for rij in rijen:
            self.writerow(rij)
