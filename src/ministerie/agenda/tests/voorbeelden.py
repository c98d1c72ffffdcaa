"""Sample URL parameters for the generated permission test (core/tests)."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any


def _bzk() -> Any:
    from ministerie.organisatie.models import Eenheid

    eenheid, _ = Eenheid.objects.get_or_create(code="bzk", defaults={"naam": "BZK", "soort": "ministerie"})
    return eenheid


def _agenda() -> Any:
    """An agenda every allowed role can see: the test users belong to unit "bzk" (the generated
    test gives them that unit), so the agenda's portfolio is "bzk" itself, which a bewindspersoon
    (own portfolio) and a politiek assistent (portfolios in their units) both reach."""
    from ministerie.agenda.models import Agenda
    from ministerie.organisatie.models import Eenheid, Persoon, Positie

    eenheid, _ = Eenheid.objects.get_or_create(
        code="voorbeeld-minister",
        defaults={
            "naam": "Voorbeeldminister",
            "soort": Eenheid.Soort.BEWINDSPERSOON,
            "bovenliggende": _bzk(),
        },
    )
    persoon, _ = Persoon.objects.get_or_create(
        code="voorbeeld-minister", defaults={"naam": "Voorbeeld Minister"}
    )
    Positie.objects.get_or_create(eenheid=eenheid, persoon=persoon, soort=Positie.Soort.LEIDING)
    agenda, _ = Agenda.objects.get_or_create(persoon=persoon, defaults={"eenheid": _bzk()})
    return agenda


def _overleg(code: str = "ministerraad", soort: str = "ministerraad") -> Any:
    from ministerie.agenda.models import Overleg

    overleg, _ = Overleg.objects.get_or_create(
        code=code,
        defaults={
            "naam": code.capitalize(),
            "soort": soort,
            "regel": "FREQ=WEEKLY;BYDAY=FR",
            "vanaf": "2022-01-14",
            "begintijd": time(10),
            "duur_minuten": 180,
            "bron_sectie": "2.2",
        },
    )
    return overleg


def _vergadering(soort: str = "ministerraad") -> Any:
    from ministerie.agenda.models import Vergadering
    from ministerie.agenda.tijd import AMSTERDAM

    overleg = _overleg(soort, soort)
    vergadering, _ = Vergadering.objects.get_or_create(
        overleg=overleg,
        defaults={
            "titel": overleg.naam,
            "begin": datetime(2030, 1, 4, 10, tzinfo=AMSTERDAM),
            "rubricering": 0,
        },
    )
    return vergadering


def voorbeeld_kwargs(route_naam: str, patroon: str) -> dict | None:
    naam = route_naam.split(":", 1)[-1]
    if not (route_naam.startswith("agenda:") or naam.startswith("agenda-")):
        return None
    if "<" not in patroon:
        return {}
    from ministerie.agenda.models import Afspraak, Agendapunt, Annotatieverzoek, Besluit, Reeks
    from ministerie.agenda.tijd import AMSTERDAM

    if naam == "feed":
        from ministerie.agenda.services import vernieuw_feed

        return {"sleutel": vernieuw_feed(_agenda(), door=_secretariaat())}
    if naam == "overleg":
        return {"code": _overleg().code}
    if naam.startswith("afspraak") and naam != "afspraak-nieuw" or naam == "bezoeknota":
        afspraak, _ = Afspraak.objects.get_or_create(
            agenda=_agenda(),
            uid="voorbeeld@ministerie",
            defaults={
                "titel": "Voorbeeld",
                "soort": "politiek",  # the politiek assistent sees only political appointments
                "begin": datetime(2030, 1, 7, 9, tzinfo=AMSTERDAM),
                "eind": datetime(2030, 1, 7, 10, tzinfo=AMSTERDAM),
                "rubricering": 0,
            },
        )
        return {"pk": afspraak.pk}
    if naam.startswith("reeks") and naam != "reeks-nieuw" or naam == "keer-vervallen":
        reeks, _ = Reeks.objects.get_or_create(
            agenda=_agenda(),
            uid="voorbeeldreeks@ministerie",
            defaults={
                "titel": "Voorbeeldreeks",
                "soort": "politiek",
                "regel": "FREQ=WEEKLY",
                "begin": datetime(2030, 1, 7, 9, tzinfo=AMSTERDAM),
                "duur_minuten": 60,
                "rubricering": 0,
            },
        )
        return {"pk": reeks.pk}
    if naam == "taak-gereed":
        from ministerie.agenda.models import Introductieprogramma, Taak

        programma, _ = Introductieprogramma.objects.get_or_create(
            agenda=_agenda(),
            defaults={"beediging": "2030-01-07", "gepland_op": datetime(2030, 1, 1, tzinfo=AMSTERDAM)},
        )
        taak, _ = Taak.objects.get_or_create(
            introductie=programma, code="cv-review", defaults={"titel": "CV", "uiterste_datum": "2030-01-06"}
        )
        return {"pk": taak.pk}
    if naam in ("annotatie-vragen", "verzoek"):
        punt, _ = Agendapunt.objects.get_or_create(
            vergadering=_vergadering(), volgorde=1, defaults={"onderwerp": "Voorbeeld", "ministerie": "BZK"}
        )
        if naam == "annotatie-vragen":
            return {"pk": punt.pk}
        eenheid = _bzk()
        verzoek, _ = Annotatieverzoek.objects.get_or_create(
            punt=punt, defaults={"eenheid": eenheid, "uiterste": datetime(2030, 1, 3, 12, tzinfo=AMSTERDAM)}
        )
        return {"pk": verzoek.pk}
    if naam in ("besluit-afronden", "agenda-besluit-afronden"):
        eenheid = _bzk()
        besluit, _ = Besluit.objects.get_or_create(
            vergadering=_vergadering("bestuursraad"),
            nummer=1,
            defaults={
                "besluit": "Voorbeeld",
                "actie": "Voorbeeld",
                "eenheid": eenheid,
                "uiterste_datum": "2030-01-10",
            },
        )
        return {"pk": besluit.pk}
    if naam in ("besluit-nieuw",):
        return {"pk": _vergadering("bestuursraad").pk}
    if naam.startswith(("punt", "vaststellen", "terugkoppeling", "geannoteerd", "vergadering")) or naam in (
        "agenda-geannoteerd",
    ):
        return {"pk": _vergadering().pk}
    return {"pk": _agenda().pk}


def _secretariaat() -> Any:
    from ministerie.core.models import Gebruiker, Gebruikersrol

    gebruiker, _ = Gebruiker.objects.get_or_create(username="voorbeeld-secretariaat")
    Gebruikersrol.objects.get_or_create(gebruiker=gebruiker, rol="secretariaat")
    return gebruiker
