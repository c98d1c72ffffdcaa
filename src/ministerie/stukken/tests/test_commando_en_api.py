from __future__ import annotations

import json
from io import StringIO
from pathlib import Path
from typing import Any

import pymupdf
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client

from ministerie.stukken import services
from ministerie.stukken.models import Document, Quarantaine
from ministerie.stukken.route import stel_route_voor

pytestmark = pytest.mark.django_db


def _pdf(pad: Path, tekst: str) -> Path:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), tekst)
    doc.save(pad)
    return pad


def test_importeer_drukt_een_id_per_bestand(
    lijn: dict[str, Any], tmp_path: Path, django_capture_on_commit_callbacks: Any
) -> None:
    a = _pdf(tmp_path / "a.pdf", "Beëdiging van de bewindspersonen")
    b = tmp_path / "b.txt"
    b.write_text("Woningen in Zwolle", encoding="utf-8")
    uit = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("stukken", "importeer", str(a), str(b), "--als", "beleid", stdout=uit)
    ids = uit.getvalue().split()
    assert len(ids) == 2 and all(i.isdigit() for i in ids)
    assert set(Document.objects.values_list("pk", flat=True)) == {int(i) for i in ids}

    zoek = StringIO()
    call_command("zoek", "beediging", stdout=zoek)
    regels = zoek.getvalue().splitlines()
    assert regels == [f"document:{ids[0]}\ta"]
    als_json = StringIO()
    call_command("zoek", "woning", "--json", stdout=als_json)
    assert json.loads(als_json.getvalue())["totaal"] == 1


def test_importeer_kapot_bestand(lijn: dict[str, Any], tmp_path: Path) -> None:
    kapot = tmp_path / "kapot.pdf"
    kapot.write_bytes(b"%PDF-1.4\n" + b"\x00" * 300)
    uit, fout = StringIO(), StringIO()
    with pytest.raises(CommandError, match="1 bestand"):
        call_command("stukken", "importeer", str(kapot), "--als", "beleid", stdout=uit, stderr=fout)
    assert uit.getvalue().startswith("quarantaine-")
    assert "quarantaine" in fout.getvalue()
    assert Quarantaine.objects.count() == 1


def test_zoek_herbouw(lijn: dict[str, Any], tmp_path: Path) -> None:
    call_command(
        "stukken",
        "importeer",
        str(_pdf(tmp_path / "x.pdf", "Gemeentefonds")),
        "--als",
        "beleid",
        stdout=StringIO(),
    )
    uit = StringIO()
    call_command("zoek", "herbouw", stdout=uit)
    assert "1 stukken" in uit.getvalue()
    zoek = StringIO()
    call_command("zoek", "gemeentefonds", "--soort", "document", stdout=zoek)
    assert zoek.getvalue().count("\n") == 1


def test_api_paraferen_en_beslissen(lijn: dict[str, Any], client: Client) -> None:
    nota = services.maak_nota(
        door=lijn["beleid"],
        soort="beslisnota",
        onderwerp="API-nota",
        aan="de minister",
        eenheid=lijn["beleid"].eenheden.first(),
        beslispunten=["Akkoord gaan"],
    )
    services.stel_route_in(
        nota,
        door=lijn["beleid"],
        stappen=stel_route_voor(lijn["beleid"], nota.eenheid, bewindspersoon=lijn["minister"]),
    )
    services.start_parafering(nota, door=lijn["beleid"])
    client.force_login(lijn["dg"])
    fout = client.post(f"/api/v1/notas/{nota.pk}/paraferen", {}, content_type="application/json")
    assert fout.status_code == 403
    assert fout["Content-Type"] == "application/problem+json"
    for wie in ("afdelingshoofd", "directeur", "dg", "sg"):
        client.force_login(lijn[wie])
        antwoord = client.post(
            f"/api/v1/notas/{nota.pk}/paraferen",
            {"opmerking": "ok"},
            content_type="application/json",
        )
        assert antwoord.status_code == 200, antwoord.json()
    client.force_login(lijn["minister"])
    punt = nota.beslispunten.get()
    leeg = client.post(
        f"/api/v1/notas/{nota.pk}/beslissen", {"besluiten": {}}, content_type="application/json"
    )
    assert leeg.status_code == 400
    antwoord = client.post(
        f"/api/v1/notas/{nota.pk}/beslissen",
        {"besluiten": {str(punt.pk): "akkoord"}},
        content_type="application/json",
    )
    assert antwoord.json()["status"] == "besloten"
    assert antwoord.json()["beslispunten"][0]["besluit"] == "akkoord"


def test_herbouw_indexeert_de_nieuwste_versie(lijn: dict[str, Any]) -> None:
    from ministerie.stukken.indexering import herbouw
    from ministerie.stukken.opslag import sla_op
    from ministerie.stukken.zoeken import zoek_stukken

    eenheid = lijn["beleid"].eenheden.first()
    eerste = sla_op(b"Oude tekst over dijken", "memo.txt", door=lijn["beleid"], eenheid=eenheid)
    sla_op(
        b"Nieuwe tekst over woningen",
        "memo.txt",
        door=lijn["beleid"],
        eenheid=eenheid,
        document=eerste.document,
    )
    assert herbouw() == 1
    assert zoek_stukken(lijn["beleid"], "woningen").totaal == 1
    assert zoek_stukken(lijn["beleid"], "dijken").totaal == 0


def test_documenten_koppelen(lijn: dict[str, Any], client: Client) -> None:
    from ministerie.stukken.opslag import sla_op

    eenheid = lijn["beleid"].eenheden.first()
    a = sla_op(b"Eerste stuk", "a.txt", door=lijn["beleid"], eenheid=eenheid).document
    b = sla_op(b"Tweede stuk", "b.txt", door=lijn["beleid"], eenheid=eenheid).document
    assert a is not None and b is not None
    client.force_login(lijn["beleid"])
    client.post(f"/stukken/documenten/{a.pk}/koppelen/", {"ander": str(b.pk)})
    assert list(a.gerelateerd.all()) == [b] and list(b.gerelateerd.all()) == [a]
    client.force_login(lijn["buiten"])  # may not see a
    assert client.post(f"/stukken/documenten/{a.pk}/koppelen/", {"ander": str(b.pk)}).status_code == 404
