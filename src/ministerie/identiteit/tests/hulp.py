"""Helpers for the identity tests (plain functions; fixtures are in conftest.py)."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urljoin, urlsplit

import requests
from django_otp.oath import totp

VERPLICHT = {"TWEEDE_FACTOR_VERPLICHT": True}


def code_voor(sleutel: str, stap: int = 0) -> str:
    """The TOTP code for a hex secret now (``stap`` 1: the next 30-second step, for a second
    verification that must not reuse the step of the first)."""
    return f"{totp(bytes.fromhex(sleutel), t0=-30 * stap):06d}"


def sso_inloggen(
    client: Any, gebruikersnaam: str, wachtwoord: str, start: str = "/identiteit/sso/start/"
) -> Any:
    """The whole authorization code flow: the Django test client plays this system's side, a
    ``requests`` session the person's browser at the real provider. Returns the answer of the
    return page (/identiteit/sso/terug/)."""
    antwoord = client.get(start)
    assert antwoord.status_code == 302, antwoord
    browser = requests.Session()
    url = antwoord["Location"]
    r = browser.get(url, allow_redirects=False)  # not logged in at the provider: its log-in page
    assert r.status_code == 302, r.text[:500]
    inlog_url = urljoin(url, r.headers["Location"])
    browser.get(inlog_url).raise_for_status()
    volgende = parse_qs(urlsplit(inlog_url).query)["next"][0]
    r = browser.post(
        inlog_url,
        data={
            "username": gebruikersnaam,
            "password": wachtwoord,
            "next": volgende,
            "csrfmiddlewaretoken": browser.cookies["csrftoken"],
        },
        allow_redirects=False,
    )
    assert r.status_code == 302, r.text[:500]
    r = browser.get(urljoin(inlog_url, r.headers["Location"]), allow_redirects=False)  # authorize
    assert r.status_code == 302, r.text[:500]
    terug = urlsplit(r.headers["Location"])
    assert terug.path == "/identiteit/sso/terug/", r.headers["Location"]
    return client.get(f"{terug.path}?{terug.query}")
