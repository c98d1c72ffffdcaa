"""Sample URL parameters for the generated permission test (core/tests/test_permissies_gegenereerd.py)."""

from __future__ import annotations

from datetime import date
from typing import Any


def _eenheid(code: str, soort: str) -> Any:
    """Sample units hang under "bzk", the unit the generated test gives every user, so that an
    allowed role is also allowed on the sample item (object-level checks by directie)."""
    from ministerie.organisatie.models import Eenheid

    wortel, _ = Eenheid.objects.get_or_create(code="bzk", defaults={"naam": "BZK", "soort": "ministerie"})
    return Eenheid.objects.get_or_create(
        code=code, defaults={"naam": code, "soort": soort, "bovenliggende": wortel}
    )[0]


def _debat() -> Any:
    from ministerie.parlement.models import Debat, Deelnemer, Thema

    debat, _ = Debat.objects.get_or_create(
        titel="Voorbeelddebat",
        defaults={
            "soort": "commissiedebat",
            "datum": date(2026, 11, 28),
            "bewindspersoon": _eenheid("voorbeeld-minister", "bewindspersoon"),
            "trekker": _eenheid("voorbeeld-directie", "directie"),
        },
    )
    Deelnemer.objects.get_or_create(debat=debat, naam="Voorbeeld")
    Thema.objects.get_or_create(debat=debat, titel="Thema", directie=debat.trekker)
    return debat


def _object(soort: str) -> Any:
    from ministerie.core.models import Gebruiker
    from ministerie.parlement import models as m
    from ministerie.stukken.models import Nota

    bp = _eenheid("voorbeeld-minister", "bewindspersoon")
    directie = _eenheid("voorbeeld-directie", "directie")
    dag = date(2026, 11, 28)
    if soort == "kamervragen":
        return m.Kamervragen.objects.get_or_create(
            kamer="TK",
            nummer="VB-1",
            defaults={
                "onderwerp": "Voorbeeld",
                "ontvangen_op": dag,
                "bewindspersoon": bp,
                "trekker": directie,
                "uiterste_datum": date(2026, 12, 19),
            },
        )[0]
    if soort == "mondeling":
        return m.MondelingeVraag.objects.get_or_create(
            onderwerp="Voorbeeld",
            defaults={"datum": dag, "vragensteller": "Voorbeeld", "bewindspersoon": bp, "trekker": directie},
        )[0]
    if soort == "toezegging":
        return m.Toezegging.objects.get_or_create(
            kamer="TK",
            nummer="VB-TZ-1",
            defaults={
                "bewindspersoon": bp,
                "gedaan_in": "Voorbeeld",
                "gedaan_op": dag,
                "tekst": "Voorbeeld",
                "termijn_tekst": "voor de zomer",
                "uiterste_datum": date(2027, 7, 1),
                "verantwoordelijke": directie,
            },
        )[0]
    if soort == "motie":
        return m.Motie.objects.get_or_create(
            kamer="TK",
            nummer="VB-M-1",
            defaults={
                "dictum": "Voorbeeld",
                "ingediend_op": dag,
                "bewindspersoon": bp,
                "verantwoordelijke": directie,
            },
        )[0]
    if soort == "kamerbrief":
        auteur, _ = Gebruiker.objects.get_or_create(username="voorbeeld-parlement")
        nota, _ = Nota.objects.get_or_create(
            kenmerk="BZK-2026-99998",
            defaults={
                "soort": "kamerbrief",
                "onderwerp": "Voorbeeldbrief",
                "aan": "de minister",
                "eenheid": directie,
                "auteur": auteur,
                "datum": dag,
            },
        )
        return m.Kamerbrief.objects.get_or_create(nota=nota)[0]
    if soort == "debat":
        return _debat()
    if soort == "debatvraag":
        debat = _debat()
        return m.Debatvraag.objects.get_or_create(
            debat=debat, tekst="Voorbeeldvraag", defaults={"deelnemer": debat.deelnemers.first()}
        )[0]
    if soort == "thema":
        return _debat().themas.first()
    raise KeyError(soort)


SOORT_PER_ROUTE = {
    "parlement:kamervragen": "kamervragen",
    "parlement:kamervragen-": "kamervragen",
    "api:kamervragen-": "kamervragen",
    "parlement:mondelinge-vraag": "mondeling",
    "api:parlement-mondelinge-vraag-": "mondeling",
    "parlement:toezegging": "toezegging",
    "api:parlement-toezegging": "toezegging",
    "parlement:motie": "motie",
    "api:parlement-motie": "motie",
    "parlement:kamerbrief": "kamerbrief",
    "api:parlement-kamerbrief": "kamerbrief",
    "parlement:debatvraag": "debatvraag",
    "api:parlement-debatvraag": "debatvraag",
    "parlement:debat": "debat",
    "api:parlement-debat": "debat",
    "parlement:thema": "thema",
}


def voorbeeld_kwargs(route_naam: str, patroon: str) -> dict | None:
    if "<int:pk>" not in patroon:
        return None
    for prefix in sorted(SOORT_PER_ROUTE, key=len, reverse=True):
        if route_naam.startswith(prefix):
            return {"pk": _object(SOORT_PER_ROUTE[prefix]).pk}
    return None
