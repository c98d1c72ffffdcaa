"""The anti-abuse checks of the public complaint form, the same as the public Woo form's
(woo/formulieren.py; no third-party services): a honeypot field, a minimum fill time carried in
a signed timestamp, a single-use token and a rate limit per IP address in the shared cache."""

from __future__ import annotations

import hashlib
import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache

ZOUT = "klacht-webformulier"
ZOUT_BEVESTIGING = "klacht-bevestiging"
MAX_TOKEN = 200
#: Seconds a form token stays valid.
TOKEN_GELDIG = 4 * 3600


def min_invultijd() -> float:
    # KLACHT_MIN_INVULTIJD: seconds a person needs at least to fill the form (default: WOO_MIN_INVULTIJD, 3).
    return float(getattr(settings, "KLACHT_MIN_INVULTIJD", getattr(settings, "WOO_MIN_INVULTIJD", 3)))


def max_per_uur() -> int:
    # KLACHT_MAX_PER_UUR: complaints per IP address per hour (default: WOO_MAX_PER_UUR, 5).
    return int(getattr(settings, "KLACHT_MAX_PER_UUR", getattr(settings, "WOO_MAX_PER_UUR", 5)))


def nieuw_formuliertoken() -> str:
    return signing.dumps(time.time(), salt=ZOUT)


def te_vaak(ip: str) -> bool:
    """Count this attempt; True when the IP address passed the hourly limit."""
    sleutel = f"klacht-indienen:{ip}"
    cache.add(sleutel, 0, timeout=3600)
    try:
        return int(cache.incr(sleutel)) > max_per_uur()
    except ValueError:
        cache.set(sleutel, 1, timeout=3600)
        return 1 > max_per_uur()


def verbruik_token(token: str) -> bool:
    """Mark a form token as used; False when it was used before."""
    sleutel = "klacht-token:" + hashlib.sha256(token.encode()).hexdigest()
    return bool(cache.add(sleutel, 1, timeout=TOKEN_GELDIG))
