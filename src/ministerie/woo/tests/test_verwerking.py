"""The heavy steps on a request's documents as background jobs: a delivery and an assessment in
bulk that stop half-way (an error, or a worker that died) continue where they stopped, do
nothing twice and end as an uninterrupted run; the page shows them. Drawing up the decision,
recording it and publishing run as jobs too."""

from __future__ import annotations

import hashlib
import io
import warnings
import zipfile
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from ministerie.bedrijfsvoering.signalen import taak_afgebroken
from ministerie.lakken.pdf import Lakpool
from ministerie.woo import beoordeling, besluit, publicatie, verwerking
from ministerie.woo.models import Publicatie, Verwerking, Verzoek
from ministerie.woo.tests.hulp import eml as _eml
from ministerie.woo.tests.hulp import klaar_voor_besluit, log_in, publiceerbaar, woo_document
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
    woo_org: dict[str, Any], monkeypatch: Any, settings: Any
) -> None:
    levering = _levering()
    ononderbroken = _draai(woo_org, monkeypatch, levering, stop_bij=None)
    Verzoek.objects.all().delete()
    # the interrupted run prepares and redacts ahead in two other processes; the result is the same
    settings.WOO_LAKPROCESSEN = 2
    pools: list[Lakpool] = []

    class TelbarePool(Lakpool):
        def __init__(self, processen: int) -> None:
            super().__init__(processen)
            pools.append(self)

    monkeypatch.setattr(verwerking, "Lakpool", TelbarePool)
    onderbroken = _draai(woo_org, monkeypatch, levering, stop_bij=3)
    assert onderbroken == ononderbroken
    assert len(onderbroken) == 5 and all(rij[-1] for rij in onderbroken)
    # every file was prepared (converted, detected) and every document redacted ahead, none on
    # the spot: the guess of the work was right; two pools per job, one before and one after the stop
    assert len(pools) == 4
    assert sum(p.vooraf_gedaan for p in pools) == 10 and sum(p.ter_plekke for p in pools) == 0


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


def test_besluit_en_publicatie_lopen_op_de_achtergrond(
    client: Client, woo_org: dict[str, Any], monkeypatch: Any, django_capture_on_commit_callbacks: Any
) -> None:
    """Drawing up the decision and publishing are jobs started from the request page; what stops
    them is said at once, a second start while one runs is refused, and publication checks
    every file once, before it takes the lock."""
    jurist = woo_org["jurist"]
    verzoek = klaar_voor_besluit(woo_org, aantal=2)
    with pytest.raises(ValidationError, match="nog niet beoordeeld"):
        verwerking.start_besluit_opstellen(verzoek, door=jurist)
    beoordeling.beoordeel_in_bulk(verzoek, door=jurist, nummers=[1, 2], beoordeling="deels_openbaar")
    besluit.sla_motivering_op(verzoek, door=jurist, grond="5.1.2e", tekst="De privacy weegt zwaarder.")
    log_in(client, jurist)
    with django_capture_on_commit_callbacks(execute=False) as wachtend:
        gestart = client.post(reverse("woo:verzoek-besluit-opstellen", args=[verzoek.pk]), follow=True)
    assert "wordt op de achtergrond verwerkt" in gestart.content.decode()
    v = Verwerking.objects.get(soort="besluit_opstellen")
    assert v.status == "wachtend" and wachtend
    pagina = client.get(reverse("woo:verzoek", args=[verzoek.pk])).content.decode()
    assert "Op de achtergrond" in pagina and "Besluit en inventarislijst opstellen" in pagina
    assert "Besluit opstellen en ter parafering aanbieden" not in pagina  # no second start
    with pytest.raises(ValidationError, match="Er loopt al een stap"):
        verwerking.start_besluit_opstellen(verzoek, door=jurist)
    verwerking.verwerk_woo.call(v.pk)
    v.refresh_from_db()
    assert v.status == "klaar" and "beslisnota" in v.verslag["melding"]
    antwoord = client.get(reverse("woo:verwerking-voortgang", args=[verzoek.pk, v.pk]))
    assert antwoord["HX-Refresh"] == "true"  # the page reloads with the memo in the line
    verzoek.refresh_from_db()
    assert verzoek.besluit_pdf and verzoek.besluit_nota is not None

    # the decision signed: recorded and published through jobs
    Verzoek.objects.filter(pk=verzoek.pk).update(
        status=Verzoek.Status.BESLUIT_GENOMEN,
        besluit_datum=timezone.localdate(),
        bekendgemaakt_op=timezone.localdate(),
        publicatie_op=timezone.localdate(),
    )
    controles: list[int] = []
    echt = publicatie.Controlewerk.voer_uit

    def telt(werk: Any) -> list[str]:
        controles.append(len(werk.pdf))
        return echt(werk)

    monkeypatch.setattr(publicatie.Controlewerk, "voer_uit", telt)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("woo:verzoek-publiceren", args=[verzoek.pk]))
    p = Verwerking.objects.get(soort="publiceren")
    assert p.status == "klaar", p.fout
    assert (p.gedaan, p.totaal) == (2, 2) and p.verslag["melding"] == "Gepubliceerd op de publieke portal."
    assert len(controles) == 2  # each file checked once: the package used those verdicts
    assert Publicatie.objects.get(verzoek=verzoek).status == Publicatie.Status.GEPUBLICEERD


