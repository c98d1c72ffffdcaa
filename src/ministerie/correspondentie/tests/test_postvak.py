"""The mailbox reader against a real IMAP server (Dovecot on loopback, IMAPS): each message is
stored once with its attachments, moved only after it is stored, bad input is kept with a Dutch
reason, and a reader killed mid-run duplicates nothing on restart."""

from __future__ import annotations

import os
import signal
import time
from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from ministerie.bestanden.limieten import MB
from ministerie.correspondentie.models import Bijlage, Postbericht, Zaak
from ministerie.correspondentie.postvak import GEEN_AFZENDER, haal_op, neem_op

from .hulp import email
from .imapserver import DovecotServer


def test_een_kinderbrief_wordt_een_zaak_en_het_bericht_gaat_pas_daarna_naar_verwerkt(
    bzk: Any, imap_server: DovecotServer
) -> None:
    imap_server.bezorg(email(bijlagen=[("tekening.png", b"\x89PNG\r\n\x1a\n" + b"0" * 100)]))
    uitkomst = haal_op()
    assert (uitkomst.opgeslagen, uitkomst.verplaatst, uitkomst.fouten) == (1, 1, [])
    zaak = Zaak.objects.get()
    assert (
        zaak.kanaal == "email" and zaak.soort == "kinderbrief" and zaak.afzender_email == "sanne@voorbeeld.nl"
    )
    assert zaak.leeftijd == 9 and "9 jaar" in zaak.reden_voorstel
    assert zaak.uiterste_datum == timezone.localdate(zaak.ontvangen_op) + timedelta(weeks=3)
    bijlage = Bijlage.objects.get(zaak=zaak)
    assert bijlage.naam == "tekening.png" and bijlage.bestand.read().startswith(b"\x89PNG")
    post = Postbericht.objects.get()
    assert post.zaak == zaak and post.bestand.read().startswith(b"From:")
    assert imap_server.aantal("INBOX") == 0 and imap_server.aantal("Verwerkt") == 1
    # a second pass finds nothing
    assert haal_op().als_dict() == {
        "opgeslagen": 0,
        "al_opgeslagen": 0,
        "quarantaine": 0,
        "verplaatst": 0,
        "fouten": [],
    }


def test_een_opgeslagen_maar_niet_verplaatst_bericht_wordt_niet_nog_eens_opgeslagen(
    bzk: Any, imap_server: DovecotServer
) -> None:
    data = email()
    neem_op(data)  # stored, then the reader stopped before the move
    imap_server.bezorg(data)
    uitkomst = haal_op()
    assert (uitkomst.opgeslagen, uitkomst.al_opgeslagen, uitkomst.verplaatst) == (0, 1, 1)
    assert Zaak.objects.count() == 1 and Postbericht.objects.count() == 1
    assert imap_server.aantal("INBOX") == 0
    # the same message again (same Message-ID, a relay changed a header): still one case
    imap_server.bezorg(data.replace(b"To: ", b"X-Doorgestuurd: ja\r\nTo: ", 1))
    assert haal_op().al_opgeslagen == 1 and Zaak.objects.count() == 1


def test_onleesbaar_zonder_afzender_en_te_grote_bijlage_worden_bewaard_met_een_reden(
    bzk: Any, imap_server: DovecotServer
) -> None:
    groot = os.urandom(60 * MB)
    imap_server.bezorg(
        b"\x00\x01\x02 dit is geen e-mail\r\n",
        email(van=None, onderwerp="Zonder afzender"),
        email(onderwerp="Met een grote bijlage", bijlagen=[("film.mp4", groot)]),
    )
    uitkomst = haal_op()
    assert uitkomst.fouten == [] and uitkomst.verplaatst == 3
    assert imap_server.aantal("INBOX") == 0 and imap_server.aantal("Verwerkt") == 3
    quarantaine = {p.onderwerp: p for p in Postbericht.objects.filter(status="quarantaine")}
    assert quarantaine["Zonder afzender"].reden == GEEN_AFZENDER
    onleesbaar = quarantaine[""]
    assert onleesbaar.reden.startswith("Het bericht kan niet worden gelezen") and onleesbaar.bestand
    zaak = Zaak.objects.get(onderwerp="Met een grote bijlage")
    bijlage = zaak.bijlagen.get()
    assert not bijlage.bestand and "te groot" in bijlage.reden and bijlage.grootte == 60 * MB
    # nothing lost: the original message with the attachment is kept
    assert zaak.berichten.get().grootte > 60 * MB


def test_een_lezer_die_halverwege_wordt_gestopt_dupliceert_na_herstart_niets(
    bzk: Any, imap_server: DovecotServer, transactional_db: Any
) -> None:
    from ministerie.core.tests.processen import start_ministerie

    from .conftest import instellingen_voor

    aantal = 20
    imap_server.bezorg(
        *[email(onderwerp=f"Bericht {i}", tekst=f"Bericht nummer {i}.") for i in range(aantal)]
    )
    omgeving = {f"MINISTERIE_{k}": str(v) for k, v in instellingen_voor(imap_server).items()}
    os.environ.update(omgeving)
    try:
        proces = start_ministerie("correspondentie", "ophalen")
        einde = time.monotonic() + 60
        while Postbericht.objects.count() < 3 and time.monotonic() < einde and proces.poll() is None:
            time.sleep(0.02)
        proces.send_signal(signal.SIGKILL)
        proces.wait(timeout=10)
    finally:
        for k in omgeving:
            os.environ.pop(k, None)
    tussenstand = Postbericht.objects.count()
    assert 0 < tussenstand < aantal, "de lezer moest halverwege worden gestopt"
    assert imap_server.aantal("INBOX") + imap_server.aantal("Verwerkt") == aantal
    haal_op()
    assert Postbericht.objects.count() == aantal and Zaak.objects.count() == aantal
    assert sorted(Zaak.objects.values_list("onderwerp", flat=True)) == sorted(
        f"Bericht {i}" for i in range(aantal)
    )
    assert imap_server.aantal("INBOX") == 0 and imap_server.aantal("Verwerkt") == aantal


@pytest.mark.parametrize("fout", ["wachtwoord"])
def test_een_geweigerde_inlog_is_een_nederlandse_fout(
    bzk: Any, imap_server: DovecotServer, fout: str
) -> None:
    from django.test import override_settings

    from ministerie.correspondentie.postvak import PostvakFout

    with (
        override_settings(CORRESPONDENTIE_IMAP_WACHTWOORD="fout"),
        pytest.raises(PostvakFout, match="geweigerd"),
    ):
        haal_op()
