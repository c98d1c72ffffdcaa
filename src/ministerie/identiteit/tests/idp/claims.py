"""The claims of the test provider's users: standard claims, a ``groups`` claim (scope
``groups``) and ``amr`` in the ID token, all read from the users file the tests wrote."""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path
from typing import Any

from oidc_provider.lib.claims import ScopeClaims


@cache
def _gebruikers() -> dict[str, dict[str, Any]]:
    data = json.loads((Path(os.environ["IDP_MAP"]) / "gebruikers.json").read_text(encoding="utf-8"))
    return {g["gebruikersnaam"]: g for g in data}


def userinfo(claims: dict[str, Any], user: Any) -> dict[str, Any]:
    gegevens = _gebruikers().get(user.username, {})
    claims["name"] = gegevens.get("naam", user.username)
    claims["given_name"] = user.first_name
    claims["family_name"] = user.last_name
    claims["preferred_username"] = user.username
    claims["email"] = user.email
    claims["email_verified"] = True
    return claims


class GroepenClaims(ScopeClaims):
    info_groups = ("Groepen", "De groepen waar u lid van bent.")

    def scope_groups(self) -> dict[str, Any]:
        return {"groups": _gebruikers().get(self.user.username, {}).get("groepen", [])}


def idtoken(id_token: dict[str, Any], user: Any, **kwargs: Any) -> dict[str, Any]:
    amr = _gebruikers().get(user.username, {}).get("amr")
    if amr:
        id_token["amr"] = amr
    return id_token
