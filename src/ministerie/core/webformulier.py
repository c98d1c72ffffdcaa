"""Anti-abuse for the public forms (no log-in, no third-party services): a honeypot field, a
minimum fill time carried in a signed timestamp, a single-use token and a rate limit per IP
address. The public Woo form, the contact form and the complaint form each have their own
``Bescherming`` (own salt, own counters, own settings) and their form inherits
``BeschermdFormulier``.

Counters and used tokens live in the shared cache (settings.CACHES: the database), so every web
process counts in the same place; a count starts over an hour after its first attempt.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from typing import Any, ClassVar

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache

MAX_TOKEN = 200
#: Seconds a form token stays valid.
TOKEN_GELDIG = 4 * 3600


@dataclass(frozen=True)
class Bescherming:
    """``naam`` names the salt and the cache keys; ``instelling`` the settings read:
    ``<instelling>_MIN_INVULTIJD`` (seconds a person needs at least to fill the form, default 3)
    and ``<instelling>_MAX_PER_UUR`` (submissions per IP address per hour, default 5)."""

    naam: str
    instelling: str

    def min_invultijd(self) -> float:
        return float(getattr(settings, f"{self.instelling}_MIN_INVULTIJD", 3))

    def max_per_uur(self) -> int:
        return int(getattr(settings, f"{self.instelling}_MAX_PER_UUR", 5))

    def nieuw_token(self) -> str:
        return signing.dumps(time.time(), salt=self.naam)

    def te_vaak(self, ip: str) -> bool:
        """Count this attempt; True when the IP address passed the hourly limit."""
        return tel(f"{self.naam}:{ip}") > self.max_per_uur()

    def verbruik_token(self, token: str) -> bool:
        """Mark a form token as used; False when it was used before (a token is good for one
        submission). Remembered as long as a token is valid."""
        sleutel = f"{self.naam}-token:" + hashlib.sha256(token.encode()).hexdigest()
        return bool(cache.add(sleutel, 1, timeout=TOKEN_GELDIG))


def tel(sleutel: str) -> int:
    """Count one more under ``sleutel`` in the shared cache, for an hour from the first."""
    cache.add(sleutel, 0, timeout=3600)
    try:
        return int(cache.incr(sleutel))
    except ValueError:  # expired between add and incr
        cache.set(sleutel, 1, timeout=3600)
        return 1


class BeschermdFormulier(forms.Form):
    """A public form: the honeypot (``website``, hidden by CSS; people leave it empty) and the
    signed token with the moment the form was opened. The view still counts the attempt
    (``te_vaak``) and uses up the token (``verbruik_token``) once the input is valid."""

    bescherming: ClassVar[Bescherming]

    website = forms.CharField(label="Laat dit veld leeg", max_length=300, required=False)
    token = forms.CharField(widget=forms.HiddenInput, max_length=MAX_TOKEN)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("website"):
            raise forms.ValidationError("Het formulier kon niet worden verwerkt.", code="honeypot")
        try:
            begonnen = signing.loads(
                data.get("token") or "", salt=self.bescherming.naam, max_age=TOKEN_GELDIG
            )
        except signing.BadSignature:
            raise forms.ValidationError(
                "Het formulier is verlopen of ongeldig. Laad de pagina opnieuw en probeer het nog eens.",
                code="token",
            ) from None
        if time.time() - float(begonnen) < self.bescherming.min_invultijd():
            raise forms.ValidationError(
                "Het formulier is te snel verstuurd. Controleer uw gegevens en verstuur het opnieuw.",
                code="te_snel",
            )
        return data
