"""The BZK data set against a checklist drawn independently from the dossier text.

`dossier_checklist.yaml` was written from the dossier's organograms and chapter 4 without
looking at data/bzk-2021; this test shows the data set names every unit and leader in it.
"""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
import yaml
from django.core.management import call_command

from ministerie.organisatie.laden import laad
from ministerie.organisatie.models import Eenheid, Persoon, Sturingsrol
from ministerie.organisatie.zoektekst import normaliseer

pytestmark = pytest.mark.django_db
BZK = Path(__file__).resolve().parents[4] / "data" / "bzk-2021"
CHECKLIST = yaml.safe_load(Path(__file__).with_name("dossier_checklist.yaml").read_text("utf-8"))


def _namen_van(eenheid: Eenheid) -> set[str]:
    return {normaliseer(n) for n in [eenheid.naam, *eenheid.ook_genoemd]}


def _zoek_eenheid(item: dict[str, Any], eenheden: list[Eenheid]) -> Eenheid | None:
    """The unit the checklist means: by its own name first, then by the variants."""
    for namen in ([item["naam"]], [item["naam"], *(item.get("varianten") or [])]):
        gezocht = {normaliseer(n) for n in namen}
        for eenheid in eenheden:
            if normaliseer(eenheid.naam) in gezocht:
                return eenheid
        for eenheid in eenheden:
            if _namen_van(eenheid) & gezocht:
                return eenheid
    return None


def _leiding(eenheid: Eenheid) -> set[str]:
    return {normaliseer(n) for p in eenheid.posities.all() for n in [p.persoon.naam, *p.persoon.ook_genoemd]}


def test_minstens_honderd_eenheden(bzk: Any) -> None:
    assert Eenheid.objects.count() >= 100
    assert len(CHECKLIST["eenheden"]) >= 100


def test_elke_eenheid_uit_het_dossier_is_er_met_haar_leiding(bzk: Any) -> None:
    eenheden = list(Eenheid.objects.prefetch_related("posities__persoon"))
    fouten = []
    for item in CHECKLIST["eenheden"]:
        eenheid = _zoek_eenheid(item, eenheden)
        if eenheid is None:
            fouten.append(f"{item['naam']} ({item.get('bron')}) ontbreekt")
            continue
        for naam in item.get("leiding") or []:
            if normaliseer(naam) not in _leiding(eenheid):
                fouten.append(f"{naam} ontbreekt als leiding van {eenheid.naam}")
    assert not fouten, "\n".join(fouten)


def test_elke_genoemde_leidinggevende_is_er(bzk: Any) -> None:
    namen = {normaliseer(n) for p in Persoon.objects.all() for n in [p.naam, *p.ook_genoemd]}
    ontbrekend = [naam for naam in CHECKLIST["personen"] if normaliseer(naam) not in namen]
    assert not ontbrekend, f"ontbreken in personen.yaml: {ontbrekend}"


def test_woningbouw_onder_dgbrw_in_toon_json(bzk: Any) -> None:
    uit = StringIO()
    call_command("organisatie", "toon", "--json", stdout=uit)
    boom = json.loads(uit.getvalue())

    def vind(knoop: dict[str, Any], pad: list[str]) -> list[str] | None:
        if knoop["naam"] == "Directie Woningbouw":
            return pad
        for kind in knoop["onderdelen"]:
            gevonden = vind(kind, [*pad, knoop["afkorting"] or knoop["naam"]])
            if gevonden is not None:
                return gevonden
        return None

    pad = vind(boom, [])
    assert pad is not None and "DGBRW" in pad
    woningbouw = Eenheid.objects.get(naam="Directie Woningbouw")
    assert [p.persoon.naam for p in woningbouw.posities.all()] == ["Marja Appelman"]


def test_de_bewindspersonen_met_portefeuille(bzk: Any) -> None:
    bewindspersonen = Eenheid.objects.filter(soort=Eenheid.Soort.BEWINDSPERSOON)
    namen = {p.persoon.naam for e in bewindspersonen for p in e.posities.all()}
    assert {"Hanke Bruins Slot", "Hugo de Jonge", "Alexandra van Huffelen"} <= namen
    assert all(e.portefeuille for e in bewindspersonen)


def test_sturingsmodel_sg_is_eigenaar(bzk: Any) -> None:
    eigenaren = Sturingsrol.objects.filter(rol="eigenaar")
    assert eigenaren.exists()
    assert eigenaren.filter(eenheid__code="sg").exists()


def test_elk_record_heeft_een_bron(bzk: Any) -> None:
    assert not Eenheid.objects.filter(bron_sectie="").exists()
    assert not Persoon.objects.filter(bron_sectie="").exists()


def test_tweede_keer_laden_van_bzk_verandert_niets(bzk: Any) -> None:
    assert laad(BZK, door="test").ongewijzigd
