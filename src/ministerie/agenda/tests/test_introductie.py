"""The introduction programme beyond the BZK data and the ordinary weekday: a swearing-in on a
public holiday or a Saturday (the AIVD talk stays on that day, the rest moves to working days), a
made-up ministry that is in no data file, a programme re-planned after the secretariaat changed
part of it by hand, and the tasks on working days."""

from __future__ import annotations

import io
import json
from datetime import date, datetime, time, timedelta
from typing import Any

import pytest
from django.core.management import call_command
from django.test import Client

from ministerie.agenda import services
from ministerie.agenda.laden import STANDAARD_BESTAND, laad
from ministerie.agenda.models import Soort
from ministerie.agenda.tijd import AMSTERDAM, lokaal
from ministerie.organisatie.models import Eenheid, Persoon, Positie, Sturingsrol
from ministerie.termijnen import is_werkdag

pytestmark = pytest.mark.django_db

VASTE_MOMENTEN = [(4, time(10), time(13)), (1, time(8, 30), time(12, 30)), (1, time(14), time(15))]


def _plan(code: str, beediging: date) -> list[dict[str, str]]:
    uit = io.StringIO()
    call_command(
        "agenda",
        "introductie",
        "--bewindspersoon",
        code,
        "--beediging",
        beediging.isoformat(),
        "--json",
        stdout=uit,
        stderr=io.StringIO(),
    )
    return json.loads(uit.getvalue())


def _tiende_werkdag(dag: date) -> date:
    for _ in range(10):
        dag += timedelta(days=1)
        while not is_werkdag(dag):
            dag += timedelta(days=1)
    return dag


def _acceptatie(rijen: list[dict[str, str]], beediging: date, dgs: set[str], *, aivd: bool) -> None:
    """The acceptance of issue 16, for any ministry, person and date."""
    eerste_werkdag = beediging
    while not is_werkdag(eerste_werkdag):
        eerste_werkdag += timedelta(days=1)
    for rij in rijen:
        begin, eind = datetime.fromisoformat(rij["begin"]), datetime.fromisoformat(rij["eind"])
        dag = begin.date()
        if rij["soort"] == "aivd":
            assert dag == beediging, rij  # on the day itself, holiday or not
        else:
            assert is_werkdag(dag), rij
        for weekdag, van, tot in VASTE_MOMENTEN:
            assert not (dag.weekday() == weekdag and begin.time() < tot and van < eind.time()), rij
    for a, b in zip(rijen, rijen[1:], strict=False):
        assert a["eind"] <= b["begin"], (a, b)
    soorten = [r["soort"] for r in rijen]
    assert soorten.count("aivd") == (1 if aivd else 0)
    assert soorten.count("sg") == 1 and soorten.count("overdracht") == 1
    sg = next(r for r in rijen if r["soort"] == "sg")
    assert datetime.fromisoformat(sg["eind"]).date() < beediging
    overdracht = next(r for r in rijen if r["soort"] == "overdracht")
    assert overdracht["begin"][:10] == eerste_werkdag.isoformat()
    tiende = _tiende_werkdag(beediging)
    gezien = {
        r["eenheid"] for r in rijen if r["soort"] == "kennismaking" and r["begin"][:10] <= tiende.isoformat()
    }
    assert dgs <= gezien


@pytest.mark.parametrize(
    "beediging",
    [
        date(2025, 4, 21),  # Easter Monday
        date(2024, 4, 27),  # King's Day on a Saturday
        date(2026, 5, 14),  # Ascension Day
        date(2027, 12, 25),  # Christmas Day on a Saturday
    ],
)
def test_beediging_op_een_vrije_dag(bzk: Any, beediging: date) -> None:
    laad(STANDAARD_BESTAND, door="test")
    rijen = _plan("hanke-bruins-slot", beediging)
    dgs = set(Eenheid.objects.filter(soort=Eenheid.Soort.DIRECTORAAT_GENERAAL).values_list("code", flat=True))
    _acceptatie(rijen, beediging, dgs, aivd=True)
    programma = Persoon.objects.get(code="hanke-bruins-slot").agenda.introductie
    overdracht = programma.afspraken.get(soort=Soort.OVERDRACHT)
    assert "eerste werkdag" in overdracht.omschrijving  # the page says why it is not on the day
    assert "geen werkdag" in programma.afspraken.get(soort=Soort.AIVD).omschrijving


def _verzonnen_ministerie() -> Persoon:
    """A second ministry in the register, in no data file: three DGs with directies, an agency
    owned by a DG, a bewindspersoon with the whole ministry as portfolio."""
    ministerie = Eenheid.objects.create(
        code="venw", naam="Ministerie van Verkeer en Welzijn", soort="ministerie"
    )
    portefeuille = Eenheid.objects.create(
        code="minister-venw",
        naam="Minister van Verkeer en Welzijn",
        soort="bewindspersoon",
        bovenliggende=ministerie,
    )
    sg = Eenheid.objects.create(
        code="venw-sg", naam="SG VenW", soort="secretaris_generaal", bovenliggende=ministerie
    )
    for n in range(1, 4):
        dg = Eenheid.objects.create(
            code=f"venw-dg{n}", naam=f"DG {n} VenW", soort="directoraat_generaal", bovenliggende=sg
        )
        for m in range(1, 4):
            Eenheid.objects.create(
                code=f"venw-dg{n}-dir{m}", naam=f"Directie {n}.{m}", soort="directie", bovenliggende=dg
            )
    dienst = Eenheid.objects.create(
        code="venw-dienst", naam="Dienst Wegen", soort="agentschap", bovenliggende=ministerie
    )
    Sturingsrol.objects.create(
        organisatie=dienst, rol=Sturingsrol.Rol.EIGENAAR, eenheid=Eenheid.objects.get(code="venw-dg1")
    )
    persoon = Persoon.objects.create(code="a-minister", naam="A. Minister")
    Positie.objects.create(eenheid=portefeuille, persoon=persoon, soort=Positie.Soort.LEIDING)
    return persoon


