"""The API follows the Dutch API Design Rules: /api/v1, OpenAPI, API-Version, problem+json."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.core.management import call_command
from django.test import Client

pytestmark = pytest.mark.django_db


def test_openapi_specificatie_is_er(client: Client) -> None:
    antwoord = client.get("/api/v1/openapi.json")
    assert antwoord.status_code == 200
    spec = antwoord.json()
    assert spec["openapi"].startswith("3.")
    assert spec["info"]["version"] == "1.0.0"
    assert "/api/v1/termijnen" in spec["paths"]
    assert all(not pad.endswith("/") for pad in spec["paths"])


def test_elke_api_respons_heeft_een_api_version_header(client: Client) -> None:
    assert client.get("/api/v1/openapi.json")["API-Version"] == "1.0.0"
    assert client.get("/api/v1/eenheden")["API-Version"] == "1.0.0"
    assert "API-Version" not in client.get("/inloggen/")


def test_niet_ingelogd_geeft_problem_json_401(client: Client) -> None:
    antwoord = client.get("/api/v1/gebruikers/mij")
    assert antwoord.status_code == 401
    assert antwoord["Content-Type"] == "application/problem+json"
    probleem = antwoord.json()
    assert probleem["status"] == 401
    assert probleem["title"] == "Niet ingelogd"
    assert probleem["instance"] == "/api/v1/gebruikers/mij"


def test_geen_recht_geeft_problem_json_403(client: Client, maak_gebruiker: Callable[..., Any]) -> None:
    client.force_login(maak_gebruiker("beleidsmedewerker"))
    antwoord = client.get("/api/v1/auditrecords")
    assert antwoord.status_code == 403
    assert antwoord.json()["title"] == "Geen toegang"


def test_onbekend_object_geeft_problem_json_404(client: Client, maak_gebruiker: Callable[..., Any]) -> None:
    client.force_login(maak_gebruiker("beleidsmedewerker"))
    antwoord = client.get("/api/v1/eenheden/bestaat-niet")
    assert antwoord.status_code == 404
    assert antwoord["Content-Type"] == "application/problem+json"


def test_ongeldige_invoer_noemt_de_parameters(client: Client) -> None:
    antwoord = client.get(
        "/api/v1/termijnen", {"regeling": "woo", "datum": "2027-02-30", "opschorting": "-1"}
    )
    assert antwoord.status_code == 400
    probleem = antwoord.json()
    namen = {p["name"] for p in probleem["invalidParams"]}
    assert namen == {"datum", "opschorting"}


def test_onbekende_regeling(client: Client) -> None:
    antwoord = client.get("/api/v1/termijnen", {"regeling": "onzin", "datum": "2027-03-01"})
    assert antwoord.status_code == 400
    assert antwoord.json()["invalidParams"][0]["name"] == "regeling"


def test_termijn_via_de_api(client: Client) -> None:
    antwoord = client.get("/api/v1/termijnen", {"regeling": "woo", "datum": "2027-03-01"})
    assert antwoord.status_code == 200
    uitkomst = antwoord.json()
    assert uitkomst["uiterste_datum"] == "2027-03-30"
    assert uitkomst["atw_verschoven"] is True


def test_token_authenticatie(client: Client, maak_gebruiker: Callable[..., Any]) -> None:
    maak_gebruiker("directeur", gebruikersnaam="tokengebruiker")
    from io import StringIO

    uit = StringIO()
    call_command("token", "tokengebruiker", stdout=uit)
    token = uit.getvalue().strip()
    antwoord = client.get("/api/v1/gebruikers/mij", HTTP_AUTHORIZATION=f"Token {token}")
    assert antwoord.status_code == 200
    assert antwoord.json()["gebruikersnaam"] == "tokengebruiker"
    assert antwoord.json()["rollen"] == ["directeur"]
    fout = client.get("/api/v1/gebruikers/mij", HTTP_AUTHORIZATION="Token onjuist")
    assert fout.status_code == 401


def test_menselijke_documentatie_noemt_elk_endpoint(client: Client) -> None:
    html = client.get("/api/v1/docs").content.decode()
    for pad in ("/api/v1/termijnen", "/api/v1/eenheden", "/api/v1/gebruikers/mij"):
        assert pad in html
