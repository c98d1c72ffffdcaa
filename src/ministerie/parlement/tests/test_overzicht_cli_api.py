"""`ministerie parlement overzicht [--json]`, the API endpoints, and the demo loader."""

from __future__ import annotations

import json
from datetime import date, timedelta
from io import StringIO
from typing import Any

from django.core.management import call_command
from django.utils import timezone

from ministerie.parlement import services
from ministerie.parlement.models import Debat, Kamervragen, Toezegging

from .helpers import maak_kamervragen


def _vulling(mensen: dict[str, Any], e: Any) -> None:
    vandaag = timezone.localdate()
    maak_kamervragen(mensen["pz"], e, nummer="KV-LAAT", ontvangen_op=vandaag - timedelta(days=30))
    maak_kamervragen(mensen["pz"], e, nummer="KV-OPEN", ontvangen_op=vandaag - timedelta(days=1))
    services.registreer_toezegging(
        door=mensen["pz"],
        nummer="TZ-1",
        bewindspersoon=e("minister-bzk"),
        gedaan_in="Debat",
        gedaan_op=vandaag,
        tekst="Brief",
        termijn_tekst="binnen 1 week",
        verantwoordelijke=e("woningbouw"),
    )
    services.registreer_motie(
        door=mensen["pz"],
        nummer="M-1",
        dictum="Verzoekt",
        ingediend_op=vandaag,
        bewindspersoon=e("minister-bzk"),
        verantwoordelijke=e("woningbouw"),
        uitslag="aangenomen",
    )


def test_overzicht_vroegste_eerst(mensen: dict[str, Any], e: Any) -> None:
    _vulling(mensen, e)
    uit = StringIO()
    call_command("parlement", "overzicht", stdout=uit)
    regels = uit.getvalue().splitlines()
    kenmerken = [r.split()[2] for r in regels]
    # overdue questions, commitment in a week, the questions' 3 weeks; the motion has no date: last
    assert kenmerken == ["KV-LAAT", "TZ-1", "KV-OPEN", "M-1"]
    assert "TE LAAT" in regels[0] and "TE LAAT" not in regels[1]
    uit = StringIO()
    call_command("parlement", "overzicht", "--json", stdout=uit)
    data = json.loads(uit.getvalue())
    assert [d["kenmerk"] for d in data] == kenmerken
    assert data[0]["te_laat"] is True and data[3]["uiterste_datum"] is None


def test_overzicht_leeg(db: Any) -> None:
    uit = StringIO()
    call_command("parlement", "overzicht", stdout=uit)
    assert "Niets open" in uit.getvalue()


def test_api_kamervragen_en_toezeggingen(client: Any, mensen: dict[str, Any], e: Any) -> None:
    client.force_login(mensen["pz"])
    antwoord = client.post(
        "/api/v1/kamervragen",
        {
            "kamer": "TK",
            "nummer": "2026Z30001",
            "onderwerp": "API",
            "ontvangen_op": "2026-12-01",
            "vragenstellers": [{"naam": "Jansen", "fractie": "VVD"}],
            "vragen": ["Eén?", "Twee?"],
            "bewindspersoon": "minister-bzk",
            "trekker": "woningbouw",
            "medetrekkers": ["czw"],
        },
        content_type="application/json",
    )
    assert antwoord.status_code == 201, antwoord.content
    assert antwoord.json()["uiterste_datum"] == "2026-12-22"
    assert antwoord.json()["teksten"] == ["Eén?", "Twee?"]
    dubbel = client.post(
        "/api/v1/kamervragen",
        {
            "kamer": "TK",
            "nummer": "2026Z30001",
            "onderwerp": "API",
            "ontvangen_op": "2026-12-01",
            "vragenstellers": [],
            "vragen": ["x"],
            "bewindspersoon": "minister-bzk",
            "trekker": "woningbouw",
        },
        content_type="application/json",
    )
    assert dubbel.status_code == 400 and dubbel["Content-Type"] == "application/problem+json"
    assert client.get("/api/v1/kamervragen?directie=czw").json()["count"] == 1

    tz = client.post(
        "/api/v1/toezeggingen",
        {
            "kamer": "TK",
            "bewindspersoon": "minister-bzk",
            "gedaan_in": "Debat",
            "gedaan_op": "2026-03-10",
            "tekst": "Brief",
            "termijn_tekst": "voor de zomer",
            "verantwoordelijke": "woningbouw",
        },
        content_type="application/json",
    )
    assert tz.status_code == 201, tz.content
    assert tz.json()["uiterste_datum"] == "2026-07-02"
    fout = client.post(
        "/api/v1/toezeggingen",
        {
            "kamer": "TK",
            "bewindspersoon": "minister-bzk",
            "gedaan_in": "Debat",
            "gedaan_op": "2026-03-10",
            "tekst": "Brief",
            "termijn_tekst": "ooit",
            "verantwoordelijke": "woningbouw",
        },
        content_type="application/json",
    )
    assert fout.status_code == 400
    assert any(p["name"] == "termijn_tekst" for p in fout.json()["invalidParams"])
    status = client.post(
        f"/api/v1/toezeggingen/{tz.json()['id']}/status",
        {"status": "voldaan"},
        content_type="application/json",
    )
    assert status.json()["status"] == "voldaan"
    assert client.get("/api/v1/parlement/overzicht").json()[0]["kenmerk"] == "2026Z30001"


