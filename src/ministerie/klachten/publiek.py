"""The public complaint form's protection (core.webformulier: honeypot, minimum fill time,
single-use token, rate limit; settings KLACHT_MIN_INVULTIJD and KLACHT_MAX_PER_UUR) and the salt
of the link to the confirmation page."""

from __future__ import annotations

from ministerie.core.webformulier import Bescherming

BESCHERMING = Bescherming("klacht-webformulier", "KLACHT")
ZOUT_BEVESTIGING = "klacht-bevestiging"
