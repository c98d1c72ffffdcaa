"""Generated: the permission matrix against every registered view and API endpoint.

A route must either name an action from the permission matrix or say it is public. Then:

- in the process, without a database, every role × every action goes through the one decision
  function (``heeft_recht``) and must get exactly what the matrix grants (milliseconds);
- over HTTP, every protected route is tried by the anonymous user, by one role that is allowed
  and by the *nearest miss*: the role that is not allowed whose rights overlap most with an
  allowed role's (the pair most easily confused). An allowed role must get past the check and,
  on a GET, find the sample object (no 404: the examples are objects it may really see);
- the full sweep, every role on every route, runs on request: ``pytest -m volledige_permissies``.

The actions are read from the view classes (``actie``, or ``acties`` per HTTP method); sample URL
parameters come from each part's ``tests/voorbeelden.py``.
"""

from __future__ import annotations

import importlib
import importlib.util
import time
from collections.abc import Callable
from functools import cache
from typing import Any

import pytest
from django.apps import apps
from django.contrib.auth.models import AnonymousUser
from django.test import Client
from django.urls import reverse

from ministerie.core.models import Gebruiker
from ministerie.core.permissiematrix import ANONIEM, matrix
from ministerie.core.permissies import heeft_recht
from ministerie.core.rubricering import Rubricering
from ministerie.core.tests.routes import Route, alle_routes
from ministerie.organisatie.models import Eenheid

ROUTES = alle_routes()
ROLLEN = list(matrix().rollen)


def _heeft_module(naam: str) -> bool:
    try:
        return importlib.util.find_spec(naam) is not None
    except ModuleNotFoundError:
        return False


def _voorbeeld_kwargs(route: Route) -> dict[str, Any]:
    """URL parameters for routes that need an object. Each part of the system gives them for its
    own routes in tests/voorbeelden.py: ``voorbeeld_kwargs(route_naam, patroon) -> dict | None``
    (None: not my route). A new route with parameters that no part claims fails the test."""
    for app in apps.get_app_configs():
        if app.name.startswith("ministerie.") and _heeft_module(f"{app.name}.tests.voorbeelden"):
            voorbeelden = importlib.import_module(f"{app.name}.tests.voorbeelden")
            kwargs = voorbeelden.voorbeeld_kwargs(route.naam, route.patroon)
            if kwargs is not None:
                return kwargs
    if "<" in route.patroon:
        pytest.fail(f"Geen voorbeeldparameters voor route {route.naam} ({route.patroon}).")
    return {}


# --- which roles to try --------------------------------------------------------------------------


@cache
def _rechten(rol: str) -> frozenset[str]:
    return frozenset(code for code, actie in matrix().acties.items() if rol in actie.rollen)


def gekozen_rollen(actie: str) -> list[str]:
    """The anonymous user, one allowed role and the nearest miss for ``actie``.

    Of all (allowed, not allowed) pairs of staff roles the one whose sets of rights overlap most
    (then: differ least; then: first in the matrix) is chosen. When every staff role is allowed,
    the allowed role with the fewest rights is tried; when none is, the one with the most."""
    m = matrix()
    volgorde = {rol: i for i, rol in enumerate(m.rollen)}
    toegestaan = [r for r in m.medewerkersrollen if m.staat_toe(r, actie)]
    geweigerd = [r for r in m.medewerkersrollen if not m.staat_toe(r, actie)]
    if toegestaan and geweigerd:

        def nabijheid(paar: tuple[str, str]) -> tuple[int, int, int, int]:
            a, n = (_rechten(r) for r in paar)
            return (-len(a & n), len(a ^ n), volgorde[paar[0]], volgorde[paar[1]])

        paren: list[tuple[str, str]] = [(a, n) for a in toegestaan for n in geweigerd]
        naaste: tuple[str, str] = min(paren, key=nabijheid)
        gekozen = list(naaste)
    elif toegestaan:
        gekozen = [min(toegestaan, key=lambda r: (len(_rechten(r)), volgorde[r]))]
    else:
        gekozen = [max(geweigerd, key=lambda r: (len(_rechten(r)), -volgorde[r]))]
    return [ANONIEM, *gekozen]


BESCHERMD = [
    (route, methode, actie) for route in ROUTES if not route.publiek for methode, actie in route.methoden
]
GEKOZEN = [
    (route, methode, actie, rol)
    for route, methode, actie in BESCHERMD
    if actie
    for rol in gekozen_rollen(actie)
]


# --- the tests -----------------------------------------------------------------------------------


def test_er_zijn_routes_gevonden() -> None:
    assert len(ROUTES) >= 15, [r.naam for r in ROUTES]


@pytest.mark.parametrize("route", ROUTES, ids=lambda r: r.naam)
def test_elke_route_noemt_een_actie_of_is_publiek(route: Route) -> None:
    assert route.publiek or any(actie for _, actie in route.methoden), (
        f"{route.naam} ({route.view}) noemt geen actie uit de permissiematrix en is niet publiek."
    )
    for methode, actie in route.methoden:
        assert route.publiek or actie, f"{route.naam} noemt geen actie voor {methode.upper()}"
        if actie:
            matrix().actie(actie)  # raises on an action the matrix does not know


