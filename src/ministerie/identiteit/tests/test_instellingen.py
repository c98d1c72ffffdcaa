"""The production settings always require the second factor and never let demo accounts skip
it, whatever the environment says; the demo (dev settings, MINISTERIE_DEMO=1) may."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from functools import cache
from typing import Any

import pytest
from django.test import Client, override_settings

from ministerie.core.rubricering import Rubricering

LEES = (
    "import importlib, json, sys; m = importlib.import_module(sys.argv[1]); "
    "print(json.dumps({k: getattr(m, k) for k in "
    "('DEMO', 'TWEEDE_FACTOR_VERPLICHT', 'TWEEDE_FACTOR_DEMO_OVERSLAAN', 'MIDDLEWARE')}))"
)


def _instellingen(module: str, **omgeving: str) -> dict[str, Any]:
    return dict(_lees(module, tuple(sorted(omgeving.items()))))


@cache
def _lees(module: str, omgeving: tuple[tuple[str, str], ...]) -> dict[str, Any]:
    """The settings module read in a fresh process with only the given MINISTERIE_ variables."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MINISTERIE_")}
    env.update(MINISTERIE_DATA_DIR=os.environ.get("MINISTERIE_DATA_DIR", "/tmp"), **dict(omgeving))
    uit = subprocess.run(
        [sys.executable, "-c", LEES, module], env=env, capture_output=True, text=True, check=True, timeout=60
    ).stdout
    return dict(json.loads(uit))


def test_productie_eist_altijd_de_tweede_factor() -> None:
    waarden = _instellingen(
        "ministerie.conf.production",
        DJANGO_SECRET_KEY="x" * 50,
        MINISTERIE_DEMO="1",
        MINISTERIE_TWEEDE_FACTOR="0",
    )
    assert waarden["DEMO"] is True  # even with the demo switched on
    assert waarden["TWEEDE_FACTOR_VERPLICHT"] is True
    assert waarden["TWEEDE_FACTOR_DEMO_OVERSLAAN"] is False
    assert "ministerie.identiteit.middleware.TweedeFactorMiddleware" in waarden["MIDDLEWARE"]


def test_de_demo_mag_overslaan_en_dev_zonder_demo_niet() -> None:
    assert _instellingen("ministerie.conf.dev", MINISTERIE_DEMO="1")["TWEEDE_FACTOR_DEMO_OVERSLAAN"] is True
    zonder = _instellingen("ministerie.conf.dev")
    assert zonder["TWEEDE_FACTOR_DEMO_OVERSLAAN"] is False and zonder["TWEEDE_FACTOR_VERPLICHT"] is True


@pytest.mark.django_db
def test_een_demo_account_onder_productie_instellingen(
    client: Client, maak_gebruiker: Callable[..., Any]
) -> None:
    waarden = _instellingen("ministerie.conf.production", DJANGO_SECRET_KEY="x" * 50, MINISTERIE_DEMO="1")
    demo = maak_gebruiker("functioneel_beheerder", clearance=Rubricering.STG_GEHEIM)
    demo.is_demo = True
    demo.save()
    client.force_login(demo)
    with override_settings(
        DEMO=waarden["DEMO"],
        TWEEDE_FACTOR_VERPLICHT=waarden["TWEEDE_FACTOR_VERPLICHT"],
        TWEEDE_FACTOR_DEMO_OVERSLAAN=waarden["TWEEDE_FACTOR_DEMO_OVERSLAAN"],
    ):
        antwoord = client.get("/")
    assert antwoord.status_code == 302
    assert antwoord["Location"].startswith("/identiteit/tweede-factor/instellen/")
