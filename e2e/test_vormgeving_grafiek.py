"""Charts people want to read (issue 14 §3): an article's moments as a real waterfall — the
ontwerpbegroting as the start bar, each change a step up (green) or down (red) with its signed
value, the first suppletoire as the end bar — with full labels (no cut-off), the small changes
visible beside a total a hundred times larger (the scale starts near the levels, with a break
mark), and the data table folded under the chart, opened from the keyboard. axe at every size.
With MINISTERIE_SCHERMAFDRUKKEN=MAP the chart is saved as a screenshot."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from e2e.hulp import BZK, controleer_toegankelijkheid
from e2e.vormgeving_hulp import axe_op_de_telefoon
from ministerie.begroting.laden import laad
from ministerie.begroting.models import Artikel, Begroting
from ministerie.begroting.services import NieuweMutatie, NieuweRegel, open_stand, voer_mutaties_in
from ministerie.core.rubricering import Rubricering

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANG = "Vertraging in de uitvoering van het programma digitale inclusie voor gemeenten en provincies"


def test_waterval_van_een_artikel(bzk: Any, pagina: Any, inloggen: Callable[..., Any]) -> None:
    laad(BZK / "begroting", door="test")
    fez = inloggen(
        pagina,
        "fez_medewerker",
        eenheden=["fez-begrotingszaken"],
        clearance=Rubricering.DEPARTEMENTAAL_VERTROUWELIJK,
    )
    begroting = Begroting.objects.get(hoofdstuk__code="VII", jaar=2022)
    artikel = Artikel.objects.get(hoofdstuk__code="VII", nummer=4)
    stand = open_stand(begroting, "eerste_suppletoire", door=fez)
    voer_mutaties_in(
        stand,
        [
            NieuweMutatie(
                "ombuiging", LANG, "Toelichting.", (NieuweRegel(artikel, "uitgaven", 2022, -2000),)
            ),
            NieuweMutatie(
                "tegenvaller",
                "Hogere uitvoeringskosten",
                "Toelichting.",
                (NieuweRegel(artikel, "uitgaven", 2022, 1500),),
            ),
        ],
        door=fez,
    )
    pagina.goto(f"{pagina.basis}/begroting/VII/2022/artikelen/4/")
    grafiek = pagina.get_by_role("img", name="Hoe de uitgaven 2022 van artikel 4 tot stand kwamen")
    expect(grafiek).to_be_visible()
    svg = pagina.locator("figure.grafiek--waterval svg")
    # start bar, two steps, end bar; the long label complete over several lines
    assert svg.locator("rect.grafiek__stap--totaal").count() == 2
    assert svg.locator("rect.grafiek__stap--af").count() == 1
    assert svg.locator("rect.grafiek__stap--op").count() == 1
    label = svg.locator("text.grafiek__label").nth(1)
    assert label.locator("tspan").count() >= 3  # wrapped over lines, not cut off
    assert " ".join(label.locator("tspan").all_text_contents()) == f"Ombuiging: {LANG}"
    waarden = svg.locator("text.grafiek__waarde").all_text_contents()
    assert "−€ 2 mln" in waarden and "+€ 1,5 mln" in waarden
    # the steps are visible beside the total: the scale is broken, and a step is wider than a hairline
    assert svg.locator("path.grafiek__breuk").count() == 2
    stap = svg.locator("rect.grafiek__stap--af")
    assert float(stap.get_attribute("width") or 0) > 20
    # every bar within the picture: nothing is cut off at the right
    breedte = float((svg.get_attribute("viewBox") or "0 0 0 0").split()[2])
    for rechthoek in svg.locator("rect").all():
        assert (
            float(rechthoek.get_attribute("x") or 0) + float(rechthoek.get_attribute("width") or 0) <= breedte
        )
    # the table is folded under the chart, and reachable: a disclosure opened from the keyboard
    tabel = pagina.get_by_role("table", name="Gegevens: Hoe de uitgaven 2022 van artikel 4 tot stand kwamen")
    expect(tabel).to_be_hidden()
    knop = pagina.locator("figure.grafiek--waterval summary")
    knop.focus()
    pagina.keyboard.press("Enter")
    expect(tabel).to_be_visible()
    rijen = tabel.locator("tbody tr")
    assert rijen.count() == 4
    assert [rijen.nth(i).get_attribute("data-soort") for i in range(4)] == ["totaal", "af", "op", "totaal"]
    assert "Eerste suppletoire begroting (Voorjaarsnota)" in rijen.nth(3).inner_text()
    if map_ := os.environ.get("MINISTERIE_SCHERMAFDRUKKEN"):
        pagina.locator("figure.grafiek--waterval").screenshot(path=str(Path(map_) / "waterval.png"))
    controleer_toegankelijkheid(pagina, alle_maten=True)
    axe_op_de_telefoon(pagina)
    # the chapter's bar chart: full article names (wrapped, not cut off), short amounts
    pagina.goto(f"{pagina.basis}/begroting/VII/2022/")
    staven = pagina.locator("#artikelen-titel + .grafiek__inhoud svg")
    namen = [
        " ".join(t.locator("tspan").all_text_contents()) for t in staven.locator("text.grafiek__label").all()
    ]
    assert all(not naam.endswith("…") for naam in namen)
    assert any(len(naam) > 30 for naam in namen)  # longer than the old cut-off
    assert any("mln" in w for w in staven.locator("text.grafiek__waarde").all_text_contents())
    if map_ := os.environ.get("MINISTERIE_SCHERMAFDRUKKEN"):
        pagina.locator("figure", has=staven).screenshot(path=str(Path(map_) / "artikelen.png"))
