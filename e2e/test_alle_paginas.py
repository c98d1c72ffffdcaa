"""Every page of the demo passes axe-core, with no horizontal scrolling at any screen size
(issue 14, acceptance).

Generated, not listed: the demo as ``make run`` loads it, every demo account walks the pages it
reaches from Mijn werk and the menu with the crawler of the dead-link test (``kruipen.kruip``,
without submitting forms), and each kind of page (its route: one detail page of a list stands
for the others, a filtered list for the list) is opened once in the browser, by the first
account that reaches it, and checked with axe at 1366×900 and for horizontal scrolling at 768×1024 and
1024×768 too. Axe at all three sizes on every page takes three times as long; it runs on
request (``pytest -m alle_maten``), and CI checks the page shell at all three sizes
(test_paginas.py). The accounts are split over two tests, one per test process.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.test import Client, override_settings

from e2e.hulp import BZK, controleer_toegankelijkheid, log_in
from ministerie.core.demo import lees_demo
from ministerie.core.models import Gebruiker
from ministerie.core.tests.kruipen import kruip, vorm

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MAX_PAGINAS = 80
ACCOUNTS = [spec["gebruikersnaam"] for spec in lees_demo()["accounts"]]
GROEPEN = 2
HTML = "text/html"


def _laad_demo() -> None:
    uit = io.StringIO()
    call_command("organisatie", "laad", str(BZK), stdout=uit)
    call_command("begroting", "laad", str(Path(BZK) / "begroting"), stdout=uit)
    call_command("overleg", "laad", str(Path(BZK) / "overleggen.yaml"), stdout=uit)
    call_command("demo", "laad", stdout=uit)


def _paginas(namen: list[str]) -> list[tuple[str, str]]:
    """(account, path) for each kind of HTML page these accounts reach, the first account wins."""
    gezien: set[str] = set()
    paginas: list[tuple[str, str]] = []
    for naam in namen:
        gebruiker = Gebruiker.objects.get(username=naam)
        client = Client()
        verslag = kruip(client, gebruiker, naam, max_paginas=MAX_PAGINAS, per_vorm=1, indienen=False)
        for pad, status in verslag.paginas.items():
            soort = vorm(pad.partition("?")[0])  # a filtered list is the same page as the list
            if status != 200 or soort in gezien:
                continue
            antwoord = client.get(pad)
            # a whole page, not a fragment that htmx puts into one
            if not antwoord.get("Content-Type", "").startswith(HTML) or b"<html" not in antwoord.content:
                continue
            gezien.add(soort)
            paginas.append((naam, pad))
    return paginas


@pytest.mark.parametrize("groep", range(GROEPEN))
def test_elke_pagina_zonder_axe_fouten(pagina: Any, groep: int) -> None:
    _controleer_paginas(pagina, ACCOUNTS[groep::GROEPEN], alle_maten=False)


@pytest.mark.alle_maten
@pytest.mark.parametrize("groep", range(GROEPEN))
def test_elke_pagina_zonder_axe_fouten_op_drie_maten(pagina: Any, groep: int) -> None:
    _controleer_paginas(pagina, ACCOUNTS[groep::GROEPEN], alle_maten=True)


def _controleer_paginas(pagina: Any, namen: list[str], *, alle_maten: bool) -> None:
    with override_settings(DEMO=True):
        _laad_demo()
        paginas = _paginas(namen)
        assert len(paginas) >= 15, paginas
        fouten: list[str] = []
        ingelogd = ""
        for naam, pad in paginas:
            if naam != ingelogd:
                log_in(pagina, Gebruiker.objects.get(username=naam))
                ingelogd = naam
            pagina.goto(pagina.basis + pad)
            try:
                controleer_toegankelijkheid(pagina, alle_maten=alle_maten)
            except AssertionError as fout:
                regels = re.findall(r"Rule Violated:\n(\S+)", str(fout)) or [str(fout)[:300]]
                fouten.append(f"{naam} {pad}: {', '.join(sorted(set(regels)))}")
    maten = "drie maten" if alle_maten else "bureaublad"
    print(f"\naxe ({maten}): {len(paginas)} soorten pagina's van {', '.join(namen)}")
    assert not fouten, f"{len(fouten)} pagina's met bevindingen:\n" + "\n".join(fouten)
