"""The budget-cycle calendar and the accres calculator in a real browser, with axe-core."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from e2e.hulp import controleer_toegankelijkheid

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def ingelogd(pagina: Any, inloggen: Callable[..., Any]) -> Any:
    inloggen(pagina, "fez_medewerker")
    return pagina


def test_kalender_2027_en_jaarnavigatie(ingelogd: Any) -> None:
    ingelogd.goto(ingelogd.basis + "/begroting/kalender/?jaar=2027")
    assert ingelogd.get_by_role("heading", level=1).inner_text() == "Begrotingscyclus 2027"
    tabel = ingelogd.get_by_role("region", name="Alle momenten in 2027, op datum")

    def rij(naam: str) -> Any:
        kop = ingelogd.get_by_role("rowheader", name=naam, exact=True)
        return tabel.get_by_role("row").filter(has=kop)

    assert "dinsdag 21 september 2027" in rij("Prinsjesdag").inner_text()
    assert "Voorbereiding begroting 2028" in rij("Prinsjesdag").inner_text()
    assert "woensdag 19 mei 2027" in rij("Verantwoordingsdag").inner_text()
    assert "Verantwoording begroting 2026" in rij("Verantwoordingsdag").inner_text()
    controleer_toegankelijkheid(ingelogd)

    ingelogd.get_by_role("link", name="Volgend jaar (2028)").click()
    assert ingelogd.get_by_role("heading", level=1).inner_text() == "Begrotingscyclus 2028"
    assert "dinsdag 19 september 2028" in ingelogd.content()

    ingelogd.get_by_label("Kalenderjaar").fill("2022")
    ingelogd.get_by_role("button", name="Toon kalender").click()
    assert ingelogd.get_by_role("heading", level=1).inner_text() == "Begrotingscyclus 2022"
    assert "woensdag 18 mei 2022" in ingelogd.content()

    ingelogd.goto(ingelogd.basis + "/begroting/kalender/?jaar=2025")
    assert ingelogd.get_by_text("geen werkdag: een zaterdag").is_visible()  # 31 mei 2025
    controleer_toegankelijkheid(ingelogd)


def test_kalender_met_fout_jaar(ingelogd: Any) -> None:
    ingelogd.goto(ingelogd.basis + "/begroting/kalender/")
    ingelogd.get_by_label("Kalenderjaar").fill("3500")
    ingelogd.get_by_role("button", name="Toon kalender").click()
    veld = ingelogd.get_by_label("Kalenderjaar")
    assert veld.get_attribute("aria-invalid") == "true"
    assert "Kies een jaar tot en met 2999." in ingelogd.locator("#id_jaar-fout").inner_text()
    controleer_toegankelijkheid(ingelogd)
    ingelogd.goto(ingelogd.basis + "/begroting/kalender/?jaar=twintig")  # typed into the address bar
    assert "Vul een jaartal in, bijvoorbeeld 2027." in ingelogd.locator("#id_jaar-fout").inner_text()
    ingelogd.get_by_role("link", name="Toon de kalender van dit jaar").first.click()
    assert ingelogd.get_by_role("heading", level=1).inner_text().startswith("Begrotingscyclus 2")


def test_accres_voorbeeld_en_eigen_reeks(ingelogd: Any) -> None:
    ingelogd.goto(ingelogd.basis + "/begroting/accres/")
    assert "Voorbeeld." in ingelogd.get_by_role("status").inner_text()
    assert ingelogd.get_by_role("img", name="Accres Gemeentefonds per jaar (miljoen euro)").is_visible()
    controleer_toegankelijkheid(ingelogd)

    ingelogd.get_by_label("Fonds", exact=True).select_option("provinciefonds")
    ingelogd.get_by_label("Basisjaar", exact=True).fill("2022")
    ingelogd.get_by_label("Omvang van het fonds in het basisjaar (miljoen euro)").fill("1.000")
    ingelogd.get_by_label("Netto gecorrigeerde rijksuitgaven per jaar").fill("2022;200\n2023;210\n2024;199,5")
    ingelogd.get_by_label("Indexreeks (voor jaren met de nieuwe systematiek) (niet verplicht)").fill("")
    ingelogd.get_by_role("button", name="Bereken accres").click()
    tabel = ingelogd.get_by_role("region", name="Tabel: accres Provinciefonds per jaar")
    assert "−52,500" in tabel.get_by_role("row").filter(has_text="2024").inner_text()
    assert ingelogd.get_by_role("status").count() == 0  # no example label on own data
    controleer_toegankelijkheid(ingelogd)


def test_accres_met_fouten(ingelogd: Any) -> None:
    ingelogd.goto(ingelogd.basis + "/begroting/accres/")
    ingelogd.get_by_label("Netto gecorrigeerde rijksuitgaven per jaar").fill("2022;200\n2024;tweehonderd")
    ingelogd.get_by_role("button", name="Bereken accres").click()
    veld = ingelogd.get_by_label("Netto gecorrigeerde rijksuitgaven per jaar")
    assert veld.get_attribute("aria-invalid") == "true"
    assert "'tweehonderd' is geen bedrag" in ingelogd.locator("#id_reeks-fout").inner_text()
    controleer_toegankelijkheid(ingelogd)

    veld.fill("2022;200\n2024;210")
    ingelogd.get_by_role("button", name="Bereken accres").click()
    assert "heeft een gat: 2023 ontbreekt" in ingelogd.locator("#id_reeks-fout").inner_text()

    veld.fill("2022;200\n2023;210\n2024;220\n2025;230\n2026;240\n2027;250")
    ingelogd.get_by_label("Indexreeks (voor jaren met de nieuwe systematiek) (niet verplicht)").fill("")
    ingelogd.get_by_role("button", name="Bereken accres").click()
    melding = ingelogd.get_by_role("alert")
    assert "ontbreekt 2026 in de indexreeks" in melding.inner_text()
    controleer_toegankelijkheid(ingelogd)
