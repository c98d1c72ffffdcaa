"""Debates: questions entered live, marked on the tablet, follow-ups in writing as work with a
term, commitments registered from the debate in one step."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from ministerie.core.werk import werk_voor
from ministerie.parlement import services
from ministerie.parlement.models import Debat, Debatvraag, Toezegging


@pytest.fixture
def debat(mensen: dict[str, Any], e: Any) -> Debat:
    return services.maak_debat(
        door=mensen["pz"],
        soort=Debat.Soort.COMMISSIEDEBAT,
        titel="Commissiedebat Wonen",
        datum=date(2026, 12, 2),
        bewindspersoon=e("minister-bzk"),
        trekker=e("woningbouw"),
        agenda=["Bouwtempo", "Flexwonen"],
        deelnemers=[("Jansen", "VVD"), ("De Vries", "GL-PvdA")],
        themas=[("Bouwtempo", e("woningbouw")), ("Rechtspraak", e("czw"))],
    )


def test_voorbereiden_per_thema_door_de_directie(debat: Debat, mensen: dict[str, Any]) -> None:
    bouw, recht = debat.themas.order_by("pk")
    services.bereid_thema_voor(bouw, door=mensen["beleid"], voorgesteld_antwoord="Op koers.")
    with pytest.raises(PermissionDenied):
        services.bereid_thema_voor(recht, door=mensen["beleid"], voorgesteld_antwoord="Niet van ons.")
    services.bereid_thema_voor(recht, door=mensen["czw"], voorgesteld_antwoord="Wel van ons.")
    assert debat.agenda.count() == 2 and debat.deelnemers.count() == 2


def test_live_vragen_en_markeren(debat: Debat, mensen: dict[str, Any], client: Any) -> None:
    jansen = debat.deelnemers.get(naam="Jansen")
    bouw = debat.themas.get(titel="Bouwtempo")
    services.bereid_thema_voor(bouw, door=mensen["pz"], voorgesteld_antwoord="Op koers.")
    v1 = services.voeg_debatvraag_toe(
        debat, door=mensen["pz"], deelnemer=jansen, thema=bouw, tekst="Hoeveel?"
    )
    v2 = services.voeg_debatvraag_toe(debat, door=mensen["pz"], deelnemer=jansen, tekst="Wanneer?")
    debat.refresh_from_db()
    assert debat.status == Debat.Status.LIVE
    assert Debatvraag.objects.get(pk=v1.pk).voorgesteld_antwoord == "Op koers."
    with pytest.raises(PermissionDenied):
        services.voeg_debatvraag_toe(debat, door=mensen["minister"], deelnemer=jansen, tekst="x")

    # the tablet's poll answers 204 while nothing changed, and the fragment after a change
    client.force_login(mensen["minister"])
    url = f"/parlement/debatten/{debat.pk}/live/vragen/"
    assert client.get(url, {"versie": debat.versie}).status_code == 204
    antwoord = client.get(url, {"versie": debat.versie - 1})
    assert antwoord.status_code == 200 and "Hoeveel?" in antwoord.content.decode()
    per_thema = client.get(url, {"groepering": "thema"}).content.decode()
    assert "Zonder thema" in per_thema and "Bouwtempo" in per_thema

    services.markeer_debatvraag(v1, door=mensen["minister"], status="beantwoord")
    services.markeer_debatvraag(v2, door=mensen["minister"], status="schriftelijk")
    v2.refresh_from_db()
    # in writing: work for the coordinating directie, three weeks from the debate
    assert (
        v2.trekker is not None and v2.trekker.code == "woningbouw" and v2.uiterste_datum == date(2026, 12, 23)
    )
    assert any(i.soort.startswith("Debat") for i in werk_voor(mensen["beleid"]))
    with pytest.raises(PermissionDenied):
        services.markeer_debatvraag(v1, door=mensen["beleid"], status="open")
    with pytest.raises(ValidationError):
        services.markeer_debatvraag(v1, door=mensen["minister"], status="beantwoord")
    services.registreer_nagestuurd(v2, door=mensen["beleid"], op=timezone.localdate())
    assert not any(i.soort.startswith("Debat") for i in werk_voor(mensen["beleid"]))


def test_markeren_via_htmx_geeft_fragment(debat: Debat, mensen: dict[str, Any], client: Any) -> None:
    v = services.voeg_debatvraag_toe(
        debat, door=mensen["pz"], deelnemer=debat.deelnemers.first(), tekst="Een vraag?"
    )
    client.force_login(mensen["minister"])
    antwoord = client.post(
        f"/parlement/debatvragen/{v.pk}/markeren/", {"status": "beantwoord"}, HTTP_HX_REQUEST="true"
    )
    assert antwoord.status_code == 200 and "live-versie" in antwoord.content.decode()
    assert Debatvraag.objects.get(pk=v.pk).status == "beantwoord"


def test_toezeggingen_uit_debat_in_een_stap(debat: Debat, mensen: dict[str, Any], e: Any) -> None:
    nieuw = services.registreer_toezeggingen_uit_debat(
        debat,
        door=mensen["pz"],
        regels=[
            {"tekst": "Brief over bouwtempo", "termijn_tekst": "voor de zomer", "verantwoordelijke": None},
            {"tekst": "", "termijn_tekst": ""},
            {
                "tekst": "Overzicht rechtspraak",
                "termijn_tekst": "binnen zes weken",
                "verantwoordelijke": e("czw"),
            },
        ],
    )
    assert [t.verantwoordelijke.code for t in nieuw] == ["woningbouw", "czw"]
    assert nieuw[0].uiterste_datum == date(2027, 7, 1)
    assert nieuw[1].uiterste_datum == date(2026, 12, 2) + timedelta(weeks=6)
    assert all(t.debat_id == debat.pk and t.gedaan_op == debat.datum for t in nieuw)
    # one wrong line: nothing is registered
    with pytest.raises(ValidationError, match="Toezegging 2"):
        services.registreer_toezeggingen_uit_debat(
            debat,
            door=mensen["pz"],
            regels=[
                {"tekst": "Goed", "termijn_tekst": "Q1 2027"},
                {"tekst": "Fout", "termijn_tekst": "ooit"},
            ],
        )
    assert Toezegging.objects.count() == 2


def test_debat_levensloop(debat: Debat, mensen: dict[str, Any]) -> None:
    services.start_debat(debat, door=mensen["pz"])
    with pytest.raises(ValidationError):
        services.start_debat(debat, door=mensen["pz"])
    services.sluit_debat(debat, door=mensen["pz"])
    with pytest.raises(ValidationError, match="afgelopen"):
        services.voeg_debatvraag_toe(
            debat, door=mensen["pz"], deelnemer=debat.deelnemers.first(), tekst="Laat"
        )


def test_nasturen_via_de_debatpagina(debat: Debat, mensen: dict[str, Any], client: Any) -> None:
    v = services.voeg_debatvraag_toe(
        debat, door=mensen["pz"], deelnemer=debat.deelnemers.first(), tekst="Later?"
    )
    services.markeer_debatvraag(v, door=mensen["minister"], status="schriftelijk")
    client.force_login(mensen["czw"])
    assert "Vandaag nagestuurd" not in client.get(f"/parlement/debatten/{debat.pk}/").content.decode()
    client.post(f"/parlement/debatvragen/{v.pk}/nagestuurd/", {"verzonden_op": "2026-12-10"})
    assert Debatvraag.objects.get(pk=v.pk).nagestuurd_op is None  # another directie: refused
    client.force_login(mensen["beleid"])
    assert "Vandaag nagestuurd" in client.get(f"/parlement/debatten/{debat.pk}/").content.decode()
    client.post(f"/parlement/debatvragen/{v.pk}/nagestuurd/", {"verzonden_op": "2026-12-10"})
    assert str(Debatvraag.objects.get(pk=v.pk).nagestuurd_op) == "2026-12-10"
