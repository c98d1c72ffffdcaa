"""The accres page: example, own series, Dutch validation errors, table and chart."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def ingelogd(client: Any, maak_gebruiker: Callable[..., Any]) -> Any:
    client.force_login(maak_gebruiker("fez_medewerker"))
    return client


def _vraag(client: Any, **velden: str) -> str:
    gegevens = {"fonds": "gemeentefonds", "basisjaar": "2022", "basis": "1.000",
                "reeks": "2022;200\n2023;210\n2024;199,5", "indexreeks": ""}  # fmt: skip
    gegevens.update(velden)
    antwoord = client.get("/begroting/accres/?" + urlencode(gegevens))
    assert antwoord.status_code == 200
    return antwoord.content.decode()


def test_voorbeeld_is_ingevuld_en_gelabeld(ingelogd: Any) -> None:
    antwoord = ingelogd.get("/begroting/accres/")
    assert antwoord.status_code == 200
    html = antwoord.content.decode()
    assert "<strong>Voorbeeld.</strong>" in html and "geen</strong> dossiergegevens" in html
    assert "35.597" in html  # dossier 5.2
    uitkomst = antwoord.context["uitkomst"]
    assert [a.jaar for a in uitkomst] == [2023, 2024, 2025, 2026, 2027, 2028]
    assert {a.regel.soort for a in uitkomst} == {"trap_op_trap_af", "index"}
    assert '<svg class="grafiek__svg"' in html


def test_eigen_reeks_geeft_tabel_en_grafiek(ingelogd: Any) -> None:
    html = _vraag(ingelogd)
    assert "Voorbeeld." not in html
    # by hand: 1000 x 5 % = 50; 1050 x -5 % = -52,5
    assert "1.050,000" in html and "−52,500" in html and "997,500" in html
    assert "5,00 %" in html and "−5,00 %" in html
    assert "Accres Gemeentefonds per jaar (miljoen euro)" in html
    assert 'class="grafiek__staaf grafiek__staaf--negatief"' in html  # trap af


def test_svg_coordinaten_zonder_komma(ingelogd: Any) -> None:
    import re

    html = _vraag(ingelogd, basis="1.000,5")
    getallen = re.findall(r'<rect x="([^"]*)" y="([^"]*)" width="([^"]*)"', html)
    assert len(getallen) == 2
    for waarde in (w for rij in getallen for w in rij):
        float(waarde)  # "212,4" (Dutch localisation) is not a valid SVG coordinate


def test_provinciefonds_met_index_na_de_overgang(ingelogd: Any) -> None:
    html = _vraag(
        ingelogd, fonds="provinciefonds", basisjaar="2025", basis="100",
        reeks="2025;400\n2026;410", indexreeks="2026;50\n2027;51",
    )  # fmt: skip
    assert "Accres Provinciefonds" in html
    assert "102,500 × (51 − 50) / 50 = 2,050" in html


@pytest.mark.parametrize(
    ("velden", "melding"),
    [
        (
            {"reeks": "2022;200\n2023;twee"},
            "Regel 2 van de reeks rijksuitgaven: &#x27;twee&#x27; is geen bedrag",
        ),
        ({"reeks": "2022;200\n2024;210"}, "De reeks rijksuitgaven heeft een gat: 2023 ontbreekt"),
        ({"reeks": "2022;200\n1700;210"}, "het jaar 1700 is onbekend"),
        ({"basisjaar": "1700"}, "Het basisjaar is onbekend"),
        ({"basisjaar": "2021"}, "moet beginnen bij het basisjaar 2021"),
        ({"basis": "veel"}, "is geen bedrag"),
        ({"basis": "0"}, "De omvang van het fonds moet groter dan nul zijn."),
        ({"reeks": ""}, "Vul de reeks in"),
        ({"fonds": "waterschapsfonds"}, "Kies het gemeentefonds of het provinciefonds."),
        ({"reeks": "2025;1\n2026;2\n2027;3", "basisjaar": "2025"}, "ontbreekt 2026 in de indexreeks"),
        ({"indexreeks": "2026;1\n2026;2"}, "Regel 2 van de indexreeks: het jaar 2026 staat er al"),
    ],
)
def test_fouten_in_het_nederlands(ingelogd: Any, velden: dict, melding: str) -> None:
    html = _vraag(ingelogd, **velden)
    assert melding in html
    assert "Zo is gerekend" not in html  # no result next to an error
    assert "De regels per jaar" in html  # the page stays usable


def test_fout_staat_bij_het_veld(ingelogd: Any) -> None:
    html = _vraag(ingelogd, reeks="2022;200\n2023;twee")
    assert 'id="id_reeks-fout"' in html
    assert 'aria-describedby="id_reeks-fout id_reeks-uitleg"' in html
