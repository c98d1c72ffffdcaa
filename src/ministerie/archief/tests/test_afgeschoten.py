"""Acceptance: a 5,000-message mailbox and a WhatsApp export of a key official, ingested by the
real command in a child process that is killed with SIGKILL halfway and started again, end as
an uninterrupted run would: the counts, and the stored items' hashes, which are exactly the
hashes of the source's readable unique messages; the report lists the unreadable ones."""

from __future__ import annotations

import hashlib
import json
import mailbox
import os
import signal
import subprocess
import time
from datetime import date
from pathlib import Path

import pytest
from django.conf import settings

from ministerie.archief.models import Functieperiode, Ingestrun, Item
from ministerie.archief.services import neem_op_in_register
from ministerie.core.tests.processen import MINISTERIE, ministerie, omgeving, start_ministerie
from ministerie.organisatie.models import Persoon

from .hulp import schrijf_mbox, schrijf_whatsapp

AANTAL = 5000


def _verwachte_hashes(postvak: Path) -> set[str]:
    bak = mailbox.mbox(postvak, create=False)
    try:
        return {hashlib.sha256(d).hexdigest() for d in (bak.get_bytes(k) for k in bak.keys()) if d}
    finally:
        bak.close()


@pytest.mark.traag
@pytest.mark.django_db(transaction=True)
def test_sigkill_halverwege_en_hervat(tmp_path: Path) -> None:
    persoon = Persoon.objects.create(code="minister-kill", naam="Minister Afgeschoten")
    neem_op_in_register(
        door="test", persoon=persoon, code="minister", functie=Functieperiode.Functie.BEWINDSPERSOON,
        van=date(2021, 1, 1),
    )  # fmt: skip
    postvak = schrijf_mbox(tmp_path / "postvak.mbox", AANTAL)
    proces = start_ministerie("archief", "ingest", str(postvak), "--functionaris", "minister")
    assert proces.stdout is not None
    begin = time.monotonic()
    for regel in proces.stdout:  # progress, one line a batch of 200
        if regel.startswith(("2000/", "2200/", "2400/")):
            os.kill(proces.pid, signal.SIGKILL)
            break
        assert time.monotonic() - begin < 240, "de inname kwam niet halverwege"
    assert proces.wait(timeout=30) == -signal.SIGKILL
    run = Ingestrun.objects.get()
    assert run.klaar_op is None and 2000 <= run.positie < AANTAL
    assert Item.objects.count() == run.opgeslagen  # what was committed is counted, no more

    hervat = subprocess.run(
        [str(MINISTERIE), "archief", "ingest", str(postvak), "--functionaris", "minister"],
        env=omgeving(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert hervat.returncode == 0, hervat.stderr
    tellingen = json.loads(hervat.stdout.strip().splitlines()[-1])
    # every 500th message is empty, every 250th (not 500th) a copy of the one before it
    assert (tellingen["opgeslagen"], tellingen["dubbel"], tellingen["onleesbaar"]) == (4980, 10, 10)
    assert tellingen["inname"] == run.pk and Ingestrun.objects.count() == 1
    onleesbaar = [r for r in hervat.stdout.splitlines() if r.startswith("onleesbaar: ")]
    assert onleesbaar == [
        f"onleesbaar: postvak.mbox#{n}: Het bericht of bestand is leeg." for n in range(500, 5001, 500)
    ]
    opgeslagen = dict(Item.objects.values_list("sha256", "bestand"))
    assert set(opgeslagen) == _verwachte_hashes(postvak)
    for controlesom, naam in opgeslagen.items():
        assert hashlib.sha256((Path(settings.MEDIA_ROOT) / naam).read_bytes()).hexdigest() == controlesom

    # the WhatsApp export of the same official, through the same command
    chat = ministerie(
        "archief",
        "ingest",
        str(schrijf_whatsapp(tmp_path / "chat")),
        "--functionaris",
        "minister",
        "--soort",
        "chat",
    )
    assert chat.returncode == 0, chat.stderr
    assert json.loads(chat.stdout.strip().splitlines()[-1])["opgeslagen"] == 7
    assert ministerie("audit", "verify").returncode == 0
