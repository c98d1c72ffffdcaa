"""Appointments, meeting structures, meetings (with their agenda items) and Bestuursraad
decisions in the header search (core.zoekpagina): found by a word in them by whoever the agenda
pages show them to; no hit and no count for anyone else (another minister's agenda, an
appointment above the clearance, a non-political one for the politiek assistent, a structure,
meeting or decision without the right)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest

from ministerie.agenda.models import Afspraak, Agenda, Agendapunt, Besluit, Overleg, Soort, Vergadering
from ministerie.agenda.tijd import AMSTERDAM
from ministerie.core.rubricering import Rubricering
from ministerie.core.zoekpagina import zoek_overal
from ministerie.organisatie.models import Eenheid, Persoon

pytestmark = pytest.mark.django_db

AGENDA = ["afspraak", "afspraakreeks", "overleg", "vergadering", "bestuursraadbesluit"]


def _ids(gebruiker: Any, vraag: str) -> set[str]:
    return {t.id for t in zoek_overal(gebruiker, vraag, soorten=AGENDA).treffers}


def _niets(gebruiker: Any, vraag: str) -> None:
    uitkomst = zoek_overal(gebruiker, vraag, soorten=AGENDA)
    assert uitkomst.totaal == 0 and not uitkomst.treffers
    assert all(f.aantal == 0 for f in uitkomst.soorten if f.waarde in AGENDA)


def _afspraak(agenda: Agenda, titel: str, **velden: Any) -> Afspraak:
    begin = datetime(2030, 3, 4, 10, tzinfo=AMSTERDAM)
    return Afspraak.objects.create(
        agenda=agenda,
        uid=titel,
        titel=titel,
        begin=begin,
        eind=begin + timedelta(hours=1),
        aangemaakt_door="test",
        **velden,
    )


def test_afspraken_alleen_zoals_de_agendapaginas_ze_tonen(
    maak_gebruiker: Any, django_capture_on_commit_callbacks: Any
) -> None:
    # units and persons are in the search too: everything saved in captured blocks, so the
    # appointments' indexing job does not join one planned outside them
    with django_capture_on_commit_callbacks(execute=True):
        wonen = Eenheid.objects.create(code="pf-wonen", naam="Wonen", soort=Eenheid.Soort.BEWINDSPERSOON)
        persoon = Persoon.objects.create(code="minister-wonen", naam="Minister Wonen")
        secretariaat = maak_gebruiker("secretariaat", eenheden=["sg"])
        hoog = maak_gebruiker("secretariaat", eenheden=["sg"], clearance=Rubricering.STG_GEHEIM)
        minister = maak_gebruiker("bewindspersoon", eenheden=["elders"])
        ander = maak_gebruiker("bewindspersoon", eenheden=["pf-elders"])
        andere_assistent = maak_gebruiker("politiek_assistent", eenheden=["pf-elders"])
        assistent = maak_gebruiker("politiek_assistent", eenheden=["pf-wonen"])
        directeur = maak_gebruiker("directeur", eenheden=["pf-wonen"], clearance=Rubricering.STG_GEHEIM)
        agenda = Agenda.objects.create(persoon=persoon, eenheid=wonen)
        gewoon = _afspraak(agenda, "Werkbezoek Zonnedorp", omschrijving="Nieuwbouwwijk bekijken")
        politiek = _afspraak(agenda, "Fractieoverleg Zonnedorp", soort=Soort.POLITIEK)
        geheim = _afspraak(
            agenda, "Veiligheidsoverleg Zonnedorp", soort=Soort.AIVD, rubricering=Rubricering.STG_GEHEIM
        )
    a, p, g = (f"afspraak:{x.pk}" for x in (gewoon, politiek, geheim))

    assert _ids(secretariaat, "nieuwbouwwijk") == {a}  # a word in its description
    assert _ids(secretariaat, "Zonnedorp") == {a, p}  # not the Stg. Geheim one
    assert _ids(hoog, "Zonnedorp") == {a, p, g}
    assert zoek_overal(hoog, "Zonnedorp", soorten=AGENDA).treffers[0].url.startswith("/agenda/afspraken/")

    # the minister: their own agenda through their person, without being in its unit
    minister.persoon = persoon
    minister.save()
    with django_capture_on_commit_callbacks(execute=True):
        agenda.save()  # the agenda's accounts are part of what is indexed
    assert _ids(minister, "Zonnedorp") == {a, p}
    # another minister, and a politiek assistent of another portfolio: nothing, not even a count
    _niets(ander, "Zonnedorp")
    _niets(andere_assistent, "Zonnedorp")
    # the politiek assistent of this portfolio: only the political appointment
    uitkomst = zoek_overal(assistent, "Zonnedorp", soorten=AGENDA)
    assert {t.id for t in uitkomst.treffers} == {p} and uitkomst.totaal == 1
    # no agenda right in the unit itself
    _niets(directeur, "Zonnedorp")
    # the command line sees everything that exists; a deleted appointment leaves the index
    assert _ids(None, "Zonnedorp") == {a, p, g}
    with django_capture_on_commit_callbacks(execute=True):
        gewoon.delete()
    assert _ids(None, "Zonnedorp") == {p, g}


def test_overleggen_vergaderingen_en_besluiten_met_recht_en_rubricering(
    maak_gebruiker: Any, django_capture_on_commit_callbacks: Any
) -> None:
    dv = Rubricering.DEPARTEMENTAAL_VERTROUWELIJK
    begin = datetime(2030, 1, 4, 10, tzinfo=AMSTERDAM)
    with django_capture_on_commit_callbacks(execute=True):  # units are indexed too: all in one job
        overleg = {
            soort: Overleg.objects.create(
                code=soort,
                naam=soort.capitalize(),
                soort=soort,
                regel="FREQ=WEEKLY;BYDAY=FR",
                vanaf=date(2030, 1, 4),
                begintijd=datetime(2030, 1, 4, 10).time(),
                duur_minuten=60,
                bron_sectie="2.2",
                voorzitter="Premier Zeldenrust" if soort == "ministerraad" else "SG",
            )
            for soort in ("ministerraad", "bestuursraad")
        }
        woningbouw = Eenheid.objects.create(
            code="woningbouw", naam="Woningbouw", soort=Eenheid.Soort.DIRECTIE
        )
        pz = maak_gebruiker("parlementaire_zaken", clearance=dv)
        pz_laag = maak_gebruiker("parlementaire_zaken")
        sg = maak_gebruiker("secretaris_generaal", clearance=dv)
        directeur = maak_gebruiker("directeur", eenheden=["woningbouw"], clearance=dv)
        directeur_elders = maak_gebruiker("directeur", eenheden=["elders"], clearance=dv)
        zonder_rol = maak_gebruiker(eenheden=["woningbouw"], clearance=dv)
        mr = Vergadering.objects.create(
            overleg=overleg["ministerraad"], titel="Ministerraad 4 januari", begin=begin, aangemaakt_door="t"
        )
        Agendapunt.objects.create(vergadering=mr, volgorde=1, onderwerp="Stikstofakkoord", ministerie="LNV")
        br = Vergadering.objects.create(
            overleg=overleg["bestuursraad"], titel="Bestuursraad 4 januari", begin=begin, aangemaakt_door="t"
        )
        besluit = Besluit.objects.create(
            vergadering=br,
            nummer=1,
            besluit="De Bestuursraad stemt in met het huisvestingsplan",
            actie="Uitwerken",
            eenheid=woningbouw,
            uiterste_datum=date(2030, 2, 1),
        )
    m, b = f"vergadering:{mr.pk}", f"bestuursraadbesluit:{besluit.pk}"

    # an agenda item of the Ministerraad is found through its meeting
    assert _ids(pz, "stikstofakkoord") == {m}
    # the meeting structure (not classified) by its chair, for all staff; not without a role
    o = f"overleg:{overleg['ministerraad'].pk}"
    assert _ids(directeur, "Zeldenrust") == {o}
    assert (
        zoek_overal(directeur, "Zeldenrust", soorten=AGENDA).treffers[0].url
        == "/agenda/overleggen/ministerraad/"
    )
    _niets(zonder_rol, "Zeldenrust")
    # a meeting is Departementaal Vertrouwelijk by default: not below that clearance
    _niets(pz_laag, "stikstofakkoord")
    # the SG sees the Bestuursraad and its decisions
    assert _ids(sg, "huisvestingsplan") == {b}
    assert (
        zoek_overal(sg, "huisvestingsplan", soorten=AGENDA).treffers[0].url.endswith(f"#besluit-{besluit.pk}")
    )
    # a director: the decisions their unit owns, not those of another unit, no meetings at all
    assert _ids(directeur, "huisvestingsplan") == {b}
    _niets(directeur_elders, "huisvestingsplan")
    _niets(directeur, "stikstofakkoord")
    # a decision is as classified as its meeting; a change of the meeting re-indexes it
    with django_capture_on_commit_callbacks(execute=True):
        br.rubricering = Rubricering.STG_CONFIDENTIEEL
        br.save()
    _niets(sg, "huisvestingsplan")
