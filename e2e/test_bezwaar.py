"""Browser check of the objection pages (Awb chapters 6 and 7): the list, the registration form,
and the objection with its folded actions, each with axe. A jurist registers an objection that
came in after the bezwaartermijn, sees it flagged (Awb 6:7, 6:11), takes it, records why there
is no hearing (7:3) and decides niet-ontvankelijk with the beroep term (8:1) on the page.
With MINISTERIE_SCHERMAFDRUKKEN=MAP a screenshot of each page is saved in MAP."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.apps import apps
from django.utils import timezone

from e2e.hulp import controleer_toegankelijkheid, log_in

if not apps.is_installed("ministerie.bezwaar"):
    pytest.skip("het bezwaardeel staat niet in INSTALLED_APPS", allow_module_level=True)


def _afdruk(pagina: Any, naam: str) -> None:
    if map_ := os.environ.get("MINISTERIE_SCHERMAFDRUKKEN"):
        pagina.screenshot(path=str(Path(map_) / f"bezwaar-{naam}.png"), full_page=True)


def _melding(pagina: Any) -> str:
    return " ".join(pagina.get_by_role("status").all_inner_texts())


def test_bezwaar_registreren_en_beslissen(pagina: Any, maak_gebruiker: Callable[..., Any]) -> None:
    from ministerie.bezwaar.termijn import beroep_uiterlijk
    from ministerie.termijnen import bereken

    jurist = log_in(pagina, maak_gebruiker("jurist_czw"))
    pagina.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Bezwaren").click()
    pagina.wait_for_url(pagina.basis + "/bezwaar/")
    controleer_toegankelijkheid(pagina)
    pagina.get_by_role("link", name="Een bezwaarschrift registreren").click()
    pagina.wait_for_url(pagina.basis + "/bezwaar/nieuw/")
    controleer_toegankelijkheid(pagina)
    _afdruk(pagina, "nieuw")

    vandaag = timezone.localdate()
    bekend = vandaag - timedelta(days=70)
    pagina.get_by_label("Onderwerp").fill("Bezwaar tegen de afwijzing")
    pagina.get_by_label("Bestreden besluit").fill("Besluit 2026-0042 op de subsidieaanvraag")
    pagina.get_by_label("Besluit bekendgemaakt op").fill(bekend.isoformat())
    pagina.get_by_label("Gronden van het bezwaar").fill("De aanvraag is ten onrechte afgewezen.")
    pagina.get_by_label("Naam bezwaarmaker").fill("Bea Bezwaar")
    pagina.get_by_label("Postadres bezwaarmaker").fill("Dorpsstraat 1\n1234 AB Ergens")
    pagina.get_by_role("button", name="Bezwaarschrift registreren").click()
    pagina.wait_for_url(lambda url: "/bezwaar/" in url and "/nieuw/" not in url)
    einde = bereken("bezwaartermijn", bekend).uiterste_datum
    assert pagina.locator("#einde-bezwaartermijn").inner_text() == einde.isoformat()
    assert pagina.locator("#tijdigheid").inner_text() == "te laat ingediend"
    assert "6:11" in pagina.locator("#te-laat").inner_text()
    assert pagina.locator("#uiterste-datum").inner_text() == (
        bereken("beslissing-bezwaar", vandaag).uiterste_datum.isoformat()
    )

    # take it, no hearing (kennelijk niet-ontvankelijk, Awb 7:3 onder a), decide
    pagina.get_by_text("Behandelaar aanwijzen", exact=True).click()
    pagina.get_by_label("Behandelaar", exact=True).select_option(str(jurist.pk))
    pagina.get_by_role("button", name="Aanwijzen").click()
    assert "aangewezen" in _melding(pagina)
    pagina.get_by_text("Afzien van horen (Awb 7:3)").click()
    formulier = pagina.get_by_role("form", name="Afzien van horen (Awb 7:3)")
    formulier.get_by_label("Grond").select_option("7:3-a")
    formulier.get_by_label("Toelichting").fill("Ruim na de termijn; geen reden opgegeven.")
    formulier.get_by_role("button", name="Vastleggen").click()
    assert "niet wordt gehoord" in _melding(pagina)
    pagina.get_by_text("Beslissen op bezwaar (Awb 7:11, 7:12)").click()
    controleer_toegankelijkheid(pagina)  # with a folded action open
    _afdruk(pagina, "in-behandeling")
    formulier = pagina.get_by_role("form", name="Beslissen op bezwaar (Awb 7:11, 7:12)")
    formulier.get_by_label("Beslissing", exact=True).select_option("niet_ontvankelijk")
    formulier.get_by_label("Motivering").fill("Het bezwaarschrift is ruim na de termijn ingediend.")
    formulier.get_by_role("button", name="Beslissen").click()
    assert "beslist" in _melding(pagina)
    assert pagina.locator("#status").inner_text() == "Beslist"
    uiterlijk = beroep_uiterlijk(vandaag)
    assert uiterlijk is not None and pagina.locator("#beroep-uiterlijk").inner_text() == uiterlijk.isoformat()
    controleer_toegankelijkheid(pagina)
    _afdruk(pagina, "beslist")
