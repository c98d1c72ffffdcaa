"""Findings of the security probe on the document store (issue 13 §5), each with its test:

- a duplicate of a document the uploader may not see said "Dit bestand is al opgeslagen als
  '<titel>'" (a leak of the title and of the document's existence);
- an oversized upload was read into memory and stored in quarantine; a repeated oversized CLI
  import stored a second copy;
- a 1,000-character file name gave an English 400 and lost the other files of the upload.
"""

from __future__ import annotations

from collections.abc import Iterator
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client

from ministerie.bestanden import MAX_BESTANDSGROOTTE
from ministerie.core.rubricering import Rubricering
from ministerie.organisatie.models import Eenheid
from ministerie.stukken.models import Document, Quarantaine, Versie
from ministerie.stukken.opslag import sla_op
from ministerie.stukken.zichtbaarheid import mag_document_zien

pytestmark = pytest.mark.django_db

MB = 1024 * 1024
GRENS = "----grens-d2-0123456789"


def _eenheid() -> Eenheid:
    return Eenheid.objects.get(code="woningbouw-woningbouwbeleid")


def _meldingen(antwoord: Any) -> list[str]:
    return [str(m) for m in antwoord.context["messages"]] if antwoord.context else []


# --- a duplicate of a document the uploader may not see --------------------------------------


def test_dubbel_van_een_onzichtbaar_document_verraadt_niets(lijn: dict[str, Any]) -> None:
    inhoud = b"Reorganisatie van de directie Woningbouw: namen van de vertrekkende medewerkers."
    geheim = sla_op(
        inhoud,
        "reorganisatie.txt",
        door=lijn["afdelingshoofd"],
        eenheid=_eenheid(),
        titel="Geheime reorganisatie",
        rubricering=Rubricering.STG_CONFIDENTIEEL,
    )
    assert geheim.document is not None and not mag_document_zien(lijn["laag"], geheim.document)

    uitkomst = sla_op(inhoud, "kopie.txt", door=lijn["laag"], eenheid=_eenheid())

    assert "Geheime reorganisatie" not in uitkomst.melding
    assert not uitkomst.al_aanwezig
    # stored as a document of its own, which the uploader may see (and nothing else changed)
    assert uitkomst.document is not None and uitkomst.document != geheim.document
    assert mag_document_zien(lijn["laag"], uitkomst.document)
    assert uitkomst.document.rubricering == Rubricering.INTERN
    assert geheim.document.versies.count() == 1


def test_dubbel_via_de_uploadpagina_noemt_geen_titel(lijn: dict[str, Any], client: Client) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    inhoud = b"Vertrouwelijke lijst van huurders in Almere."
    sla_op(
        inhoud,
        "huurders.txt",
        door=lijn["afdelingshoofd"],
        eenheid=_eenheid(),
        titel="Huurders Almere (vertrouwelijk)",
        rubricering=Rubricering.STG_CONFIDENTIEEL,
    )
    client.force_login(lijn["laag"])
    antwoord = client.post(
        "/stukken/uploaden/",
        {"bestanden": [SimpleUploadedFile("lijst.txt", inhoud, content_type="text/plain")]},
        follow=True,
    )
    tekst = antwoord.content.decode()
    assert "Huurders Almere" not in tekst and "al opgeslagen" not in tekst
    assert _meldingen(antwoord) == ["'lijst' is opgeslagen als versie 1."]


def test_dubbel_van_een_zichtbaar_document_wordt_niet_twee_keer_opgeslagen(lijn: dict[str, Any]) -> None:
    inhoud = b"Planning woningbouw 2027."
    eerste = sla_op(
        inhoud,
        "planning.txt",
        door=lijn["afdelingshoofd"],
        eenheid=_eenheid(),
        rubricering=Rubricering.INTERN,
    )
    tweede = sla_op(inhoud, "planning-kopie.txt", door=lijn["beleid"], eenheid=_eenheid())
    assert tweede.al_aanwezig and tweede.document == eerste.document
    assert "al opgeslagen als 'planning'" in tweede.melding
    assert Versie.objects.filter(sha256=eerste.versie.sha256).count() == 1  # type: ignore[union-attr]


# --- oversized uploads -------------------------------------------------------------------------


