from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from ministerie.organisatie.boom import als_dict, bouw_boom
from ministerie.organisatie.laden import laad
from ministerie.organisatie.zoeken import zoek
from ministerie.organisatie.zoektekst import normaliseer

pytestmark = pytest.mark.django_db
VOORBEELD = Path(__file__).with_name("voorbeeld")


@pytest.fixture(autouse=True)
def geladen() -> None:
    laad(VOORBEELD, door="test")


def test_boom_als_dict() -> None:
    (wortel,) = bouw_boom()
    boom = als_dict(wortel)
    assert boom["naam"] == "Ministerie van Voorbeeldzaken"
    dg = boom["onderdelen"][0]
    assert dg["afkorting"] == "DGR" and dg["leiding"] == ["René de Vries"]
    woningbouw = dg["onderdelen"][0]
    assert woningbouw["afkorting"] is None
    assert woningbouw["leiding"] == ["Anna Bakker"]
    assert woningbouw["onderdelen"] == []


def test_toon_json_commando() -> None:
    uit = StringIO()
    call_command("organisatie", "toon", "--json", stdout=uit)
    boom = json.loads(uit.getvalue())
    assert {"naam", "afkorting", "soort", "leiding", "onderdelen"} <= set(boom)


def test_toon_tekst_commando() -> None:
    uit = StringIO()
    call_command("organisatie", "toon", stdout=uit)
    regels = uit.getvalue().splitlines()
    assert regels[0] == "Ministerie van Voorbeeldzaken (MVZ)"
    assert "    Directie Woningbouw — Anna Bakker" in regels


@pytest.mark.parametrize(
    ("vraag", "eenheden", "personen"),
    [
        ("Rene", [], ["René de Vries"]),
        ("rené", [], ["René de Vries"]),
        ("woningbouw", ["Directie Woningbouw"], []),
        ("RIJKSVOORBEELD", ["Rijksvoorbeeldbedrijf"], []),
        ("dgr", ["Directoraat-generaal Ruimte"], []),
        ("directie woning", ["Directie Woningbouw"], []),
        ("onbestaand", [], []),
        ("   ", [], []),
    ],
)
def test_zoeken_zonder_accenten(vraag: str, eenheden: list[str], personen: list[str]) -> None:
    resultaat = zoek(vraag)
    assert [e.naam for e in resultaat.eenheden] == eenheden
    assert [p.naam for p in resultaat.personen] == personen


def test_normaliseer() -> None:
    assert normaliseer("Hanneke Schipper–Spanninga") == "hanneke schipper-spanninga"
    assert normaliseer("  Jürgen   Jongkind ") == "jurgen jongkind"
