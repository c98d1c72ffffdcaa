"""Sample URL parameters for the generated permission test (core/tests/test_permissies_gegenereerd.py)."""

from __future__ import annotations

from typing import Any

from ministerie.organisatie.tests.voorbeelden import voorbeeld_eenheid


def _basis() -> Any:
    from ministerie.begroting.models import Artikel, Begroting, Bevinding, Hoofdstuk, Stand

    hoofdstuk, _ = Hoofdstuk.objects.get_or_create(code="VB", defaults={"naam": "Voorbeeld"})
    begroting, _ = Begroting.objects.get_or_create(hoofdstuk=hoofdstuk, jaar=2022)
    Stand.objects.get_or_create(begroting=begroting, volgnummer=1, defaults={"moment": "ontwerpbegroting"})
    Stand.objects.get_or_create(begroting=begroting, volgnummer=2, defaults={"moment": "eerste_suppletoire"})
    # the article belongs to a unit under "bzk", the unit the generated test gives every user, so
    # that directors and DGs (who see only their own units' articles) see it too
    Artikel.objects.get_or_create(
        hoofdstuk=hoofdstuk,
        nummer=1,
        defaults={"naam": "Voorbeeld", "soort": "beleidsartikel", "eenheid": voorbeeld_eenheid()},
    )
    bevinding, _ = Bevinding.objects.get_or_create(
        code="VB-2020-onv-1",
        defaults={
            "hoofdstuk": hoofdstuk,
            "jaar": 2020,
            "instantie": "algemene_rekenkamer",
            "ernst": "onvolkomenheid",
            "onderwerp": "Voorbeeld",
        },
    )
    return bevinding


def voorbeeld_kwargs(route_naam: str, patroon: str) -> dict | None:
    if not (route_naam.startswith("begroting:") or route_naam.startswith("api:begroting-")):
        return None
    if "<" not in patroon:
        return {}
    bevinding = _basis()
    kwargs: dict[str, Any] = {}
    if "<int:pk>" in patroon:
        kwargs["pk"] = bevinding.pk
    if "<str:code>" in patroon:
        kwargs.update(code="VB", jaar=2022)
    if "<int:volgnummer>" in patroon:
        kwargs["volgnummer"] = 2
    if "<int:nummer>" in patroon:
        kwargs["nummer"] = 1
    if "<str:formaat>" in patroon:
        kwargs["formaat"] = "csv"
    return kwargs
