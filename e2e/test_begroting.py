"""The budget pages in a real browser, on the BZK data set: overview, chapter, the article
waterfall of a first suppletoire built from five changes, the change form with its live rule
check and the FEZ exception, the FEZ dashboard. Every page passes axe-core."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from playwright.sync_api import expect

from e2e.hulp import BZK, controleer_toegankelijkheid
from ministerie.begroting.laden import laad
from ministerie.begroting.models import Artikel, Begroting, Bevinding, Mutatie
from ministerie.begroting.services import NieuweMutatie, NieuweRegel, open_stand, voer_mutaties_in
from ministerie.core.models import AuditRecord
from ministerie.core.rubricering import Rubricering

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
FEZ = {"eenheden": ["fez-begrotingszaken"], "clearance": Rubricering.DEPARTEMENTAAL_VERTROUWELIJK}


@pytest.fixture
def fez_pagina(bzk: Any, pagina: Any, inloggen: Callable[..., Any]) -> Any:
    laad(BZK / "begroting", door="test")
    pagina.fez = inloggen(pagina, "fez_medewerker", **FEZ)
    return pagina


def _m(soort: str, titel: str, *regels: tuple[int, int, int]) -> NieuweMutatie:
    artikelen = {a.nummer: a for a in Artikel.objects.filter(hoofdstuk__code="VII")}
    return NieuweMutatie(
        soort,
        titel,
        f"Toelichting: {titel}.",
        tuple(NieuweRegel(artikelen[n], "uitgaven", jaar, bedrag) for n, jaar, bedrag in regels),
    )


VIJF = [
    ("ombuiging", "Vertraging digitale inclusie", (6, 2022, -20000)),
    ("tegenvaller", "Hogere huurtoeslag", (3, 2022, 15000)),
    ("kasschuif", "Isolatieprogramma", (4, 2022, -30000), (4, 2023, 30000)),
    ("overboeking", "Naar verkiezingen", (7, 2022, -5000), (1, 2022, 5000)),
    ("technische_mutatie", "Loon- en prijsbijstelling", (9, 2022, 2000)),
]


def _getallen(rij: Any) -> list[int | None]:
    waarden = rij.locator("td").evaluate_all("cellen => cellen.map(c => c.dataset.waarde)")
    return [int(w) if w not in ("", None) else None for w in waarden]


@pytest.mark.rooktest
def test_overzicht_en_hoofdstuk(fez_pagina: Any) -> None:
    p = fez_pagina
    p.get_by_role("link", name="Begroting", exact=True).click()
    assert p.get_by_role("heading", level=1).inner_text() == "Begroting 2022"
    assert p.get_by_role("img", name="Uitgaven 2022 per begrotingshoofdstuk").count() == 1
    controleer_toegankelijkheid(p)
    p.get_by_role("link", name="VII Binnenlandse Zaken en Koninkrijksrelaties").click()
    assert "€ 4.632 mln" in p.locator("main").inner_text()
    controleer_toegankelijkheid(p)


def test_eerste_suppletoire_uit_vijf_mutaties_op_de_artikelpagina(fez_pagina: Any) -> None:
    p = fez_pagina
    begroting = Begroting.objects.get(hoofdstuk__code="VII", jaar=2022)
    stand = open_stand(begroting, "eerste_suppletoire", door=p.fez)
    voer_mutaties_in(stand, [_m(s, t, *r) for s, t, *r in VIJF], door=p.fez)
    verwacht: dict[int, list[tuple[str, dict[int, int]]]] = {}
    for _soort, titel, *regels in VIJF:
        for nummer, jaar, bedrag in regels:
            lijst = verwacht.setdefault(nummer, [])
            bestaand = next((x for x in lijst if x[0] == titel), None)
            if bestaand is None:
                lijst.append((titel, {jaar: bedrag}))
            else:
                bestaand[1][jaar] = bedrag
    for nummer in (1, 3, 4, 6, 7, 8, 9):
        p.goto(f"{p.basis}/begroting/VII/2022/artikelen/{nummer}/")
        tabel = p.locator("#waterval")
        vorige = _getallen(tabel.locator('tr[data-rol="vorige"][data-stand="2"]'))
        basis = _getallen(tabel.locator('tr[data-rol="basis"]'))
        assert vorige == basis  # the earlier moment is the ontwerpbegroting
        mutaties = tabel.locator('tr[data-rol="mutatie"][data-stand="2"]')
        titels = [t.split(": ", 1)[1].split("\n")[0] for t in mutaties.locator("th").all_inner_texts()]
        assert titels == [t for t, _ in verwacht.get(nummer, [])]
        nieuw = _getallen(tabel.locator('tr[data-rol="stand"][data-stand="2"]'))
        for i, jaar in enumerate(range(2022, 2027)):
            wijziging = sum(w.get(jaar, 0) for _, w in verwacht.get(nummer, []))
            if vorige[i] is None and not wijziging:
                assert nieuw[i] is None
            else:
                assert nieuw[i] == (vorige[i] or 0) + wijziging, (nummer, jaar)
    p.goto(f"{p.basis}/begroting/VII/2022/artikelen/4/")
    assert p.get_by_role("img", name="Hoe de uitgaven 2022 van artikel 4 tot stand kwamen").count() == 1
    controleer_toegankelijkheid(p)


def test_mutatieformulier_controleert_live_en_legt_de_uitzondering_vast(fez_pagina: Any) -> None:
    p = fez_pagina
    p.goto(f"{p.basis}/begroting/VII/2022/")
    p.get_by_label("Volgende stand").select_option("eerste_suppletoire")
    p.get_by_role("button", name="Stand openen").click()
    assert "Mutaties invoeren: eerste suppletoire" in p.get_by_role("heading", level=1).inner_text()
    p.get_by_label("Soort mutatie").select_option("tegenvaller")
    p.get_by_label("Titel").fill("Hogere huurtoeslag")
    p.get_by_label("Toelichting", exact=True).fill("Meer huishoudens hebben recht op huurtoeslag.")
    p.get_by_label("Regel 1: artikel").select_option(label="VII 3. Woningmarkt")
    p.get_by_label("Regel 1: bedrag (x € 1.000)").fill("15000")
    p.get_by_label("Regel 1: bedrag (x € 1.000)").dispatch_event("change")
    uitkomst = p.locator("#controle-uitkomst")
    # an earlier field's check ("onvolledig") may still be on the page: wait for this one's answer
    expect(uitkomst).to_have_attribute("data-uitkomst", "geweigerd")
    assert "Eigen broek ophouden" in uitkomst.inner_text() and "€ 15 mln" in uitkomst.inner_text()
    controleer_toegankelijkheid(p)
    p.get_by_role("button", name="Mutatie invoeren").click()
    assert "De mutatie is niet ingevoerd" in p.get_by_role("alert").inner_text()
    assert not Mutatie.objects.exists()
    controleer_toegankelijkheid(p)
    reden = "Besluitvormingsmemorandum: centrale dekking, zie nota FEZ 2022-12."
    p.get_by_label("Uitzondering door FEZ: redenen").fill(reden)
    p.get_by_role("button", name="Mutatie invoeren").click()
    assert "Met een uitzondering door FEZ" in p.get_by_role("status").first.inner_text()
    assert Mutatie.objects.get().uitzondering_reden == reden
    assert AuditRecord.objects.filter(actie="begroting_uitzondering_vastgelegd").exists()
    assert "uitzondering FEZ" in p.locator("#ingevoerd").inner_text()
    controleer_toegankelijkheid(p)


def test_fez_dashboard_bevinding_en_evaluatie(fez_pagina: Any) -> None:
    p = fez_pagina
    p.goto(f"{p.basis}/begroting/fez/")
    assert "Open bevindingen (17)" in p.locator("main").inner_text()
    controleer_toegankelijkheid(p)
    bevinding = Bevinding.objects.filter(hoofdstuk__code="IV").get()
    p.goto(f"{p.basis}/begroting/bevindingen/{bevinding.pk}/")
    controleer_toegankelijkheid(p)
    p.get_by_label("Onderwerp").fill("Beheer liquiditeitsleningen")
    p.get_by_label("Verbeterplan").fill("Plan van aanpak, besproken met ADR en AR.")
    p.get_by_label("Status").select_option("verbeterplan")
    p.get_by_role("button", name="Opslaan").click()
    assert "De bevinding is bijgewerkt" in p.get_by_role("status").first.inner_text()
    p.goto(f"{p.basis}/begroting/VII/2022/artikelen/1/evaluatie/")
    controleer_toegankelijkheid(p)
    p.get_by_label("Jaar van de laatste evaluatie").fill("2014")
    p.get_by_role("button", name="Opslaan").click()
    assert "Te laat" in p.locator("main").inner_text()
    p.goto(f"{p.basis}/begroting/fez/")
    assert "Evaluaties te laat (1)" in p.locator("main").inner_text()
    controleer_toegankelijkheid(p)
