"""Acceptance of issue 16 on the service and CLI level: the introduction programme with real
dates (near a holiday, across a DST change), the .ics round trip and a refused file, and the
written preparation of a Ministerraad with a late annotation and a Bestuursraad decision that
becomes overdue on Mijn werk."""

from __future__ import annotations

import io
import json
from datetime import date, datetime, time, timedelta
from typing import Any

import icalendar
import pytest
from dateutil.rrule import rrulestr
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from ministerie.agenda import bezetting, services
from ministerie.agenda.laden import STANDAARD_BESTAND, laad
from ministerie.agenda.models import Afspraak, Overleg, Reeks, Soort
from ministerie.agenda.tijd import AMSTERDAM, lokaal
from ministerie.core.levenscyclus import OngeldigeOvergang
from ministerie.core.rubricering import Rubricering
from ministerie.core.werk import werk_voor
from ministerie.organisatie.models import Persoon
from ministerie.termijnen import is_werkdag

pytestmark = pytest.mark.django_db


def _plan(code: str, beediging: str) -> list[dict[str, str]]:
    uit, fout = io.StringIO(), io.StringIO()
    call_command(
        "agenda",
        "introductie",
        "--bewindspersoon",
        code,
        "--beediging",
        beediging,
        "--json",
        stdout=uit,
        stderr=fout,
    )
    return json.loads(uit.getvalue())


def _overlapt(a: dict[str, str], dag: date, van: time, tot: time) -> bool:
    begin, eind = datetime.fromisoformat(a["begin"]), datetime.fromisoformat(a["eind"])
    return begin.date() == dag and begin.time() < tot and van < eind.time()


def _controleer(rijen: list[dict[str, str]], beediging: date, dgs: set[str]) -> None:
    assert rijen
    aivd = [r for r in rijen if r["soort"] == "aivd"]
    assert aivd and all(r["begin"].startswith(beediging.isoformat()) for r in aivd)
    for r in rijen:
        dag = datetime.fromisoformat(r["begin"]).date()
        assert is_werkdag(dag), r
        assert not (dag.weekday() == 4 and _overlapt(r, dag, time(10), time(13))), r
        assert not (dag.weekday() == 1 and _overlapt(r, dag, time(8, 30), time(12, 30))), r
        assert not (dag.weekday() == 1 and _overlapt(r, dag, time(14), time(15))), r  # vragenuur
    tiende = beediging
    for _ in range(10):
        tiende += timedelta(days=1)
        while not is_werkdag(tiende):
            tiende += timedelta(days=1)
    gezien = {
        r["eenheid"]
        for r in rijen
        if r["soort"] == "kennismaking" and datetime.fromisoformat(r["begin"]).date() <= tiende
    }
    assert dgs <= gezien
    sg = [r for r in rijen if r["soort"] == "sg"]
    assert sg and datetime.fromisoformat(sg[0]["eind"]).date() < beediging
    assert [r for r in rijen if r["soort"] == "overdracht"][0]["begin"].startswith(beediging.isoformat())


def test_introductie_minister_bzk_rond_feestdagen_en_zomertijd(bzk: Any) -> None:
    laad(STANDAARD_BESTAND, door="test")
    dgs = {"dgbrw", "dgoo", "dgkr", "bureau-abd", "dgvbr", "dgaivd"}
    # sworn in on the Tuesday after Easter Monday 2024; DST starts on 31 March 2024
    _controleer(_plan("hanke-bruins-slot", "2024-04-02"), date(2024, 4, 2), dgs)
    # re-planned across the end of DST (27 October 2024) and All Saints is no Dutch holiday;
    # then just before Christmas
    _controleer(_plan("hanke-bruins-slot", "2024-10-25"), date(2024, 10, 25), dgs)
    rijen = _plan("hanke-bruins-slot", "2024-12-20")
    _controleer(rijen, date(2024, 12, 20), dgs)
    assert not any(r["begin"][:10] in ("2024-12-25", "2024-12-26", "2025-01-01") for r in rijen)
    # a second run replaces the programme instead of adding to it
    agenda = Persoon.objects.get(code="hanke-bruins-slot").agenda
    assert agenda.afspraken.count() == len(rijen)


