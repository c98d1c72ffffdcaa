"""A real Outlook .pst through the ingest: the Enron mailbox (71 messages, 70 attachments, five
folders) that the npm package pst-extractor ships as its test data (MIT). It is fetched once
with npm into the data folder and checked by its SHA-256; without npm (or offline) the test is
skipped and says why."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import tarfile
import tempfile
from datetime import date
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings

from ministerie.archief import inname
from ministerie.archief.models import Functieperiode, Item, Sleutelfunctionaris
from ministerie.archief.services import neem_op_in_register
from ministerie.organisatie.models import Persoon

PAKKET = "pst-extractor@1.12.0"
LID = "package/example/testdata/enron.pst"
SHA256 = "6152489de3472be6f1f840935d34b6dbf5f62b025dd015929ea9cf66eb5a5b46"


def _enron_pst() -> Path:
    map_ = Path(settings.DATA_DIR) / "testdata" / PAKKET.replace("@", "-")
    pst = map_ / "enron.pst"
    if not pst.exists():
        npm = shutil.which("npm")
        if npm is None:
            pytest.skip("npm ontbreekt: de voorbeeld-.pst (npm-pakket pst-extractor) is niet op te halen")
        map_.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=map_) as tijdelijk:  # nothing half left behind
            try:
                subprocess.run(  # noqa: S603 (fixed arguments)
                    [npm, "pack", PAKKET, "--pack-destination", tijdelijk, "--silent"],
                    check=True, capture_output=True, timeout=180,
                )  # fmt: skip
            except (subprocess.SubprocessError, OSError) as fout:
                pytest.skip(f"de voorbeeld-.pst is niet op te halen met npm: {fout}")
            tgz = next(Path(tijdelijk).glob("pst-extractor-*.tgz"))
            with tarfile.open(tgz) as pakket:
                bron = pakket.extractfile(LID)
                assert bron is not None
                (Path(tijdelijk) / "enron.pst").write_bytes(bron.read())
            (Path(tijdelijk) / "enron.pst").replace(pst)
    assert hashlib.sha256(pst.read_bytes()).hexdigest() == SHA256, "de voorbeeld-.pst is een andere"
    return pst


def test_een_echte_pst(db: Any, tmp_path: Path) -> None:
    import pypff

    pst = _enron_pst()
    persoon = Persoon.objects.create(code="lokay-m", naam="Michelle Lokay")
    neem_op_in_register(
        door="test", persoon=persoon, code="lokay", functie=Functieperiode.Functie.DIRECTEUR,
        van=date(2001, 1, 1),
    )  # fmt: skip
    functionaris = Sleutelfunctionaris.objects.get(code="lokay")
    run = inname.neem_in(pst, functionaris=functionaris, soort="mail", door="test")
    assert (run.opgeslagen, run.dubbel, run.onleesbaar) == (71, 0, 0)
    items = list(Item.objects.order_by("pk"))
    mappen = {i.vindplaats.rpartition("/")[0] for i in items}
    assert len(mappen) == 5 and all(m.startswith("enron.pst#Top of Personal Folders/") for m in mappen)
    # every message kept with its body and its attachments (29 messages are multipart)
    assert all(i.tekst.split("\n\n", 1)[1].strip() for i in items)
    assert sum(len(i.metadata["bijlagen"]) for i in items) == 70
    oba = Item.objects.get(titel="New OBA's")
    assert oba.afzender == "Lee Dennis <Dennis.Lee@ENRON.com>" and oba.datum is not None
    assert oba.datum.isoformat() == "2001-10-22T20:06:22+00:00"
    assert oba.draad == "<I2OY5JK033YULHIIZG14FWPGKODJHROVB@zlsvr22>"
    assert len(oba.metadata["bijlagen"]) == 11
    # the kept bytes are an e-mail whose attachment is byte for byte the one in the .pst
    bewaard = oba.pad.read_bytes()
    assert hashlib.sha256(bewaard).hexdigest() == oba.sha256
    bijlagen = list(message_from_bytes(bewaard, policy=policy.default).iter_attachments())
    bestand = pypff.file()
    bestand.open(str(pst))
    try:
        map_ = bestand.get_root_folder()
        for deel in oba.vindplaats.split("#", 1)[1].split("/")[:-1]:
            map_ = next(
                map_.get_sub_folder(i) for i in range(map_.number_of_sub_folders)
                if map_.get_sub_folder(i).name == deel
            )  # fmt: skip
        bericht = next(
            map_.get_sub_message(i) for i in range(map_.number_of_sub_messages)
            if map_.get_sub_message(i).subject == "New OBA's"
        )  # fmt: skip
        eerste = bericht.get_attachment(0)
        assert bijlagen[0].get_filename() == eerste.long_filename
        assert bijlagen[0].get_content() == eerste.read_buffer(eerste.size)
    finally:
        bestand.close()
    # the same .pst again (another copy): the same bytes, so everything is a duplicate
    kopie = tmp_path / "kopie.pst"
    shutil.copyfile(pst, kopie)
    tweede = inname.neem_in(kopie, functionaris=functionaris, soort="mail", door="test")
    assert (tweede.opgeslagen, tweede.dubbel, tweede.onleesbaar) == (0, 71, 0)
