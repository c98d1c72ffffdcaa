"""Ingest: mail, WhatsApp, agenda and CSV sources stored once, with fixity, retention and a report
of every unreadable item; the selection list decides category and term."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command

from ministerie.archief import inname
from ministerie.archief.models import Functieperiode, Item, Sleutelfunctionaris
from ministerie.archief.services import neem_op_in_register
from ministerie.organisatie.models import Persoon

from .hulp import schrijf_mbox, schrijf_whatsapp


@pytest.fixture
def minister(db: Any) -> Sleutelfunctionaris:
    persoon = Persoon.objects.create(code="minister-test", naam="Minister Test")
    neem_op_in_register(
        door="test", persoon=persoon, code="minister", functie=Functieperiode.Functie.BEWINDSPERSOON,
        van=date(2021, 1, 1), tot=date(2021, 12, 31),
    )  # fmt: skip
    return Sleutelfunctionaris.objects.get(code="minister")


def _ingest(bron: Path, soort: str = "mail") -> tuple[dict[str, int], str]:
    uit = StringIO()
    call_command("archief", "ingest", str(bron), "--functionaris", "minister", "--soort", soort, stdout=uit)
    regels = uit.getvalue().strip().splitlines()
    return json.loads(regels[-1]), uit.getvalue()


def test_mbox_eenmaal_bewaard_met_vaste_waarde_en_termijn(minister: Any, tmp_path: Path) -> None:
    postvak = schrijf_mbox(tmp_path / "postvak.mbox", 120, leeg_elke=100, dubbel_elke=50)
    tellingen, uitvoer = _ingest(postvak)
    # 120 messages: #100 empty (unreadable), #50 a copy of #49 (#100 is empty, not a copy)
    assert tellingen["onleesbaar"] == 1
    assert tellingen["dubbel"] == 1
    assert tellingen["opgeslagen"] == 118
    assert "onleesbaar: postvak.mbox#100: Het bericht of bestand is leeg." in uitvoer
    item = Item.objects.get(metadata__message_id="<bericht-7@example.org>")
    data = (item.pad).read_bytes()
    assert hashlib.sha256(data).hexdigest() == item.sha256
    assert item.draad == "<draad-1@example.org>"
    assert item.regel.categorie == "mail-sleutelfunctionaris" and item.regel.waardering == "bewaren"
    assert item.termijn_tot == date(2041, 3, 1) and item.na_termijn == "overbrengen"
    assert "Besluit over dossier 7" in item.tekst
    # the same source again: nothing new, all duplicates, the run is a new one
    tweede, _ = _ingest(postvak.rename(tmp_path / "kopie.mbox"))
    assert tweede["opgeslagen"] == 0 and tweede["dubbel"] == 119 and tweede["onleesbaar"] == 1


def test_buiten_de_functieperiode_tien_jaar_vernietigen(minister: Any, tmp_path: Path) -> None:
    from datetime import UTC, datetime

    postvak = schrijf_mbox(tmp_path / "oud.mbox", 3, begin=datetime(2019, 5, 1, tzinfo=UTC))
    tellingen, _ = _ingest(postvak)
    assert tellingen["opgeslagen"] == 3
    item = Item.objects.first()
    assert item is not None and item.regel.categorie == "zakelijke-mail"
    assert item.termijn_tot == date(2029, 5, 1) and item.na_termijn == "vernietigen"


def test_whatsapp_beide_vormen_met_media_en_redenen(minister: Any, tmp_path: Path) -> None:
    tellingen, uitvoer = _ingest(schrijf_whatsapp(tmp_path / "chat"), "chat")
    # iPhone: 4 messages + 1 photo; Android: 2 messages; the impossible date and the missing photo
    assert tellingen == {"opgeslagen": 7, "dubbel": 0, "onleesbaar": 2, "inname": tellingen["inname"]}
    assert "Het bijgevoegde mediabestand ontbreekt in de export." in uitvoer
    assert "_chat.txt#regel6: Regel 6 heeft een onmogelijke datum of tijd" in uitvoer
    tweede = Item.objects.get(vindplaats="_chat.txt#regel2")
    assert tweede.afzender == "SG" and "Tweede regel van hetzelfde bericht." in tweede.tekst
    assert tweede.regel.categorie == "chat-sleutelfunctionaris"
    foto = Item.objects.get(mime="image/jpeg")
    assert foto.metadata["bij_bericht"] == "_chat.txt#regel4"
    android = Item.objects.get(vindplaats="android.txt#regel1")
    assert android.datum is not None and android.datum.year == 2021 and android.afzender == "Minister"


def test_agenda_en_csv(minister: Any, tmp_path: Path) -> None:
    ics = tmp_path / "agenda.ics"
    ics.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//NL\r\n"
        "BEGIN:VEVENT\r\nUID:a1\r\nDTSTART:20210401T090000Z\r\nDTEND:20210401T100000Z\r\n"
        "SUMMARY:Bewindspersonenoverleg\r\nLOCATION:Turfmarkt\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:a2\r\nSUMMARY:Zonder begin\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    )
    tellingen, uitvoer = _ingest(ics, "agenda")
    assert (tellingen["opgeslagen"], tellingen["onleesbaar"]) == (1, 1)
    assert "agenda.ics#2: De afspraak heeft geen begintijd (DTSTART)." in uitvoer
    afspraak = Item.objects.get(soort="agenda")
    assert afspraak.titel == "Bewindspersonenoverleg" and "Turfmarkt" in afspraak.tekst
    assert afspraak.regel.categorie == "agenda-sleutelfunctionaris"

    csv = tmp_path / "posts.csv"
    csv.write_text(
        "datum;afzender;tekst\n2021-06-01 12:00;@minister;Vandaag het besluit genomen.\nmorgen;x;y\n"
    )
    tellingen, uitvoer = _ingest(csv, "sociale-media")
    assert (tellingen["opgeslagen"], tellingen["onleesbaar"]) == (1, 1)
    assert "De datum 'morgen' is niet te lezen" in uitvoer


def test_onbekende_functionaris_en_bron(db: Any, tmp_path: Path) -> None:
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="Geen sleutelfunctionaris met code 'niemand'"):
        call_command("archief", "ingest", str(tmp_path), "--functionaris", "niemand")


def test_bron_bestaat_niet(minister: Any, tmp_path: Path) -> None:
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="bestaat niet"):
        call_command("archief", "ingest", str(tmp_path / "weg.mbox"), "--functionaris", "minister")


def test_hervatten_na_onderbreking_in_het_proces(minister: Any, tmp_path: Path) -> None:
    """A run stopped after its second batch continues there: same counts, nothing twice."""
    postvak = schrijf_mbox(tmp_path / "postvak.mbox", 130, leeg_elke=1000, dubbel_elke=120)

    class Stop(Exception):
        pass

    batches = []

    def voortgang(run: Any) -> None:
        batches.append(run.positie)
        if len(batches) == 2:
            raise Stop

    with pytest.raises(Stop):
        inname.neem_in(
            postvak, functionaris=minister, soort="mail", door="test", voortgang=voortgang, batch=40
        )
    assert Item.objects.count() == 80
    run = inname.neem_in(
        postvak, functionaris=minister, soort="mail", door="test", voortgang=voortgang, batch=40
    )
    assert batches == [40, 80, 120, 130]  # resumed after 80: nothing read twice
    assert (run.opgeslagen, run.dubbel, run.onleesbaar, run.positie) == (129, 1, 0, 130)
    assert Item.objects.count() == 129


def test_map_met_eml_en_msg(minister: Any, tmp_path: Path) -> None:
    map_ = tmp_path / "export"
    map_.mkdir()
    (map_ / "a.eml").write_bytes(
        b"From: sg@example.org\nSubject: Nota\nDate: Tue, 2 Mar 2021 10:00:00 +0100\n\nAkkoord.\n"
    )
    (map_ / "kapot.msg").write_bytes(b"geen outlook")
    (map_ / "ruis.eml").write_bytes(b"\x00\x01\x02 geen kopregels")
    tellingen, uitvoer = _ingest(map_)
    assert (tellingen["opgeslagen"], tellingen["onleesbaar"]) == (1, 2)
    assert "kapot.msg: Het Outlook-bericht (.msg) is beschadigd en kan niet worden gelezen." in uitvoer
    assert "ruis.eml: " in uitvoer


def test_x_archief_met_media(minister: Any, tmp_path: Path) -> None:
    data = tmp_path / "twitter-2021" / "data"
    (data / "tweets_media").mkdir(parents=True)
    (data / "tweets.js").write_text(
        'window.YTD.tweets.part0 = [{"tweet": {"id_str": "101",'
        ' "created_at": "Wed Mar 03 10:00:00 +0000 2021",'
        ' "full_text": "Vandaag besloten: meer woningen."}}, {"tweet": {"id_str": "102",'
        ' "created_at": "gisteren", "full_text": "x"}}, {"tweet": {}}]',
        encoding="utf-8",
    )
    (data / "tweets_media" / "101-foto.jpg").write_bytes(b"\xff\xd8\xff" + b"x" * 20)
    tellingen, uitvoer = _ingest(tmp_path / "twitter-2021", "sociale-media")
    assert (tellingen["opgeslagen"], tellingen["onleesbaar"]) == (2, 2)
    assert "Het bericht heeft geen leesbare datum (created_at)." in uitvoer
    assert "heeft geen kenmerk (id_str)" in uitvoer
    post = Item.objects.get(mime="application/json")
    assert post.tekst == "Vandaag besloten: meer woningen." and post.datum is not None
    assert post.regel.categorie == "sociale-media-sleutelfunctionaris"
    assert Item.objects.get(mime="image/jpeg").metadata["bij_bericht"] == "101"
