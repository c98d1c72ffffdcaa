"""Exports read as chat and social-media sources: Signal Desktop (signal-export: chat.md and
data.json per conversation, with media), Facebook and Instagram ("Download your information",
JSON with mojibake) and LinkedIn (Shares.csv); an unknown shape is reported, never a crash."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ministerie.archief.bronnen import herstel_mojibake
from ministerie.archief.models import Ingestrun, Innamefout, Item

from . import test_inname

_ingest = test_inname._ingest
minister = test_inname.minister  # the fixture


def _mojibake(tekst: str) -> str:
    return tekst.encode("utf-8").decode("latin-1")


def test_herstel_mojibake() -> None:
    assert herstel_mojibake({"a": [_mojibake("Café – één")]}) == {"a": ["Café – één"]}
    assert herstel_mojibake("Café") == "Café"  # not mojibake (é is no UTF-8 start): unchanged
    assert herstel_mojibake("Łódź") == "Łódź"  # above U+00FF: unchanged


def test_signal_chat_md_en_data_json_met_media(minister: Any, tmp_path: Path) -> None:
    bron = tmp_path / "signal"
    sg = bron / "SG"
    (sg / "media").mkdir(parents=True)
    (sg / "media" / "nota 1.pdf").write_bytes(b"%PDF-1.4 nota")
    (sg / "chat.md").write_text(
        "[2021-03-05 14:02] Minister: Akkoord met de nota.\n"
        "[2021-03-05 14:03] SG: Dank, ik stuur hem door.\n"
        "Met een tweede regel.\n"
        "[2021-03-05 14:04] SG: [nota 1.pdf](./media/nota%201.pdf)\n"
        "[2021-03-05 14:05] SG: ![foto.jpg](./media/foto.jpg)\n"
        "[2021-02-30 09:00] SG: onmogelijke datum\n",
        encoding="utf-8",
    )
    dg = bron / "DG Water"
    (dg / "media").mkdir(parents=True)
    (dg / "media" / "kaart.png").write_bytes(b"\x89PNG kaart")
    (dg / "chat.md").write_text("[2021-03-06 10:00] genegeerd: data.json wint\n", encoding="utf-8")
    (dg / "data.json").write_text(
        json.dumps({"date": "2021-03-06 10:00:00", "sender": "DG", "body": "Kaart van de dijk",
                    "quote": "", "attachments": [{"name": "kaart.png", "path": "media/kaart.png"}]}) + "\n"
        + "dit is geen json\n"
        + json.dumps({"date": "gisteren", "sender": "DG", "body": "x"}) + "\n"
        + json.dumps({"date": 1615025000000, "sender": "Minister", "body": "Mooi.",
                      "attachments": [{"name": "../../geheim", "path": "../../geheim"}]}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    (tmp_path / "geheim").write_bytes(b"buiten de bron")
    tellingen, uitvoer = _ingest(bron, "chat")
    assert tellingen["opgeslagen"] == 8  # 4 + 1 media (md), 2 + 1 media (json)
    assert tellingen["onleesbaar"] == 5, uitvoer
    assert "SG/chat.md#regel5!foto.jpg: Het bijgevoegde mediabestand ontbreekt in de export." in uitvoer
    assert "SG/chat.md#regel6: Regel 6 heeft een onmogelijke datum of tijd" in uitvoer
    assert "DG Water/data.json#regel2: Regel 2 van data.json is geen JSON-object" in uitvoer
    assert "DG Water/data.json#regel3: Regel 3 van data.json heeft geen leesbare datum" in uitvoer
    assert "DG Water/data.json#regel4!geheim: Het bijgevoegde mediabestand ontbreekt" in uitvoer
    tweede = Item.objects.get(vindplaats="SG/chat.md#regel2")
    assert tweede.afzender == "SG" and tweede.draad == "SG" and tweede.metadata["bron"] == "signal"
    assert tweede.tekst == "SG: Dank, ik stuur hem door.\nMet een tweede regel."
    assert tweede.datum == datetime(2021, 3, 5, 13, 3, tzinfo=UTC)
    nota = Item.objects.get(vindplaats="SG/chat.md#regel4!nota 1.pdf")
    assert nota.pad.read_bytes() == b"%PDF-1.4 nota" and nota.mime == "application/pdf"
    kaart = Item.objects.get(vindplaats="DG Water/data.json#regel1!kaart.png")
    assert kaart.afzender == "DG" and kaart.metadata["bij_bericht"] == "DG Water/data.json#regel1"
    assert Item.objects.get(vindplaats="DG Water/data.json#regel4").datum == datetime(
        2021, 3, 6, 10, 3, 20, tzinfo=UTC
    )
    assert not Item.objects.filter(tekst__contains="data.json wint").exists()


def test_chatbron_van_onbekende_vorm(minister: Any, tmp_path: Path) -> None:
    bron = tmp_path / "iets"
    bron.mkdir()
    (bron / "chat.md").write_text("# Een notitie\nGeen berichten hier.\n", encoding="utf-8")
    (bron / "foto.jpg").write_bytes(b"\xff\xd8")
    tellingen, uitvoer = _ingest(bron, "chat")
    assert tellingen == {"opgeslagen": 0, "dubbel": 0, "onleesbaar": 1, "inname": tellingen["inname"]}
    assert "chat.md: In dit bestand staan geen Signal-berichten in een bekende vorm." in uitvoer
    leeg = tmp_path / "leeg"
    leeg.mkdir()
    (leeg / "foto.jpg").write_bytes(b"\xff\xd8")
    tellingen, uitvoer = _ingest(leeg, "sociale-media")
    assert tellingen["onleesbaar"] == 1 and tellingen["opgeslagen"] == 0
    assert "geen export in een bekende vorm (X, Facebook, Instagram, LinkedIn" in uitvoer


def test_facebook_instagram_en_linkedin(minister: Any, tmp_path: Path) -> None:
    bron = tmp_path / "sociaal"
    fb = bron / "facebook" / "your_facebook_activity" / "posts"
    (fb / "media" / "album").mkdir(parents=True)
    (fb / "media" / "album" / "dijk.jpg").write_bytes(b"\xff\xd8 dijk")
    (fb / "your_posts__check_ins__photos_and_videos_1.json").write_text(
        json.dumps([
            {"timestamp": 1614600000,
             "data": [{"post": _mojibake("Bezoek aan de dijk in Zeeland – één dag")}],
             "attachments": [{"data": [{"media": {
                 "uri": "your_facebook_activity/posts/media/album/dijk.jpg",
                 "creation_timestamp": 1614600000}}]}],
             "title": _mojibake("Minister Test heeft een foto gedeeld.")},
            {"data": [{"post": "zonder datum"}]},
            "geen object",
        ]),
        encoding="ascii",
    )  # fmt: skip
    ig = bron / "instagram" / "your_instagram_activity" / "content"
    ig.mkdir(parents=True)
    (ig / "posts_1.json").write_text(
        json.dumps([{"media": [{"uri": "media/posts/202103/ontbreekt.jpg", "creation_timestamp": 1614700000,
                                "title": _mojibake("Café-overleg")}]}]),
        encoding="ascii",
    )  # fmt: skip
    (bron / "instagram" / "kapot").mkdir()
    (bron / "instagram" / "kapot" / "posts_2.json").write_text("{niet af", encoding="utf-8")
    li = bron / "linkedin"
    li.mkdir()
    (li / "Shares.csv").write_text(
        "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"
        '2021-03-03 08:00:00,https://www.linkedin.com/feed/update/urn:li:share:1,"Trots op het team,\n'
        'vandaag.",,,MEMBER_NETWORK\n'
        "2021-03-04 08:00:00,https://www.linkedin.com/feed/update/urn:li:share:2,,https://www.rijksoverheid.nl/,,"
        "MEMBER_NETWORK\n"
        "2021-03-05 08:00:00,https://www.linkedin.com/feed/update/urn:li:share:3,,,,MEMBER_NETWORK\n",
        encoding="utf-8",
    )
    tellingen, uitvoer = _ingest(bron, "sociale-media")
    assert tellingen["opgeslagen"] == 5, uitvoer  # fb post + photo, ig post, 2 LinkedIn shares
    assert tellingen["onleesbaar"] == 5, uitvoer
    assert "#2: Het bericht heeft geen datum (timestamp)." in uitvoer
    assert "#3: Dit bericht in het archief van Facebook is geen object." in uitvoer
    assert "posts_1.json#1!ontbreekt.jpg: Het mediabestand ontbreekt in het archief." in uitvoer
    assert (
        "posts_2.json: Het archief van Instagram (posts_2.json) is beschadigd of van onbekende vorm."
        in uitvoer
    )
    assert "Shares.csv#rij4: Het bericht heeft geen tekst en deelt geen link." in uitvoer
    post = Item.objects.get(metadata__bron="facebook", mime="application/json")
    assert post.tekst == "Bezoek aan de dijk in Zeeland – één dag"
    assert post.metadata["titel"] == "Minister Test heeft een foto gedeeld."
    assert post.datum == datetime.fromtimestamp(1614600000, tz=UTC)
    foto = Item.objects.get(metadata__bron="facebook", mime="image/jpeg")
    assert foto.pad.read_bytes() == b"\xff\xd8 dijk" and foto.draad == post.draad
    assert Item.objects.get(metadata__bron="instagram").tekst == "Café-overleg"
    eerste, tweede = Item.objects.filter(metadata__bron="linkedin").order_by("datum")
    assert eerste.tekst == "Trots op het team,\nvandaag." and eerste.datum == datetime(
        2021, 3, 3, 8, tzinfo=UTC
    )
    assert tweede.tekst == "Gedeeld: https://www.rijksoverheid.nl/"
    assert tweede.draad == "https://www.linkedin.com/feed/update/urn:li:share:2"
    assert Ingestrun.objects.count() == 1 and Innamefout.objects.count() == 5
