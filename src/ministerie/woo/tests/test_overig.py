"""Public form anti-abuse, active disclosure, API, CLI, insight, DiWoo metadata, demo."""

from __future__ import annotations

import json
import time
from datetime import date, timedelta
from io import StringIO
from typing import Any

import pytest
from django.core import signing
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from ministerie.parlement.signalen import kamerbrief_verzonden
from ministerie.stukken import services as stukken
from ministerie.woo import beoordeling, besluit, categorieen, publicatie, services
from ministerie.woo.diwoo import controleer_metadata, maak_metadata
from ministerie.woo.formulieren import ZOUT
from ministerie.woo.models import Verzoek

pytestmark = pytest.mark.django_db


def _formulier(**extra: Any) -> dict[str, Any]:
    return {
        "onderwerp": "Woningbouw",
        "omschrijving": "Alle notities",
        "verzoeker_naam": "Greet",
        "verzoeker_email": "greet@example.org",
        "website": "",
        "token": signing.dumps(time.time() - 10, salt=ZOUT),
        **extra,
    }


@pytest.fixture(autouse=True)
def _lege_cache() -> None:
    cache.clear()


def test_webformulier_maakt_verzoek_met_bevestiging(
    client: Client, woo_org: dict[str, Any], mailoutbox: list[Any], django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        antwoord = client.post(reverse("openbaar:indienen"), _formulier())
    assert antwoord.status_code == 302
    verzoek = Verzoek.objects.get()
    assert verzoek.kanaal == "webformulier" and verzoek.ontvangen_op == timezone.localdate()
    bevestiging = client.get(antwoord["Location"])
    assert verzoek.zaaknummer in bevestiging.content.decode()
    pdf = client.get(antwoord["Location"] + "ontvangstbevestiging.pdf")
    assert pdf.status_code == 200
    assert b"".join(pdf.streaming_content).startswith(b"%PDF")  # type: ignore[attr-defined]
    assert len(mailoutbox) == 1 and verzoek.zaaknummer in mailoutbox[0].body
    uiterste = verzoek.uiterste_datum()
    assert uiterste is not None and uiterste.strftime("%-d") in mailoutbox[0].body
    assert client.get(reverse("openbaar:bevestiging", args=["vervalst"])).status_code == 404


def test_honeypot_en_te_snel(client: Client, woo_org: dict[str, Any]) -> None:
    antwoord = client.post(reverse("openbaar:indienen"), _formulier(website="http://spam.example"))
    assert antwoord.status_code == 200 and "kon niet worden verwerkt" in antwoord.content.decode()
    antwoord = client.post(
        reverse("openbaar:indienen"), _formulier(token=signing.dumps(time.time(), salt=ZOUT))
    )
    assert "te snel verstuurd" in antwoord.content.decode()
    antwoord = client.post(reverse("openbaar:indienen"), _formulier(token="geknoeid"))
    assert "verlopen of ongeldig" in antwoord.content.decode()
    assert not Verzoek.objects.exists()


def test_limiet_per_ip(client: Client, woo_org: dict[str, Any], settings: Any) -> None:
    settings.WOO_MAX_PER_UUR = 2
    for _ in range(2):
        assert client.post(reverse("openbaar:indienen"), _formulier()).status_code == 302
    te_veel = client.post(reverse("openbaar:indienen"), _formulier())
    assert te_veel.status_code == 429 and "te veel verzoeken" in te_veel.content.decode()
    assert Verzoek.objects.count() == 2
    ander = client.post(reverse("openbaar:indienen"), _formulier(), REMOTE_ADDR="10.0.0.9")
    assert ander.status_code == 302


def test_actieve_openbaarmaking_bij_kamerbrief(
    woo_org: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    minister, jurist = woo_org["minister"], woo_org["jurist"]
    nota = stukken.maak_nota(
        door=woo_org["directeur_wb"],
        soort="beslisnota",
        onderwerp="Woningbouwimpuls",
        aan="de minister",
        eenheid=woo_org["directeur_wb"].eenheden.first(),
        beslispunten=["Akkoord met de verdeling"],
        openbaar_bij_kamerstuk=True,
        aanleiding="Contact: Jan Jansen, jan.jansen@voorbeeld.nl",
    )
    from ministerie.stukken.models import Annotatie

    Annotatie.objects.create(nota=nota, door=minister, tekst="Graag ook de gemeenten informeren.")
    niet = stukken.maak_nota(
        door=woo_org["directeur_wb"],
        soort="beslisnota",
        onderwerp="Intern",
        aan="de minister",
        eenheid=woo_org["directeur_wb"].eenheden.first(),
        beslispunten=["x"],
    )
    argumenten = {
        "beslisnota_ids": [nota.pk, niet.pk],
        "kamerstuk": "32 847, nr. 900",
        "verzonden_op": timezone.localdate(),
        "gebruiker": woo_org["directeur_wb"],
        "kamerbrief_nota_id": 0,
    }
    kamerbrief_verzonden.send(sender=None, **argumenten)
    kamerbrief_verzonden.send(sender=None, **argumenten)  # idempotent
    verzoek = Verzoek.objects.get(soort="actief")
    assert verzoek.kamerstuk == "32 847, nr. 900"
    assert verzoek.informatiecategorie == categorieen.VERGADERSTUKKEN_SG
    assert verzoek.status == Verzoek.Status.IN_BEHANDELING and verzoek.uiterste_datum() is None
    doc = verzoek.documenten.get()
    assert doc.nota == nota
    assert "Graag ook de gemeenten informeren." in " ".join(
        __import__("ministerie.lakken.pdf", fromlist=["paginatekst"]).paginatekst(doc.bron_bytes())
    )
    # the same assessment, redaction and publication
    beoordeling.beoordeel_in_bulk(verzoek, door=jurist, nummers=[1], beoordeling="deels_openbaar")
    besluit.sla_motivering_op(verzoek, door=jurist, grond="5.1.2e", tekst="Privacy van ambtenaren.")
    assert besluit.stel_besluit_op(verzoek, door=jurist) is None
    besluit.neem_besluit(
        verzoek,
        door=jurist,
        besluit_datum=timezone.localdate(),
        bekendgemaakt_op=timezone.localdate(),
        bezwaar_verwacht=False,
    )
    with django_capture_on_commit_callbacks(execute=True):
        pub = publicatie.publiceer(verzoek, door=jurist)
    assert pub.status == "gepubliceerd" and pub.kamerstuk == "32 847, nr. 900"
    for bestand in pub.bestanden.all():
        assert "c_c76862ab" in bestand.metadata_xml and controleer_metadata(bestand.metadata_xml) == []
    assert list(publicatie.zoek_publicaties("32 847")) == [pub]


def test_api_verzoeken_documenten_beoordeling_besluit(client: Client, woo_org: dict[str, Any]) -> None:
    client.force_login(woo_org["jurist"])
    nieuw = client.post(
        reverse("api:woo-verzoeken"),
        {
            "kanaal": "email",
            "ontvangen_op": (timezone.localdate() - timedelta(days=2)).isoformat(),
            "onderwerp": "API",
            "omschrijving": "Via de API",
            "verzoeker_email": "a@example.org",
        },
        content_type="application/json",
    )
    assert nieuw.status_code == 201, nieuw.content
    pk = nieuw.json()["id"]
    assert nieuw.json()["uiterste_datum"]
    fout = client.post(reverse("api:woo-verzoeken"), {"kanaal": "email"}, content_type="application/json")
    assert fout.status_code == 400 and fout["Content-Type"] == "application/problem+json"
    verzoek = Verzoek.objects.get(pk=pk)
    services.neem_in_behandeling(verzoek, door=woo_org["jurist"])
    from ministerie.woo.tests.hulp import woo_document

    beoordeling.upload_documenten(
        verzoek,
        door=woo_org["jurist"],
        bestanden=[woo_document(0)],
        eenheid=woo_org["jurist"].eenheden.first(),
    )
    detail = client.get(reverse("api:woo-verzoek", args=[pk])).json()
    assert detail["termijn"]["regeling"] == "woo"
    documenten = client.get(reverse("api:woo-documenten", args=[pk])).json()
    assert documenten[0]["nummer"] == 1 and documenten[0]["beoordeling"] == ""
    oordeel = client.post(
        reverse("api:woo-beoordeling", args=[pk, 1]),
        {"beoordeling": "deels_openbaar", "accepteer_voorstellen": True},
        content_type="application/json",
    )
    assert oordeel.status_code == 200 and oordeel.json()["gelakt_en_schoon"] is True
    assert oordeel.json()["gronden"] == ["5.1.1e", "5.1.2e"]
    besluit_json = client.get(reverse("api:woo-besluit", args=[pk])).json()
    assert besluit_json["inventaris"][0]["beoordeling"] == "Deels openbaar"
    client.logout()
    assert client.get(reverse("api:woo-verzoeken")).status_code == 401
    assert client.get(reverse("api:woo-publicaties")).status_code == 200


def test_cli_overzicht_eerst_de_vroegste(woo_org: dict[str, Any]) -> None:
    jurist = woo_org["jurist"]
    vandaag = timezone.localdate()
    for dagen, onderwerp in ((5, "later"), (40, "te laat"), (20, "eerder")):
        services.registreer_verzoek(
            door=jurist,
            kanaal="brief",
            onderwerp=onderwerp,
            omschrijving="x",
            verzoeker_adres="Straat 1",
            ontvangen_op=vandaag - timedelta(days=dagen),
        )
    uit = StringIO()
    call_command("woo", "overzicht", "--json", stdout=uit)
    gegevens = json.loads(uit.getvalue())
    assert [r["onderwerp"] for r in gegevens["open"]] == ["te laat", "eerder", "later"]
    assert gegevens["open"][0]["dagen_over"] < 0
    tekst = StringIO()
    call_command("woo", "overzicht", stdout=tekst)
    regels = tekst.getvalue().splitlines()
    assert "te laat" in regels[0] and "dagen te laat" in regels[0]


def test_inzicht_cijfers(woo_org: dict[str, Any], client: Client) -> None:
    jurist = woo_org["jurist"]
    vandaag = timezone.localdate()
    op_tijd = services.registreer_verzoek(
        door=jurist,
        kanaal="brief",
        onderwerp="a",
        omschrijving="x",
        verzoeker_adres="S",
        ontvangen_op=date(2026, 3, 2),
    )
    te_laat = services.registreer_verzoek(
        door=jurist,
        kanaal="brief",
        onderwerp="b",
        omschrijving="x",
        verzoeker_adres="S",
        ontvangen_op=date(2026, 3, 2),
    )
    Verzoek.objects.filter(pk=op_tijd.pk).update(besluit_datum=date(2026, 3, 20), status="afgerond")
    Verzoek.objects.filter(pk=te_laat.pk).update(besluit_datum=date(2026, 4, 30), status="afgerond")
    from ministerie.woo.inzicht import inzicht

    cijfers = inzicht(vandaag)
    jaar = next(r for r in cijfers.per_jaar if r["groep"] == "2026")
    assert (jaar["besluiten"], jaar["op_tijd"], jaar["percentage_op_tijd"]) == (2, 1, 50.0)
    assert jaar["gemiddelde_dagen"] == (18 + 59) / 2
    client.force_login(woo_org["jurist"])
    assert client.get(reverse("woo:inzicht")).status_code == 200
    client.force_login(woo_org["beleid"])
    assert client.get(reverse("woo:inzicht")).status_code == 403


def test_diwoo_controle_vindt_ontbrekende_elementen() -> None:
    xml = maak_metadata(
        identifier="X-1",
        titel="Besluit",
        omschrijving="",
        informatiecategorie=categorieen.WOO_VERZOEKEN,
        creatiedatum=date(2026, 3, 1),
        formaat=categorieen.FORMAAT_PDF,
        handelingen=[(categorieen.VASTSTELLING, timezone.now())],
    )
    assert controleer_metadata(xml) == []
    assert "https://identifier.overheid.nl/tooi/id/ministerie/mnre1034" in xml
    zonder_titel = xml.replace("<diwoo:officieleTitel>Besluit</diwoo:officieleTitel>", "")
    assert any("officieleTitel" in p for p in controleer_metadata(zonder_titel))
    assert controleer_metadata("<niet")[0].startswith("Geen goedgevormde XML")


def test_demo_is_idempotent(woo_org: dict[str, Any], maak_gebruiker: Any) -> None:
    from ministerie.woo.demo import laad_woo_demo

    laad_woo_demo()  # uses the account "jurist" (as in core/demo_accounts.yaml)
    laad_woo_demo()
    assert Verzoek.objects.filter(omschrijving__startswith="[demo]").count() == 2
    assert set(Verzoek.objects.values_list("status", flat=True)) == {
        "in_behandeling",
        "verduidelijking_gevraagd",
    }
    assert Verzoek.objects.get(status="in_behandeling").documenten.count() == 3


def test_mijn_werk_toont_open_verzoeken_met_uiterste_datum(woo_org: dict[str, Any]) -> None:
    from ministerie.core.werk import werk_voor

    verzoek = services.registreer_verzoek(
        door=woo_org["jurist"],
        kanaal="brief",
        onderwerp="Werk",
        omschrijving="x",
        verzoeker_adres="S",
        ontvangen_op=timezone.localdate() - timedelta(days=1),
    )
    items = [i for i in werk_voor(woo_org["jurist"]) if i.soort == "Woo-verzoek"]
    assert [i.uiterste_datum for i in items] == [verzoek.uiterste_datum()]
    assert not [i for i in werk_voor(woo_org["woordvoerder"]) if i.soort.startswith("Woo")]


def test_openapi_beschrijft_de_woo_endpoints(client: Client, woo_org: dict[str, Any]) -> None:
    schema = client.get(reverse("api:openapi")).json()
    woo = sorted(p for p in schema["paths"] if "/woo-" in p)
    assert len(woo) == 10, woo
