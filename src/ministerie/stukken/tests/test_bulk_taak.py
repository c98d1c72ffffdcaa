"""Bulk processing as a job in the web application: start, progress, inventory, restart."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client

from ministerie.core.models import AuditRecord
from ministerie.stukken.models import Bulkverwerking

pytestmark = pytest.mark.django_db


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("a.txt", "Nota over woningbouw. Contact: Jan Klaassen, 06-12345678.")
        z.writestr("kopie/a.txt", "Nota over woningbouw. Contact: Jan Klaassen, 06-12345678.")
        z.writestr("b.txt", "Informatie over de begroting van het Gemeentefonds.")
        z.writestr("kapot.pdf", b"%PDF-1.7\n" + b"\x00" * 100)
    return buffer.getvalue()


def test_bulk_via_de_pagina(
    client: Client,
    maak_gebruiker: Callable[..., Any],
    django_capture_on_commit_callbacks: Any,
    settings: Any,
    tmp_path: Path,
) -> None:
    settings.DATA_DIR = tmp_path
    client.force_login(maak_gebruiker("jurist_czw", eenheden=["czw"]))
    with django_capture_on_commit_callbacks(execute=True):
        antwoord = client.post(
            "/stukken/bulk/",
            {"omschrijving": "Woo-verzoek 2026-12", "bestand": SimpleUploadedFile("stukken.zip", _zip())},
        )
    verwerking = Bulkverwerking.objects.get()
    assert antwoord["Location"] == f"/stukken/bulk/{verwerking.pk}/"
    assert verwerking.status == Bulkverwerking.Status.KLAAR, verwerking.fout
    assert verwerking.verslag["items"] == 4
    assert verwerking.verslag["exacte_dubbelen"] == 1
    assert verwerking.verslag["onleesbaar"] == 1
    html = client.get(f"/stukken/bulk/{verwerking.pk}/voortgang/").content.decode()
    assert "Klaar" in html and "kapot.pdf" in html
    xlsx = client.get(f"/stukken/bulk/{verwerking.pk}/inventarislijst.xlsx")
    assert xlsx.status_code == 200
    assert b"".join(xlsx.streaming_content)[:2] == b"PK"  # type: ignore[attr-defined]
    assert AuditRecord.objects.filter(actie="bulkverwerking_klaar").exists()


def test_bulk_weigert_ander_bestandstype(client: Client, maak_gebruiker: Callable[..., Any]) -> None:
    client.force_login(maak_gebruiker("jurist_czw", eenheden=["czw"]))
    client.post("/stukken/bulk/", {"bestand": SimpleUploadedFile("x.exe", b"MZ")})
    assert not Bulkverwerking.objects.exists()


def test_bulk_commando(tmp_path: Path) -> None:
    bron = tmp_path / "stukken.zip"
    bron.write_bytes(_zip())
    uit, fout = io.StringIO(), io.StringIO()
    call_command("verwerk", str(bron), "--werkmap", str(tmp_path / "werk"), stdout=uit, stderr=fout)
    assert "exacte dubbelen: 1" in uit.getvalue()
    assert "kapot.pdf" in fout.getvalue()
