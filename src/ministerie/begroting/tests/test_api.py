"""The budget API: reading, entering changes under the same rules, problem+json refusals."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rest_framework.test import APIClient

from ministerie.begroting.models import Begroting, Mutatie
from ministerie.core.models import AuditRecord

BASIS = "/api/v1/begroting/hoofdstukken/VII/2022"


def _api(gebruiker: Any) -> APIClient:
    c = APIClient()
    c.force_authenticate(gebruiker)
    return c


def _tegenvaller(**extra: Any) -> dict[str, Any]:
    return {
        "mutaties": [
            {
                "soort": "tegenvaller",
                "titel": "Huurtoeslag",
                "toelichting": "Meer aanvragen.",
                "regels": [{"artikel": 3, "soort": "uitgaven", "jaar": 2022, "bedrag": 15000}],
            }
        ],
        **extra,
    }


def test_lezen(begroting_bzk: Begroting, fez: Any) -> None:
    c = _api(fez)
    hoofdstukken = c.get("/api/v1/begroting/hoofdstukken").json()
    assert {h["hoofdstuk"]: h["uitgaven"] for h in hoofdstukken}["B"] == 35_597_000
    vii = c.get(BASIS).json()
    assert vii["somUitgaven"] == vii["vastgelegdTotaal"] == 8_058_000
    artikel = c.get(f"{BASIS}/artikelen/4").json()
    assert artikel["uitgaven"]["2026"] == 179_000
    assert artikel["waterval"]["uitgaven"][0]["nieuw"]["2022"] == 445_000
    assert len(c.get("/api/v1/begroting/agentschappen").json()) == 8
    assert len(c.get("/api/v1/begroting/risicoregelingen").json()) == 5
    assert len(c.get("/api/v1/begroting/bevindingen").json()) == 17
    assert c.get("/api/v1/begroting/evaluaties").json()[0]["status"].startswith("Laatste evaluatie onbekend")
    rijen = c.get(f"{BASIS}/standen/1/bedragen").json()
    assert sum(r["bedrag_x_1000"] for r in rijen if r["jaar"] == 2022) == 8_058_000
    assert c.get(f"{BASIS}/standen/1/bedragen?formaat=csv")["Content-Type"].startswith("text/csv")


def test_invoeren_geweigerd_en_met_uitzondering(begroting_bzk: Begroting, fez: Any) -> None:
    c = _api(fez)
    stand = c.post(f"{BASIS}/standen", {"moment": "eerste_suppletoire"}, format="json")
    assert stand.status_code == 201 and stand.json()["volgnummer"] == 2
    controle = c.post(f"{BASIS}/standen/2/controle", _tegenvaller(), format="json").json()
    assert not controle["toegestaan"] and controle["metUitzonderingToegestaan"]
    geweigerd = c.post(f"{BASIS}/standen/2/mutaties", _tegenvaller(), format="json")
    assert geweigerd.status_code == 422
    assert geweigerd["Content-Type"] == "application/problem+json"
    assert geweigerd.json()["weigeringen"][0]["regel"] == "eigen_broek_ophouden"
    assert not Mutatie.objects.exists()
    te_kort = c.post(f"{BASIS}/standen/2/mutaties", _tegenvaller(uitzonderingReden="kort"), format="json")
    assert te_kort.status_code == 400 and te_kort["Content-Type"] == "application/problem+json"
    reden = "Centrale dekking afgesproken in het besluitvormingsmemorandum."
    ok = c.post(f"{BASIS}/standen/2/mutaties", _tegenvaller(uitzonderingReden=reden), format="json")
    assert ok.status_code == 201 and ok.json()[0]["uitzonderingReden"] == reden
    assert AuditRecord.objects.filter(actie="begroting_uitzondering_vastgelegd").count() == 1
    assert len(c.get(f"{BASIS}/standen/2/mutaties").json()) == 1
    onbekend = c.post(
        f"{BASIS}/standen/2/mutaties",
        {
            "mutaties": [
                {
                    "soort": "ombuiging",
                    "titel": "x",
                    "toelichting": "x",
                    "regels": [{"artikel": 42, "soort": "uitgaven", "jaar": 2022, "bedrag": -1}],
                }
            ]
        },
        format="json",
    )
    assert onbekend.status_code == 400 and "geen artikel 42" in str(onbekend.json())


def test_alleen_fez_schrijft(begroting_bzk: Begroting, maak_gebruiker: Callable[..., Any]) -> None:
    sg = _api(maak_gebruiker("secretaris_generaal"))
    assert sg.get(BASIS).status_code == 200
    assert sg.post(f"{BASIS}/standen", {"moment": "eerste_suppletoire"}, format="json").status_code == 403
    patch = sg.patch("/api/v1/begroting/bevindingen/1", {"status": "opgelost"}, format="json")
    assert patch.status_code == 403
    anoniem = APIClient().get(BASIS)
    assert anoniem.status_code == 401


def test_bevinding_bijwerken(begroting_bzk: Begroting, fez: Any) -> None:
    c = _api(fez)
    bevinding = c.get("/api/v1/begroting/bevindingen").json()[0]
    fout = c.patch(f"/api/v1/begroting/bevindingen/{bevinding['id']}", {"status": "opgelost"}, format="json")
    assert fout.status_code == 400 and "verbeterplan" in str(fout.json())
    ok = c.patch(
        f"/api/v1/begroting/bevindingen/{bevinding['id']}",
        {"verbeterplan": "Plan van aanpak", "status": "verbeterplan"},
        format="json",
    )
    assert ok.status_code == 200 and ok.json()["status"] == "verbeterplan"


def test_directeur_ziet_via_de_api_alleen_mutaties_van_eigen_artikelen(
    begroting_bzk: Begroting, fez: Any, maak_gebruiker: Callable[..., Any]
) -> None:
    c = _api(fez)
    c.post(f"{BASIS}/standen", {"moment": "eerste_suppletoire"}, format="json")
    reden = "Centrale dekking afgesproken in het besluitvormingsmemorandum."
    ingevoerd = c.post(f"{BASIS}/standen/2/mutaties", _tegenvaller(uitzonderingReden=reden), format="json")
    assert ingevoerd.status_code == 201
    aivd = _api(maak_gebruiker("directeur", eenheden=["dgaivd"]))
    assert aivd.get(f"{BASIS}/standen/2/mutaties").json() == []
    assert len(c.get(f"{BASIS}/standen/2/mutaties").json()) == 1
