"""The search box in the header, in a real browser: a Kamervraag and a toezegging (indexed by the
job queue when they are registered) and an organisation unit (indexed when the data set is
loaded) are found from any page; the facets narrow the results; every page passes axe-core."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.utils import timezone

from e2e.hulp import SCHERMEN, controleer_toegankelijkheid, log_in
from ministerie.organisatie.models import Eenheid
from ministerie.parlement import services

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCHERMAFDRUKKEN = os.environ.get("ZOEKEN_SCHERMAFDRUKKEN", "")


def _foto(pagina: Any, naam: str) -> None:
    """Screenshots for a person to look at, only when asked (ZOEKEN_SCHERMAFDRUKKEN=map)."""
    if SCHERMAFDRUKKEN:
        Path(SCHERMAFDRUKKEN).mkdir(parents=True, exist_ok=True)
        pagina.screenshot(path=str(Path(SCHERMAFDRUKKEN) / f"{naam}.png"), full_page=True)
        pagina.set_viewport_size(SCHERMEN["tablet-staand"])
        pagina.screenshot(path=str(Path(SCHERMAFDRUKKEN) / f"{naam}-tablet.png"), full_page=True)
        pagina.set_viewport_size(SCHERMEN["bureaublad"])


@pytest.mark.rooktest
def test_zoeken_vanuit_de_kop_met_facetten(bzk: Any, pagina: Any, maak_gebruiker: Callable[..., Any]) -> None:
    e = Eenheid.objects.get
    pz = maak_gebruiker("parlementaire_zaken", eenheden=["ba-pzmo"])
    services.registreer_kamervragen(
        door=pz,
        nummer="2026Z21001",
        onderwerp="Zonnepanelen op schooldaken",
        ontvangen_op=timezone.localdate(),
        vragen=["Hoeveel scholen in Zeeland hebben zonnepanelen op het dak?"],
        vragenstellers=[{"naam": "Jansen", "fractie": "VVD"}],
        bewindspersoon=e(code="minister-bzk"),
        trekker=e(code="woningbouw"),
    )
    tz = services.registreer_toezegging(
        door=pz,
        bewindspersoon=e(code="minister-bzk"),
        gedaan_in="Commissiedebat Verduurzaming",
        gedaan_op=timezone.localdate(),
        tekst="De minister informeert de Kamer over zonnepanelen op huurwoningen.",
        termijn_tekst="voor de zomer",
        verantwoordelijke=e(code="woningbouw"),
        kamer="TK",
    )
    log_in(pagina, maak_gebruiker("beleidsmedewerker", eenheden=["woningbouw"]))

    zoekvak = pagina.get_by_role("search", name="Zoeken in alles").get_by_label(
        "Zoeken in alles wat u mag inzien"
    )
    zoekvak.fill("zonnepanelen")
    zoekvak.press("Enter")
    pagina.wait_for_url("**/zoeken/?q=zonnepanelen")
    resultaten = pagina.get_by_role("region", name="Resultaten")
    assert "2 resultaten" in pagina.get_by_role("status").inner_text()
    assert resultaten.get_by_role("link", name="Zonnepanelen op schooldaken").is_visible()
    facetten = pagina.get_by_role("navigation", name="Zoekresultaten verfijnen")
    assert facetten.get_by_role("link", name="Kamervragen").is_visible()
    _foto(pagina, "zoeken-resultaten")
    controleer_toegankelijkheid(pagina)

    facetten.get_by_role("link", name="Toezeggingen").click()
    pagina.wait_for_url("**soort=toezegging**")
    assert "1 resultaat" in pagina.get_by_role("status").inner_text()
    assert facetten.get_by_role("link", name="Gekozen: Toezeggingen").get_attribute("aria-current") == "true"
    assert not resultaten.get_by_role("link", name="Zonnepanelen op schooldaken").count()
    resultaten.get_by_role("link").first.click()
    pagina.wait_for_url(f"**/parlement/toezeggingen/{tz.pk}/")

    # an organisation unit, from the header of the page just opened, by words in its description
    zoekvak.fill("gebiedsgericht")
    zoekvak.press("Enter")
    pagina.wait_for_url("**/zoeken/?q=gebiedsgericht")
    link = pagina.get_by_role("region", name="Resultaten").get_by_role(
        "link", name="Directoraat-generaal Bestuur, Ruimte en Wonen (DGBRW)"
    )
    assert link.is_visible()
    _foto(pagina, "zoeken-organisatie")
    link.click()
    pagina.wait_for_url("**/organisatie/eenheden/dgbrw/")
