"""The header search over every part (core.zoekbronnen, core.zoekpagina): units and people, the
memos' clearance rule, the page with its facets and limits, the command line and the rebuild,
and one indexing job per transaction."""

from __future__ import annotations

from io import StringIO
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction
from django.test import Client

from ministerie.core import zoekbronnen
from ministerie.core.rubricering import Rubricering
from ministerie.core.zoekpagina import MAX_VRAAG, MAX_VRAGEN, zoek_overal
from ministerie.organisatie.models import Eenheid, Persoon
from ministerie.stukken import services
from ministerie.stukken.opslag import sla_op

pytestmark = pytest.mark.django_db


def _ids(uitkomst: Any) -> set[str]:
    return {t.id for t in uitkomst.treffers}


@pytest.fixture
def beleid(bzk: Any, maak_gebruiker: Any) -> Any:
    return maak_gebruiker(
        "beleidsmedewerker",
        eenheden=["woningbouw-woningbouwbeleid"],
        clearance=Rubricering.DEPARTEMENTAAL_VERTROUWELIJK,
        gebruikersnaam="beleid",
    )


def test_eenheden_en_personen_voor_wie_de_organisatie_mag_zien(beleid: Any, maak_gebruiker: Any) -> None:
    aantallen = zoekbronnen.herbouw()
    assert aantallen["eenheid"] == Eenheid.objects.count() and aantallen["persoon"] == Persoon.objects.count()
    dgbrw = Eenheid.objects.get(code="dgbrw")

    uitkomst = zoek_overal(beleid, "gebiedsgericht maatwerk")  # words in the unit's description
    assert f"eenheid:{dgbrw.pk}" in _ids(uitkomst)
    treffer = next(t for t in uitkomst.treffers if t.id == f"eenheid:{dgbrw.pk}")
    assert treffer.url == "/organisatie/eenheden/dgbrw/" and treffer.soortnaam == "Organisatie-eenheid"
    assert uitkomst.vragen <= MAX_VRAGEN
    persoon = Persoon.objects.get(naam="Hugo de Jonge")
    assert f"persoon:{persoon.pk}" in _ids(zoek_overal(beleid, "Hugo de Jonge", soorten=["persoon"]))
    # the unit facet: DGBRW counts its own hit, and choosing it keeps only what lies under it
    facet = {f.label: f.aantal for f in uitkomst.eenheden}
    assert facet.get("DGBRW", 0) >= 1
    onder = zoek_overal(beleid, "gebiedsgericht maatwerk", eenheid=dgbrw.pk)
    assert f"eenheid:{dgbrw.pk}" in _ids(onder) and onder.totaal <= uitkomst.totaal
    # a user without any right sees nothing and no count
    zonder = maak_gebruiker(gebruikersnaam="zonder")
    leeg = zoek_overal(zonder, "gebiedsgericht maatwerk")
    assert leeg.totaal == 0 and not leeg.treffers and not leeg.soorten and not leeg.eenheden


def test_nota_boven_de_clearance_telt_niet_mee(
    beleid: Any, maak_gebruiker: Any, django_capture_on_commit_callbacks: Any
) -> None:
    eenheid = Eenheid.objects.get(code="woningbouw-woningbouwbeleid")
    with django_capture_on_commit_callbacks(execute=True):
        geheim = services.maak_nota(
            door=beleid,
            soort="informatienota",
            onderwerp="Vertrouwelijke prognose flexwoningen",
            aan="de minister",
            eenheid=eenheid,
            rubricering=Rubricering.DEPARTEMENTAAL_VERTROUWELIJK,
            kernpunten="De prognose van flexwoningen in Almere.",
        )
    laag = maak_gebruiker("beleidsmedewerker", eenheden=["woningbouw-woningbouwbeleid"])
    assert _ids(zoek_overal(beleid, "flexwoningen")) == {f"nota:{geheim.pk}"}
    verborgen = zoek_overal(laag, "flexwoningen")
    assert verborgen.totaal == 0 and not verborgen.treffers and not verborgen.soorten
    assert all(f.aantal == 0 for f in verborgen.periodes + verborgen.eenheden)
    # a co-author from another unit finds it once added (a many-to-many change is followed)
    mede = maak_gebruiker(
        "beleidsmedewerker", eenheden=["czw"], clearance=Rubricering.DEPARTEMENTAAL_VERTROUWELIJK
    )
    assert zoek_overal(mede, "flexwoningen").totaal == 0
    with django_capture_on_commit_callbacks(execute=True):
        geheim.medeauteurs.add(mede)
    assert _ids(zoek_overal(mede, "flexwoningen")) == {f"nota:{geheim.pk}"}