def test_introductie_andere_bewindspersoon_en_tekstuitvoer(bzk: Any) -> None:
    uit, fout = io.StringIO(), io.StringIO()
    call_command(
        "agenda",
        "introductie",
        "--bewindspersoon",
        "hugo-de-jonge",
        "--beediging",
        "2022-01-10",
        stdout=uit,
        stderr=fout,
    )
    regels = uit.getvalue().splitlines()
    velden = [r.split("\t") for r in regels]
    assert all(len(v) == 5 for v in velden)
    assert all(len(v[0]) == 16 and v[0][10] == "T" for v in velden)
    soorten = {v[2] for v in velden}
    assert "aivd" not in soorten  # the AIVD is not in this portfolio
    assert {"sg", "overdracht", "kennismaking"} <= soorten
    assert "dgbrw" in {v[4] for v in velden}
    uit = io.StringIO()
    call_command("agenda", "week", "hugo-de-jonge", "2022-W02", stdout=uit)
    assert "dgbrw" in uit.getvalue()
    uit = io.StringIO()
    call_command("agenda", "week", "hugo-de-jonge", "2022-W02", "--ics", stdout=uit)
    assert icalendar.Calendar.from_ical(uit.getvalue()).walk("VEVENT")


def test_overleggen_laden_is_idempotent_en_een_fout_noemt_regel(bzk: Any, tmp_path: Any) -> None:
    eerste = laad(STANDAARD_BESTAND, door="test")
    assert len(eerste.aangemaakt) == Overleg.objects.count() >= 20
    assert laad(STANDAARD_BESTAND, door="test").ongewijzigd
    assert Overleg.objects.get(code="ministerraad").bron_sectie == "2.2"
    slecht = tmp_path / "overleggen.yaml"
    slecht.write_text(
        STANDAARD_BESTAND.read_text(encoding="utf-8").replace("FREQ=WEEKLY;BYDAY=TU", "FREQ=SOMS", 1),
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match=r"overleggen.yaml, regel \d+:"):
        laad(slecht, door="test")


def _agenda(bzk: Any) -> Any:
    return services.maak_agenda(door="test", persoon=Persoon.objects.get(code="hanke-bruins-slot"))


