"""Finding of the security probe (issue 13 §5): a JSON body that is not an object (``null``, a
list, a number, a string) gave a 500 on API operations (memo actions, units, people, expense
withdrawal). Every write operation of the API now answers 400 problem+json (or, for an action
without input that ignores its body, its normal answer): tried on every route, with the sample
objects of the parts (``<part>/tests/voorbeelden.py``) so that the body is really read."""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from typing import Any

import pytest
from django.apps import apps
from django.test import Client
from django.urls import reverse

from ministerie.core.permissiematrix import ANONIEM, matrix
from ministerie.core.rubricering import Rubricering
from ministerie.core.tests.routes import Route, alle_routes

pytestmark = pytest.mark.django_db

LICHAMEN = ["null", "[]", "[1, 2]", "42", "3.5", '"tekst"', "true"]
SCHRIJVEN = ("post", "put", "patch")


def _kwargs(route: Route) -> dict[str, Any] | None:
    for app in apps.get_app_configs():
        naam = f"{app.name}.tests.voorbeelden"
        if app.name.startswith("ministerie.") and importlib.util.find_spec(naam) is not None:
            kwargs = importlib.import_module(naam).voorbeeld_kwargs(route.naam, route.patroon)
            if kwargs is not None:
                return kwargs
    return {} if "<" not in route.patroon else None


def _schrijfroutes() -> list[tuple[Route, str]]:
    return [
        (route, methode)
        for route in alle_routes()
        if route.is_api and not route.publiek
        for methode, _ in route.methoden
        if methode in SCHRIJVEN
    ]


@pytest.fixture
def alleskunner(bzk: Any, maak_gebruiker: Callable[..., Any]) -> Any:
    """A user with every role, in the unit of the sample objects, with the highest clearance."""
    rollen = [r for r in matrix().rollen if r != ANONIEM]
    return maak_gebruiker(*rollen, eenheden=["bzk"], clearance=Rubricering.STG_ZEER_GEHEIM)


def test_er_zijn_schrijfroutes() -> None:
    assert len(_schrijfroutes()) >= 30


@pytest.mark.parametrize(
    ("route", "methode"), _schrijfroutes(), ids=[f"{r.naam}-{m}" for r, m in _schrijfroutes()]
)
def test_een_json_lichaam_dat_geen_object_is_geeft_geen_500(
    route: Route, methode: str, alleskunner: Any, client: Client
) -> None:
    client.force_login(alleskunner)
    kwargs = _kwargs(route)
    assert kwargs is not None, f"geen voorbeeld voor {route.naam}"
    url = reverse(route.naam, kwargs=kwargs)
    for lichaam in LICHAMEN:
        antwoord = getattr(client, methode)(url, lichaam, content_type="application/json")
        assert antwoord.status_code < 500, f"{methode.upper()} {url} met {lichaam}: {antwoord.status_code}"
        if antwoord.status_code == 400:
            assert antwoord["Content-Type"] == "application/problem+json", (url, lichaam)
            probleem = antwoord.json()
            assert probleem["status"] == 400 and probleem["invalidParams"], (url, lichaam, probleem)


@pytest.mark.parametrize("nummers", [[1e300], [2**70], [12.5], ["12a"], [True]])
def test_een_keuze_van_objecten_is_een_geheel_getal_binnen_bereik(
    nummers: list[Any], alleskunner: Any, client: Client
) -> None:
    """1e300 as the number of a toezegging crashed the database lookup (500); 12.5 was taken
    as 12. Both are invalid input now, as any other wrong choice."""
    client.force_login(alleskunner)
    antwoord = client.post(
        "/api/v1/kamerbrieven",
        {"onderwerp": "Voortgang", "kamer": "TK", "toezeggingen": nummers},
        content_type="application/json",
    )
    assert antwoord.status_code == 400, antwoord.content
    assert "toezeggingen" in [p["name"] for p in antwoord.json()["invalidParams"]]


@pytest.mark.parametrize(
    ("pad", "lichaam", "veld"),
    [
        # a date as a list crashed the form (500); found by the schemathesis run
        ("/api/v1/moties", {"kamer": "TK", "ingediend_op": [None, None]}, "ingediend_op"),
        ("/api/v1/woo-verzoeken", {"onderwerp": "x", "ontvangen_op": ["2026-01-01"]}, "ontvangen_op"),
        # a text as a list or an object was taken as the text "['a']"
        ("/api/v1/moties", {"kamer": "TK", "dictum": ["verzoekt de regering"]}, "dictum"),
        ("/api/v1/moties", {"kamer": {"a": 1}}, "kamer"),
        # several values: a list of single values
        ("/api/v1/kamerbrieven", {"kamer": "TK", "toezeggingen": [[1]]}, "toezeggingen"),
    ],
)
def test_een_veld_krijgt_de_json_vorm_die_het_verwacht(
    pad: str, lichaam: dict[str, Any], veld: str, alleskunner: Any, client: Client
) -> None:
    client.force_login(alleskunner)
    antwoord = client.post(pad, lichaam, content_type="application/json")
    assert antwoord.status_code == 400, antwoord.content
    assert veld in [p["name"] for p in antwoord.json()["invalidParams"]]
