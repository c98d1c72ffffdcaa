"""Every page of the agenda part as each role sees it, with a week full of appointments, a
Ministerraad with annotations (one late), a Bestuursraad with decisions and an introduction
programme: no page fails, and no link on a page leads its reader to a refusal (403) or to nothing
(404). The pages' look is checked in the browser (e2e/test_agenda.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from ministerie.agenda import services
from ministerie.agenda.laden import STANDAARD_BESTAND, laad
from ministerie.agenda.models import Overleg, Soort
from ministerie.agenda.tijd import AMSTERDAM
from ministerie.core.permissies import heeft_recht
from ministerie.core.rubricering import Rubricering
from ministerie.core.tests.kruipen import kruip
from ministerie.organisatie.models import Eenheid, Persoon

pytestmark = pytest.mark.django_db

DV = Rubricering.DEPARTEMENTAAL_VERTROUWELIJK
START = {
    "/agenda/": "agenda.bekijken",
    "/agenda/vergaderingen/": "vergadering.bekijken",
    "/agenda/besluiten/": "besluit.afronden",
    "/agenda/overleggen/": "overleg.bekijken",
    "/": "werk.bekijken",
}


@pytest.fixture
def week(bzk: Any, maak_gebruiker: Callable[..., Any]) -> dict[str, Any]:
    laad(STANDAARD_BESTAND, door="test")
    mensen = {
        "secretariaat": maak_gebruiker("secretariaat", eenheden=["sg"], clearance=DV),
        "minister": maak_gebruiker("bewindspersoon", eenheden=["minister-bzk"], clearance=DV),
        "pa": maak_gebruiker("politiek_assistent", eenheden=["minister-bzk"], clearance=DV),
        "pz": maak_gebruiker("parlementaire_zaken", eenheden=["ba-pzmo"], clearance=DV),
        "directeur": maak_gebruiker("directeur", eenheden=["woningbouw"], clearance=DV),
        "czw": maak_gebruiker("directeur", eenheden=["czw"], clearance=DV),
        "dg": maak_gebruiker("directeur_generaal", eenheden=["dgbrw"], clearance=DV),
        "sg": maak_gebruiker("secretaris_generaal", eenheden=["sg"], clearance=DV),
        "beleid": maak_gebruiker("beleidsmedewerker", eenheden=["woningbouw-woningbouwbeleid"]),
    }
    secretariaat, pz = mensen["secretariaat"], mensen["pz"]
    agenda = services.maak_agenda(door=secretariaat, persoon=Persoon.objects.get(code="hanke-bruins-slot"))
    services.neem_vaste_overleggen_op(agenda, door=secretariaat)
    vandaag = timezone.localdate()
    maandag = vandaag - timedelta(days=vandaag.weekday())

    def om(dag: int, uur: int) -> datetime:
        return datetime.combine(maandag + timedelta(days=dag), time(uur), tzinfo=AMSTERDAM)

    bezoek = services.maak_afspraak(
        agenda, door=secretariaat, titel="Werkbezoek Kadaster", soort=Soort.WERKBEZOEK, begin=om(2, 10),
        eind=om(2, 13), plaats="Apeldoorn", reistijd_heen=60, reistijd_terug=60, toch_opslaan=True,
    )  # fmt: skip
    services.vraag_bezoeknota(bezoek, door=secretariaat)
    services.maak_afspraak(
        agenda, door=secretariaat, titel="Fractieoverleg", soort=Soort.POLITIEK, begin=om(1, 16),
        eind=om(1, 17), toch_opslaan=True,
    )  # fmt: skip
    services.maak_afspraak(
        agenda, door=secretariaat, titel="Vertrouwelijk gesprek", soort=Soort.AFSPRAAK, begin=om(3, 9),
        eind=om(3, 10), rubricering=DV, toch_opslaan=True,
    )  # fmt: skip
    services.maak_reeks(
        agenda, door=secretariaat, titel="PO DGBRW", soort=Soort.OVERLEG, regel="FREQ=WEEKLY;BYDAY=MO",
        begin=om(0, 14), duur_minuten=60,
    )  # fmt: skip
    services.vernieuw_feed(agenda, door=secretariaat)
    services.plan_introductie(
        door=secretariaat, persoon=agenda.persoon, beediging=vandaag + timedelta(days=21)
    )

    mr = services.maak_vergadering(door=pz, overleg=Overleg.objects.get(code="ministerraad"), begin=om(4, 10))
    punten = [services.voeg_punt_toe(mr, door=pz, onderwerp=f"Punt {n}", ministerie="BZK") for n in (1, 2, 3)]
    op_tijd = services.vraag_annotatie(
        punten[0], door=pz, eenheid=Eenheid.objects.get(code="woningbouw"), uiterste=om(4, 9)
    )
    te_laat = services.vraag_annotatie(
        punten[1],
        door=pz,
        eenheid=Eenheid.objects.get(code="czw"),
        uiterste=timezone.now() - timedelta(hours=2),
    )
    services.lever_annotatie(op_tijd, door=mensen["directeur"], advies="Instemmen.")
    services.lever_annotatie(te_laat, door=mensen["czw"], advies="Instemmen, met een kanttekening.")
    services.stel_geannoteerd_vast(mr, door=pz)
    vorige = services.maak_vergadering(
        door=pz, overleg=Overleg.objects.get(code="ministerraad"), begin=om(-3, 10)
    )
    services.voeg_punt_toe(vorige, door=pz, onderwerp="Eerder punt", ministerie="BZK")
    services.leg_terugkoppeling_vast(vorige, door=pz, terugkoppeling="De ministerraad stemde in.")

    br = services.maak_vergadering(
        door=pz, overleg=Overleg.objects.get(code="bestuursraad"), begin=om(-7, 10)
    )
    services.voeg_punt_toe(br, door=pz, onderwerp="Jaarplanning", ministerie="BZK")
    for actie, eenheid, eigenaar, dagen in (
        ("Plan van aanpak", "woningbouw", mensen["directeur"], -2),
        ("Overzicht Woo-verzoeken", "czw", None, 10),
    ):
        services.neem_besluit(
            br, door=pz, besluit=f"Besluit: {actie}.", actie=actie, eenheid=Eenheid.objects.get(code=eenheid),
            eigenaar=eigenaar, uiterste_datum=vandaag + timedelta(days=dagen),
        )  # fmt: skip
    return mensen


def test_geen_pagina_faalt_en_geen_link_loopt_dood(week: dict[str, Any]) -> None:
    problemen = []
    bezocht = {}
    for naam, gebruiker in week.items():
        verslag = kruip(
            Client(),
            gebruiker,
            naam,
            start=[pad for pad, recht in START.items() if heeft_recht(gebruiker, recht)],
            volgen=lambda pad: pad.startswith("/agenda/") or pad in START,
            max_paginas=250,
            per_vorm=2,
        )
        problemen += verslag.problemen
        bezocht[naam] = sum(1 for p in verslag.paginas if p.startswith("/agenda/"))
    assert not problemen, "\n".join(problemen)
    # each role really walked its part of the agenda
    assert bezocht["secretariaat"] >= 15 and bezocht["minister"] >= 10 and bezocht["pa"] >= 5, bezocht
    assert bezocht["pz"] >= 6 and bezocht["directeur"] >= 3 and bezocht["sg"] >= 5, bezocht


def test_de_politiek_assistent_ziet_alleen_politieke_afspraken(week: dict[str, Any]) -> None:
    client = Client()
    client.force_login(week["pa"])
    agenda = Persoon.objects.get(code="hanke-bruins-slot").agenda
    vandaag = timezone.localdate()
    html = _zonder_zachte_afbreekstreepjes(client.get(f"/agenda/{agenda.pk}/week/"))
    assert "Fractieoverleg" in html and "Bewindspersonenoverleg" in html
    assert "Werkbezoek Kadaster" not in html and "Vertrouwelijk gesprek" not in html
    client.force_login(week["minister"])
    html = _zonder_zachte_afbreekstreepjes(client.get(f"/agenda/{agenda.pk}/week/?week={vandaag:%G-W%V}"))
    assert "Werkbezoek Kadaster" in html and "Vertrouwelijk gesprek" in html


def _zonder_zachte_afbreekstreepjes(antwoord: Any) -> str:
    return str(antwoord.content.decode()).replace("\u00ad", "")