def test_ics_rondgang_zonder_verlies(bzk: Any, maak_gebruiker: Any) -> None:
    secretariaat = maak_gebruiker("secretariaat", eenheden=["sg"], clearance=Rubricering.STG_GEHEIM)
    agenda = _agenda(bzk)
    reeks = services.maak_reeks(
        agenda,
        door=secretariaat,
        titel="PO DGBRW",
        soort=Soort.OVERLEG,
        regel="FREQ=WEEKLY;BYDAY=WE;COUNT=20",
        begin=datetime(2030, 3, 20, 9, tzinfo=AMSTERDAM),
        duur_minuten=60,
        plaats="Turfmarkt 147",
    )
    services.laat_keer_vervallen(reeks, door=secretariaat, moment=datetime(2030, 4, 3, 9, tzinfo=AMSTERDAM))
    Afspraak.objects.create(
        agenda=agenda,
        uid=reeks.uid,
        titel="PO DGBRW (verplaatst)",
        begin=datetime(2030, 4, 11, 14, tzinfo=AMSTERDAM),
        eind=datetime(2030, 4, 11, 15, tzinfo=AMSTERDAM),
        reeks=reeks,
        origineel_begin=datetime(2030, 4, 10, 9, tzinfo=AMSTERDAM),
        aangemaakt_door="test",
    )
    services.maak_afspraak(
        agenda,
        door=secretariaat,
        titel="Geheim overleg",
        soort=Soort.AFSPRAAK,
        begin=datetime(2030, 3, 21, 11, tzinfo=AMSTERDAM),
        eind=datetime(2030, 3, 21, 12, tzinfo=AMSTERDAM),
        rubricering=Rubricering.STG_GEHEIM,
    )
    sleutel = services.vernieuw_feed(agenda, door=secretariaat)
    assert services.agenda_bij_sleutel(sleutel) == agenda
    data = services.feed(agenda)
    kalender = icalendar.Calendar.from_ical(data)
    events = kalender.walk("VEVENT")
    assert "Geheim overleg" not in data.decode()
    serie = next(e for e in events if "RRULE" in e)
    assert serie.decoded("DTSTART") == datetime(2030, 3, 20, 9, tzinfo=AMSTERDAM)
    assert str(serie.decoded("DTSTART").tzinfo) == "Europe/Amsterdam"
    assert serie["RRULE"].to_ical() == b"FREQ=WEEKLY;COUNT=20;BYDAY=WE"
    exdate: Any = serie["EXDATE"]
    assert [d.dt for d in exdate.dts] == [datetime(2030, 4, 3, 9, tzinfo=AMSTERDAM)]
    verplaatst = next(e for e in events if "RECURRENCE-ID" in e)
    assert verplaatst.decoded("RECURRENCE-ID") == datetime(2030, 4, 10, 9, tzinfo=AMSTERDAM)
    assert kalender.walk("VTIMEZONE")
    # a standard expansion of the feed (dateutil's RFC 5545 rules, EXDATE, RECURRENCE-ID) gives
    # the same times as the week view, in Amsterdam wall-clock time across the DST change
    rrule: Any = serie["RRULE"]
    regels = rrulestr(rrule.to_ical().decode(), dtstart=serie.decoded("DTSTART"), forceset=True)
    for d in exdate.dts:
        regels.exdate(d.dt)
    vervangen = {e.decoded("RECURRENCE-ID"): e.decoded("DTSTART") for e in events if "RECURRENCE-ID" in e}
    buiten = sorted(vervangen.get(k, k) for k in regels)
    van, tot = datetime(2030, 3, 1, tzinfo=AMSTERDAM), datetime(2030, 9, 1, tzinfo=AMSTERDAM)
    reeks.refresh_from_db()
    binnen = [i.begin for i in bezetting.items_in(agenda.afspraken.filter(reeks=reeks), [reeks], van, tot)]
    assert len(buiten) == 19 and buiten == binnen
    assert {lokaal(k).time() for k in buiten if k not in vervangen.values()} == {time(9)}
    # and back in: the same series, exception and moved occurrence, across the DST change
    andere = services.maak_agenda(door="test", persoon=Persoon.objects.get(code="hugo-de-jonge"))
    Reeks.objects.filter(uid=reeks.uid).update(uid="oud-" + reeks.uid)  # UIDs are unique across agendas
    n = services.importeer_ics(andere, door=secretariaat, bestand=SimpleUploadedFile("a.ics", data))
    assert n == {"afspraken": 1, "reeksen": 1, "vervangen": 0}
    kopie = andere.reeksen.get()
    assert (kopie.regel, kopie.begin, kopie.plaats) == (
        "FREQ=WEEKLY;COUNT=20;BYDAY=WE",
        reeks.begin,
        "Turfmarkt 147",
    )
    assert kopie.uitzonderingen == ["2030-04-03T09:00:00+02:00"]
    assert andere.afspraken.get().origineel_begin == datetime(2030, 4, 10, 9, tzinfo=AMSTERDAM)


def test_slecht_ics_wordt_geweigerd_met_regel_en_niets_half(bzk: Any, maak_gebruiker: Any) -> None:
    secretariaat = maak_gebruiker("secretariaat", eenheden=["sg"])
    agenda = _agenda(bzk)
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n"
        "BEGIN:VEVENT\r\nUID:goed@x\r\nDTSTART;TZID=Europe/Amsterdam:20240320T090000\r\n"
        "DTEND;TZID=Europe/Amsterdam:20240320T100000\r\nSUMMARY:Goed\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:slecht@x\r\nDTSTART:2024032X\r\nSUMMARY:Slecht\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    )
    with pytest.raises(ValidationError, match="regel 12: DTSTART"):
        services.importeer_ics(agenda, door=secretariaat, bestand=SimpleUploadedFile("b.ics", ics.encode()))
    assert not agenda.afspraken.exists()
    # a refusal found while writing (a series' UID of another agenda) undoes what went before it
    andere = services.maak_agenda(door="test", persoon=Persoon.objects.get(code="hugo-de-jonge"))
    services.maak_reeks(
        andere, door=secretariaat, titel="Van een ander", soort=Soort.OVERLEG, regel="FREQ=WEEKLY",
        begin=datetime(2024, 3, 19, 9, tzinfo=AMSTERDAM), duur_minuten=30,
    )  # fmt: skip
    uid = andere.reeksen.get().uid
    tweede = ics.replace("UID:slecht@x", f"UID:{uid}").replace(
        "DTSTART:2024032X", "DTSTART:20240321T090000\r\nDTEND:20240321T100000\r\nRRULE:FREQ=DAILY"
    )
    with pytest.raises(ValidationError, match=r"regel 10: UID .* hoort bij een andere agenda"):
        services.importeer_ics(
            agenda, door=secretariaat, bestand=SimpleUploadedFile("d.ics", tweede.encode())
        )
    assert not agenda.afspraken.exists() and not agenda.reeksen.exists()
    with pytest.raises(ValidationError, match=r"regel 6: .*\(FREQ\)"):
        services.importeer_ics(
            agenda,
            door=secretariaat,
            bestand=SimpleUploadedFile(
                "c.ics",
                b"BEGIN:VCALENDAR\nRRULE:FREQ=MINUTELY\nBEGIN:VEVENT\nUID:a\nDTSTART:20240320T090000\nRRULE:FREQ=MINUTELY\nEND:VEVENT\nEND:VCALENDAR\n",
            ),
        )


