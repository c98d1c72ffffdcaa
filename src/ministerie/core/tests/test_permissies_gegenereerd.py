"""Generated: every role tries every registered view and API endpoint.

A route must either name an action from the permission matrix or say it is public; the test
then checks that each role gets exactly the access the matrix grants — no more, no less.
"""

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
from ministerie.organisatie.models import Eenheid, Persoon, Positie

ROUTES = alle_routes()
ROLLEN = list(matrix().rollen)


def _heeft_module(naam: str) -> bool:
    try:
        return importlib.util.find_spec(naam) is not None
    except ModuleNotFoundError:
        return False


def _voorbeeld_kwargs(route: Route) -> dict[str, Any]:
    """URL parameters for routes that need an object; a new route with parameters must be
    added here, or the test fails and says so."""
    if route.naam in ("api:eenheid", "organisatie:eenheid"):
        return {"code": _voorbeeld_eenheid().code}
    if route.naam in ("api:persoon", "organisatie:persoon"):
        return {"code": _voorbeeld_persoon().code}
    if route.naam == "api:positie":
        positie, _ = Positie.objects.get_or_create(
            eenheid=_voorbeeld_eenheid(), persoon=_voorbeeld_persoon(), soort="leiding"
        )
        return {"pk": positie.pk}
    if (
        route.naam in ("stukken:nota", "api:nota")
        or route.naam.startswith(("stukken:nota-", "api:nota-"))
        and "<" in route.patroon
    ):
        return {"pk": _voorbeeld_nota().pk}
    if route.naam in ("stukken:tablet-nota",):
        return {"pk": _voorbeeld_nota().pk}
    if route.naam in ("stukken:document", "api:document", "stukken:document-koppelen"):
        return {"pk": _voorbeeld_document().pk}
    if route.naam in ("stukken:bestand", "api:versie-bestand"):
        return {"pk": _voorbeeld_document().pk, "nummer": 1}
    if route.naam == "stukken:pagina":
        return {"pk": _voorbeeld_document().pk, "nummer": 1, "pagina": 1}
    if route.naam.startswith("stukken:bulk-"):
        from ministerie.stukken.models import Bulkverwerking

        verwerking, _ = Bulkverwerking.objects.get_or_create(
            omschrijving="Voorbeeld",
            defaults={
                "bron": "/bestaat/niet.zip",
                "werkmap": "/bestaat/niet",
                "gestart_door": _auteur(),
                "status": "mislukt",
            },
        )
        return {"pk": verwerking.pk, **({"formaat": "xlsx"} if "formaat" in route.patroon else {})}
    for app in apps.get_app_configs():
        # each part of the system gives examples for its own routes in tests/voorbeelden.py:
        # voorbeeld_kwargs(route_naam, patroon) -> dict | None
        if app.name.startswith("ministerie.") and _heeft_module(f"{app.name}.tests.voorbeelden"):
            voorbeelden = importlib.import_module(f"{app.name}.tests.voorbeelden")
            kwargs = voorbeelden.voorbeeld_kwargs(route.naam, route.patroon)
            if kwargs is not None:
                return kwargs
    if "<" in route.patroon:
        pytest.fail(f"Geen voorbeeldparameters voor route {route.naam} ({route.patroon}).")
    return {}


def _voorbeeld_eenheid() -> Eenheid:
    wortel, _ = Eenheid.objects.get_or_create(code="bzk", defaults={"naam": "BZK", "soort": "ministerie"})
    eenheid, _ = Eenheid.objects.get_or_create(
        code="voorbeeld",
        defaults={"naam": "Voorbeeld", "soort": "directie", "bovenliggende": wortel},
    )
    return eenheid


def _voorbeeld_persoon() -> Persoon:
    persoon, _ = Persoon.objects.get_or_create(code="voorbeeld", defaults={"naam": "Voorbeeld"})
    return persoon


def _auteur() -> Any:
    from ministerie.core.models import Gebruiker

    auteur, _ = Gebruiker.objects.get_or_create(username="voorbeeld-auteur")
    return auteur


def _voorbeeld_nota() -> Any:
    from ministerie.stukken.models import Nota

    nota, _ = Nota.objects.get_or_create(
        kenmerk="BZK-2026-99999",
        defaults={
            "soort": "beslisnota",
            "onderwerp": "Voorbeeld",
            "aan": "de minister",
            "eenheid": _voorbeeld_eenheid(),
            "auteur": _auteur(),
            "datum": "2026-11-28",
        },
    )
    return nota


def _voorbeeld_document() -> Any:
    import pymupdf

    from ministerie.stukken.models import Document
    from ministerie.stukken.opslag import sla_op

    bestaand = Document.objects.filter(titel="Voorbeeld-pdf").first()
    if bestaand is not None:
        return bestaand
    pdf = pymupdf.open()
    pdf.new_page().insert_text((72, 72), "Voorbeeld")
    from ministerie.core.models import Gebruikersrol

    auteur = _auteur()
    Gebruikersrol.objects.get_or_create(gebruiker=auteur, rol="beleidsmedewerker")
    auteur.eenheden.add(_voorbeeld_eenheid())
    auteur.clearance = 10
    auteur.save()
    return sla_op(
        pdf.tobytes(),
        "voorbeeld.pdf",
        door=auteur,
        eenheid=_voorbeeld_eenheid(),
        titel="Voorbeeld-pdf",
    ).document


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


BESCHERMD = [
    (route, methode, actie) for route in ROUTES if not route.publiek for methode, actie in route.methoden
]


@pytest.mark.django_db
@pytest.mark.parametrize("rol", ROLLEN)
@pytest.mark.parametrize(
    ("route", "methode", "actie"), BESCHERMD, ids=[f"{r.naam}-{m}" for r, m, _ in BESCHERMD]
)
def test_elke_rol_krijgt_precies_wat_de_matrix_toestaat(
    route: Route,
    methode: str,
    actie: str,
    rol: str,
    client: Client,
    maak_gebruiker: Callable[..., Any],
) -> None:
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
    antwoord = getattr(client, route.methode)(reverse(route.naam, kwargs=_voorbeeld_kwargs(route)))
    assert antwoord.status_code < 400
