"""Who sees what: a user sees and manages only their own second-factor devices."""

from __future__ import annotations

from typing import Any

from django.http import Http404

from . import tweede_factor

SOORTEN = {"totp": "otp_totp.totpdevice", "webauthn": "django_otp_webauthn.webauthncredential"}


def soort_van(apparaat: Any) -> str:
    label = apparaat._meta.label_lower
    return next((soort for soort, naam in SOORTEN.items() if naam == label), "")


def apparaat_voor(gebruiker: Any, soort: str, pk: int) -> Any:
    """One of the user's own apps or keys (not the recovery codes); 404 for anything else."""
    for apparaat in tweede_factor.apparaten(gebruiker):
        if soort_van(apparaat) == soort and apparaat.pk == pk:
            return apparaat
    raise Http404
