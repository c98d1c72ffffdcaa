"""Exports to spreadsheets, shared by every part: CSV and XLSX cells that a spreadsheet program
never runs as a formula (OWASP "CSV Injection"; issue 13 §5). The rule itself lives in the
plain-Python file intake (``ministerie.bestanden.celveilig``), so ``lakken`` uses it too."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable
from datetime import datetime
from io import BytesIO
from typing import Any

from django.http import HttpResponse

from ministerie.bestanden.celveilig import GEVAARLIJKE_BEGINTEKENS, VeiligeCsv, veilige_cel, veilige_rij

__all__ = [
    "GEVAARLIJKE_BEGINTEKENS",
    "VeiligeCsv",
    "csv_antwoord",
    "veilige_cel",
    "veilige_rij",
    "xlsx_bytes",
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


def xlsx_bytes(werkboek: Any, *, gemaakt: datetime) -> bytes:
    """An openpyxl workbook as bytes that depend on its content and ``gemaakt`` only, so that
    the same data always gives the same file (a package can be compared by its hashes).
    openpyxl stamps the document's 'modified' time and every zip entry with the clock; both
    are set to ``gemaakt`` here."""
    gemaakt = gemaakt.replace(tzinfo=None, microsecond=0)
    werkboek.properties.created = gemaakt
    ruw = BytesIO()
    werkboek.save(ruw)
    stempel = gemaakt.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    uit = BytesIO()
    with zipfile.ZipFile(ruw) as bron, zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as doel:
        for info in bron.infolist():
            data = bron.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>" + stempel + rb"\g<2>",
                    data,
                )
            nieuw = zipfile.ZipInfo(info.filename, date_time=gemaakt.timetuple()[:6])
            nieuw.compress_type = zipfile.ZIP_DEFLATED
            doel.writestr(nieuw, data)
    return uit.getvalue()
