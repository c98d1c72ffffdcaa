"""The organisation register as the detector's negative list: unit names, abbreviations, other
spellings and function titles are never proposed as a person, and a change in the register
reaches the detector."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ministerie.lakken.detectie import detecteer, registreer_negatieflijst
from ministerie.lakken.detectie.negatief import geregistreerde_aanbieder
from ministerie.organisatie import negatieflijst
from ministerie.organisatie.models import Eenheid, Persoon, Positie

pytestmark = pytest.mark.django_db

MEMO = "Aan: Koersteam Raamwerk\nVan: Kees Jansen, Aanjager Weerbaarheid\nCc: Regie KTR\n\nBeste Kees,\n"


@pytest.fixture(autouse=True)
def herstel() -> Iterator[None]:
    """Whatever provider the app registered at start-up is back after each test."""
    vorige = geregistreerde_aanbieder()
    yield
    registreer_negatieflijst(vorige)
    negatieflijst.vergeet()


@pytest.fixture
def geregistreerd() -> None:
    negatieflijst.vergeet()
    negatieflijst.registreer()


def _personen(tekst: str) -> list[str]:
    return [s.tekst for s in detecteer(tekst) if s.label == "PERSOON"]


def test_zonder_register_wordt_de_eenheid_als_persoon_voorgesteld() -> None:
    registreer_negatieflijst(None)
    assert "Koersteam Raamwerk" in _personen(MEMO)


def test_eenheden_afkortingen_en_functies_uit_het_register_zijn_geen_persoon(geregistreerd: None) -> None:
    ouder = Eenheid.objects.create(
        code="dgko", naam="Directoraat-generaal Koers", afkorting="DGK", soort="directoraat_generaal"
    )
    eenheid = Eenheid.objects.create(
        code="ktr",
        naam="Koersteam Raamwerk",
        afkorting="KTR",
        soort="team",
        bovenliggende=ouder,
        ook_genoemd=["Regie Koersteam Raamwerk (Regie KTR)"],
    )
    persoon = Persoon.objects.create(code="kj", naam="Kees Jansen")
    Positie.objects.create(eenheid=eenheid, persoon=persoon, soort="leiding", functie="Aanjager Weerbaarheid")

    spans = detecteer(MEMO)
    personen = [s.tekst for s in spans if s.label == "PERSOON"]
    assert personen == ["Kees Jansen", "Kees"]
    assert negatieflijst.negatieflijst() >= {
        "Koersteam Raamwerk",
        "KTR",
        "DGK",
        "Aanjager Weerbaarheid",
    }
    # A mailbox named after a unit is a functional address: kept, but shown.
    signalen = detecteer("Mail ktr@minbzk.nl of k.jansen@minbzk.nl", met_signalen=True)
    assert [(s.label, s.voorstel) for s in signalen] == [("FUNCTIONEEL_ADRES", False), ("EMAIL", True)]


def test_een_wijziging_in_het_register_bereikt_de_detector(geregistreerd: None) -> None:
    eenheid = Eenheid.objects.create(code="x", naam="Directie Y", soort="directie")
    assert "Koersteam Raamwerk" in _personen(MEMO)
    eenheid.naam = "Koersteam Raamwerk"
    eenheid.save()
    assert "Koersteam Raamwerk" not in _personen(MEMO)
    eenheid.delete()
    assert "Koersteam Raamwerk" in _personen(MEMO)


def test_het_register_verbergt_geen_mensen(geregistreerd: None) -> None:
    # A unit called after a given name or surname does not hide that name elsewhere; an
    # abbreviation hides only itself in capitals ("ROB", not the given name "Rob").
    Eenheid.objects.create(
        code="rob", naam="Raad voor het Openbaar Bestuur", afkorting="ROB", soort="adviescollege"
    )
    Eenheid.objects.create(code="j", naam="Jansen", soort="team")
    assert _personen("Hoi Rob,\n\nDe ROB adviseert; Jansen belt je.") == ["Rob", "Jansen"]
