"""Fixtures of the correspondence tests: a real IMAP server (Dovecot) on loopback, with the
settings that make the mailbox reader use it."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .imapserver import DovecotServer, dovecot_beschikbaar


@pytest.fixture
def imap_server() -> Iterator[DovecotServer]:
    if not dovecot_beschikbaar():
        pytest.fail("Dovecot ontbreekt: installeer het Debian-pakket dovecot-imapd.")
    from django.test import override_settings

    # not pytest's tmp_path: as root Dovecot's own users must reach the folder (0700 parents)
    map = Path(tempfile.mkdtemp(prefix="dovecot-test-"))
    try:
        with DovecotServer(map) as server, override_settings(**instellingen_voor(server)):
            yield server
    finally:
        shutil.rmtree(map, ignore_errors=True)


def instellingen_voor(server: DovecotServer) -> dict[str, Any]:
    return {
        "CORRESPONDENTIE_IMAP_HOST": "127.0.0.1",
        "CORRESPONDENTIE_IMAP_POORT": server.poort,
        "CORRESPONDENTIE_IMAP_GEBRUIKER": server.gebruiker,
        "CORRESPONDENTIE_IMAP_WACHTWOORD": server.wachtwoord,
        "CORRESPONDENTIE_IMAP_CA": str(server.ca),
    }