@pytest.mark.parametrize("beediging", [date(2031, 1, 6), date(2031, 3, 28), date(2031, 10, 24)])
def test_een_ander_ministerie_op_andere_dagen(bzk: Any, beediging: date) -> None:
    laad(STANDAARD_BESTAND, door="test")
    _verzonnen_ministerie()
    rijen = _plan("a-minister", beediging)
    _acceptatie(rijen, beediging, {"venw-dg1", "venw-dg2", "venw-dg3"}, aivd=False)
    eenheden = {r["eenheid"] for r in rijen}
    assert {f"venw-dg{n}-dir{m}" for n in range(1, 4) for m in range(1, 4)} <= eenheden
    assert "venw-dienst" in eenheden
    assert not any(r["eenheid"].startswith(("dg", "bzk")) for r in rijen)  # nothing of BZK


def test_opnieuw_plannen_houdt_wat_met_de_hand_is_gewijzigd(bzk: Any, maak_gebruiker: Any) -> None:
    laad(STANDAARD_BESTAND, door="test")
    secretariaat = maak_gebruiker("secretariaat", eenheden=["sg"])
    persoon = Persoon.objects.get(code="hugo-de-jonge")
    beediging = date(2030, 1, 7)
    programma = services.plan_introductie(door=secretariaat, persoon=persoon, beediging=beediging)
    kennismaking = programma.afspraken.get(soort=Soort.KENNISMAKING, eenheid__code="dgbrw")
    nieuw_begin = datetime.combine(date(2030, 1, 9), time(16), tzinfo=AMSTERDAM)
    services.wijzig_afspraak(
        kennismaking,
        door=secretariaat,
        titel=kennismaking.titel,
        soort=kennismaking.soort,
        begin=nieuw_begin,
        eind=nieuw_begin + timedelta(minutes=90),
        eenheid=kennismaking.eenheid,
        toch_opslaan=True,
    )
    aantal = programma.afspraken.count()
    programma = services.plan_introductie(door=secretariaat, persoon=persoon, beediging=beediging)
    assert programma.afspraken.count() == aantal
    dgbrw = programma.afspraken.filter(soort=Soort.KENNISMAKING, eenheid__code="dgbrw")
    assert [lokaal(a.begin) for a in dgbrw] == [nieuw_begin]  # kept, not planned a second time
    # the CV tasks fall on working days: the review before the swearing-in, translations after
    taken = {t.code: t.uiterste_datum for t in programma.taken.all()}
    assert taken["cv-review"] == date(2030, 1, 4) and all(is_werkdag(d) for d in taken.values())


def test_wat_niet_past_staat_op_de_lijst_met_de_reden(bzk: Any, maak_gebruiker: Any) -> None:
    """The bewindspersoon's wishes are kept, and what does not fit is listed with the reason: in
    the programme, on the CLI's stderr and on the page."""
    laad(STANDAARD_BESTAND, door="test")
    secretariaat = maak_gebruiker("secretariaat", eenheden=["sg"])
    persoon = Persoon.objects.get(code="hanke-bruins-slot")
    agenda = services.maak_agenda(door=secretariaat, persoon=persoon)
    beediging = date(2030, 1, 8)
    # a trip abroad fills the first ten working days after the swearing-in
    reis: list[date] = []
    dag = beediging
    while len(reis) < 10:
        dag += timedelta(days=1)
        if is_werkdag(dag):
            reis.append(dag)
    for dag in reis:
        services.maak_afspraak(
            agenda, door=secretariaat, titel="Reis naar Caribisch Nederland", soort=Soort.WERKBEZOEK,
            begin=datetime.combine(dag, time(7), tzinfo=AMSTERDAM),
            eind=datetime.combine(dag, time(20), tzinfo=AMSTERDAM), toch_opslaan=True,
        )  # fmt: skip
    programma = services.plan_introductie_in(
        agenda, door=secretariaat, beediging=beediging, begin=time(13), eind=time(17, 30)
    )
    nieuw = programma.afspraken.all()
    assert nieuw and all(
        time(13) <= lokaal(a.begin).time() and lokaal(a.eind).time() <= time(17, 30)
        for a in nieuw
        if a.soort != Soort.AIVD  # the AIVD talk follows the ceremony on the day itself
    )
    assert not any(lokaal(a.begin).date() in reis for a in nieuw)
    dgs = set(Eenheid.objects.filter(soort=Eenheid.Soort.DIRECTORAAT_GENERAAL).values_list("code", flat=True))
    niet = {n["eenheid"]: n["reden"] for n in programma.niet_gepland}
    assert dgs <= set(niet)
    assert all("binnen 10 werkdagen" in niet[d] for d in dgs)
    assert any(n["titel"].startswith("Overleg over uw agenda") for n in programma.niet_gepland)

    fout = io.StringIO()
    call_command(
        "agenda", "introductie", "--bewindspersoon", persoon.code, "--beediging", beediging.isoformat(),
        stdout=io.StringIO(), stderr=fout,
    )  # fmt: skip
    regels = [r for r in fout.getvalue().splitlines() if r.startswith("Niet gepland: ")]
    assert any("[dgbrw] — geen vrije tijd binnen 10 werkdagen" in r for r in regels), regels

    client = Client()
    client.force_login(secretariaat)
    html = client.get(f"/agenda/{agenda.pk}/introductie/").content.decode()
    assert "niet ingepland</a>" in html and "Geen vrije tijd binnen 10 werkdagen" in html
