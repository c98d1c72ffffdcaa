"""Objections in the header search (core.zoekpagina): the jurists of CZW find every objection,
team MC only those they registered; anyone else gets no hit and no count."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from ministerie.core.zoekpagina import zoek_overal

from .hulp import registreer

pytestmark = pytest.mark.django_db

SOORT = ["bezwaar"]


def _ids(uitkomst: Any) -> list[str]:
    return [t.id for t in uitkomst.treffers]


def test_bezwaar_alleen_voor_wie_het_mag_zien(
    maak_gebruiker: Any, django_capture_on_commit_callbacks: Any
) -> None:
    jurist = maak_gebruiker("jurist_czw", eenheden=["czw"])
    mc = maak_gebruiker("mc_medewerker", eenheden=["com-team-maatschappelijke-correspondentie"])
    with django_capture_on_commit_callbacks(execute=True):
        bezwaar = registreer(
            jurist, date(2026, 3, 2), date(2026, 2, 20), bezwaarmaker_naam="Grietje Bezwaarder"
        )
    bid = f"bezwaar:{bezwaar.pk}"

    gevonden = zoek_overal(jurist, "Bezwaarder", soorten=SOORT)  # the objector
    assert _ids(gevonden) == [bid] and gevonden.totaal == 1
    assert gevonden.treffers[0].url == f"/bezwaar/{bezwaar.pk}/"
    assert bezwaar.zaaknummer in gevonden.treffers[0].titel_html
    assert _ids(zoek_overal(jurist, "2026-0042", soorten=SOORT)) == [bid]  # the contested decision

    # team MC did not register it; a director has no right to objections
    for ander in (mc, maak_gebruiker("directeur", eenheden=["czw"])):
        assert zoek_overal(ander, "Bezwaarder", aantal=0).totaal == 0  # the index's own count
        verborgen = zoek_overal(ander, "Bezwaarder")
        assert verborgen.totaal == 0 and not verborgen.treffers
        assert all(f.aantal == 0 for f in verborgen.soorten if f.waarde in SOORT)
