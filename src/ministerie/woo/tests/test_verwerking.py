"""The heavy steps on a request's documents as background jobs: a delivery and an assessment in
bulk that stop half-way (an error, or a worker that died) continue where they stopped, do
nothing twice and end as an uninterrupted run; the page shows them."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse

from ministerie.bedrijfsvoering.signalen import taak_afgebroken
from ministerie.woo import beoordeling, verwerking
from ministerie.woo.models import Verwerking, Verzoek
from ministerie.woo.tests.hulp import eml as _eml
from ministerie.woo.tests.hulp import log_in, woo_document
from ministerie.woo.tests.hulp import verzoek_in_behandeling as _verzoek
from ministerie.woo.tests.hulp import zip_van as _zip

pytestmark = pytest.mark.django_db


def _levering() -> bytes:
    leden = {f"stukken/{naam}": data for naam, data in map(woo_document, range(4))}
    leden["stukken/kopie.pdf"] = next(iter(leden.values()))
    leden["mail/1.eml"] = _eml("Woningbouw", "<a@x>", "Graag de cijfers, Jan Jansen, 06-12345678.")
    leden["programma.exe"] = b"MZ" + b"\0" * 100
    return _zip(leden)


def _uitkomst(verzoek: Verzoek) -> list[tuple[Any, ...]]:
    """What a run leaves: every document with its number, title, pages, proposals and, once
    redacted, the hash of the redacted file."""
    rijen = []
    for d in verzoek.documenten.order_by("nummer"):
        gelakt = hashlib.sha256(d.gelakt_pdf.read()).hexdigest() if d.gelakt_pdf else ""
        passages = sorted(d.passages.values_list("pagina", "tekst", "grond", "status"))
        rijen.append((d.nummer, d.titel, d.paginas, d.beoordeling, tuple(passages), gelakt))
    return rijen


def _draai(
    woo_org: dict[str, Any], monkeypatch: Any, levering: bytes, *, stop_bij: int | None
) -> list[tuple[Any, ...]]:
    jurist = woo_org["jurist"]
    verzoek = _verzoek(woo_org)
    echt = verwerking.upload_een
    gezien = []

    def stopt_halverwege(*args: Any, **kwargs: Any) -> Any:
        gezien.append(kwargs["plaats"])
        if stop_bij is not None and len(gezien) == stop_bij:
            raise RuntimeError("de stroom viel uit")
        return echt(*args, **kwargs)

    monkeypatch.setattr(verwerking, "upload_een", stopt_halverwege)
    v = verwerking.start_aanlevering(verzoek, door=jurist, bestanden=[("levering.zip", levering)])
    if stop_bij is not None:
        with pytest.raises(RuntimeError):
            verwerking.verwerk_woo.call(v.pk)
        v.refresh_from_db()
        assert v.status == Verwerking.Status.MISLUKT and "de stroom viel uit" in v.fout
        # what was done before the failure stays done: the next unit is the one that failed
        assert 0 < v.volgende < v.totaal and verzoek.documenten.count() == stop_bij - 1
        verwerking.herstart(v, door=jurist)
    verwerking.verwerk_woo.call(v.pk)
    v.refresh_from_db()
    assert v.status == Verwerking.Status.KLAAR, v.fout
    # nothing was added twice: every unit was offered exactly once after the failure
    assert len(gezien) == len(set(gezien)) + (1 if stop_bij is not None else 0)
    assert v.verslag["toegevoegd"] == 5 and len(v.verslag["dubbelen"]) == 1, v.verslag
    assert "programma.exe" in " ".join(v.verslag["fouten"])

    b = verwerking.start_beoordeling(
        verzoek, door=jurist, nummers=[1, 2, 3, 4, 5], beoordeling="deels_openbaar"
    )
    if stop_bij is not None:
        echt_een = verwerking.beoordeel_een_in_bulk
        teller = []

        def valt_uit(*args: Any, **kwargs: Any) -> Any:
            teller.append(1)
            if len(teller) == 3:
                raise RuntimeError("de stroom viel weer uit")
            return echt_een(*args, **kwargs)

        monkeypatch.setattr(verwerking, "beoordeel_een_in_bulk", valt_uit)
        with pytest.raises(RuntimeError):
            verwerking.verwerk_woo.call(b.pk)
        monkeypatch.setattr(verwerking, "beoordeel_een_in_bulk", echt_een)
        verwerking.herstart(b, door=jurist)
    verwerking.verwerk_woo.call(b.pk)
    b.refresh_from_db()
    assert b.status == Verwerking.Status.KLAAR and b.verslag["gedaan"] == 5, b.verslag
    assert not beoordeling.publicatieklaar(verzoek)
    return _uitkomst(verzoek)


def test_na_een_onderbreking_gelijk_aan_een_ononderbroken_run(
    woo_org: dict[str, Any], monkeypatch: Any
) -> None:
    levering = _levering()
    ononderbroken = _draai(woo_org, monkeypatch, levering, stop_bij=None)
    Verzoek.objects.all().delete()
    onderbroken = _draai(woo_org, monkeypatch, levering, stop_bij=3)
    assert onderbroken == ononderbroken
    assert len(onderbroken) == 5 and all(rij[-1] for rij in onderbroken)


def test_een_gestorven_verwerker_laat_de_verwerking_herstartbaar_achter(woo_org: dict[str, Any]) -> None:
    jurist = woo_org["jurist"]
    verzoek = _verzoek(woo_org)
    v = verwerking.start_aanlevering(verzoek, door=jurist, bestanden=[woo_document(1)])
    Verwerking.objects.filter(pk=v.pk).update(status=Verwerking.Status.BEZIG)
    # queued again: the job simply goes on, nothing to set back
    taak_afgebroken.send(
        sender=None, taak=verwerking.verwerk_woo.module_path, argumenten=[v.pk], mislukt=False
    )
    v.refresh_from_db()
    assert v.status == Verwerking.Status.BEZIG
    antwoorden = taak_afgebroken.send(
        sender=None, taak=verwerking.verwerk_woo.module_path, argumenten=[v.pk], mislukt=True
    )
    assert verzoek in [a for _, a in antwoorden]
    v.refresh_from_db()
    assert v.status == Verwerking.Status.MISLUKT and "opnieuw" in v.fout
    verwerking.herstart(v, door=jurist)
    verwerking.verwerk_woo.call(v.pk)
    assert verzoek.documenten.count() == 1


def test_fouten_bij_het_starten(woo_org: dict[str, Any]) -> None:
    jurist, beleid = woo_org["jurist"], woo_org["beleid"]
    verzoek = _verzoek(woo_org)
    with pytest.raises(ValidationError, match="Kies documenten van dit verzoek"):
        verwerking.start_beoordeling(verzoek, door=jurist, nummers=[7], beoordeling="openbaar")
    with pytest.raises(ValidationError, match="Kies een beoordeling"):
        verwerking.start_beoordeling(verzoek, door=jurist, nummers=[1], beoordeling="misschien")
    with pytest.raises(ValidationError, match="Kies een of meer bestanden"):
        verwerking.start_aanlevering(verzoek, door=jurist, bestanden=[])
    assert not Verwerking.objects.exists()  # nothing half-made
    v = verwerking.start_aanlevering(verzoek, door=jurist, bestanden=[woo_document(1)])
    with pytest.raises(ValidationError, match="met een fout stopte"):
        verwerking.herstart(v, door=jurist)
    with pytest.raises(PermissionDenied):
        verwerking.start_aanlevering(verzoek, door=beleid, bestanden=[woo_document(2)])


def test_pagina_toont_de_voortgang(client: Client, woo_org: dict[str, Any]) -> None:
    jurist = woo_org["jurist"]
    verzoek = _verzoek(woo_org)
    v = verwerking.start_aanlevering(verzoek, door=jurist, bestanden=[woo_document(1), woo_document(2)])
    Verwerking.objects.filter(pk=v.pk).update(status="bezig", fase="toevoegen", gedaan=1, totaal=2)
    log_in(client, jurist)
    pagina = client.get(reverse("woo:documenten", args=[verzoek.pk])).content.decode()
    assert "Verwerkingen op de achtergrond" in pagina and "1 van 2" in pagina
    voortgang = reverse("woo:verwerking-voortgang", args=[verzoek.pk, v.pk])
    assert f'hx-get="{voortgang}"' in pagina
    assert "1 van 2" in client.get(voortgang).content.decode()
    # another request's number does not show this one's job
    ander = _verzoek(woo_org)
    assert client.get(reverse("woo:verwerking-voortgang", args=[ander.pk, v.pk])).status_code == 404
    Verwerking.objects.filter(pk=v.pk).update(status="mislukt", fout="Schijf vol.")
    pagina = client.get(reverse("woo:documenten", args=[verzoek.pk])).content.decode()
    assert "Schijf vol." in pagina and "Opnieuw starten" in pagina
    client.post(reverse("woo:verwerking-herstarten", args=[verzoek.pk, v.pk]))
    v.refresh_from_db()
    assert v.status in ("wachtend", "klaar")
