"""Log-in: Argon2 hashes, lock-out after repeated failures, expiring sessions, audit."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.conf import settings
from django.test import Client, override_settings
from django.urls import reverse

from ministerie.core.models import AuditRecord

pytestmark = pytest.mark.django_db

WACHTWOORD = "een-lang-wachtwoord-2027"


def _inloggen(client: Client, naam: str, wachtwoord: str) -> Any:
    return client.post(reverse("core:inloggen"), {"username": naam, "password": wachtwoord})


@override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.Argon2PasswordHasher"])
def test_wachtwoorden_worden_met_argon2_opgeslagen(maak_gebruiker: Callable[..., Any]) -> None:
    gebruiker = maak_gebruiker("directeur")
    assert gebruiker.password.startswith("argon2")


def test_productie_gebruikt_argon2_als_eerste() -> None:
    from ministerie.conf import base

    assert base.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")


def test_inloggen_en_uitloggen_komen_in_de_audittrail(
    client: Client, maak_gebruiker: Callable[..., Any]
) -> None:
    gebruiker = maak_gebruiker("directeur", gebruikersnaam="directeur1")
    antwoord = _inloggen(client, "directeur1", WACHTWOORD)
    assert antwoord.status_code == 302
    assert antwoord["Location"] == reverse("core:mijn-werk")
    client.post(reverse("core:uitloggen"))
    acties = list(AuditRecord.objects.values_list("actie", "actor_id"))
    assert ("inloggen", gebruiker.pk) in acties
    assert ("uitloggen", gebruiker.pk) in acties


def test_verkeerd_wachtwoord_geeft_een_nederlandse_melding(
    client: Client, maak_gebruiker: Callable[..., Any]
) -> None:
    maak_gebruiker("directeur", gebruikersnaam="directeur2")
    antwoord = _inloggen(client, "directeur2", "fout")
    assert antwoord.status_code == 200
    assert "Gebruikersnaam of wachtwoord klopt niet" in antwoord.content.decode()
    assert AuditRecord.objects.filter(actie="inloggen_mislukt").exists()


def test_na_vijf_mislukte_pogingen_is_het_account_geblokkeerd(
    client: Client, maak_gebruiker: Callable[..., Any]
) -> None:
    maak_gebruiker("directeur", gebruikersnaam="directeur3")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _inloggen(client, "directeur3", "fout")
    antwoord = _inloggen(client, "directeur3", WACHTWOORD)
    assert antwoord.status_code == 429
    assert "Account tijdelijk geblokkeerd" in antwoord.content.decode()


def test_sessies_verlopen() -> None:
    assert settings.SESSION_COOKIE_AGE <= 8 * 3600
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE


def test_uitloggen_kan_alleen_met_post(client: Client, maak_gebruiker: Callable[..., Any]) -> None:
    client.force_login(maak_gebruiker("directeur"))
    assert client.get(reverse("core:uitloggen")).status_code == 405
