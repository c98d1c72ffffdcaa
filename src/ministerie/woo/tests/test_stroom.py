"""The whole route without a browser: documents, assessment, decision through the routing of
initials, publication with an objection expected, and the package that comes out."""

from __future__ import annotations

from datetime import date, timedelta
from io import BytesIO
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from ministerie.lakken.pdf import controleer
from ministerie.stukken import services as stukken
from ministerie.woo import beoordeling, besluit, publicatie
from ministerie.woo.diwoo import controleer_metadata
from ministerie.woo.models import Passage, Publicatie, Verzoek
from ministerie.woo.tests.hulp import BSNS, NAMEN, klaar_voor_besluit, publiceerbaar

pytestmark = pytest.mark.django_db


def test_voorstellen_beoordelen_lakken_en_besluit(
    woo_org: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    jurist, minister = woo_org["jurist"], woo_org["minister"]
    verzoek = klaar_voor_besluit(woo_org)
    eerste = verzoek.documenten.get(nummer=1)
    gronden = set(eerste.passages.values_list("grond", flat=True))
    assert gronden == {"5.1.2e", "5.1.1e"}  # name + e-mail, and the BSN
    gedaan, fouten = beoordeling.beoordeel_in_bulk(
        verzoek, door=jurist, nummers=[1, 2, 3], beoordeling="deels_openbaar"
    )
    assert (gedaan, fouten) == (3, [])
    beoordeling.beoordeel(
        verzoek.documenten.get(nummer=4), door=jurist, beoordeling="niet_openbaar", gronden=["5.1.2i"]
    )
    assert any("belangenafweging" in p for p in besluit.ontbrekend_voor_besluit(verzoek))
    for grond in ("5.1.2e", "5.1.2i"):
        besluit.sla_motivering_op(verzoek, door=jurist, grond=grond, tekst=f"Afweging {grond}.")
    assert besluit.ontbrekend_voor_besluit(verzoek) == []
    nota = besluit.stel_besluit_op(verzoek, door=jurist)
    assert nota is not None and nota.bijlagen.count() == 1
    # sign-off through the routing of initials
    with pytest.raises(ValidationError, match="afgetekend"):
        besluit.neem_besluit(
            verzoek,
            door=jurist,
            besluit_datum=timezone.localdate(),
            bekendgemaakt_op=timezone.localdate(),
            bezwaar_verwacht=True,
        )
    for stap in nota.stappen.order_by("niveau"):
        if stap.soort == "beslissing":
            punt = nota.beslispunten.get()
            stukken.beslis(nota, door=minister, besluiten={punt.pk: ("akkoord", "")})
        else:
            stukken.parafeer(nota, door=stap.houder)
    vandaag = timezone.localdate()
    besluit.neem_besluit(
        verzoek, door=jurist, besluit_datum=vandaag, bekendgemaakt_op=vandaag, bezwaar_verwacht=True
    )
    verzoek.refresh_from_db()
    assert verzoek.status == Verzoek.Status.BESLUIT_GENOMEN
    assert verzoek.publicatie_op >= vandaag + timedelta(days=14)

    # the publish right: the matrix and, for a directeur, only the directeur CZW
    with pytest.raises(PermissionDenied):
        publicatie.publiceer(verzoek, door=woo_org["directeur_wb"])
    with pytest.raises(PermissionDenied):
        publicatie.publiceer(verzoek, door=woo_org["beleid"])
    pub = publicatie.publiceer(verzoek, door=woo_org["directeur_czw"])
    verzoek.refresh_from_db()
    assert pub.status == Publicatie.Status.GEPLAND and verzoek.status == Verzoek.Status.WACHT
    assert publicatie.publiceer_gepland(verzoek.publicatie_op - timedelta(days=1)) == []
    assert publicatie.zoek_publicaties("woningbouwimpuls") == []  # approved, not yet public
    with django_capture_on_commit_callbacks(execute=True):
        assert publicatie.publiceer_gepland(verzoek.publicatie_op) == [pub]
    assert publicatie.publiceer_gepland(verzoek.publicatie_op) == []  # idempotent
    verzoek.refresh_from_db()
    assert verzoek.status == Verzoek.Status.GEPUBLICEERD

    # the package validates
    bestanden = list(pub.bestanden.all())
    soorten = [b.soort for b in bestanden]
    assert (
        soorten.count("besluit") == 1 and soorten.count("inventaris") == 2 and soorten.count("document") == 3
    )
    geheimen = [*NAMEN[:3], *BSNS[:3], "greet@example.org", "Greet Verzoeker"]
    for b in bestanden:
        assert controleer_metadata(b.metadata_xml) == [], b.titel
        if b.mime == "application/pdf":
            with b.bestand.open("rb") as f:
                assert controleer(f.read(), geheimen) == [], b.titel
    inventaris = next(b for b in bestanden if b.bestandsnaam == "inventarislijst.xlsx")
    from openpyxl import load_workbook

    with inventaris.bestand.open("rb") as f:
        blad = load_workbook(BytesIO(f.read())).active
    nummers = [r[0] for r in blad.iter_rows(min_row=3, values_only=True)]
    assert nummers == [1, 2, 3, 4]
    assert "5.1.2i" in [r[5] for r in blad.iter_rows(min_row=3, values_only=True)][3]
    # full-text search on the portal finds words of the redacted documents, not the secrets
    assert list(publicatie.zoek_publicaties("woningbouwimpuls")) == [pub]
    assert list(publicatie.zoek_publicaties(BSNS[0])) == []


def test_pagina_ter_controle_blokkeert_publicatie(woo_org: dict[str, Any]) -> None:
    jurist = woo_org["jurist"]
    verzoek = klaar_voor_besluit(woo_org, aantal=2)
    beoordeling.beoordeel_in_bulk(verzoek, door=jurist, nummers=[1, 2], beoordeling="deels_openbaar")
    doc = verzoek.documenten.get(nummer=2)
    doc.handmatig_nakijken = [1]  # as lakken reports for a scan it could not OCR
    doc.save()
    problemen = beoordeling.publicatieklaar(verzoek)
    assert problemen == ["Document 2: pagina 1 moet nog handmatig worden nagekeken."]
    verzoek.status = Verzoek.Status.BESLUIT_GENOMEN
    verzoek.publicatie_op = timezone.localdate()
    verzoek.besluit_datum = timezone.localdate()
    verzoek.bekendgemaakt_op = timezone.localdate()
    verzoek.save()
    with pytest.raises(ValidationError, match="handmatig worden nagekeken"):
        publicatie.publiceer(verzoek, door=jurist)
    assert not Publicatie.objects.exists()
    verzoek.status = Verzoek.Status.IN_BEHANDELING
    verzoek.save()
    beoordeling.markeer_nagekeken(doc, door=jurist, pagina=1)
    assert beoordeling.publicatieklaar(verzoek) == []


def test_passage_wijzigen_en_toevoegen(woo_org: dict[str, Any]) -> None:
    jurist = woo_org["jurist"]
    verzoek = klaar_voor_besluit(woo_org, aantal=1)
    doc = verzoek.documenten.get()
    naam = doc.passages.get(label="PERSOON")
    statussen = {p.pk: ("geaccepteerd", p.grond) for p in doc.passages.all()}
    statussen[naam.pk] = ("afgewezen", naam.grond)  # the reviewer keeps the name visible
    beoordeling.beoordeel(doc, door=jurist, beoordeling="deels_openbaar", passages=statussen)
    beoordeling.voeg_passage_toe(doc, door=jurist, pagina=1, tekst="woningbouwimpuls", grond="5.1.2i")
    with pytest.raises(ValidationError, match="staat niet op pagina"):
        beoordeling.voeg_passage_toe(doc, door=jurist, pagina=1, tekst="bestaat niet", grond="5.1.2i")
    doc = beoordeling.lak_document(doc, door=jurist)
    assert doc.gelakt_en_schoon
    with doc.gelakt_pdf.open("rb") as f:
        pdf = f.read()
    assert controleer(pdf, ["woningbouwimpuls", BSNS[0]], behouden=[NAMEN[0]]) == []
    assert doc.passages.filter(status=Passage.Status.TOEGEVOEGD).count() == 1


def test_beoordelaar_alleen_documenten_van_eigen_eenheid(woo_org: dict[str, Any]) -> None:
    verzoek = klaar_voor_besluit(woo_org, aantal=1)
    doc = verzoek.documenten.get()  # stored by the jurist: unit CZW
    with pytest.raises(PermissionDenied, match="eigen eenheid"):
        beoordeling.beoordeel(doc, door=woo_org["beleid"], beoordeling="openbaar")
    doc.eenheid = woo_org["beleid"].eenheden.first()
    doc.save()
    beoordeling.beoordeel(doc, door=woo_org["beleid"], beoordeling="openbaar")


def test_art_5_3_bij_informatie_ouder_dan_vijf_jaar(woo_org: dict[str, Any]) -> None:
    jurist = woo_org["jurist"]
    verzoek = klaar_voor_besluit(woo_org, aantal=1)
    doc = verzoek.documenten.get()
    doc.datum = date(2015, 1, 1)
    doc.save()
    with pytest.raises(ValidationError, match="5.3"):
        beoordeling.beoordeel(doc, door=jurist, beoordeling="niet_openbaar", gronden=["5.1.2i"])
    beoordeling.beoordeel(
        doc,
        door=jurist,
        beoordeling="niet_openbaar",
        gronden=["5.1.2i"],
        toelichting_5_3="Het overleg loopt nog steeds; bijzondere redenen.",
    )
    # absolute grounds need no extra reasons
    beoordeling.beoordeel(doc, door=jurist, beoordeling="niet_openbaar", gronden=["5.1.1c"])


@pytest.mark.parametrize("rol", ["beleid", "directeur_wb", "woordvoerder", "minister"])
def test_zonder_publicatierecht_niet_via_pagina_of_api(
    woo_org: dict[str, Any], rol: str, client: Client, django_capture_on_commit_callbacks: Any
) -> None:
    verzoek = publiceerbaar(woo_org)
    client.force_login(woo_org[rol])
    pagina = client.post(reverse("woo:verzoek-publiceren", args=[verzoek.pk]))
    api = client.post(reverse("api:woo-publiceren", args=[verzoek.pk]))
    assert api.status_code == 403 and api["Content-Type"] == "application/problem+json"
    if rol == "directeur_wb":  # the matrix grants directeuren; only the directeur CZW may
        assert pagina.status_code == 302
        melding = client.get(pagina["Location"]).content.decode()
        assert "Alleen de Woo-co\u00f6rdinatie en de directeur CZW kunnen publiceren." in melding
    else:
        assert pagina.status_code == 403
    assert not Publicatie.objects.exists()
    client.force_login(woo_org["jurist"])
    # publishing runs as a background job: the answer is the job, to be followed
    with django_capture_on_commit_callbacks(execute=True):
        antwoord = client.post(reverse("api:woo-publiceren", args=[verzoek.pk]))
    assert antwoord.status_code == 202 and antwoord.json()["soort"] == "publiceren"
    job = client.get(reverse("api:woo-verwerking", args=[verzoek.pk, antwoord.json()["id"]])).json()
    assert job["status"] == "klaar" and job["verslag"]["melding"] == "Gepubliceerd op de publieke portal."
    assert job["gedaan"] == job["totaal"] > 0
    assert Publicatie.objects.get().status == Publicatie.Status.GEPUBLICEERD


def test_intrekken_van_publicatie(
    woo_org: dict[str, Any], client: Client, django_capture_on_commit_callbacks: Any
) -> None:
    verzoek = publiceerbaar(woo_org)
    with django_capture_on_commit_callbacks(execute=True):
        pub = publicatie.publiceer(verzoek, door=woo_org["jurist"])
    assert publicatie.zoek_publicaties("woningbouwimpuls") == [pub]
    bestand = pub.bestanden.first()
    assert bestand is not None
    url = reverse("openbaar:bestand", args=[pub.pk, bestand.pk])
    assert client.get(url).status_code == 200
    with pytest.raises(ValidationError):
        publicatie.trek_publicatie_in(pub, door=woo_org["jurist"], reden="")
    with django_capture_on_commit_callbacks(execute=True):
        publicatie.trek_publicatie_in(pub, door=woo_org["jurist"], reden="Fout in lakken")
    assert client.get(url).status_code == 404
    pagina = client.get(reverse("openbaar:publicatie", args=[pub.pk]))
    assert "ingetrokken" in pagina.content.decode() and "Fout in lakken" in pagina.content.decode()
    assert list(publicatie.zoek_publicaties("woningbouwimpuls")) == []


def test_vrijgave_wordt_ingepland_bij_een_uitstellende_takenverwerker(
    woo_org: dict[str, Any], settings: Any, django_capture_on_commit_callbacks: Any
) -> None:
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
    verzoek = publiceerbaar(woo_org)
    Verzoek.objects.filter(pk=verzoek.pk).update(publicatie_op=timezone.localdate() + timedelta(days=3))
    with django_capture_on_commit_callbacks(execute=True):
        publicatie.publiceer(verzoek, door=woo_org["jurist"])
    # the planned release (the search index has its own jobs for the changed request)
    taak = DBTaskResult.objects.get(task_path__endswith=".publiceer_gepland")
    assert timezone.localtime(taak.run_after).date() == timezone.localdate() + timedelta(days=3)
