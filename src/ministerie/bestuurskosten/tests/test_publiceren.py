"""Publication: only with the right, only when everything is redacted, checked and unflagged;
withdrawal recorded; the public sees only the redacted files of published months."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse

from ministerie.bestuurskosten import services
from ministerie.bestuurskosten.models import Periode
from ministerie.core.models import AuditRecord
from ministerie.lakken.pdf import controleer
from ministerie.organisatie.models import Persoon

from .hulp import GAST, IBAN, MINISTER, STANDAARDBON, TELEFOON, bon

pytestmark = pytest.mark.django_db


def _publieke_url(periode: Periode) -> str:
    return reverse(
        "bestuurskosten:openbaar-maand", args=[periode.ministerie.code, periode.jaar, periode.maand]
    )


def test_publiceren_zonder_recht_wordt_geweigerd_in_de_service(klaar: Periode, mensen: dict) -> None:
    for wie in ("jurist", "beleid"):
        with pytest.raises(PermissionDenied):
            services.publiceer(klaar, door=mensen[wie])
    klaar.refresh_from_db()
    assert klaar.status == Periode.Status.OPEN


def test_publiceren_zonder_recht_via_de_pagina(klaar: Periode, mensen: dict, client: Client) -> None:
    client.force_login(mensen["jurist"])
    antwoord = client.post(reverse("bestuurskosten:publiceren", args=[klaar.pk]))
    assert antwoord.status_code == 403
    klaar.refresh_from_db()
    assert klaar.status == Periode.Status.OPEN
    assert client.get(_publieke_url(klaar)).status_code == 404


def test_publiceren_zonder_recht_via_de_api(klaar: Periode, mensen: dict, client: Client) -> None:
    client.force_login(mensen["jurist"])
    antwoord = client.post(reverse("api:bestuurskosten-publiceren", args=[klaar.pk]))
    assert antwoord.status_code == 403
    assert antwoord["Content-Type"] == "application/problem+json"
    client.logout()
    assert client.post(reverse("api:bestuurskosten-publiceren", args=[klaar.pk])).status_code == 401
    klaar.refresh_from_db()
    assert klaar.status == Periode.Status.OPEN


def test_gemarkeerde_pagina_houdt_publicatie_tegen(klaar: Periode, mensen: dict, client: Client) -> None:
    document = klaar.documenten.get()
    markering = services.markeer_pagina(
        document, door=mensen["jurist"], pagina=1, reden="Is de naam van de zaak te herleiden?"
    )
    with pytest.raises(ValidationError, match="gemarkeerd voor nakijken"):
        services.publiceer(klaar, door=mensen["fez"])
    client.force_login(mensen["fez"])
    client.post(reverse("bestuurskosten:publiceren", args=[klaar.pk]))
    antwoord = client.post(reverse("api:bestuurskosten-publiceren", args=[klaar.pk]))
    assert antwoord.status_code == 400
    assert "gemarkeerd" in antwoord.content.decode()
    klaar.refresh_from_db()
    assert klaar.status == Periode.Status.OPEN
    services.hef_markering_op(markering, door=mensen["jurist"], toelichting="Naam zaak is openbaar.")
    services.publiceer(klaar, door=mensen["fez"])
    klaar.refresh_from_db()
    assert klaar.status == Periode.Status.GEPUBLICEERD


def test_niet_gelakt_document_houdt_publicatie_tegen(periode: Periode, mensen: dict) -> None:
    fez = mensen["fez"]
    document = services.voeg_document_toe(
        periode, door=fez, data=bon(*STANDAARDBON), bestandsnaam="b.pdf", titel="Bon", soort="bon"
    )
    services.voeg_post_toe(
        periode,
        door=fez,
        persoon=Persoon.objects.get(code="maarten-schurink"),
        categorie="overig",
        datum=date(2026, 3, 2),
        bedrag="10,00",
        omschrijving="x",
        brondocument=document,
    )
    with pytest.raises(ValidationError, match="niet beoordeeld"):
        services.publiceer(periode, door=fez)
    services.beoordeel(document, door=fez, besluiten={v.pk: True for v in document.voorstellen.all()})
    with pytest.raises(ValidationError, match="nog niet gelakt"):
        services.publiceer(periode, door=fez)


def test_controle_met_problemen_houdt_publicatie_tegen(klaar: Periode, mensen: dict) -> None:
    document = klaar.documenten.get()
    document.controle_problemen = ["Geheim 'x' staat nog als tekst op pagina 1."]
    document.save()
    with pytest.raises(ValidationError, match="lakcontrole"):
        services.publiceer(klaar, door=mensen["fez"])


def test_gewijzigd_gelakt_bestand_wordt_bij_de_eindcontrole_gevonden(klaar: Periode, mensen: dict) -> None:
    from django.core.files.base import ContentFile

    document = klaar.documenten.get()
    document.gelakt_pdf.save("vals.pdf", ContentFile(bon(*STANDAARDBON)), save=True)
    with pytest.raises(ValidationError, match="eindcontrole"):
        services.publiceer(klaar, door=mensen["fez"])


def test_publiceren_en_de_publieke_download_is_gelakt(klaar: Periode, mensen: dict, client: Client) -> None:
    services.publiceer(klaar, door=mensen["sg"])
    klaar.refresh_from_db()
    assert klaar.status == Periode.Status.GEPUBLICEERD and klaar.gepubliceerd_door == mensen["sg"]
    record = AuditRecord.objects.filter(actie="bestuurskosten_gepubliceerd").get()
    assert record.gegevens["totaal"] == "84.50"
    pagina = client.get(_publieke_url(klaar)).content.decode()
    assert MINISTER in pagina and "€ 84,50" in pagina
    document = klaar.documenten.get()
    antwoord = client.get(reverse("bestuurskosten:openbaar-document", args=["bzk", 2026, 3, document.pk]))
    assert antwoord.status_code == 200
    pdf = b"".join(antwoord.streaming_content)  # type: ignore[attr-defined]
    assert pdf == document.gelakt_pdf.open("rb").read()
    assert pdf != document.bron_pdf.open("rb").read()
    assert controleer(pdf, [GAST, IBAN, TELEFOON], verwachte_gronden=["5.1.2e"], behouden=[MINISTER]) == []
    # the public never reaches the source: the staff routes want a log-in
    bron = client.get(reverse("bestuurskosten:document-bestand", args=[document.pk, "bron"]))
    assert bron.status_code == 302 and "/inloggen/" in bron["Location"]


def test_na_publicatie_is_niets_meer_te_wijzigen(klaar: Periode, mensen: dict) -> None:
    services.publiceer(klaar, door=mensen["fez"])
    with pytest.raises(ValidationError, match="heropen"):
        services.voeg_document_toe(
            klaar, door=mensen["fez"], data=bon("x"), bestandsnaam="x.pdf", titel="", soort="bon"
        )
    with pytest.raises(ValidationError):
        services.publiceer(klaar, door=mensen["fez"])


def test_intrekken_wordt_vastgelegd_en_verbergt_de_documenten(
    klaar: Periode, mensen: dict, client: Client
) -> None:
    services.publiceer(klaar, door=mensen["fez"])
    document = klaar.documenten.get()
    with pytest.raises(ValidationError, match="reden"):
        services.trek_in(klaar, door=mensen["fez"], reden=" ")
    with pytest.raises(PermissionDenied):
        services.trek_in(klaar, door=mensen["jurist"], reden="fout")
    client.force_login(mensen["sg"])
    client.post(reverse("bestuurskosten:intrekken", args=[klaar.pk]), {"reden": "Verkeerde bon."})
    klaar.refresh_from_db()
    assert klaar.status == Periode.Status.INGETROKKEN
    record = AuditRecord.objects.filter(actie="bestuurskosten_ingetrokken").get()
    assert record.gegevens["reden"] == "Verkeerde bon." and record.actor_naam
    client.logout()
    pagina = client.get(_publieke_url(klaar)).content.decode()
    assert "ingetrokken" in pagina and "Verkeerde bon." in pagina and "84,50" not in pagina
    download = reverse("bestuurskosten:openbaar-document", args=["bzk", 2026, 3, document.pk])
    assert client.get(download).status_code == 404
    # reopen, then publish again
    services.heropen(klaar, door=mensen["fez"])
    services.publiceer(klaar, door=mensen["fez"])
    assert client.get(download).status_code == 200


def test_onbekende_overgang_wordt_geweigerd(klaar: Periode, mensen: dict) -> None:
    with pytest.raises(ValidationError, match="kan niet naar"):
        services.trek_in(klaar, door=mensen["fez"], reden="x")
    with pytest.raises(ValidationError, match="kan niet naar"):
        services.heropen(klaar, door=mensen["fez"])


def test_publiek_jaartotaal_telt_alleen_gepubliceerde_maanden(
    klaar: Periode, mensen: dict, bzk: Any, client: Client
) -> None:
    fez = mensen["fez"]
    april = services.maak_periode(door=fez, ministerie=bzk, jaar=2026, maand=4)
    document = services.voeg_document_toe(
        april,
        door=fez,
        data=bon("Krant", bedrag="999.00"),
        bestandsnaam="k.pdf",
        titel="Krant",
        soort="factuur",
    )
    services.beoordeel(document, door=fez, besluiten={v.pk: True for v in document.voorstellen.all()})
    services.lak_document(document, door=fez)
    services.voeg_post_toe(
        april,
        door=fez,
        persoon=Persoon.objects.get(code="hanke-bruins-slot"),
        categorie="abonnementen",
        datum=date(2026, 4, 1),
        bedrag=Decimal("999.00"),
        omschrijving="Krant",
        brondocument=document,
    )
    services.publiceer(klaar, door=fez)
    services.publiceer(april, door=fez)
    services.trek_in(klaar, door=fez, reden="Correctie")
    pagina = client.get(_publieke_url(april)).content.decode()
    assert "€ 999,00" in pagina and "€ 1.083,50" not in pagina
    services.heropen(klaar, door=fez)
    services.publiceer(klaar, door=fez)
    assert "€ 1.083,50" in client.get(_publieke_url(april)).content.decode()


def test_niet_gepubliceerde_maand_is_publiek_onzichtbaar(klaar: Periode, client: Client) -> None:
    assert client.get(_publieke_url(klaar)).status_code == 404
    assert "Maart 2026" not in client.get(reverse("bestuurskosten:openbaar")).content.decode()
    export = reverse("bestuurskosten:openbaar-export", args=["bzk", 2026, 3, "csv"])
    assert client.get(export).status_code == 404