def test_pagina_met_facetten_en_grenzen(beleid: Any, maak_gebruiker: Any, client: Client) -> None:
    zoekbronnen.herbouw()
    client.force_login(beleid)
    antwoord = client.get("/zoeken/", {"q": "gebiedsgericht"})
    html = antwoord.content.decode()
    assert antwoord.status_code == 200
    assert 'href="/organisatie/eenheden/dgbrw/"' in html and "<mark>" in html
    assert "Organisatie-eenheden" in html and 'aria-label="Zoekresultaten verfijnen"' in html
    assert 'id="kop-zoekvraag"' in html  # the box in the header, on every page
    gekozen = client.get("/zoeken/", {"q": "gebiedsgericht", "soort": "persoon"}).content.decode()
    assert 'href="/organisatie/eenheden/dgbrw/"' not in gekozen
    te_lang = client.get("/zoeken/", {"q": "x" * (MAX_VRAAG + 1)})
    assert te_lang.status_code == 200
    assert f"ten hoogste {MAX_VRAAG} tekens" in te_lang.content.decode()
    assert client.get("/zoeken/", {"q": "gebiedsgericht", "pagina": "999"}).status_code == 200
    client.logout()
    assert client.get("/zoeken/", {"q": "x"}).status_code == 302  # to the log-in
    client.force_login(maak_gebruiker(gebruikersnaam="geen-rol"))
    assert client.get("/zoeken/", {"q": "x"}).status_code == 403
    assert 'id="kop-zoekvraag"' not in client.get("/profiel/").content.decode()


def test_commando_zoek_en_herbouw(beleid: Any) -> None:
    eenheid = Eenheid.objects.get(code="woningbouw-woningbouwbeleid")
    document = sla_op(
        b"Notitie over gebiedsgericht werken.", "werk.txt", door=beleid, eenheid=eenheid
    ).document
    assert document is not None
    uit = StringIO()
    call_command("zoek", "herbouw", stdout=uit)
    assert "1 stukken" in uit.getvalue() and "organisatie" in uit.getvalue()
    uit = StringIO()
    call_command("zoek", "gebiedsgericht", "--aantal", "50", stdout=uit)
    regels = uit.getvalue().splitlines()
    dgbrw = Eenheid.objects.get(code="dgbrw")
    assert f"document:{document.pk}\t{document.titel}" in regels
    assert f"eenheid:{dgbrw.pk}\tDirectoraat-generaal Bestuur, Ruimte en Wonen (DGBRW)" in regels
    assert all(r.split(":", 1)[0] in {b.soort for b in zoekbronnen.bronnen()} and "\t" in r for r in regels)
    uit = StringIO()
    call_command("zoek", "gebiedsgericht", "--soort", "document", stdout=uit)
    assert uit.getvalue().splitlines() == [f"document:{document.pk}\t{document.titel}"]
    with pytest.raises(CommandError, match="Onbekende soort"):
        call_command("zoek", "x", "--soort", "geheim")
    with pytest.raises(CommandError, match="tekens"):
        call_command("zoek", "x" * (MAX_VRAAG + 1))


def test_een_taak_per_transactie(db: Any, django_capture_on_commit_callbacks: Any) -> None:
    with django_capture_on_commit_callbacks() as callbacks:
        with transaction.atomic():
            zoekbronnen.plan_indexering("eenheid:1", "persoon:2")
            zoekbronnen.plan_indexering("eenheid:1", "eenheid:3")
    assert len(callbacks) == 1
    # an unknown kind or a removed item is taken out of the index
    aanwezig, weg = zoekbronnen.documenten_voor(["eenheid:999999", "onbekend:1", "kapot"])
    assert aanwezig == [] and set(weg) == {"eenheid:999999", "onbekend:1", "kapot"}
