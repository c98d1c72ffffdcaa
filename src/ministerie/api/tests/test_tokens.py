"""API tokens (issue 13 §5): only a hash is stored, the token is shown once, it expires and can
be revoked; ``ministerie token`` keeps its plain form; every change is audited."""

from __future__ import annotations

import hashlib
import importlib
from collections.abc import Callable
from datetime import timedelta
from io import StringIO
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client
from django.utils import timezone

from ministerie.api.tokens import ApiToken
from ministerie.core.models import AuditRecord

pytestmark = pytest.mark.django_db

MIJ = "/api/v1/gebruikers/mij"


def _token(*argumenten: str) -> str:
    uit = StringIO()
    call_command("token", *argumenten, stdout=uit)
    return uit.getvalue()


@pytest.fixture
def gebruiker(maak_gebruiker: Callable[..., Any]) -> Any:
    return maak_gebruiker("directeur", gebruikersnaam="tokengebruiker")


def test_alleen_een_hash_wordt_bewaard_en_het_token_eenmaal_getoond(client: Client, gebruiker: Any) -> None:
    geheim = _token("tokengebruiker").strip()
    assert len(geheim) >= 40
    opgeslagen = ApiToken.objects.get(gebruiker=gebruiker)
    assert opgeslagen.sleutel_hash == hashlib.sha256(geheim.encode()).hexdigest()
    with connection.cursor() as cursor:  # nowhere in the token table is the secret itself
        cursor.execute("SELECT * FROM api_apitoken")
        assert geheim not in repr(cursor.fetchall())
    antwoord = client.get(MIJ, HTTP_AUTHORIZATION=f"Token {geheim}")
    assert antwoord.status_code == 200 and antwoord.json()["gebruikersnaam"] == "tokengebruiker"
    # asked again: says that a token exists and until when, not the secret
    nogmaals = _token("tokengebruiker")
    assert geheim not in nogmaals
    assert "heeft al een API-token" in nogmaals and "--vernieuw" in nogmaals
    assert timezone.localtime(opgeslagen.verloopt_op).strftime("%d-%m-%Y") in nogmaals
    assert ApiToken.objects.filter(gebruiker=gebruiker).count() == 1
    assert AuditRecord.objects.filter(actie="api_token_aangemaakt").count() == 1


def test_verlopen_token_werkt_niet(client: Client, gebruiker: Any) -> None:
    geheim = _token("tokengebruiker", "--geldig-dagen", "1").strip()
    token = ApiToken.objects.get(gebruiker=gebruiker)
    assert token.verloopt_op - token.aangemaakt_op == timedelta(days=1)
    ApiToken.objects.filter(pk=token.pk).update(verloopt_op=timezone.now() - timedelta(seconds=1))
    antwoord = client.get(MIJ, HTTP_AUTHORIZATION=f"Token {geheim}")
    assert antwoord.status_code == 401
    assert "verlopen" in antwoord.json()["detail"]
    assert antwoord["WWW-Authenticate"].startswith("Token")


def test_standaard_geldigheid_is_instelbaar(gebruiker: Any, settings: Any) -> None:
    settings.API_TOKEN_GELDIG_DAGEN = 30
    _token("tokengebruiker")
    token = ApiToken.objects.get(gebruiker=gebruiker)
    assert token.verloopt_op - token.aangemaakt_op == timedelta(days=30)


def test_intrekken_en_vernieuwen(client: Client, gebruiker: Any) -> None:
    oud = _token("tokengebruiker").strip()
    nieuw = _token("tokengebruiker", "--vernieuw").strip().splitlines()[-1]
    assert nieuw != oud
    assert client.get(MIJ, HTTP_AUTHORIZATION=f"Token {oud}").status_code == 401
    assert client.get(MIJ, HTTP_AUTHORIZATION=f"Token {nieuw}").status_code == 200
    uit = _token("tokengebruiker", "--intrekken")
    assert "ingetrokken" in uit
    geweigerd = client.get(MIJ, HTTP_AUTHORIZATION=f"Token {nieuw}")
    assert geweigerd.status_code == 401 and "ingetrokken" in geweigerd.json()["detail"]
    acties = list(AuditRecord.objects.filter(actie__startswith="api_token").values_list("actie", flat=True))
    assert acties.count("api_token_aangemaakt") == 2 and acties.count("api_token_ingetrokken") == 2
    assert "geen API-token" in _token("tokengebruiker", "--intrekken")


def test_onbekend_token_en_gedeactiveerde_gebruiker(client: Client, gebruiker: Any) -> None:
    assert client.get(MIJ, HTTP_AUTHORIZATION="Token onjuist").status_code == 401
    geheim = _token("tokengebruiker").strip()
    gebruiker.is_active = False
    gebruiker.save(update_fields=["is_active"])
    assert client.get(MIJ, HTTP_AUTHORIZATION=f"Token {geheim}").status_code == 401


def test_onbekende_gebruiker_en_foute_dagen() -> None:
    with pytest.raises(CommandError, match="bestaat niet"):
        _token("niemand")
    with pytest.raises(CommandError, match="dagen"):
        _token("niemand", "--geldig-dagen", "0")


def test_oude_tokens_worden_gehasht_overgenomen(gebruiker: Any) -> None:
    """The data migration: a plain DRF token of an older install keeps working as a hash, and
    the table with the plain keys is gone."""
    migratie = importlib.import_module("ministerie.api.migrations.0001_apitoken")
    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE TABLE authtoken_token (key varchar(40) PRIMARY KEY, created timestamp, user_id bigint)"
        )
        cursor.execute(
            "INSERT INTO authtoken_token VALUES (%s, %s, %s)", ["a" * 40, timezone.now(), gebruiker.pk]
        )
    from types import SimpleNamespace

    from django.apps import apps

    migratie.neem_oude_tokens_over(apps, SimpleNamespace(connection=connection))
    assert "authtoken_token" not in connection.introspection.table_names()
    token = ApiToken.objects.get(gebruiker=gebruiker)
    assert token.sleutel_hash == hashlib.sha256(b"a" * 40).hexdigest()
    assert token.verloopt_op > timezone.now() + timedelta(days=89)