class _Stroom:
    """A multipart body made while it is read (so a test never holds it), counting what the
    server reads."""

    def __init__(self, delen: list[tuple[str, str | None, int | bytes]]) -> None:
        self.stukken = self._maak(delen)
        self.gelezen = 0
        self.rest = b""

    @staticmethod
    def _maak(delen: list[tuple[str, str | None, int | bytes]]) -> Iterator[bytes]:
        for veld, naam, inhoud in delen:
            kop = f'--{GRENS}\r\nContent-Disposition: form-data; name="{veld}"'
            if naam is not None:
                kop += f'; filename="{naam}"\r\nContent-Type: application/octet-stream'
            yield (kop + "\r\n\r\n").encode()
            if isinstance(inhoud, bytes):
                yield inhoud
            else:
                blok = b"%PDF-1.4\n" + b"0" * (MB - 9)
                for _ in range(inhoud // MB):
                    yield blok
                yield b"0" * (inhoud % MB)
            yield b"\r\n"
        yield f"--{GRENS}--\r\n".encode()

    @staticmethod
    def lengte(delen: list[tuple[str, str | None, int | bytes]]) -> int:
        return sum(len(s) for s in _Stroom._maak(delen))

    def read(self, n: int = -1) -> bytes:
        while n < 0 or len(self.rest) < n:
            try:
                self.rest += next(self.stukken)
            except StopIteration:
                break
        uit, self.rest = (self.rest, b"") if n < 0 else (self.rest[:n], self.rest[n:])
        self.gelezen += len(uit)
        return uit

    def readline(self, n: int = -1) -> bytes:
        stuk = self.read(64 * 1024 if n < 0 else min(n, 64 * 1024))
        eind = stuk.find(b"\n")
        if eind >= 0:
            self.rest, self.gelezen = stuk[eind + 1 :] + self.rest, self.gelezen - (len(stuk) - eind - 1)
            stuk = stuk[: eind + 1]
        return stuk


def _post_stroom(
    client: Client, url: str, delen: list[tuple[str, str | None, int | bytes]], lengte: int | None = None
) -> tuple[Any, _Stroom]:
    stroom = _Stroom(delen)
    omgeving: dict[str, Any] = {
        "CONTENT_TYPE": f"multipart/form-data; boundary={GRENS}",
        "CONTENT_LENGTH": str(lengte if lengte is not None else _Stroom.lengte(delen)),
        "wsgi.input": stroom,
    }
    antwoord = client.generic("POST", url, b"", **omgeving)
    return antwoord, stroom


def test_te_grote_upload_wordt_geweigerd_voordat_hij_gelezen_wordt(
    lijn: dict[str, Any], client: Client
) -> None:
    """The probe sent 300 MB; 60 MB shows the same (and keeps this test fast before the fix)."""
    client.force_login(lijn["beleid"])
    delen: list[tuple[str, str | None, int | bytes]] = [("bestanden", "groot.pdf", 60 * MB)]
    antwoord, stroom = _post_stroom(client, "/stukken/uploaden/", delen, lengte=300 * MB)
    assert antwoord.status_code == 413
    assert stroom.gelezen == 0
    tekst = antwoord.content.decode()
    assert "te groot" in tekst and "niets opgeslagen" in tekst
    assert not Quarantaine.objects.exists() and not Versie.objects.exists()


def test_te_groot_bestand_tussen_andere_wordt_gestroomd_en_geweigerd(
    lijn: dict[str, Any], client: Client
) -> None:
    """Under the request's limit, one file over the limit per file: read as a stream and thrown
    away past the limit (never held whole), refused with a Dutch message; the others stored."""
    import tracemalloc

    client.force_login(lijn["beleid"])
    delen: list[tuple[str, str | None, int | bytes]] = [
        ("bestanden", "klein.txt", b"Woningen in Zwolle"),
        ("bestanden", "groot.pdf", MAX_BESTANDSGROOTTE + MB),
        ("bestanden", "ook-klein.txt", b"Woningen in Deventer"),
    ]
    tracemalloc.start()
    try:
        antwoord, stroom = _post_stroom(client, "/stukken/uploaden/", delen)
        _, piek = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert antwoord.status_code == 302, antwoord.content[:500]
    meldingen = _meldingen(client.get(antwoord["Location"]))
    assert "'klein' is opgeslagen als versie 1." in meldingen
    assert "'ook-klein' is opgeslagen als versie 1." in meldingen
    assert any(m.startswith("groot.pdf: ") and "te groot" in m and "50 MB" in m for m in meldingen), meldingen
    assert not Quarantaine.objects.exists()
    assert Versie.objects.count() == 2
    assert piek < 20 * MB, f"piekgeheugen {piek / MB:.0f} MB"


def test_te_grote_bijlage_wordt_geweigerd_voordat_hij_gelezen_wordt(
    lijn: dict[str, Any], client: Client
) -> None:
    from ministerie.stukken import services

    nota = services.maak_nota(
        door=lijn["beleid"],
        soort="informatienota",
        onderwerp="Bijlagen",
        aan="de minister",
        eenheid=_eenheid(),
    )
    client.force_login(lijn["beleid"])
    delen: list[tuple[str, str | None, int | bytes]] = [("bestand", "groot.pdf", 60 * MB)]
    antwoord, stroom = _post_stroom(client, f"/stukken/notas/{nota.pk}/bijlagen/", delen, lengte=60 * MB)
    assert antwoord.status_code == 413 and stroom.gelezen == 0
    assert not Quarantaine.objects.exists() and not nota.bijlagen.exists()


def test_sla_op_weigert_een_te_groot_bestand_zonder_quarantaine(lijn: dict[str, Any]) -> None:
    uitkomst = sla_op(b"0" * (MAX_BESTANDSGROOTTE + 1), "groot.txt", door=lijn["beleid"], eenheid=_eenheid())
    assert not uitkomst.gelukt and "te groot" in uitkomst.melding
    assert not Quarantaine.objects.exists() and not Document.objects.exists()


def test_cli_weigert_een_te_groot_bestand_voordat_het_gelezen_wordt(
    lijn: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    groot = tmp_path / "groot.pdf"
    with groot.open("wb") as f:  # sparse: 60 MB on paper, nothing on disk
        f.truncate(60 * MB)
    gelezen: list[Path] = []
    echt = Path.read_bytes

    def lees(pad: Path) -> bytes:
        gelezen.append(pad)
        return echt(pad)

    monkeypatch.setattr(Path, "read_bytes", lees)
    for _ in range(2):
        uit, fout = StringIO(), StringIO()
        with pytest.raises(CommandError, match="1 bestand"):
            call_command("stukken", "importeer", str(groot), "--als", "beleid", stdout=uit, stderr=fout)
        assert "te groot" in fout.getvalue() and "60 MB" in fout.getvalue()
    assert gelezen == []
    assert not Quarantaine.objects.exists() and not Versie.objects.exists()


def test_cli_herkent_een_onleesbaar_bestand_dat_al_in_quarantaine_staat(
    lijn: dict[str, Any], tmp_path: Path
) -> None:
    kapot = tmp_path / "kapot.pdf"
    kapot.write_bytes(b"%PDF-1.4\n" + b"\x00" * 300)
    regels = []
    for _ in range(2):
        uit, fout = StringIO(), StringIO()
        with pytest.raises(CommandError):
            call_command("stukken", "importeer", str(kapot), "--als", "beleid", stdout=uit, stderr=fout)
        regels.append((uit.getvalue().strip(), fout.getvalue()))
    assert Quarantaine.objects.count() == 1
    assert regels[0][0] == regels[1][0] == f"quarantaine-{Quarantaine.objects.get().pk}"
    assert "al in quarantaine" in regels[1][1]


# --- long file names ---------------------------------------------------------------------------


def test_lange_bestandsnaam_geeft_een_nederlandse_melding_en_de_rest_wordt_opgeslagen(
    lijn: dict[str, Any], client: Client
) -> None:
    client.force_login(lijn["beleid"])
    lang = "verslag-" + "a" * 1000 + ".txt"
    delen: list[tuple[str, str | None, int | bytes]] = [
        ("bestanden", "eerste.txt", b"Woningen in Zwolle"),
        ("bestanden", lang, b"Woningen in Almere"),
        ("bestanden", "laatste.txt", b"Woningen in Deventer"),
    ]
    antwoord, _ = _post_stroom(client, "/stukken/uploaden/", delen)
    assert antwoord.status_code == 302, antwoord.content[:300]
    meldingen = _meldingen(client.get(antwoord["Location"]))
    assert "'eerste' is opgeslagen als versie 1." in meldingen
    assert "'laatste' is opgeslagen als versie 1." in meldingen
    lange = [m for m in meldingen if "1.012 tekens" in m]
    assert len(lange) == 1 and "ingekort" in lange[0], meldingen
    assert Versie.objects.count() == 3
    ingekort = Versie.objects.exclude(bestandsnaam__in=["eerste.txt", "laatste.txt"]).get()
    assert ingekort.bestandsnaam.startswith("verslag-aaa") and ingekort.bestandsnaam.endswith(".txt")
    assert len(ingekort.bestandsnaam) <= 130
