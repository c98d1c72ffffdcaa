"""Who needs a second factor, and whether this session has one.

Required for functioneel beheerders, for clearance Departementaal Vertrouwelijk and higher, and
for anyone who set one up. A session counts as verified when a device was verified in it
(django-otp), when the single sign-on log-in carried the provider's MFA (an ``amr``/``acr``
value that the settings accept), or, in the demo only, for a demo account."""

from __future__ import annotations

from typing import Any

import segno
from django.conf import settings
from django.http import HttpRequest
from django_otp import devices_for_user, user_has_device

from ministerie.core.rubricering import Rubricering

ROL = "functioneel_beheerder"
VANAF = Rubricering.DEPARTEMENTAAL_VERTROUWELIJK
SESSIE_SSO_MFA = "identiteit_sso_mfa"


def vereist_door_functie(gebruiker: Any) -> bool:
    """The role or clearance asks for a second factor (whether or not one is set up)."""
    return ROL in gebruiker.rolcodes() or gebruiker.clearance >= VANAF


def heeft_apparaat(gebruiker: Any) -> bool:
    return bool(user_has_device(gebruiker, confirmed=True))


def apparaten(gebruiker: Any) -> list[Any]:
    return list(devices_for_user(gebruiker, confirmed=True))


def mag_overslaan(gebruiker: Any) -> bool:
    """Only in the demo (dev settings with MINISTERIE_DEMO=1), only demo accounts."""
    return bool(
        settings.DEMO and settings.TWEEDE_FACTOR_DEMO_OVERSLAAN and getattr(gebruiker, "is_demo", False)
    )


def sessie_geverifieerd(request: HttpRequest) -> bool:
    """A device was verified in this session, or the provider's MFA counted at log-in."""
    gebruiker: Any = request.user
    is_verified = getattr(gebruiker, "is_verified", None)
    return bool((is_verified is not None and is_verified()) or request.session.get(SESSIE_SSO_MFA))


def is_voldaan(request: HttpRequest) -> bool:
    """May this session go anywhere? (The middleware asks this on every request.)"""
    gebruiker: Any = request.user
    if not gebruiker.is_authenticated or sessie_geverifieerd(request) or mag_overslaan(gebruiker):
        return True
    return not (vereist_door_functie(gebruiker) or heeft_apparaat(gebruiker))


def telt_als_tweede_factor(id_token: dict[str, Any]) -> bool:
    """Did the provider's log-in use more than a password (``amr`` or ``acr`` accepted by the
    settings MINISTERIE_OIDC_MFA_AMR and MINISTERIE_OIDC_MFA_ACR)?"""
    amr = id_token.get("amr")
    waarden = set(amr) if isinstance(amr, list) else set()
    if waarden & set(settings.OIDC_MFA_AMR):
        return True
    acr = id_token.get("acr")
    return isinstance(acr, str) and acr in settings.OIDC_MFA_ACR


def qr_svg(inhoud: str, titel: str) -> str:
    """A QR code as inline SVG, drawn on the server (no external service)."""
    return str(
        segno.make(inhoud, error="m").svg_inline(scale=5, border=2, title=titel, dark="#000", light="#fff")
    )