def test_conflict_voor_opslaan_en_bpo_zonder_inhoud(bzk: Any, maak_gebruiker: Any) -> None:
    laad(STANDAARD_BESTAND, door="test")
    secretariaat = maak_gebruiker("secretariaat", eenheden=["sg"])
    agenda = _agenda(bzk)
    begin, eind = datetime(2024, 3, 22, 11, tzinfo=AMSTERDAM), datetime(2024, 3, 22, 12, tzinfo=AMSTERDAM)
    with pytest.raises(ValidationError, match="Ministerraad"):
        services.maak_afspraak(
            agenda, door=secretariaat, titel="Bezoek", soort=Soort.AFSPRAAK, begin=begin, eind=eind
        )
    services.maak_afspraak(
        agenda,
        door=secretariaat,
        titel="Bezoek",
        soort=Soort.AFSPRAAK,
        toch_opslaan=True,
        begin=begin,
        eind=eind,
    )
    with pytest.raises(ValidationError):
        services.maak_afspraak(
            agenda,
            door=secretariaat,
            titel="x",
            soort=Soort.BPO,
            omschrijving="inhoud",
            toch_opslaan=True,
            begin=datetime(2024, 3, 21, 19, tzinfo=AMSTERDAM),
            eind=datetime(2024, 3, 21, 21, tzinfo=AMSTERDAM),
        )


def test_ministerraad_geannoteerd_en_bestuursraadbesluit_op_mijn_werk(bzk: Any, maak_gebruiker: Any) -> None:
    laad(STANDAARD_BESTAND, door="test")
    dv = Rubricering.DEPARTEMENTAAL_VERTROUWELIJK
    ba = maak_gebruiker("parlementaire_zaken", eenheden=["ba-pzmo"], clearance=dv)
    wonen = maak_gebruiker("directeur", eenheden=["woningbouw"], clearance=dv)
    ds = maak_gebruiker("directeur", eenheden=["ds"], clearance=dv)
    minister = maak_gebruiker("bewindspersoon", eenheden=["minister-bzk"], clearance=dv)
    mr = services.maak_vergadering(
        door=ba,
        overleg=Overleg.objects.get(code="ministerraad"),
        begin=datetime(2030, 1, 4, 10, tzinfo=AMSTERDAM),
    )
    punten = [
        services.voeg_punt_toe(mr, door=ba, onderwerp=f"Punt {i}", ministerie="BZK") for i in range(1, 4)
    ]
    from django.utils import timezone

    verleden = timezone.now() - timedelta(hours=1)
    v1 = services.vraag_annotatie(
        punten[0], door=ba, eenheid=wonen.eenheden.get(), uiterste=datetime(2030, 1, 3, 12, tzinfo=AMSTERDAM)
    )
    v2 = services.vraag_annotatie(punten[1], door=ba, eenheid=ds.eenheden.get(), uiterste=verleden)
    assert any(w.soort == "Annotatie gevraagd" for w in werk_voor(wonen))
    assert any(w.soort == "Annotatie te laat" for w in werk_voor(ba))
    services.lever_annotatie(v1, door=wonen, advies="Instemmen.")
    v2 = services.lever_annotatie(v2, door=ds, advies="Instemmen onder voorwaarden.")
    assert v2.te_laat and v2.nota is not None and v2.nota.soort == "vergaderstuk"
    with pytest.raises(OngeldigeOvergang):
        services.lever_annotatie(v1, door=wonen, advies="Nog eens.")
    services.stel_geannoteerd_vast(mr, door=ba)
    from ministerie.agenda import geannoteerd

    regels = geannoteerd.regels(mr, minister.clearance)
    assert [(r.ontbreekt, r.te_laat) for r in regels] == [(False, False), (False, True), (True, False)]
    assert geannoteerd.pdf(mr)[:4] == b"%PDF"
    br = services.maak_vergadering(
        door=ba,
        overleg=Overleg.objects.get(code="bestuursraad"),
        begin=datetime(2030, 1, 7, 10, tzinfo=AMSTERDAM),
    )
    besluit = services.neem_besluit(
        br,
        door=ba,
        besluit="Plan maken.",
        actie="Plan opstellen",
        eenheid=wonen.eenheden.get(),
        uiterste_datum=date(2020, 1, 1),
    )
    item = next(w for w in werk_voor(wonen) if w.soort == "Actie Bestuursraad")
    assert item.te_laat
    services.rond_besluit_af(besluit, door=wonen)
    assert not any(w.soort == "Actie Bestuursraad" for w in werk_voor(wonen))


