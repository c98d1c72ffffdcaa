"""The test identity provider, started once per test process (a session fixture): a real
OpenID Connect provider (django-oidc-provider) in a process of its own on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from .idp.starter import Provider, start_provider

WACHTWOORD = "wachtwoord-bij-de-provider"
GEBRUIKERS = [
    # matched by e-mail; in the group that maps to functioneel beheer; logs in with a password only
    {
        "gebruikersnaam": "anna",
        "wachtwoord": WACHTWOORD,
        "email": "Anna.Bakker@minbzk.nl",
        "voornaam": "Anna",
        "achternaam": "Bakker",
        "groepen": ["bzk-functioneel-beheer", "iedereen"],
        "amr": ["pwd"],
    },
    # the provider asked for a second factor (amr otp)
    {
        "gebruikersnaam": "bram",
        "wachtwoord": WACHTWOORD,
        "email": "bram@minbzk.nl",
        "voornaam": "Bram",
        "achternaam": "de Vries",
        "groepen": ["bzk-beleid-woningbouw"],
        "amr": ["pwd", "otp"],
    },
    # known at the provider only
    {
        "gebruikersnaam": "nieuw",
        "wachtwoord": WACHTWOORD,
        "email": "nieuw@minbzk.nl",
        "voornaam": "Nina",
        "achternaam": "Nieuw",
        "groepen": ["bzk-beleid-woningbouw"],
        "amr": ["pwd"],
    },
]


def claimkoppeling_yaml() -> str:
    return (
        "claim: groups\n"
        "groepen:\n"
        "  - waarde: bzk-functioneel-beheer\n"
        "    rollen: [functioneel_beheerder]\n"
        "    eenheden: [bzk]\n"
        "  - waarde: bzk-beleid-woningbouw\n"
        "    rollen: [beleidsmedewerker]\n"
        "    eenheden: [woningbouw]\n"
    )


@pytest.fixture(scope="session")
def provider(tmp_path_factory: Any) -> Iterator[Provider]:
    with start_provider(
        tmp_path_factory.mktemp("idp"), ["http://testserver/identiteit/sso/terug/"], GEBRUIKERS
    ) as p:
        yield p
