"""Run the test identity provider: ``python -m ministerie.identiteit.tests.idp.draai POORT``
with IDP_MAP (its folder: SQLite file, ``gebruikers.json``, ``client.json``) and IDP_URL set.

Sets up its database (migrations, one RSA signing key, the client, the users) and serves on
127.0.0.1 until it is stopped. Started and stopped by ``starter.py``."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import django


def main() -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "ministerie.identiteit.tests.idp.settings"
    django.setup()
    from django.contrib.auth.models import User
    from django.core.management import call_command
    from django.core.servers.basehttp import WSGIServer, run
    from django.core.wsgi import get_wsgi_application
    from oidc_provider.models import Client, ResponseType

    MAP = Path(os.environ["IDP_MAP"])
    call_command("migrate", verbosity=0, interactive=False)
    call_command("creatersakey", stdout=open(os.devnull, "w"))  # noqa: SIM115
    client = json.loads((MAP / "client.json").read_text(encoding="utf-8"))
    c = Client.objects.create(
        name="ministerie",
        client_type="confidential",
        client_id=client["client_id"],
        client_secret=client["client_secret"],
        jwt_alg="RS256",
        require_consent=False,
        _redirect_uris="\n".join(client["redirect_uris"]),
    )
    c.response_types.add(ResponseType.objects.get(value="code"))
    for g in json.loads((MAP / "gebruikers.json").read_text(encoding="utf-8")):
        User.objects.create_user(
            g["gebruikersnaam"],
            email=g.get("email", ""),
            password=g["wachtwoord"],
            first_name=g.get("voornaam", ""),
            last_name=g.get("achternaam", ""),
        )
    WSGIServer.allow_reuse_address = True
    run("127.0.0.1", int(sys.argv[1]), get_wsgi_application(), threading=True)


if __name__ == "__main__":
    main()
