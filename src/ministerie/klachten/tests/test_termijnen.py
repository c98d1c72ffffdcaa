"""The terms of a complaint come from the deadline engine: six weeks (ten with an advisory
committee), one verdaging of four weeks, the Atw when the term ends on a free day, further
postponement only with written consent; 9:8 lid 3 four weeks; the ombudsman one year."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from ministerie.klachten import services, termijn
from ministerie.klachten.tests.hulp import registreer
from ministerie.termijnen import bereken


@pytest.fixture
def behandelaar(maak_gebruiker):
    return maak_gebruiker("mc_medewerker")


def _toegewezen(behandelaar, ontvangen_op: date, **kw):
    klacht = registreer(behandelaar, ontvangen_op, **kw)
    return services.wijs_toe(klacht, door=behandelaar, behandelaar=behandelaar)


def test_kerstmis_atw_en_verdaging(behandelaar):
    # received Friday 13 November 2026: six weeks end on Friday 25 December (Eerste Kerstdag);
    # Saturday 26 (Tweede Kerstdag) and Sunday 27 are free too: Atw art. 1 -> Monday 28 December
    klacht = _toegewezen(behandelaar, date(2026, 11, 13))
    assert (
        klacht.uiterste_datum() == date(2026, 12, 28) == bereken("klacht", date(2026, 11, 13)).uiterste_datum
    )
    assert getattr(termijn.afhandeltermijn(klacht), "atw_verschoven", False)
    # 9:8 lid 3: four weeks end on Friday 11 December 2026 (a working day)
    assert termijn.niet_behandelen_uiterlijk(klacht) == date(2026, 12, 11)

    services.verdaag(klacht, door=behandelaar, reden="Beklaagde met verlof", gemeld_op=date(2026, 12, 1))
    verwacht = bereken("klacht", date(2026, 11, 13), verdaging=True).uiterste_datum
    assert klacht.uiterste_datum() == verwacht == date(2027, 1, 22)
    assert klacht.brieven.filter(soort="verdaging").exists()

    with pytest.raises(ValidationError, match="één verdaging"):
        services.verdaag(klacht, door=behandelaar, reden="Nog eens", gemeld_op=date(2026, 12, 2))

    # further only with written consent: a later agreed date counts
    with pytest.raises(ValidationError, match="na de huidige uiterste datum"):
        services.leg_instemming_vast(
            klacht,
            door=behandelaar,
            ontvangen_op=date(2026, 12, 3),
            nieuwe_datum=date(2027, 1, 20),
            reden="e-mail",
        )
    services.leg_instemming_vast(
        klacht,
        door=behandelaar,
        ontvangen_op=date(2026, 12, 3),
        nieuwe_datum=date(2027, 2, 5),
        reden="E-mail van de klager van 3 december",
    )
    assert klacht.uiterste_datum() == date(2027, 2, 5)


def test_verdaging_na_afloop_geweigerd_en_instemming_pas_na_verdaging(behandelaar):
    klacht = _toegewezen(behandelaar, date(2026, 9, 1))  # six weeks: Tuesday 13 October 2026
    assert klacht.uiterste_datum() == date(2026, 10, 13)
    with pytest.raises(ValidationError, match="na de verdaging"):
        services.leg_instemming_vast(
            klacht,
            door=behandelaar,
            ontvangen_op=date(2026, 10, 1),
            nieuwe_datum=date(2026, 12, 1),
            reden="brief",
        )
    with pytest.raises(ValidationError, match="te laat"):
        services.verdaag(klacht, door=behandelaar, reden="Druk", gemeld_op=date(2026, 10, 14))
    assert not klacht.termijngebeurtenissen.exists()


def test_adviescommissie_tien_weken_en_ombudsman_een_jaar(behandelaar):
    klacht = registreer(behandelaar, date(2026, 2, 24))
    klacht = services.wijs_toe(klacht, door=behandelaar, behandelaar=behandelaar, met_advies=True)
    # ten weeks from Tuesday 24 February 2026: Tuesday 5 May 2026, Bevrijdingsdag (Atw art. 3) -> 6 May
    assert (
        klacht.uiterste_datum()
        == date(2026, 5, 6)
        == bereken("klacht-advies", date(2026, 2, 24)).uiterste_datum
    )
    assert termijn.ombudsmantermijn(date(2026, 5, 6)) == date(2027, 5, 6)


def test_een_jaar_oude_gedraging(behandelaar):
    assert termijn.ouder_dan_een_jaar(date(2025, 6, 1), date(2026, 6, 2))
    assert not termijn.ouder_dan_een_jaar(date(2025, 6, 2), date(2026, 6, 2))
    assert not termijn.ouder_dan_een_jaar(None, date(2026, 6, 2))
