"""Complaints in the header search (core.zoekpagina): the jurists of CZW find every complaint,
a complaint handler those not yet assigned and their own; someone without the right, the person
complained about, or a handler after the complaint went to another, gets no hit and no count."""

from __future__ import annotations

from typing import Any

import pytest

from ministerie.core.zoekpagina import zoek_overal
from ministerie.klachten import services

from .hulp import dien_klacht_in

pytestmark = pytest.mark.django_db

SOORT = ["klacht"]


def _ids(uitkomst: Any) -> list[str]:
    return [t.id for t in uitkomst.treffers]


def test_klacht_alleen_voor_wie_haar_mag_zien(
    maak_gebruiker: Any, django_capture_on_commit_callbacks: Any
) -> None:
    jurist = maak_gebruiker("jurist_czw", eenheden=["czw"])
    mc = maak_gebruiker("mc_medewerker", eenheden=["com-team-maatschappelijke-correspondentie"])
    with django_capture_on_commit_callbacks(execute=True):
        klacht = dien_klacht_in(omschrijving="Het loket was dicht tijdens de openingstijden.")
    kid = f"klacht:{klacht.pk}"

    gevonden = zoek_overal(jurist, "openingstijden", soorten=SOORT)
    assert _ids(gevonden) == [kid] and gevonden.totaal == 1
    assert gevonden.treffers[0].url == f"/klachten/{klacht.pk}/"
    assert klacht.zaaknummer in gevonden.treffers[0].titel_html
    assert _ids(zoek_overal(jurist, "Vries", soorten=SOORT)) == [kid]  # the complainant
    assert _ids(zoek_overal(mc, "openingstijden", soorten=SOORT)) == [kid]  # not yet assigned

    zonder_recht = zoek_overal(maak_gebruiker("directeur", eenheden=["czw"]), "openingstijden")
    assert zonder_recht.totaal == 0 and not zonder_recht.treffers

    # the colleague complained about never finds it, though the right would show it (Awb 9:7)
    beklaagde = maak_gebruiker("jurist_czw", eenheden=["czw"])
    with django_capture_on_commit_callbacks(execute=True):
        services.wijzig_beklaagde(klacht, door=jurist, beklaagde=beklaagde)
    over_zichzelf = zoek_overal(beklaagde, "openingstijden")
    assert over_zichzelf.totaal == 0 and not over_zichzelf.treffers
    assert zoek_overal(beklaagde, "openingstijden", aantal=0).totaal == 0  # the index's own count

    # assigned to another handler: the MC worker no longer sees it, nor counts it
    with django_capture_on_commit_callbacks(execute=True):
        services.wijs_toe(klacht, door=jurist, behandelaar=jurist)
    assert _ids(zoek_overal(jurist, "openingstijden", soorten=SOORT)) == [kid]
    assert zoek_overal(mc, "openingstijden", aantal=0).totaal == 0  # the index's own count
    verborgen = zoek_overal(mc, "openingstijden")
    assert verborgen.totaal == 0 and not verborgen.treffers
    assert all(f.aantal == 0 for f in verborgen.soorten if f.waarde in SOORT)
