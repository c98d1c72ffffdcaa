"""Worked examples: the due date of a request always equals the deadline engine's result for
the verdaging and opschorting the recorded events describe (Woo art. 4.1 lid 5, 4.4)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.core.exceptions import ValidationError

from ministerie.termijnen import bereken
from ministerie.woo import services
from ministerie.woo.models import Verzoek
from ministerie.woo.termijn import publicatiedatum, uiterste_preciseringsdatum

pytestmark = pytest.mark.django_db
ONTVANGEN = date(2026, 3, 2)  # a Monday; 4 weeks later, 30 March 2026, is a working day


def _verzoek(jurist: Any, ontvangen: date = ONTVANGEN) -> Verzoek:
    return services.registreer_verzoek(
        door=jurist,
        kanaal="brief",
        onderwerp="Woningbouw",
        omschrijving="Alle stukken",
        verzoeker_naam="A. Verzoeker",
        verzoeker_adres="Straat 1\n1234 AB Plaats",
        ontvangen_op=ontvangen,
    )


def test_alleen_ontvangst_vier_weken(woo_org: dict[str, Any]) -> None:
    verzoek = _verzoek(woo_org["jurist"])
    assert verzoek.uiterste_datum() == date(2026, 3, 30)
    assert verzoek.uiterste_datum() == bereken("woo", ONTVANGEN).uiterste_datum
    # the engine's own example: 1 March 2027 + 4 weeks is Easter Monday, so 30 March 2027 (Atw)
    assert bereken("woo", date(2027, 3, 1)).uiterste_datum == date(2027, 3, 30)


def test_verdaging_twee_weken(woo_org: dict[str, Any]) -> None:
    verzoek = _verzoek(woo_org["jurist"])
    services.neem_in_behandeling(verzoek, door=woo_org["jurist"])
    services.verdaag(
        verzoek, door=woo_org["jurist"], gemeld_op=date(2026, 3, 20), reden="Omvang: 400 documenten"
    )
    assert verzoek.uiterste_datum() == date(2026, 4, 13)
    assert verzoek.uiterste_datum() == bereken("woo", ONTVANGEN, verdaging=True).uiterste_datum


def test_verdaging_te_laat_en_tweede_verdaging_geweigerd(woo_org: dict[str, Any]) -> None:
    jurist = woo_org["jurist"]
    verzoek = _verzoek(jurist)
    services.neem_in_behandeling(verzoek, door=jurist)
    with pytest.raises(ValidationError, match="te laat"):
        services.verdaag(verzoek, door=jurist, gemeld_op=date(2026, 3, 31), reden="Omvang")
    assert not verzoek.termijngebeurtenissen.exists()  # nothing half-done
    services.verdaag(verzoek, door=jurist, gemeld_op=date(2026, 3, 30), reden="Omvang")
    with pytest.raises(ValidationError, match="één verdaging"):
        services.verdaag(verzoek, door=jurist, gemeld_op=date(2026, 3, 30), reden="Nogmaals")
    with pytest.raises(ValidationError, match="redenen"):
        services.verdaag(verzoek, door=jurist, gemeld_op=date(2026, 3, 30), reden=" ")


def test_opschorting_zienswijze_tot_de_dag_van_ontvangst(woo_org: dict[str, Any]) -> None:
    jurist = woo_org["jurist"]
    verzoek = _verzoek(jurist)
    services.neem_in_behandeling(verzoek, door=jurist)
    derde = services.vraag_zienswijze(
        verzoek,
        door=jurist,
        naam="Bouwbedrijf B.V.",
        gevraagd_op=date(2026, 3, 9),
        verzoeker_geinformeerd_op=date(2026, 3, 9),
        termijn_tot=date(2026, 3, 23),
    )
    verzoek.refresh_from_db()
    assert verzoek.status == Verzoek.Status.OPGESCHORT
    lopend = verzoek.termijn()
    assert lopend.opgeschort and lopend.uiterste_datum is None
    # suspended from 10 March (day after the requester was told) up to the day the view came
    services.registreer_zienswijze(
        derde,
        door=jurist,
        ontvangen_op=date(2026, 3, 20),
        zienswijze="Bezwaar tegen openbaarmaking",
        bezwaar_verwacht=True,
    )
    verzoek.refresh_from_db()
    assert verzoek.status == Verzoek.Status.IN_BEHANDELING
    g = verzoek.termijngebeurtenissen.get()
    assert (g.datum, g.tot) == (date(2026, 3, 10), date(2026, 3, 19))  # 10 days
    assert verzoek.uiterste_datum() == date(2026, 4, 9)
    assert verzoek.uiterste_datum() == bereken("woo", ONTVANGEN, opschorting_dagen=10).uiterste_datum
    assert verzoek.bezwaar_verwacht


def test_opschorting_en_verdaging_samen(woo_org: dict[str, Any]) -> None:
    jurist = woo_org["jurist"]
    verzoek = _verzoek(jurist)
    services.neem_in_behandeling(verzoek, door=jurist)
    derde = services.vraag_zienswijze(
        verzoek,
        door=jurist,
        naam="Derde",
        gevraagd_op=date(2026, 3, 9),
        verzoeker_geinformeerd_op=date(2026, 3, 10),
        termijn_tot=date(2026, 3, 24),
    )
    # view never came: suspended from 11 March up to and including the last day of its term
    services.registreer_zienswijze(derde, door=jurist, ontvangen_op=None, vandaag=date(2026, 3, 25))
    services.verdaag(verzoek, door=jurist, gemeld_op=date(2026, 4, 1), reden="Complex")
    verzoek.refresh_from_db()
    dagen = (date(2026, 3, 24) - date(2026, 3, 11)).days + 1
    assert dagen == 14
    verwacht = bereken("woo", ONTVANGEN, verdaging=True, opschorting_dagen=14).uiterste_datum
    # 30 March + 14 + 14 days = Monday 27 April 2026, Koningsdag: Atw art. 1 moves it to the 28th
    assert verzoek.uiterste_datum() == verwacht == date(2026, 4, 28)


def test_geen_zienswijze_vastleggen_voor_afloop_termijn(woo_org: dict[str, Any]) -> None:
    jurist = woo_org["jurist"]
    verzoek = _verzoek(jurist)
    services.neem_in_behandeling(verzoek, door=jurist)
    derde = services.vraag_zienswijze(
        verzoek,
        door=jurist,
        naam="Derde",
        gevraagd_op=date(2026, 3, 9),
        verzoeker_geinformeerd_op=date(2026, 3, 9),
        termijn_tot=date(2026, 3, 23),
    )
    with pytest.raises(ValidationError, match="loopt nog"):
        services.registreer_zienswijze(derde, door=jurist, ontvangen_op=None, vandaag=date(2026, 3, 23))


def test_precisering_schort_op_en_moet_binnen_twee_weken(woo_org: dict[str, Any]) -> None:
    jurist = woo_org["jurist"]
    verzoek = _verzoek(jurist)
    assert uiterste_preciseringsdatum(ONTVANGEN) == date(2026, 3, 16)
    with pytest.raises(ValidationError, match="Woo art. 4.1 lid 5"):
        services.vraag_precisering(
            verzoek,
            door=jurist,
            vraag="Welke periode?",
            gevraagd_op=date(2026, 3, 17),
            termijn_tot=date(2026, 3, 31),
        )
    services.vraag_precisering(
        verzoek,
        door=jurist,
        vraag="Welke periode?",
        gevraagd_op=date(2026, 3, 6),
        termijn_tot=date(2026, 3, 20),
    )
    verzoek.refresh_from_db()
    assert verzoek.status == Verzoek.Status.VERDUIDELIJKING
    assert verzoek.uiterste_datum() is None  # suspended, no due date while it runs
    services.ontvang_precisering(verzoek, door=jurist, ontvangen_op=date(2026, 3, 11), antwoord="2021")
    verzoek.refresh_from_db()
    assert verzoek.status == Verzoek.Status.IN_BEHANDELING
    # suspended 7 up to and including 10 March: 4 days
    # 30 March + 4 days = Goede Vrijdag 3 April 2026; then weekend and tweede Paasdag: 7 April
    assert verzoek.uiterste_datum() == date(2026, 4, 7)
    assert verzoek.uiterste_datum() == bereken("woo", ONTVANGEN, opschorting_dagen=4).uiterste_datum


def test_precisering_uitgebleven_niet_in_behandeling(woo_org: dict[str, Any]) -> None:
    jurist = woo_org["jurist"]
    verzoek = _verzoek(jurist)
    services.vraag_precisering(
        verzoek,
        door=jurist,
        vraag="Welke periode?",
        gevraagd_op=date(2026, 3, 6),
        termijn_tot=date(2026, 3, 20),
    )
    with pytest.raises(ValidationError, match="loopt nog"):
        services.precisering_uitgebleven(verzoek, door=jurist, vandaag=date(2026, 3, 20))
    services.precisering_uitgebleven(verzoek, door=jurist, vandaag=date(2026, 3, 21))
    verzoek.refresh_from_db()
    assert verzoek.status == Verzoek.Status.NIET_IN_BEHANDELING


def test_verboden_overgang_met_duidelijke_melding(woo_org: dict[str, Any]) -> None:
    jurist = woo_org["jurist"]
    verzoek = _verzoek(jurist)
    services.neem_in_behandeling(verzoek, door=jurist)
    with pytest.raises(ValidationError, match="'In behandeling' kan niet naar 'Verduidelijking gevraagd'"):
        services.vraag_precisering(
            verzoek, door=jurist, vraag="x", gevraagd_op=date(2026, 3, 3), termijn_tot=date(2026, 3, 10)
        )
    services.trek_verzoek_in(verzoek, door=jurist, datum=date(2026, 3, 12))
    with pytest.raises(ValidationError, match="'Ingetrokken' kan niet naar 'Afgerond'"):
        services.rond_af(verzoek, door=jurist)


def test_publicatiedatum_twee_weken_na_bekendmaking() -> None:
    assert publicatiedatum(date(2026, 4, 14)) == date(2026, 4, 28)
    # a Saturday end moves to Monday (Atw art. 1)
    assert publicatiedatum(date(2026, 4, 18)) == date(2026, 5, 4)


def test_elke_overgang_staat_in_de_audittrail(woo_org: dict[str, Any]) -> None:
    from ministerie.core.models import AuditRecord

    jurist = woo_org["jurist"]
    verzoek = _verzoek(jurist)
    services.neem_in_behandeling(verzoek, door=jurist)
    acties = list(AuditRecord.objects.filter(object_id=str(verzoek.pk)).values_list("actie", flat=True))
    assert "woo_verzoek_ontvangen" in acties and "woo_in_behandeling" in acties
