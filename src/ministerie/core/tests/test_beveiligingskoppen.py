"""Security headers on every answer and the HTTPS redirect in production (issue 13 §5)."""

from __future__ import annotations

import importlib
from typing import Any

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def _richtlijnen(kop: str) -> dict[str, str]:
    return {d.strip().split(" ", 1)[0]: d.strip() for d in kop.split(";") if d.strip()}


@pytest.mark.parametrize("pad", ["/openbaar/", "/openbaar/woo-verzoek/", "/inloggen/", "/api/v1/termijnen"])
def test_csp_en_permissions_policy_op_elk_antwoord(client: Client, pad: str) -> None:
    antwoord = client.get(pad)
    csp = _richtlijnen(antwoord["Content-Security-Policy"])
    assert csp["default-src"] == "default-src 'self'"
    assert csp["script-src"] == "script-src 'self'"  # no inline script, no eval
    assert "'unsafe-inline'" not in csp["style-src"]
    assert csp["frame-ancestors"] == "frame-ancestors 'none'"
    assert csp["object-src"] == "object-src 'none'"
    beleid = antwoord["Permissions-Policy"]
    for functie in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert functie in beleid


def test_ingelogde_pagina_heeft_de_koppen(client: Client, maak_gebruiker: Any) -> None:
    client.force_login(maak_gebruiker("beleidsmedewerker"))
    antwoord = client.get("/profiel/", follow=True)
    assert "Content-Security-Policy" in antwoord and "Permissions-Policy" in antwoord


def test_productie_stuurt_http_door_naar_https(monkeypatch: pytest.MonkeyPatch) -> None:
    """The production settings module as ``ministerie serve`` loads it (it reads the
    environment when imported; importing it changes nothing of the running settings)."""
    monkeypatch.setenv("DJANGO_SECRET_KEY", "x" * 50)
    monkeypatch.delenv("MINISTERIE_HTTPS", raising=False)
    importlib.reload(importlib.import_module("ministerie.conf.base"))  # reads the secret key
    productie = importlib.reload(importlib.import_module("ministerie.conf.production"))
    assert productie.SECURE_SSL_REDIRECT is True
    assert productie.SECURE_PROXY_SSL_HEADER == ("HTTP_X_FORWARDED_PROTO", "https")
    assert productie.SECURE_HSTS_SECONDS > 0
    assert productie.SECURE_REDIRECT_EXEMPT  # health checks and metrics stay on plain HTTP
    monkeypatch.setenv("MINISTERIE_HTTPS", "0")  # behind a proxy that does not forward HTTPS: no loop
    assert importlib.reload(productie).SECURE_SSL_REDIRECT is False


def test_de_doorverwijzing_volgt_de_proxykop(client: Client, settings: Any) -> None:
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    http = client.get("/openbaar/")
    assert http.status_code == 301 and http["Location"].startswith("https://")
    assert client.get("/openbaar/", HTTP_X_FORWARDED_PROTO="https").status_code == 200
