"""Fixtures of the notifications: users with an e-mail address, and a real SMTP server on
loopback (aiosmtpd) whose received messages the tests read."""

from __future__ import annotations

import email
import socket
from collections.abc import Callable, Iterator
from email.message import EmailMessage
from email.policy import default
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from django.test import override_settings


class Postvak:
    """What the SMTP server received: each message parsed, with its envelope recipients."""

    def __init__(self) -> None:
        self.berichten: list[tuple[list[str], EmailMessage]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        bericht = email.message_from_bytes(envelope.original_content, policy=default)
        self.berichten.append((list(envelope.rcpt_tos), bericht))
        return "250 OK"

    def aan(self, adres: str) -> list[EmailMessage]:
        return [b for ontvangers, b in self.berichten if adres in ontvangers]


def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp() -> Iterator[Postvak]:
    """A real SMTP server on 127.0.0.1, and the settings that send to it."""
    postvak = Postvak()
    poort = _vrije_poort()
    server = Controller(postvak, hostname="127.0.0.1", port=poort)
    server.start()
    try:
        with override_settings(
            EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=poort,
            EMAIL_USE_TLS=False,
            EMAIL_HOST_USER="",
            EMAIL_HOST_PASSWORD="",
            EMAIL_TIMEOUT=5,
            DEFAULT_FROM_EMAIL="ministerie <noreply@ministerie.test>",
            WEBADRES="https://ministerie.test",
        ):
            yield postvak
    finally:
        server.stop()


@pytest.fixture
def medewerker(maak_gebruiker: Callable[..., Any]) -> Callable[..., Any]:
    """A member of staff with an e-mail address and, optionally, an e-mail preference."""

    def maak(naam: str, voorkeur: str | None = None, rol: str = "beleidsmedewerker") -> Any:
        from ministerie.meldingen.models import Meldingsvoorkeur

        gebruiker = maak_gebruiker(rol, gebruikersnaam=naam)
        gebruiker.email = f"{naam}@ministerie.test"
        gebruiker.save(update_fields=["email"])
        if voorkeur:
            Meldingsvoorkeur.objects.create(gebruiker=gebruiker, email=voorkeur)
        return gebruiker

    return maak
