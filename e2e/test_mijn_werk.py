"""Mijn werk in a real browser: counts per kind as filter links, the filter form, paging that
keeps the filter, and what the user only follows marked "ter informatie" below their own work;
axe at the three sizes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from e2e.hulp import controleer_toegankelijkheid
from ministerie.core.werk import Werkitem, registreer_bron, verwijder_bron

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def werk() -> Iterator[None]:
    vandaag = timezone.localdate()

    def bron(gebruiker: Any) -> list[Werkitem]:
        notas = [
            Werkitem(
                "Nota — Ter paraaf", f"BZK-{n:02d} — Nota {n:02d}", f"/n/{n}/", vandaag + timedelta(days=n)
            )
            for n in range(27)
        ]
        return notas + [
            Werkitem("Woo-verzoek", "WOO-1 — Te laat", "/woo/1/", vandaag - timedelta(days=2)),
            Werkitem("Woo-verzoek", "WOO-2 — Volgende week", "/woo/2/", vandaag + timedelta(days=9)),
            Werkitem(
                "Toezegging", "TZ-1 — Gevolgd", "/tz/1/", vandaag - timedelta(days=9), kan_handelen=False
            ),
        ]

    registreer_bron(bron)
    yield
    verwijder_bron(bron)


def test_mijn_werk_tellen_filteren_bladeren(werk: None, pagina: Any, inloggen: Callable[..., Any]) -> None:
    inloggen(pagina, "beleidsmedewerker")
    soorten = pagina.get_by_role("navigation", name="Soorten werk")
    assert "Woo-verzoek: 2, waarvan 1 te laat" in soorten.inner_text()
    assert "Toezegging: 1, waarvan 1 te laat (ter informatie)" in soorten.inner_text()
    regels = pagina.locator("tbody tr")
    assert regels.count() == 25
    # first page: own overdue work first, the followed item is not before it
    assert "WOO-1" in regels.first.inner_text()
    controleer_toegankelijkheid(pagina, alle_maten=True)
    # the last page ends with the followed item, marked
    pagina.get_by_role("link", name="Volgende", exact=True).click()
    assert "ter informatie" in pagina.locator("tbody tr").last.inner_text()
    # a kind's link filters; the term filter narrows it further and paging keeps both
    soorten = pagina.get_by_role("navigation", name="Soorten werk")
    soorten.get_by_role("link", name="Woo-verzoek").click()
    assert pagina.locator("tbody tr").count() == 2
    pagina.get_by_label("Termijn").select_option(label="Te laat")
    pagina.get_by_role("button", name="Filteren").click()
    assert pagina.locator("tbody tr").count() == 1 and "WOO-1" in pagina.locator("tbody").inner_text()
    assert pagina.get_by_label("Soort", exact=True).input_value() == "Woo-verzoek"
    pagina.get_by_label("Soort", exact=True).select_option("Nota — Ter paraaf")
    pagina.get_by_label("Termijn").select_option(label="Alle termijnen")
    pagina.get_by_role("button", name="Filteren").click()
    assert "Pagina 1 van 2" in pagina.content()
    pagina.get_by_role("link", name="Volgende", exact=True).click()
    assert pagina.locator("tbody tr").count() == 2 and "WOO" not in pagina.locator("tbody").inner_text()
    controleer_toegankelijkheid(pagina, alle_maten=True)
    pagina.get_by_role("link", name="Filter wissen").click()
    assert pagina.locator("tbody tr").count() == 25