def test_de_hele_matrix_in_het_proces() -> None:
    """Every role × every action through ``heeft_recht``, without a database: the role grants
    exactly what the matrix says, also for an item at the user's own classification level; an
    item one level above the user's clearance is never granted; an action scoped to the own unit
    is granted on a unit in scope only."""
    begin = time.perf_counter()
    m = matrix()
    binnen, buiten = Eenheid(pk=1, code="binnen"), Eenheid(pk=2, code="buiten")
    fouten = []
    for rol in m.rollen:
        if rol == ANONIEM:
            gebruiker: Any = AnonymousUser()
        else:
            gebruiker = Gebruiker(
                username=f"matrix-{rol}", clearance=Rubricering.DEPARTEMENTAAL_VERTROUWELIJK
            )
            gebruiker._rolcodes = frozenset({rol})  # what rolcodes() would read from the database
            gebruiker._eenheden_in_scope = frozenset({binnen.pk})
        ingelogd = rol != ANONIEM
        # the user's own level is within reach, the next level up is not (anonymous: level 0)
        eigen = Rubricering.DEPARTEMENTAAL_VERTROUWELIJK if ingelogd else Rubricering.OPENBAAR
        hoger = Rubricering.STG_CONFIDENTIEEL if ingelogd else Rubricering.INTERN
        for code, actie in m.acties.items():
            mag = m.staat_toe(rol, code)
            verwacht = {
                "zonder object": mag,
                "op het eigen rubriceringsniveau": mag,
                "een niveau hoger": False,
                "eenheid in scope": mag and (ingelogd or actie.scope == "alle"),
                "eenheid buiten scope": mag and actie.scope == "alle",
            }
            gekregen = {
                "zonder object": heeft_recht(gebruiker, code),
                "op het eigen rubriceringsniveau": heeft_recht(gebruiker, code, rubricering=eigen),
                "een niveau hoger": heeft_recht(gebruiker, code, rubricering=hoger),
                "eenheid in scope": heeft_recht(gebruiker, code, eenheid=binnen),
                "eenheid buiten scope": heeft_recht(gebruiker, code, eenheid=buiten),
            }
            fouten += [
                f"{rol} × {code} ({geval})" for geval in verwacht if verwacht[geval] != gekregen[geval]
            ]
    assert not fouten, "\n".join(fouten)
    assert len(m.rollen) * len(m.acties) >= 15 * 40
    assert time.perf_counter() - begin < 5


def test_de_naaste_misser_lijkt_het_meest_op_de_toegestane_rol() -> None:
    """The choice of roles for the HTTP test: the refused role shares the most rights with the
    allowed one, and every protected route is tried by at least one allowed and one refused
    role (counting the anonymous user) wherever the matrix has both."""
    m = matrix()
    for route, _methode, actie in BESCHERMD:
        if not actie:
            continue
        anoniem, *rollen = gekozen_rollen(actie)
        assert anoniem == ANONIEM
        toegestaan = [r for r in m.medewerkersrollen if m.staat_toe(r, actie)]
        geweigerd = [r for r in m.medewerkersrollen if not m.staat_toe(r, actie)]
        if toegestaan and geweigerd:
            mag, misser = rollen
            assert m.staat_toe(mag, actie) and not m.staat_toe(misser, actie)
            overlap = len(_rechten(mag) & _rechten(misser))
            assert all(len(_rechten(a) & _rechten(n)) <= overlap for a in toegestaan for n in geweigerd)
        else:
            assert len(rollen) == 1, route.naam


def _probeer(
    route: Route, methode: str, actie: str, rol: str, client: Client, maak_gebruiker: Callable
) -> None:
    """``rol`` tries ``methode`` on ``route`` and gets exactly what the matrix grants."""
    if rol != ANONIEM:
        gebruiker = maak_gebruiker(rol, eenheden=["bzk"], clearance=Rubricering.STG_ZEER_GEHEIM)
        client.force_login(gebruiker)
    url = reverse(route.naam, kwargs=_voorbeeld_kwargs(route))
    antwoord = (
        getattr(client, methode)(url, content_type="application/json")
        if methode in ("patch", "put", "delete")
        else getattr(client, methode)(url)
    )
    mag = matrix().staat_toe(rol, actie)

    if mag:
        # allowed: past the check (a 400 for missing input is past it); on a GET the sample
        # object is one this role may see, so a 404 means the view hides what it should show
        assert antwoord.status_code not in (401, 403), f"{rol} hoort {route.naam} te mogen"
        assert antwoord.status_code < 500
        if methode == "get":
            assert antwoord.status_code != 404, f"{rol} mag {route.naam} maar krijgt 404 op {url}"
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
@pytest.mark.parametrize(
    ("route", "methode", "actie", "rol"), GEKOZEN, ids=[f"{r.naam}-{m}-{rol}" for r, m, _, rol in GEKOZEN]
)
def test_anoniem_een_toegestane_rol_en_de_naaste_misser(
    route: Route, methode: str, actie: str, rol: str, client: Client, maak_gebruiker: Callable[..., Any]
) -> None:
    _probeer(route, methode, actie, rol, client, maak_gebruiker)


@pytest.mark.volledige_permissies
@pytest.mark.django_db
@pytest.mark.parametrize("rol", ROLLEN)
@pytest.mark.parametrize(
    ("route", "methode", "actie"), BESCHERMD, ids=[f"{r.naam}-{m}" for r, m, _ in BESCHERMD]
)
def test_elke_rol_krijgt_precies_wat_de_matrix_toestaat(
    route: Route, methode: str, actie: str, rol: str, client: Client, maak_gebruiker: Callable[..., Any]
) -> None:
    """The full sweep (opt-in: ``pytest -m volledige_permissies``)."""
    _probeer(route, methode, actie, rol, client, maak_gebruiker)


@pytest.mark.django_db
@pytest.mark.parametrize("route", [r for r in ROUTES if r.publiek], ids=lambda r: r.naam)
def test_publieke_routes_zijn_zonder_inloggen_bereikbaar(route: Route, client: Client) -> None:
    antwoord = getattr(client, route.methode)(reverse(route.naam, kwargs=_voorbeeld_kwargs(route)))
    assert antwoord.status_code < 400
