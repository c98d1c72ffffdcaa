"""The one-time set-up link: a signed, expiring, single-use link with which a new user without
a password sets one. Django's token machinery (``PasswordResetTokenGenerator``) with its own
salt and validity: the token hashes the user's password and state, so it stops working the
moment a password is set (single use) or the user is deactivated."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.urls import reverse
from django.utils.crypto import constant_time_compare
from django.utils.encoding import force_bytes
from django.utils.http import base36_to_int, urlsafe_base64_encode

GELDIGHEID = timedelta(hours=72)


class Instellinktokens(PasswordResetTokenGenerator):
    key_salt = "ministerie.gebruikers.instellink"

    def _make_hash_value(self, user: Any, timestamp: int) -> str:
        # password (changes when it is set: single use), active state (a deactivated user's
        # link dies), last log-in and e-mail, as Django's own reset token does
        return f"{super()._make_hash_value(user, timestamp)}{int(user.is_active)}"

    def check_token(self, user: Any, token: str | None) -> bool:
        """Django's check, with this link's own validity instead of PASSWORD_RESET_TIMEOUT."""
        if not (user and token):
            return False
        try:
            ts_b36, _ = token.split("-")
            ts = base36_to_int(ts_b36)
        except ValueError:
            return False
        if not any(
            constant_time_compare(self._make_token_with_timestamp(user, ts, geheim), token)
            for geheim in [self.secret, *self.secret_fallbacks]
        ):
            return False
        return 0 <= self._num_seconds(self._now()) - ts <= GELDIGHEID.total_seconds()


tokens = Instellinktokens()


def heeft_geen_wachtwoord(gebruiker: Any) -> bool:
    return not gebruiker.has_usable_password()


def instelpad(gebruiker: Any) -> str:
    """The path of a fresh set-up link for ``gebruiker`` (put the site's address in front).
    The link itself is never stored: it is shown once, to whoever asked for it."""
    return reverse(
        "gebruikers:instellen",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(gebruiker.pk)),
            "token": tokens.make_token(gebruiker),
        },
    )
