"""Correspondence cases in the header search (core.zoekpagina): found by team MC and by the
directie the case is assigned to; a directie it is not assigned to and a role without the right
get no hit and no count (the case holds personal data)."""

from __future__ import annotations

from typing import Any

import pytest

from ministerie.core.zoekpagina import zoek_overal
from ministerie.correspondentie import services
from ministerie.organisatie.models import Eenheid

from .hulp import mc_medewerker

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("bzk")]

SOORT = ["correspondentie"]


def test_zaak_alleen_voor_mc_en_de_toegewezen_directie(
    maak_gebruiker: Any, django_capture_on_commit_callbacks: Any
) -> None:
    mc = mc_medewerker(maak_gebruiker)
    with django_capture_on_commit_callbacks(execute=True):
        zaak = services.maak_zaak(
            kanaal="email",
            onderwerp="Geluidsoverlast windmolens",
            tekst="De windmolens achter mijn huis draaien ook 's nachts.",
            afzender_naam="Pieternel Zoekstra",
        )
    with django_capture_on_commit_callbacks(execute=True):
        services.wijs_toe(zaak, door=mc, eenheid=Eenheid.objects.get(code="woningbouw"))
    zid = f"correspondentie:{zaak.pk}"

    gevonden = zoek_overal(mc, "windmolens", soorten=SOORT)
    assert [t.id for t in gevonden.treffers] == [zid] and gevonden.totaal == 1
    assert gevonden.treffers[0].url == f"/correspondentie/{zaak.pk}/"
    assert zaak.zaaknummer in gevonden.treffers[0].titel_html
    assert [t.id for t in zoek_overal(mc, "Zoekstra", soorten=SOORT).treffers] == [zid]
    directeur = maak_gebruiker("directeur", eenheden=["woningbouw"])
    assert [t.id for t in zoek_overal(directeur, "windmolens", soorten=SOORT).treffers] == [zid]

    for ander in (
        maak_gebruiker("directeur", eenheden=["czw"]),  # a directie it is not assigned to
        maak_gebruiker("fez_medewerker", eenheden=["woningbouw"]),  # no right to correspondence
    ):
        assert zoek_overal(ander, "windmolens", aantal=0).totaal == 0  # the index's own count
        verborgen = zoek_overal(ander, "windmolens")
        assert verborgen.totaal == 0 and not verborgen.treffers
        assert all(f.aantal == 0 for f in verborgen.soorten if f.waarde in SOORT)
