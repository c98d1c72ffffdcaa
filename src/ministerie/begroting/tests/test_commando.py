"""The `ministerie begroting` command's wiring to the calendar and the accres, and the demo
Voorjaarsnota (idempotent)."""

from __future__ import annotations

from collections.abc import Callable
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from ministerie.begroting.demo import voorjaarsnota_2022
from ministerie.begroting.models import Begroting, Mutatie


def test_kalender_2027() -> None:
    uit = StringIO()
    call_command("begroting", "kalender", "2027", stdout=uit)
    regels = uit.getvalue().splitlines()
    assert "2027-09-21\tPrinsjesdag" in regels
    assert "2027-05-19\tVerantwoordingsdag" in regels


def test_accres(tmp_path: Path) -> None:
    reeks = tmp_path / "reeks.txt"
    reeks.write_text("2022;100\n2023;110\n", encoding="utf-8")
    uit = StringIO()
    call_command(
        "begroting",
        "accres",
        "--fonds",
        "gemeentefonds",
        "--basis",
        "1000",
        "--reeks",
        str(reeks),
        stdout=uit,
    )
    regels = uit.getvalue().splitlines()
    assert regels[0] == "jaar\tregel\tpercentage\taccres\tfonds"
    assert regels[1] == "2023\ttrap_op_trap_af\t10,00 %\t100,000\t1.100,000"
    reeks.write_text("2022;100\n2024;110\n", encoding="utf-8")
    with pytest.raises(CommandError, match="gat"):
        call_command(
            "begroting", "accres", "--fonds", "gemeentefonds", "--basis", "1000", "--reeks", str(reeks)
        )


def test_demo_voorjaarsnota_is_idempotent(
    begroting_bzk: Begroting, maak_gebruiker: Callable[..., Any]
) -> None:
    voorjaarsnota_2022()  # no demo FEZ account: nothing happens
    assert not Mutatie.objects.exists()
    maak_gebruiker("fez_medewerker", gebruikersnaam="fez")
    voorjaarsnota_2022()
    voorjaarsnota_2022()
    assert Mutatie.objects.count() == 5
    assert list(begroting_bzk.standen.values_list("moment", flat=True)) == [
        "ontwerpbegroting",
        "eerste_suppletoire",
    ]
