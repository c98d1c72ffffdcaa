"""Sample URL parameters for the generated permission test (core/tests/test_permissies_gegenereerd.py):
a unit and a person under "bzk", the unit the generated test gives every user."""

from __future__ import annotations

from typing import Any


def voorbeeld_eenheid() -> Any:
    from ministerie.organisatie.models import Eenheid

    wortel, _ = Eenheid.objects.get_or_create(code="bzk", defaults={"naam": "BZK", "soort": "ministerie"})
    eenheid, _ = Eenheid.objects.get_or_create(
        code="voorbeeld",
        defaults={"naam": "Voorbeeld", "soort": "directie", "bovenliggende": wortel},
    )
    return eenheid


def voorbeeld_persoon() -> Any:
    from ministerie.organisatie.models import Persoon

    persoon, _ = Persoon.objects.get_or_create(code="voorbeeld", defaults={"naam": "Voorbeeld"})
    return persoon


def voorbeeld_kwargs(route_naam: str, patroon: str) -> dict | None:
    if route_naam in ("api:eenheid", "organisatie:eenheid", "api:organisatie-eenheid"):
        return {"code": voorbeeld_eenheid().code}
    if route_naam in ("api:persoon", "organisatie:persoon", "api:organisatie-persoon"):
        return {"code": voorbeeld_persoon().code}
    if route_naam in ("api:positie", "api:organisatie-positie"):
        from ministerie.organisatie.models import Positie

        positie, _ = Positie.objects.get_or_create(
            eenheid=voorbeeld_eenheid(), persoon=voorbeeld_persoon(), soort="leiding"
        )
        return {"pk": positie.pk}
    return None
