from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

from ministerie.core.models import AuditRecord
from ministerie.organisatie.laden import laad
from ministerie.organisatie.models import Eenheid, Positie

pytestmark = pytest.mark.django_db
VOORBEELD = Path(__file__).with_name("voorbeeld")


@pytest.fixture(autouse=True)
def geladen() -> None:
    laad(VOORBEELD, door="test")


@pytest.fixture
def beheerder(client: Client, maak_gebruiker: Callable[..., Any]) -> Client:
    client.force_login(maak_gebruiker("functioneel_beheerder"))
    return client


@pytest.fixture
def medewerker(client: Client, maak_gebruiker: Callable[..., Any]) -> Client:
    client.force_login(maak_gebruiker("beleidsmedewerker"))
    return client


def test_eenheden_lezen_met_filters(medewerker: Client) -> None:
    alle = medewerker.get("/api/v1/eenheden").json()
    assert alle["count"] == 4
    onder_dg = medewerker.get("/api/v1/eenheden", {"valtOnder": "dg"}).json()["results"]
    assert {e["code"] for e in onder_dg} == {"woningbouw", "agentschap"}
    gezocht = medewerker.get("/api/v1/eenheden", {"zoek": "woningbouw"}).json()["results"]
    assert gezocht[0]["leiding"] == ["Anna Bakker"]
    detail = medewerker.get("/api/v1/eenheden/woningbouw").json()
    assert detail["valtOnder"] == "dg" and detail["bron"] == "dossier 4.4"


def test_personen_posities_portefeuilles_sturing(medewerker: Client) -> None:
    persoon = medewerker.get("/api/v1/personen/rene-de-vries").json()
    assert persoon["posities"][0]["eenheid"] == "dg"
    assert medewerker.get("/api/v1/personen", {"zoek": "rene"}).json()["count"] == 1
    assert medewerker.get("/api/v1/posities").json()["count"] == 2
    assert medewerker.get("/api/v1/portefeuilles").status_code == 200
    sturing = medewerker.get("/api/v1/sturingsrollen").json()["results"]
    assert {(s["organisatie"], s["rol"]) for s in sturing} == {
        ("agentschap", "eigenaar"),
        ("agentschap", "opdrachtgever"),
    }


def test_medewerker_mag_niet_schrijven(medewerker: Client) -> None:
    antwoord = medewerker.patch("/api/v1/eenheden/woningbouw", {"naam": "X"}, content_type="application/json")
    assert antwoord.status_code == 403
    assert Eenheid.objects.get(code="woningbouw").naam == "Directie Woningbouw"


def test_beheerder_maakt_wijzigt_en_verwijdert_met_audit(beheerder: Client) -> None:
    nieuw = beheerder.post(
        "/api/v1/eenheden",
        {
            "code": "afdeling-x",
            "naam": "Afdeling X",
            "soort": "afdeling",
            "valtOnder": "woningbouw",
        },
        content_type="application/json",
    )
    assert nieuw.status_code == 201, nieuw.json()
    gewijzigd = beheerder.patch(
        "/api/v1/eenheden/afdeling-x", {"naam": "Afdeling Y"}, content_type="application/json"
    )
    assert gewijzigd.json()["naam"] == "Afdeling Y"
    benoemd = beheerder.post(
        "/api/v1/posities",
        {"eenheid": "afdeling-x", "persoon": "anna-bakker", "soort": "leiding", "functie": "hoofd"},
        content_type="application/json",
    )
    assert benoemd.status_code == 201, benoemd.json()
    assert beheerder.delete(f"/api/v1/posities/{benoemd.json()['id']}").status_code == 204
    assert beheerder.delete("/api/v1/eenheden/afdeling-x").status_code == 204
    acties = list(
        AuditRecord.objects.filter(actie__startswith="organisatie_").values_list("actie", flat=True)
    )
    assert acties[-5:] == [
        "organisatie_eenheid_aangemaakt",
        "organisatie_eenheid_gewijzigd",
        "organisatie_positie_aangemaakt",
        "organisatie_positie_verwijderd",
        "organisatie_eenheid_verwijderd",
    ]


@pytest.mark.parametrize(
    ("verzoek", "veld"),
    [
        ({"code": "dg", "naam": "Dubbel", "soort": "directie", "valtOnder": "min"}, "code"),
        ({"code": "nieuw", "naam": "Zonder ouder", "soort": "directie"}, "bovenliggende"),
        ({"code": "nieuw", "naam": "Fout", "soort": "onzin", "valtOnder": "min"}, "soort"),
        ({"code": "Geen Code", "naam": "Fout", "soort": "directie", "valtOnder": "min"}, "invoer"),
    ],
)
def test_ongeldige_eenheid_geeft_problem_json(beheerder: Client, verzoek: dict, veld: str) -> None:
    aantal = Eenheid.objects.count()
    antwoord = beheerder.post("/api/v1/eenheden", verzoek, content_type="application/json")
    assert antwoord.status_code == 400
    assert antwoord["Content-Type"] == "application/problem+json"
    assert veld in {p["name"] for p in antwoord.json()["invalidParams"]}
    assert Eenheid.objects.count() == aantal


def test_een_eenheid_kan_niet_onder_zichzelf_vallen(beheerder: Client) -> None:
    antwoord = beheerder.patch(
        "/api/v1/eenheden/dg", {"valtOnder": "woningbouw"}, content_type="application/json"
    )
    assert antwoord.status_code == 400
    dg = Eenheid.objects.get(code="dg")
    assert dg.bovenliggende is not None and dg.bovenliggende.code == "min"


def test_eenheid_met_onderdelen_niet_verwijderen(beheerder: Client) -> None:
    antwoord = beheerder.delete("/api/v1/eenheden/dg")
    assert antwoord.status_code == 400
    assert Positie.objects.filter(eenheid__code="dg").exists()