def test_een_mislukte_stap_zegt_waarom_en_kan_opnieuw(
    client: Client, woo_org: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    jurist = woo_org["jurist"]
    verzoek = publiceerbaar(woo_org)
    log_in(client, jurist)
    with django_capture_on_commit_callbacks(execute=False):
        client.post(reverse("woo:verzoek-publiceren", args=[verzoek.pk]))
    p = Verwerking.objects.get(soort="publiceren")
    # between the start and the job the assessment of the only document was undone
    verzoek.documenten.update(beoordeling="")
    verwerking.verwerk_woo.call(p.pk)
    p.refresh_from_db()
    assert p.status == "mislukt" and "nog niet beoordeeld" in p.fout
    assert not Publicatie.objects.exists()
    pagina = client.get(reverse("woo:verzoek", args=[verzoek.pk])).content.decode()
    assert "nog niet beoordeeld" in pagina and "Opnieuw starten" in pagina
    verzoek.documenten.update(beoordeling="deels_openbaar")
    with django_capture_on_commit_callbacks(execute=True):
        terug = client.post(reverse("woo:verwerking-herstarten", args=[verzoek.pk, p.pk]))
    assert terug["Location"] == reverse("woo:verzoek", args=[verzoek.pk])
    p.refresh_from_db()
    assert p.status == "klaar", p.fout
    assert Publicatie.objects.get().status == Publicatie.Status.GEPUBLICEERD


def test_de_verwerkingen_van_een_verzoek_lopen_na_elkaar(woo_org: dict[str, Any], settings: Any) -> None:
    """A job waits (queued again, a moment later) while an earlier job of the same request has
    not finished, e.g. one whose worker died and was queued again: the request's log, and the
    letter that recounts it, read the same however the workers were stopped."""
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    jurist = woo_org["jurist"]
    verzoek = _verzoek(woo_org)
    eerste = verwerking.start_aanlevering(verzoek, door=jurist, bestanden=[woo_document(1)])
    tweede = verwerking.start_aanlevering(verzoek, door=jurist, bestanden=[woo_document(2)])
    Verwerking.objects.filter(pk=eerste.pk).update(status=Verwerking.Status.BEZIG)
    assert verwerking.verwerk_woo.call(tweede.pk) == {"wacht": "op een eerdere verwerking van dit verzoek"}
    tweede.refresh_from_db()
    assert tweede.status == Verwerking.Status.WACHTEND and not verzoek.documenten.exists()
    wachtend = DBTaskResult.objects.get(args_kwargs__args=[tweede.pk])
    assert wachtend.run_after is not None and wachtend.run_after > timezone.now()
    # another request's job does not wait for this one
    ander = verwerking.start_aanlevering(_verzoek(woo_org), door=jurist, bestanden=[woo_document(3)])
    assert verwerking.verwerk_woo.call(ander.pk).get("toegevoegd") == 1
    # once the earlier job is done, the waiting one runs
    Verwerking.objects.filter(pk=eerste.pk).update(status=Verwerking.Status.KLAAR)
    assert verwerking.verwerk_woo.call(tweede.pk).get("toegevoegd") == 1


def test_een_naam_twee_keer_in_een_zip_wordt_gemeld(woo_org: dict[str, Any]) -> None:
    """A ZIP may hold one name twice: the first is added, the second is reported by name, and the
    progress never shows more done than there is."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate name
        zf.writestr("stukken/nota.pdf", woo_document(1)[1])
        zf.writestr("stukken/nota.pdf", woo_document(2)[1])
    verzoek = _verzoek(woo_org)
    v = verwerking.start_aanlevering(
        verzoek, door=woo_org["jurist"], bestanden=[("levering.zip", buffer.getvalue())]
    )
    verwerking.verwerk_woo.call(v.pk)
    v.refresh_from_db()
    assert v.status == "klaar" and v.verslag["toegevoegd"] == 1
    assert "staat twee keer in de aanlevering" in " ".join(v.verslag["fouten"])
    assert v.gedaan == v.totaal == 2