def test_api_debat(client: Any, mensen: dict[str, Any], e: Any) -> None:
    debat = services.maak_debat(
        door=mensen["pz"],
        soort="plenair",
        titel="Begroting",
        datum=date(2026, 12, 2),
        bewindspersoon=e("minister-bzk"),
        trekker=e("woningbouw"),
        deelnemers=[("Jansen", "VVD")],
    )
    client.force_login(mensen["pz"])
    lid = debat.deelnemers.get().pk
    vraag = client.post(
        f"/api/v1/debatten/{debat.pk}/vragen",
        {"deelnemer": lid, "tekst": "Hoe?"},
        content_type="application/json",
    )
    assert vraag.status_code == 201, vraag.content
    client.force_login(mensen["minister"])
    gemarkeerd = client.post(
        f"/api/v1/debatvragen/{vraag.json()['id']}/status",
        {"status": "schriftelijk"},
        content_type="application/json",
    )
    assert gemarkeerd.json()["uiterste_datum"] == "2026-12-23"
    client.force_login(mensen["pz"])
    tz = client.post(
        f"/api/v1/debatten/{debat.pk}/toezeggingen",
        {
            "toezeggingen": [
                {"tekst": "A", "termijn_tekst": "Q1 2027"},
                {"tekst": "B", "termijn_tekst": "medio 2027"},
            ]
        },
        content_type="application/json",
    )
    assert tz.status_code == 201 and len(tz.json()) == 2
    detail = client.get(f"/api/v1/debatten/{debat.pk}").json()
    assert detail["status"] == "live" and detail["vragen"][0]["status"] == "schriftelijk"
    assert Toezegging.objects.filter(debat=debat).count() == 2


def test_api_import(client: Any, mensen: dict[str, Any]) -> None:
    client.force_login(mensen["pz"])
    data = {
        "toezeggingen": [
            {
                "nummer": "T1",
                "bewindspersoon": "minister-bzk",
                "gedaan_in": "D",
                "gedaan_op": "2026-01-10",
                "tekst": "x",
                "termijn": "Q2 2026",
                "verantwoordelijke": "woningbouw",
            }
        ]
    }
    antwoord = client.post("/api/v1/parlement/import", data, content_type="application/json")
    assert antwoord.status_code == 200 and antwoord.json()["toezeggingen"]["nieuw"] == 1
    data["toezeggingen"][0]["termijn"] = "ooit"
    fout = client.post("/api/v1/parlement/import", data, content_type="application/json")
    assert fout.status_code == 400 and "toezeggingen[1]" in json.dumps(fout.json())
    client.force_login(mensen["beleid"])
    assert client.post("/api/v1/parlement/import", data, content_type="application/json").status_code == 403


def test_demo_lader_is_idempotent(mensen: dict[str, Any], settings: Any) -> None:
    from ministerie.parlement.demo import laad_parlement_demo

    laad_parlement_demo()
    aantallen = (Debat.objects.count(), Kamervragen.objects.count(), Toezegging.objects.count())
    assert aantallen == (1, 1, 1)
    debat = Debat.objects.get()
    assert debat.agenda.count() == 2 and debat.vragen.count() == 1
    laad_parlement_demo()
    assert (Debat.objects.count(), Kamervragen.objects.count(), Toezegging.objects.count()) == aantallen
    # the demo commitment is overdue: the director of Woningbouw sees it
    from ministerie.core.werk import werk_voor

    assert any(i.te_laat and "TZ-DEMO" in i.titel for i in werk_voor(mensen["directeur"]))


