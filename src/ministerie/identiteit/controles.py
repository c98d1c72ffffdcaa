"""System checks (``ministerie check``, and before ``migrate`` and ``serve``): the single sign-on
settings fit together and the claim mapping file is valid (file, line, reason)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.checks import Error, register

from ministerie.bestanden.gegevensbestand import Laadfout

from .claimkoppeling import lees_claimkoppeling


@register()
def controleer_sso(app_configs: Any = None, **kwargs: Any) -> list[Error]:
    fouten: list[Error] = []
    if settings.OIDC_KOPPELCLAIM not in ("email", "preferred_username"):
        fouten.append(
            Error(
                "MINISTERIE_OIDC_KOPPELCLAIM moet 'email' of 'preferred_username' zijn.", id="identiteit.E001"
            )
        )
    if settings.OIDC_ROLLEN not in ("systeem", "claims"):
        fouten.append(Error("MINISTERIE_OIDC_ROLLEN moet 'systeem' of 'claims' zijn.", id="identiteit.E002"))
    if settings.OIDC_ROLLEN == "claims":
        if not settings.OIDC_CLAIMKOPPELING:
            fouten.append(
                Error(
                    "Met MINISTERIE_OIDC_ROLLEN=claims is MINISTERIE_OIDC_CLAIMKOPPELING nodig.",
                    id="identiteit.E003",
                )
            )
        else:
            try:
                lees_claimkoppeling(Path(settings.OIDC_CLAIMKOPPELING))
            except Laadfout as fout:
                fouten.append(Error(f"Claimkoppeling: {fout}", id="identiteit.E004"))
    if not settings.LOKAAL_INLOGGEN and not settings.OIDC_RP_CLIENT_ID:
        fouten.append(
            Error(
                "Inloggen met wachtwoord staat uit (MINISTERIE_LOKAAL_INLOGGEN=0), "
                "maar single sign-on is niet ingesteld.",
                id="identiteit.E005",
            )
        )
    return fouten
