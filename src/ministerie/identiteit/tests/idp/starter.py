"""Start the test identity provider (django-oidc-provider in a tiny Django project of its own)
as a separate process on loopback, for the single sign-on tests: real discovery, authorization
code flow with PKCE, token, userinfo and JWKS over HTTP."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CLIENT_ID = "ministerie-test"
CLIENT_SECRET = "test-geheim-van-de-client"


@dataclass(frozen=True)
class Provider:
    url: str
    issuer: str
    client_id: str = CLIENT_ID
    client_secret: str = CLIENT_SECRET

    def instellingen(self, **extra: Any) -> dict[str, Any]:
        """The RP settings that point ministerie at this provider (for override_settings)."""
        return {
            "OIDC_ISSUER": self.issuer,
            "OIDC_RP_CLIENT_ID": self.client_id,
            "OIDC_RP_CLIENT_SECRET": self.client_secret,
            "OIDC_RP_SCOPES": "openid email profile groups",
            **extra,
        }


def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def start_provider(
    map_: Path, redirect_uris: list[str], gebruikers: list[dict[str, Any]]
) -> Iterator[Provider]:
    """Run the provider until the block ends. ``gebruikers``: dicts with gebruikersnaam,
    wachtwoord, email, voornaam, achternaam, groepen (the ``groups`` claim) and amr."""
    map_.mkdir(parents=True, exist_ok=True)
    (map_ / "gebruikers.json").write_text(json.dumps(gebruikers), encoding="utf-8")
    (map_ / "client.json").write_text(
        json.dumps({"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "redirect_uris": redirect_uris}),
        encoding="utf-8",
    )
    poort = _vrije_poort()
    url = f"http://127.0.0.1:{poort}"
    omgeving = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL"))}
    omgeving.update(IDP_MAP=str(map_), IDP_URL=url)
    log = open(map_ / "idp.log", "wb")  # noqa: SIM115
    proces = subprocess.Popen(
        [sys.executable, "-m", "ministerie.identiteit.tests.idp.draai", str(poort)],
        env=omgeving,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        provider = Provider(url=url, issuer=f"{url}/openid")
        _wacht_op(provider, proces, map_)
        yield provider
    finally:
        proces.terminate()
        try:
            proces.wait(10)
        except subprocess.TimeoutExpired:
            proces.kill()
            proces.wait()
        log.close()


def _wacht_op(provider: Provider, proces: subprocess.Popen[bytes], map_: Path) -> None:
    einde = time.monotonic() + 60
    while time.monotonic() < einde:
        if proces.poll() is not None:
            raise RuntimeError(f"de test-provider stopte: {(map_ / 'idp.log').read_text(errors='replace')}")
        try:
            with urllib.request.urlopen(f"{provider.issuer}/.well-known/openid-configuration", timeout=2):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("de test-provider startte niet binnen 60 seconden")
