"""The overdue signal: each Mijn werk item whose due date passed since the last run gives its user
one notification, never a second one (``ministerie meldingen verlopen``, daily from cron)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command

from ministerie.core.rubricering import Rubricering
from ministerie.core.werk import Werkitem, registreer_bron, verwijder_bron
from ministerie.meldingen.models import Melding, Verloopcontrole
from ministerie.meldingen.verlopen import meld_verlopen

pytestmark = pytest.mark.django_db

VANDAAG = date(2026, 12, 7)
GISTEREN = VANDAAG - timedelta(days=1)


@pytest.fixture
def werk() -> Iterator[dict[str, list[Werkitem]]]:
    """A source that gives each user (by user name) the items the test puts here."""
    per_gebruiker: dict[str, list[Werkitem]] = {}

    def testbron(gebruiker: Any) -> list[Werkitem]:
        return per_gebruiker.get(gebruiker.username, [])

    registreer_bron(testbron)
    yield per_gebruiker
    verwijder_bron(testbron)


def test_een_verlopen_item_geeft_een_melding_en_een_tweede_ronde_geen(
    werk: dict[str, list[Werkitem]], medewerker: Callable[..., Any]
) -> None:
    a = medewerker("a")
    werk["a"] = [
        Werkitem("Nota — Ter paraaf", "BZK-1 — Huurbeleid", "/stukken/notas/1/", GISTEREN, sleutel="nota:1"),
        Werkitem("Nota — concept", "BZK-2 — Nog niet verlopen", "/stukken/notas/2/", VANDAAG),
        Werkitem("Woo-verzoek", "Zonder termijn", "/woo/verzoeken/3/"),
    ]
    uitkomst = meld_verlopen(VANDAAG)
    assert (uitkomst.meldingen, uitkomst.gebruikers >= 1) == (1, True)
    melding = Melding.objects.get(ontvanger=a)
    assert melding.soort == "verlopen"
    assert melding.titel == "Nota — Ter paraaf: BZK-1 — Huurbeleid"
    assert melding.link == "/stukken/notas/1/"
    assert "6 december 2026" in melding.tekst
    assert melding.sleutel.startswith("werk:meldingen.tests.test_verlopen.")
    assert melding.sleutel.endswith(":nota:1:verlopen:2026-12-06")
    # a second run the same day, and a run after the notification was read: nothing new
    assert meld_verlopen(VANDAAG).meldingen == 0
    Verloopcontrole.objects.all().delete()
    assert meld_verlopen(VANDAAG).meldingen == 0
    assert Melding.objects.count() == 1
    # the next day the memo due today has passed
    assert meld_verlopen(VANDAAG + timedelta(days=1)).meldingen == 1
    assert meld_verlopen(VANDAAG + timedelta(days=1)).meldingen == 0
    assert Melding.objects.filter(ontvanger=a).count() == 2


def test_gemiste_dagen_worden_ingehaald_maar_begrensd(
    werk: dict[str, list[Werkitem]], medewerker: Callable[..., Any]
) -> None:
    medewerker("a")
    werk["a"] = [
        Werkitem("Kamervragen", "Drie dagen", "/p/1/", VANDAAG - timedelta(days=3)),
        Werkitem("Kamervragen", "Heel oud", "/p/2/", VANDAAG - timedelta(days=100)),
    ]
    Verloopcontrole.objects.create(pk=1, gecontroleerd_tot=VANDAAG - timedelta(days=5))
    assert meld_verlopen(VANDAAG).meldingen == 1
    assert list(Melding.objects.values_list("titel", flat=True)) == ["Kamervragen: Drie dagen"]
    assert Verloopcontrole.objects.get().gecontroleerd_tot == VANDAAG


def test_elke_gebruiker_in_groepen_en_rubricering(
    werk: dict[str, list[Werkitem]], medewerker: Callable[..., Any], maak_gebruiker: Callable[..., Any]
) -> None:
    for naam in ("a", "b", "c"):
        medewerker(naam)
    hoog = maak_gebruiker("beleidsmedewerker", gebruikersnaam="hoog", clearance=Rubricering.STG_CONFIDENTIEEL)
    weg = medewerker("weg")
    weg.is_active = False
    weg.save()
    item = Werkitem("Toezegging", "TZ-1", "/p/tz/1/", GISTEREN, kan_handelen=False)
    for naam in ("a", "b", "c", "hoog", "weg"):
        werk[naam] = [item]
    werk["a"] = [item, Werkitem("Woo-verzoek", "Intern", "/woo/1/", GISTEREN, rubricering=Rubricering.INTERN)]
    uitkomst = meld_verlopen(VANDAAG, batch=2)
    assert uitkomst.meldingen == 5 and not uitkomst.fouten
    assert not Melding.objects.filter(ontvanger=weg).exists()
    assert "ter informatie" in Melding.objects.filter(titel="Toezegging: TZ-1").first().tekst  # type: ignore[union-attr]
    # without the item's classification the recipient's clearance is the bound (no title in e-mail)
    assert Melding.objects.get(ontvanger=hoog).rubricering == Rubricering.STG_CONFIDENTIEEL
    assert Melding.objects.get(titel="Woo-verzoek: Intern").rubricering == Rubricering.INTERN


def test_een_kapotte_bron_stopt_de_anderen_niet_en_wordt_herhaald(
    werk: dict[str, list[Werkitem]], medewerker: Callable[..., Any]
) -> None:
    medewerker("a"), medewerker("b")
    werk["b"] = [Werkitem("Nota", "B", "/n/b/", GISTEREN)]

    def kapot(gebruiker: Any) -> list[Werkitem]:
        if gebruiker.username == "a":
            raise RuntimeError("stuk")
        return []

    registreer_bron(kapot)
    try:
        uitkomst = meld_verlopen(VANDAAG)
    finally:
        verwijder_bron(kapot)
    assert uitkomst.meldingen == 1 and uitkomst.fouten == ["a: stuk"]
    assert not Verloopcontrole.objects.exists()  # not advanced: the next run tries again


def test_opdracht_meldingen_verlopen(werk: dict[str, list[Werkitem]], medewerker: Callable[..., Any]) -> None:
    medewerker("a")
    werk["a"] = [Werkitem("Nota", "N", "/n/1/", GISTEREN)]
    uit = StringIO()
    call_command("meldingen", "verlopen", "--datum", VANDAAG.isoformat(), stdout=uit)
    assert "1 melding(en) van verlopen termijnen" in uit.getvalue()
    uit = StringIO()
    call_command("meldingen", "verlopen", "--datum", VANDAAG.isoformat(), stdout=uit)
    assert "niets te doen" in uit.getvalue()
    assert Melding.objects.count() == 1
