"""Generated: every role tries every registered view and API endpoint.

A route must either name an action from the permission matrix or say it is public; the test
then checks that each role gets exactly the access the matrix grants — no more, no less.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from ministerie.core.permissiematrix import ANONIEM, matrix
from ministerie.core.rubricering import Rubricering
from ministerie.core.tests.routes import Route, alle_routes
from ministerie.organisatie.models import Eenheid

ROUTES = alle_routes()
ROLLEN = list(matrix().rollen)


def _voorbeeld_kwargs(route: Route) -> dict[str, Any]:
    """URL parameters for routes that need an object; a new route with parameters must be
    added here, or the test fails and says so."""
    if route.naam == "api:eenheid":
        Eenheid.objects.get_or_create(code="voorbeeld", defaults={"naam": "Voorbeeld", "soort": "directie"})
        return {"code": "voorbeeld"}
    if "<" in route.patroon:
        pytest.fail(f"Geen voorbeeldparameters voor route {route.naam} ({route.patroon}).")
    return {}


def test_er_zijn_routes_gevonden() -> None:
    assert len(ROUTES) >= 15, [r.naam for r in ROUTES]


@pytest.mark.parametrize("route", ROUTES, ids=lambda r: r.naam)
def test_elke_route_noemt_een_actie_of_is_publiek(route: Route) -> None:
    assert route.publiek or route.actie, (
        f"{route.naam} ({route.view}) noemt geen actie uit de permissiematrix en is niet publiek."
    )
    if route.actie:
        matrix().actie(route.actie)  # raises on an action the matrix does not know


BESCHERMD = [r for r in ROUTES if r.actie]


@pytest.mark.django_db
@pytest.mark.parametrize("rol", ROLLEN)
@pytest.mark.parametrize("route", BESCHERMD, ids=lambda r: r.naam)
def test_elke_rol_krijgt_precies_wat_de_matrix_toestaat(
    route: Route, rol: str, client: Client, maak_gebruiker: Callable[..., Any]
) -> None:
    if rol != ANONIEM:
        gebruiker = maak_gebruiker(rol, eenheden=["bzk"], clearance=Rubricering.STG_ZEER_GEHEIM)
        client.force_login(gebruiker)
    url = reverse(route.naam, kwargs=_voorbeeld_kwargs(route))
    antwoord = getattr(client, route.methode)(url)
    mag = matrix().staat_toe(rol, route.actie)  # type: ignore[arg-type]

    if mag:
        # allowed: anything but a refusal (a 400 for missing parameters is past the check)
        assert antwoord.status_code not in (401, 403), f"{rol} hoort {route.naam} te mogen"
        assert antwoord.status_code < 500
        if antwoord.status_code == 302:
            assert "/inloggen/" not in antwoord["Location"]
    elif rol == ANONIEM:
        if route.is_api:
            assert antwoord.status_code == 401
            assert antwoord["Content-Type"] == "application/problem+json"
        else:
            assert antwoord.status_code == 302
            assert antwoord["Location"].startswith(reverse("core:inloggen"))
    else:
        assert antwoord.status_code == 403, f"{rol} mag {route.naam} niet: {antwoord.status_code}"


@pytest.mark.django_db
@pytest.mark.parametrize("route", [r for r in ROUTES if r.publiek], ids=lambda r: r.naam)
def test_publieke_routes_zijn_zonder_inloggen_bereikbaar(route: Route, client: Client) -> None:
    antwoord = getattr(client, route.methode)(reverse(route.naam))
    assert antwoord.status_code < 400
