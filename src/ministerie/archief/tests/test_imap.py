"""An IMAP account as a source, against a real Dovecot on loopback (the correspondence part's
fixture): every message kept once through the one e-mail reader, resumable, and the mailbox on
the server untouched (nothing moved, deleted or marked as read)."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings

from ministerie.archief import inname
from ministerie.archief.imap import ImapFout, ontleed_adres
from ministerie.archief.models import Ingestrun, Item
from ministerie.correspondentie.tests.imapserver import DovecotServer, dovecot_beschikbaar

from . import test_inname

minister = test_inname.minister  # the fixture


def _bericht(n: int, onderwerp: str = "") -> bytes:
    return (
        f"From: Minister <minister@example.org>\r\nTo: SG <sg@example.org>\r\n"
        f"Subject: {onderwerp or f'Overleg {n}'}\r\nDate: Mon, 01 Mar 2021 09:{n:02d}:00 +0000\r\n"
        f"Message-ID: <imap-{n}@example.org>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"Besluit {n}: akkoord.\r\n"
    ).encode()


@pytest.fixture(scope="module")
def dovecot() -> Iterator[DovecotServer]:
    if not dovecot_beschikbaar():
        pytest.fail("Dovecot ontbreekt: installeer het Debian-pakket dovecot-imapd.")
    # not pytest's tmp_path: as root Dovecot's own users must reach the folder (0700 parents)
    map_ = Path(tempfile.mkdtemp(prefix="dovecot-archief-"))
    try:
        with DovecotServer(map_) as server:
            server.bezorg(*(_bericht(n) for n in range(1, 6)), _bericht(3), b"geen kopregels\r\n")
            yield server
    finally:
        shutil.rmtree(map_, ignore_errors=True)


def _adres(server: DovecotServer, map_: str = "INBOX") -> str:
    return f"imaps://{server.gebruiker}@127.0.0.1:{server.poort}/{map_}"


def _ongelezen(server: DovecotServer) -> int:
    imap = server.verbind()
    try:
        imap.select("INBOX", readonly=True)
        _, data = imap.search(None, "UNSEEN")
        return len((data[0] or b"").split())
    finally:
        imap.logout()


def test_adres() -> None:
    adres = ontleed_adres("imaps://mc%40ministerie.test@mail.example.org/Verzonden%20items")
    assert (adres.gebruiker, adres.host, adres.poort, adres.map) == (
        "mc@ministerie.test", "mail.example.org", 993, "Verzonden items"
    )  # fmt: skip
    assert ontleed_adres("imaps://a@h:1993").map == "INBOX"
    with pytest.raises(ImapFout, match="wachtwoord niet in de bron"):
        ontleed_adres("imaps://a:geheim@h/INBOX")
    with pytest.raises(ImapFout, match="poort"):
        ontleed_adres("imaps://a@h:99999/INBOX")


def test_postvak_eenmaal_bewaard_hervatbaar_en_onaangeroerd(minister: Any, dovecot: DovecotServer) -> None:
    bron = _adres(dovecot)
    with override_settings(ARCHIEF_IMAP_WACHTWOORD=dovecot.wachtwoord, ARCHIEF_IMAP_CA=str(dovecot.ca)):

        class Stop(Exception):
            pass

        def stop(run: Any) -> None:
            raise Stop

        with pytest.raises(Stop):
            inname.neem_in(bron, functionaris=minister, soort="mail", door="test", voortgang=stop, batch=3)
        assert Item.objects.count() == 3
        uit = StringIO()
        call_command("archief", "ingest", bron, "--functionaris", "minister", stdout=uit)
        # resumed at message 4: 5 kept, the copy of message 3 a duplicate, the last unreadable
        assert (
            uit.getvalue()
            .strip()
            .splitlines()[-1]
            .startswith('{"opgeslagen": 5, "dubbel": 1, "onleesbaar": 1')
        ), uit.getvalue()
        run = Ingestrun.objects.get()
        assert (run.opgeslagen, run.dubbel, run.onleesbaar, run.positie, run.totaal) == (5, 1, 1, 7, 7)
        assert run.bron == f"imaps://{dovecot.gebruiker}@127.0.0.1:{dovecot.poort}/INBOX"
        assert "INBOX#uid7: Het e-mailbericht (.eml) is beschadigd" in uit.getvalue()
        item = Item.objects.get(metadata__message_id="<imap-4@example.org>")
        assert item.vindplaats == "INBOX#uid4" and item.pad.read_bytes() == _bericht(4)
        assert "Besluit 4: akkoord." in item.tekst and item.titel == "Overleg 4"
        # archiving copies: the server still has every message, none marked as read
        assert dovecot.aantal("INBOX") == 7 and _ongelezen(dovecot) == 7
        # a second run of the same account stores nothing twice
        uit = StringIO()
        call_command("archief", "ingest", bron, "--functionaris", "minister", stdout=uit)
        assert '"opgeslagen": 0, "dubbel": 6, "onleesbaar": 1' in uit.getvalue()
        assert Item.objects.count() == 5
        with pytest.raises(CommandError, match="De map 'Bestaat niet' bestaat niet"):
            call_command("archief", "ingest", _adres(dovecot, "Bestaat%20niet"), "--functionaris", "minister")
        with pytest.raises(CommandError, match="alleen als soort 'mail'"):
            call_command("archief", "ingest", bron, "--functionaris", "minister", "--soort", "chat")
    with override_settings(ARCHIEF_IMAP_WACHTWOORD="fout", ARCHIEF_IMAP_CA=str(dovecot.ca)):
        with pytest.raises(CommandError, match="Inloggen op het postvak is geweigerd"):
            call_command("archief", "ingest", bron, "--functionaris", "minister")
    with override_settings(ARCHIEF_IMAP_WACHTWOORD=dovecot.wachtwoord, ARCHIEF_IMAP_CA=""):
        with pytest.raises(CommandError, match="niet bereikbaar"):  # the self-signed certificate
            call_command("archief", "ingest", bron, "--functionaris", "minister")
