"""Woo requests and publications in the header search (core.zoekpagina): found by words in the
published texts, by those who may see the request (CZW all, a director only those of their
unit); no count for anyone else."""

from __future__ import annotations

from typing import Any

import pytest

from ministerie.core.zoekpagina import zoek_overal
from ministerie.woo import publicatie
from ministerie.woo.models import Publicatie
from ministerie.woo.tests.hulp import publiceerbaar

pytestmark = pytest.mark.django_db


WOO = ["woo-verzoek", "woo-publicatie"]  # the uploaded files are in the document store too


def _ids(uitkomst: Any) -> set[str]:
    return {t.id for t in uitkomst.treffers}


def test_publicatie_en_verzoek_alleen_voor_wie_het_verzoek_mag_zien(
    woo_org: dict[str, Any], maak_gebruiker: Any, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        verzoek = publiceerbaar(woo_org)
    with django_capture_on_commit_callbacks(execute=True):
        pub = publicatie.publiceer(verzoek, door=woo_org["jurist"])
    assert pub.status == Publicatie.Status.GEPUBLICEERD
    pid, vid = f"woo-publicatie:{pub.pk}", f"woo-verzoek:{verzoek.pk}"

    # words from the published (redacted) text of its file
    jurist = zoek_overal(woo_org["jurist"], "verdeling middelen", soorten=WOO)
    assert _ids(jurist) == {pid}
    assert jurist.treffers[0].url == f"/openbaar/publicaties/{pub.pk}/"
    assert "<mark>" in jurist.treffers[0].fragment_html
    assert _ids(zoek_overal(woo_org["jurist"], "woningbouwimpuls", soorten=WOO)) == {pid, vid}
    # the director of the unit the request belongs to (or whose unit got one of its documents
    # to assess: CZW); not the director of a unit not involved
    assert _ids(zoek_overal(woo_org["directeur_wb"], "woningbouwimpuls", soorten=WOO)) == {pid, vid}
    assert _ids(zoek_overal(woo_org["directeur_czw"], "woningbouwimpuls", soorten=WOO)) == {pid, vid}
    ander = maak_gebruiker("directeur", eenheden=["directie-elders"])
    verborgen = zoek_overal(ander, "woningbouwimpuls", soorten=WOO)
    assert verborgen.totaal == 0 and not verborgen.treffers
    assert all(f.aantal == 0 for f in verborgen.soorten if f.waarde in WOO)  # shown to uncheck
    # a role without the Woo right, in the request's own unit, finds neither
    fez = maak_gebruiker("fez_medewerker", eenheden=["woningbouw"])
    assert zoek_overal(fez, "woningbouwimpuls", soorten=WOO).totaal == 0
    # the requester's name is not indexed
    assert zoek_overal(woo_org["jurist"], "Greet Verzoeker", soorten=WOO).totaal == 0
