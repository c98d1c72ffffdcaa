"""No page offers a link or a button that its reader may not use (issue 14 §3): the demo as
``make run`` loads it, every demo account walks the pages it reaches from Mijn werk and the menu
(``kruipen.kruip``), and no link answers 403 or 404, no form goes to an action the user is
refused, and no action button is refused by its service (no longer possible)."""

from __future__ import annotations

import io
import re
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import Client, override_settings

import ministerie
from ministerie.core.demo import lees_demo
from ministerie.core.models import Gebruiker

from .kruipen import Verslag, kruip

DATA = Path(ministerie.__file__).resolve().parents[2] / "data" / "bzk-2021"

pytestmark = pytest.mark.django_db
MAX_PAGINAS = 80


@pytest.fixture(scope="module")
def demo(django_db_setup: Any, django_db_blocker: Any) -> Iterator[list[Gebruiker]]:
    """The demo as scripts/run-demo.sh loads it, once for this module, in an outer transaction
    that is rolled back after it (each test runs in a savepoint inside it)."""
    with django_db_blocker.unblock(), override_settings(DEMO=True):
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            uit = io.StringIO()
            call_command("organisatie", "laad", str(DATA), stdout=uit)
            call_command("begroting", "laad", str(DATA / "begroting"), stdout=uit)
            call_command("overleg", "laad", str(DATA / "overleggen.yaml"), stdout=uit)
            call_command("demo", "laad", stdout=uit)
            namen = [spec["gebruikersnaam"] for spec in lees_demo()["accounts"]]
            gebruikers = [Gebruiker.objects.get(username=naam) for naam in namen]
        except BaseException:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            raise
    yield gebruikers
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        atomic.__exit__(None, None, None)


# Findings in parts that other helpers own, reported to them with the fix (a pattern over the
# problem line -> who fixes what). The test fails on any other finding; an entry that matches
# nothing any more is reported as a warning, to be removed here.
BIJ_ANDEREN: dict[str, str] = {}


def test_geen_link_of_knop_die_de_gebruiker_geweigerd_wordt(
    demo: list[Gebruiker], capsys: pytest.CaptureFixture[str]
) -> None:
    verslagen: list[Verslag] = []
    with override_settings(DEMO=True):
        for gebruiker in demo:
            verslagen.append(
                kruip(Client(), gebruiker, gebruiker.username, max_paginas=MAX_PAGINAS, per_vorm=1)
            )
    with capsys.disabled():
        print("\nGeen dode links, per demo-account:")
        for verslag in verslagen:
            print("  " + verslag.regel())
    problemen = [p for v in verslagen for p in v.problemen]
    bekend = {patroon: [p for p in problemen if re.search(patroon, p)] for patroon in BIJ_ANDEREN}
    for patroon, gevonden in bekend.items():
        if not gevonden:
            warnings.warn(f"Opgelost, haal uit BIJ_ANDEREN: {BIJ_ANDEREN[patroon]}", stacklevel=1)
    nieuw = [p for p in problemen if not any(re.search(patroon, p) for patroon in BIJ_ANDEREN)]
    assert not nieuw, f"{len(nieuw)} problemen:\n" + "\n".join(nieuw)
    # every account really walked: Mijn werk and the pages of its menu, with their links
    for verslag in verslagen:
        assert len(verslag.paginas) >= 10 and verslag.links >= 200, verslag.regel()
    assert sum(v.ingediend for v in verslagen) >= 50
