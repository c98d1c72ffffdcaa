"""Fixtures shared by every test: users per role, and a real browser for the page tests."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import Any

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@pytest.fixture
def maak_gebruiker(db: Any) -> Callable[..., Any]:
    """Make a user with the given roles, units (codes) and clearance."""
    from ministerie.core.models import Gebruiker, Gebruikersrol
    from ministerie.core.rubricering import Rubricering
    from ministerie.organisatie.models import Eenheid

    teller = iter(range(1, 10_000))

    def maak(
        *rollen: str,
        eenheden: list[str] | None = None,
        clearance: int = Rubricering.INTERN,
        wachtwoord: str = "een-lang-wachtwoord-2027",
        gebruikersnaam: str | None = None,
    ) -> Gebruiker:
        naam = gebruikersnaam or f"{'-'.join(rollen) or 'zonderrol'}-{next(teller)}"
        gebruiker = Gebruiker.objects.create_user(
            username=naam,
            password=wachtwoord,
            first_name="Test",
            last_name=naam,
            clearance=clearance,
        )
        for rol in rollen:
            Gebruikersrol.objects.create(gebruiker=gebruiker, rol=rol)
        for code in eenheden or []:
            eenheid, _ = Eenheid.objects.get_or_create(
                code=code, defaults={"naam": code.upper(), "soort": Eenheid.Soort.DIRECTIE}
            )
            gebruiker.eenheden.add(eenheid)
        return gebruiker

    return maak


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} ontbreekt: `make test` installeert Debians chromium.")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture(autouse=True)
def eigen_zoekindex(request: Any, tmp_path: Any) -> None:
    """Every test gets an empty search index of its own: the database is rolled back after a
    test, so an index shared between tests would remember items that no longer exist.
    (Skipped when the plain-Python packages are tested without Django: -p no:django.)"""
    if not request.config.pluginmanager.hasplugin("django"):
        return
    request.getfixturevalue("settings").ZOEKINDEX_PAD = tmp_path / "zoekindex"