def test_geleverde_annotatie_verlaat_mijn_werk_van_de_opsteller(
    bzk: Any, maak_gebruiker: Any, client: Any
) -> None:
    """Issue 16: the memo of a delivered annotation was left in Concept on the author's "Mijn
    werk" for ever. Delivered, it is Afgedaan with the hand-over on its timeline and in the audit
    trail; its page offers no edit or send; the annotated agenda still shows its content; a late
    delivery stays late."""
    from django.urls import reverse
    from django.utils import timezone

    from ministerie.agenda import geannoteerd
    from ministerie.core import audit
    from ministerie.core.models import AuditRecord
    from ministerie.stukken.models import Nota
    from ministerie.stukken.services import bewerkweigering

    laad(STANDAARD_BESTAND, door="test")
    dv = Rubricering.DEPARTEMENTAAL_VERTROUWELIJK
    ba = maak_gebruiker("parlementaire_zaken", eenheden=["ba-pzmo"], clearance=dv)
    wonen = maak_gebruiker("directeur", eenheden=["woningbouw"], clearance=dv)
    mr = services.maak_vergadering(
        door=ba,
        overleg=Overleg.objects.get(code="ministerraad"),
        begin=datetime(2030, 1, 4, 10, tzinfo=AMSTERDAM),
    )
    punt = services.voeg_punt_toe(mr, door=ba, onderwerp="Woningbouwimpuls", ministerie="BZK")
    verzoek = services.vraag_annotatie(
        punt, door=ba, eenheid=wonen.eenheden.get(), uiterste=timezone.now() - timedelta(hours=1)
    )
    verzoek = services.lever_annotatie(
        verzoek, door=wonen, advies="Instemmen.", toelichting="Past in het plan."
    )
    assert verzoek.te_laat
    assert verzoek.nota is not None and verzoek.nota.status == Nota.Status.AFGEDAAN
    nota = Nota.objects.get(pk=verzoek.nota.pk)
    assert nota.status == Nota.Status.AFGEDAAN
    assert not [w for w in werk_voor(wonen) if w.titel.startswith(nota.kenmerk)]
    laatste = nota.tijdlijn.last()
    assert laatste is not None and laatste.door == wonen
    assert laatste.omschrijving == "Geleverd als annotatie aan Directie Bestuursadvisering"
    assert laatste.toelichting == f"{mr}, punt 1 (na de uiterste datum)"
    record = AuditRecord.objects.filter(object_type="stukken.Nota", object_id=str(nota.pk)).last()
    assert record is not None and record.actie == "nota_geleverd"
    assert audit.verifieer().intact
    assert bewerkweigering(wonen, nota) is not None

    client.force_login(wonen)
    pagina = client.get(reverse("stukken:nota", args=[nota.pk])).content.decode()
    assert "Afgedaan" in pagina and "Geleverd als annotatie aan Directie Bestuursadvisering" in pagina
    for knop in ("Nota bewerken", "Versturen langs de route", "Route aanpassen", "Bijlage toevoegen"):
        assert knop not in pagina
    assert "vraag wie de nota nu heeft" not in pagina

    services.stel_geannoteerd_vast(mr, door=ba)
    [regel] = geannoteerd.regels(mr, dv)
    assert regel.te_laat and not regel.ontbreekt
    assert (regel.advies, regel.toelichting) == ("Instemmen.", "Past in het plan.")
    client.force_login(ba)
    agenda = client.get(reverse("agenda:geannoteerd", args=[mr.pk])).content.decode()
    assert "Instemmen." in agenda and "Past in het plan." in agenda