def test_api_voorbereiden_en_kamerbrief(client: Any, mensen: dict[str, Any], e: Any) -> None:
    from ministerie.stukken import services as stukken

    from .helpers import teken

    client.force_login(mensen["pz"])
    debat = client.post(
        "/api/v1/debatten",
        {
            "soort": "commissiedebat",
            "titel": "API-debat",
            "datum": "2026-12-02",
            "bewindspersoon": "minister-bzk",
            "trekker": "woningbouw",
            "agenda": ["Wonen"],
            "deelnemers": [{"naam": "Jansen", "fractie": "VVD"}],
            "themas": [{"titel": "Wonen", "directie": "woningbouw"}],
        },
        content_type="application/json",
    )
    assert debat.status_code == 201, debat.content
    assert debat.json()["themas"][0]["directie"] == "woningbouw"

    kv = maak_kamervragen(mensen["pz"], e, ontvangen_op=timezone.localdate())
    client.force_login(mensen["beleid"])
    antwoord = client.post(f"/api/v1/kamervragen/{kv.pk}/antwoordnota", content_type="application/json")
    assert antwoord.status_code == 201 and antwoord.json()["antwoord_nota"].startswith("BZK-")
    assert client.post(f"/api/v1/kamervragen/{kv.pk}/antwoordnota").status_code == 400  # already there

    mv = services.registreer_mondelinge_vraag(
        door=mensen["pz"],
        datum=timezone.localdate(),
        vragensteller="Jansen",
        onderwerp="Huur",
        bewindspersoon=e("minister-bzk"),
        trekker=e("woningbouw"),
    )
    blad = client.post(
        f"/api/v1/mondelinge-vragen/{mv.pk}/antwoordblad",
        {"antwoordblad": "Kern: ..."},
        content_type="application/json",
    )
    assert blad.json()["status"] == "voorbereid"
    motie = services.registreer_motie(
        door=mensen["pz"],
        nummer="M-9",
        dictum="Verzoekt",
        ingediend_op=timezone.localdate(),
        bewindspersoon=e("minister-bzk"),
        verantwoordelijke=e("woningbouw"),
        uitslag="aangenomen",
    )
    uitvoering = client.post(
        f"/api/v1/moties/{motie.pk}/uitvoering",
        {"uitvoering": "Halfjaarlijkse brief", "uitvoeren_voor": "2027-06-01"},
        content_type="application/json",
    )
    assert uitvoering.json()["uitvoeren_voor"] == "2027-06-01"

    nota = stukken.maak_nota(
        door=mensen["beleid"],
        soort="kamerbrief",
        onderwerp="Brief",
        aan="de minister",
        eenheid=e("woningbouw-woningbouwbeleid"),
    )
    from ministerie.stukken.route import stel_route_voor

    stukken.stel_route_in(
        nota, door=mensen["beleid"], stappen=stel_route_voor(mensen["beleid"], nota.eenheid)
    )
    client.force_login(mensen["pz"])
    kb = client.post(
        "/api/v1/kamerbrieven", {"nota": nota.kenmerk, "moties": [motie.pk]}, content_type="application/json"
    )
    assert kb.status_code == 201, kb.content
    vroeg = client.post(
        f"/api/v1/kamerbrieven/{kb.json()['id']}/verzenden",
        {"kamerstuk": "32847, nr. 9", "verzonden_op": str(timezone.localdate())},
        content_type="application/json",
    )
    assert vroeg.status_code == 400  # not signed yet
    teken(nota)
    verzonden = client.post(
        f"/api/v1/kamerbrieven/{kb.json()['id']}/verzenden",
        {"kamerstuk": "32847, nr. 9", "verzonden_op": str(timezone.localdate())},
        content_type="application/json",
    )
    assert verzonden.status_code == 200 and verzonden.json()["kamerstuk"] == "32847, nr. 9"
    assert client.get(f"/api/v1/moties/{motie.pk}").json()["uitgevoerd_op"] == str(timezone.localdate())
