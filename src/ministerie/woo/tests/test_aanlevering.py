"""Bulk upload into a request: ZIP and several files through the bulk pipeline, duplicates and
e-mail threads recognised, bad entries reported by name, nothing half-written."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from ministerie.stukken.models import Document, Quarantaine
from ministerie.woo import aanlevering, services
from ministerie.woo.tests.hulp import eml as _eml
from ministerie.woo.tests.hulp import log_in, woo_document
from ministerie.woo.tests.hulp import verzoek_in_behandeling as _verzoek
from ministerie.woo.tests.hulp import zip_van as _zip

pytestmark = pytest.mark.django_db


def test_zip_met_dubbel_draad_en_onbruikbare_bestanden(woo_org: dict[str, Any]) -> None:
    jurist = woo_org["jurist"]
    verzoek = _verzoek(woo_org)
    _, stuk0 = woo_document(0)
    _, stuk1 = woo_document(1)
    binnen = _zip({"binnen/stuk-1.pdf": stuk1})
    archief = _zip(
        {
            "notities/stuk-0.pdf": stuk0,
            "notities/kopie-van-stuk-0.pdf": stuk0,
            "binnen.zip": binnen,
            "mail/1.eml": _eml("Woningbouw", "<a@x>", "Graag de cijfers, Jan Jansen, 06-12345678."),
            "mail/2.eml": _eml("Re: Woningbouw", "<b@x>", "Hierbij de cijfers.", antwoord_op="<a@x>"),
            "kapot.pdf": b"%PDF-1.4 dit is geen pdf",
            "programma.exe": b"MZ\x90\x00" + b"\x00" * 200,
            "leeg.zip": _zip({}),
        }
    )
    documenten_voor = Document.objects.count()
    verslag = aanlevering.lever_aan(
        verzoek, door=jurist, bestanden=[("levering.zip", archief)], eenheid=jurist.eenheden.first()
    )
    titels = sorted(d.titel for d in verslag.toegevoegd)
    assert len(verslag.toegevoegd) == 4, (titels, verslag.fouten)
    assert verzoek.documenten.count() == 4
    # each added document carries the proposed redactions of the detection
    stuk = verzoek.documenten.get(versie__bestandsnaam="kopie-van-stuk-0.pdf")
    assert stuk.passages.filter(grond="5.1.2e").exists()
    assert stuk.passages.filter(grond="5.1.1e").exists()
    # the exact duplicate is not added twice, and named
    assert verslag.dubbelen == [
        "levering.zip!notities/stuk-0.pdf is gelijk aan levering.zip!notities/kopie-van-stuk-0.pdf"
        " en is niet nog eens toegevoegd."
    ]
    assert verslag.draden == 1
    # every unusable entry is reported by its name
    fouten = "\n".join(verslag.fouten)
    for naam in ("kapot.pdf", "programma.exe", "leeg.zip"):
        assert naam in fouten, fouten
    assert len(verslag.fouten) == 3
    # nothing half-written: only the added units became stored documents
    assert Document.objects.count() - documenten_voor == 4
    assert not Quarantaine.objects.exists()


def test_meerdere_bestanden_tegelijk_en_te_groot(woo_org: dict[str, Any], monkeypatch: Any) -> None:
    jurist = woo_org["jurist"]
    verzoek = _verzoek(woo_org)
    verslag = aanlevering.lever_aan(
        verzoek,
        door=jurist,
        bestanden=[woo_document(2), woo_document(3), ("notitie.txt", b"Korte notitie van Karel Bakker.")],
        eenheid=jurist.eenheden.first(),
    )
    assert len(verslag.toegevoegd) == 3 and not verslag.fouten
    # the same file again, inside a ZIP: refused by its place, and no new stored document
    aantal = Document.objects.count()
    versie = verslag.toegevoegd[0].versie
    assert versie is not None
    with versie.bestand.open("rb") as f:
        naam, data = versie.bestandsnaam, f.read()
    opnieuw = aanlevering.lever_aan(
        verzoek, door=jurist, bestanden=[("b.zip", _zip({naam: data}))], eenheid=jurist.eenheden.first()
    )
    assert opnieuw.toegevoegd == [] and len(opnieuw.fouten) == 1
    assert opnieuw.fouten[0].startswith(f"b.zip!{naam}: ") and "hoort al bij dit verzoek" in opnieuw.fouten[0]
    assert Document.objects.count() == aantal
    monkeypatch.setattr(aanlevering, "MAX_AANLEVERING_MB", 0)
    aantal = Document.objects.count()
    with pytest.raises(ValidationError, match="groter dan 0 MB"):
        aanlevering.lever_aan(
            verzoek, door=jurist, bestanden=[woo_document(4)], eenheid=jurist.eenheden.first()
        )
    assert Document.objects.count() == aantal and verzoek.documenten.count() == 3


def test_te_groot_lid_van_zip_met_naam_gemeld(woo_org: dict[str, Any], monkeypatch: Any) -> None:
    from ministerie.lakken.bulk import bronnen

    monkeypatch.setattr(bronnen, "MAX_BESTANDSGROOTTE", 1000)
    jurist = woo_org["jurist"]
    verzoek = _verzoek(woo_org)
    verslag = aanlevering.lever_aan(
        verzoek,
        door=jurist,
        bestanden=[("a.zip", _zip({"groot.txt": b"x" * 5000, "klein.txt": b"Een korte notitie."}))],
        eenheid=jurist.eenheden.first(),
    )
    assert [d.titel for d in verslag.toegevoegd] == ["klein"]
    assert len(verslag.fouten) == 1 and "groot.txt" in verslag.fouten[0] and "te groot" in verslag.fouten[0]


def test_upload_via_pagina_en_alleen_met_behandelrecht(
    client: Client, woo_org: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    """The page queues a background job (run at once here, as the test settings say)."""
    verzoek = _verzoek(woo_org)
    url = reverse("woo:uploaden", args=[verzoek.pk])
    naam, data = woo_document(5)
    zip_ = SimpleUploadedFile("levering.zip", _zip({naam: data, "x.exe": b"MZ" + b"\x00" * 100}))
    log_in(client, woo_org["beleid"])
    assert client.post(url, {"bestanden": [zip_]}).status_code in (403, 404)
    log_in(client, woo_org["jurist"])
    zip_.seek(0)
    with django_capture_on_commit_callbacks(execute=True):
        antwoord = client.post(url, {"bestanden": [zip_]})
    assert antwoord.status_code == 302
    antwoord = client.get(antwoord["Location"])
    tekst = antwoord.content.decode()
    assert "1 document(en) toegevoegd" in tekst
    assert "Niet toegevoegd: levering.zip!x.exe" in tekst
    assert verzoek.documenten.count() == 1


def test_afgerond_verzoek_weigert_aanlevering(woo_org: dict[str, Any]) -> None:
    jurist = woo_org["jurist"]
    verzoek = _verzoek(woo_org)
    services.trek_verzoek_in(verzoek, door=jurist, datum=timezone.localdate(), toelichting="per mail")
    verzoek.refresh_from_db()
    with pytest.raises(ValidationError, match="in behandeling"):
        aanlevering.lever_aan(
            verzoek, door=jurist, bestanden=[woo_document(1)], eenheid=jurist.eenheden.first()
        )


def test_mailboxexport_elk_bericht_een_document(woo_org: dict[str, Any]) -> None:
    jurist = woo_org["jurist"]
    verzoek = _verzoek(woo_org)
    mbox = b"".join(
        b"From jan@voorbeeld.nl Mon Mar  2 10:00:00 2026\n" + bericht + b"\n"
        for bericht in (
            _eml("Woningbouw", "<a@x>", "Graag de cijfers, Jan Jansen."),
            _eml("Re: Woningbouw", "<b@x>", "Hierbij de cijfers voor 2026.", antwoord_op="<a@x>"),
        )
    )
    verslag = aanlevering.lever_aan(
        verzoek, door=jurist, bestanden=[("postvak.mbox", mbox)], eenheid=jurist.eenheden.first()
    )
    assert not verslag.fouten and verslag.draden == 1
    assert sorted(d.titel for d in verslag.toegevoegd) == ["Re: Woningbouw", "Woningbouw"]
    assert all(d.paginas >= 1 for d in verslag.toegevoegd)
