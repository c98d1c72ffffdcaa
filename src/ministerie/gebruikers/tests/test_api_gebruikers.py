"""User administration through the API: the same forms and services as the pages, refusals as
problem+json."""

from __future__ import annotations

from typing import Any

from django.test import Client

from ministerie.core.models import AuditRecord, Gebruiker
from ministerie.core.rubricering import Rubricering
from ministerie.gebruikers.models import Clearanceaanvraag, Sessie

JSON = "application/json"


def _client(gebruiker: Any) -> Client:
    client = Client()
    client.force_login(gebruiker)
    return client


def test_aanmaken_lijst_en_wijzigen(beheerder: Any, eenheid: Any) -> None:
    api = _client(beheerder)
    antwoord = api.post(
        "/api/v1/gebruikers",
        {
            "gebruikersnaam": "sbakker",
            "voornaam": "Sanne",
            "achternaam": "Bakker",
            "rollen": ["jurist_czw"],
            "eenheden": ["dgoo"],
            "clearance": "departementaal vertrouwelijk",
        },
        content_type=JSON,
    )
    assert antwoord.status_code == 201, antwoord.content
    data = antwoord.json()
    assert data["gebruikersnaam"] == "sbakker" and data["clearance"] == "Departementaal Vertrouwelijk"
    assert data["rollen"] == ["jurist_czw"] and data["eenheden"] == ["dgoo"] and data["actief"] is True
    assert data["instellink"].startswith("/instellen/") and data["heeftWachtwoord"] is False

    lijst = api.get("/api/v1/gebruikers?rol=jurist_czw").json()
    assert [g["gebruikersnaam"] for g in lijst["results"]] == ["sbakker"]
    assert "instellink" not in api.get("/api/v1/gebruikers/sbakker").json()  # shown once only

    # PATCH changes only what it names
    gewijzigd = api.patch(
        "/api/v1/gebruikers/sbakker", {"email": "s.bakker@minbzk.nl"}, content_type=JSON
    ).json()
    assert gewijzigd["email"] == "s.bakker@minbzk.nl" and gewijzigd["rollen"] == ["jurist_czw"]
    assert gewijzigd["clearance"] == "Departementaal Vertrouwelijk"


def test_vier_ogen_via_de_api(beheerder: Any, tweede_beheerder: Any, maak_gebruiker: Any) -> None:
    g = maak_gebruiker("directeur", eenheden=["bzk"], gebruikersnaam="directeur-x")
    data = (
        _client(beheerder)
        .patch(f"/api/v1/gebruikers/{g.username}", {"clearance": "Stg. Geheim"}, content_type=JSON)
        .json()
    )
    assert data["clearance"] == "Intern" and data["clearanceAanvraag"]["naar"] == "Stg. Geheim"
    aanvraag = Clearanceaanvraag.objects.get()
    eigen = _client(beheerder).post(f"/api/v1/clearanceaanvragen/{aanvraag.pk}/goedkeuren")
    assert eigen.status_code == 403 and eigen["Content-Type"] == "application/problem+json"
    assert "zelf gedaan" in eigen.json()["detail"]
    goed = _client(tweede_beheerder).post(f"/api/v1/clearanceaanvragen/{aanvraag.pk}/goedkeuren")
    assert goed.status_code == 200 and goed.json()["status"] == "goedgekeurd"
    g.refresh_from_db()
    assert g.clearance == Rubricering.STG_GEHEIM
    assert _client(beheerder).get("/api/v1/clearanceaanvragen?status=goedgekeurd").json()["count"] == 1


def test_fouten_als_problem_json(beheerder: Any, eenheid: Any) -> None:
    api = _client(beheerder)
    onbekend = api.post(
        "/api/v1/gebruikers",
        {"gebruikersnaam": "x", "rollen": ["koning"], "eenheden": ["dgoo"], "clearance": "Geheim", "rang": 1},
        content_type=JSON,
    )
    assert onbekend.status_code == 400 and onbekend["Content-Type"] == "application/problem+json"
    namen = {p["name"]: p["reason"] for p in onbekend.json()["invalidParams"]}
    assert "rollen" in namen and "Onbekend rubriceringsniveau 'Geheim'" in namen["clearance"]
    assert "Onbekende velden: rang" in namen["invoer"]
    assert api.post("/api/v1/gebruikers", [1, 2], content_type=JSON).status_code == 400
    zelf = api.patch(
        f"/api/v1/gebruikers/{beheerder.username}", {"rollen": ["secretaris_generaal"]}, content_type=JSON
    )
    assert zelf.status_code == 403 and "eigen rollen" in zelf.json()["detail"]
    assert api.get("/api/v1/gebruikers/niemand").status_code == 404
    assert not Gebruiker.objects.filter(username="x").exists()


def test_deactiveren_via_de_api_beeindigt_sessies(beheerder: Any, maak_gebruiker: Any) -> None:
    g = maak_gebruiker("beleidsmedewerker", gebruikersnaam="weg")
    _client(g)
    assert Sessie.objects.filter(gebruiker=g, beeindigd_op__isnull=True).count() == 1
    antwoord = _client(beheerder).post("/api/v1/gebruikers/weg/deactiveren")
    assert antwoord.status_code == 200 and antwoord.json()["actief"] is False
    assert not Sessie.objects.filter(gebruiker=g, beeindigd_op__isnull=True).exists()
    nogmaals = _client(beheerder).post("/api/v1/gebruikers/weg/deactiveren")
    assert nogmaals.status_code == 400 and "al gedeactiveerd" in str(nogmaals.json()["invalidParams"])
    assert AuditRecord.objects.filter(actie="gebruiker_gedeactiveerd").count() == 1


def test_alleen_de_functioneel_beheerder(maak_gebruiker: Any) -> None:
    directeur = _client(maak_gebruiker("directeur"))
    assert directeur.get("/api/v1/gebruikers").status_code == 403
    assert directeur.post("/api/v1/gebruikers", {}, content_type=JSON).status_code == 403
