"""Fixtures of the notifications: users with an e-mail address (the SMTP server on loopback,
``smtp``, is in the root conftest.py: the browser tests use it too)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


@pytest.fixture
def medewerker(maak_gebruiker: Callable[..., Any]) -> Callable[..., Any]:
    """A member of staff with an e-mail address and, optionally, an e-mail preference."""

    def maak(naam: str, voorkeur: str | None = None, rol: str = "beleidsmedewerker") -> Any:
        from ministerie.meldingen.models import Meldingsvoorkeur

        gebruiker = maak_gebruiker(rol, gebruikersnaam=naam)
        gebruiker.email = f"{naam}@ministerie.test"
        gebruiker.save(update_fields=["email"])
        if voorkeur:
            Meldingsvoorkeur.objects.create(gebruiker=gebruiker, email=voorkeur)
        return gebruiker

    return maak
