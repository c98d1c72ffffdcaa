"""An item team MC received that is really an objection becomes one with one click: the
objections part registers it (acknowledgement included) and the correspondence case keeps the
objection's number. Without the right, or by phone, nothing is converted."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from ministerie.bezwaar import services as bezwaar_services
from ministerie.bezwaar.models import Bezwaar
from ministerie.correspondentie import services
from ministerie.correspondentie.models import Zaak
from ministerie.termijnen import bereken

MC = "com-team-maatschappelijke-correspondentie"


def _brief(kanaal: str = "brief") -> Zaak:
    return services.maak_zaak(
        kanaal=kanaal,
        onderwerp="Bezwaar tegen uw Woo-besluit",
        tekst="Hierbij maak ik bezwaar tegen uw besluit van 1 november over de windturbines.",
        afzender_naam="Pieter Bakker",
        afzender_adres="Dorpsstraat 1\n3891 AA Zeewolde",
        ontvangen_op=timezone.now() - timedelta(days=3),
    )


def test_omzetten_naar_bezwaar_met_een_klik(maak_gebruiker: Any) -> None:
    mc = maak_gebruiker("mc_medewerker", eenheden=[MC])
    zaak = _brief()
    client = Client()
    client.force_login(mc)
    assert (
        "Omzetten naar bezwaar"
        in client.get(reverse("correspondentie:zaak", args=[zaak.pk])).content.decode()
    )
    antwoord = client.post(reverse("correspondentie:omzetten-bezwaar", args=[zaak.pk]), follow=True)
    bezwaar = Bezwaar.objects.get()
    assert f"omgezet naar bezwaar {bezwaar.zaaknummer}" in antwoord.content.decode()
    zaak.refresh_from_db()
    assert zaak.status == Zaak.Status.OMGEZET and zaak.omgezet_naar == bezwaar.zaaknummer
    assert bezwaar.bron_zaaknummer == zaak.zaaknummer and bezwaar.geregistreerd_door == mc
    assert bezwaar.ontvangen_op == timezone.localtime(zaak.ontvangen_op).date()
    assert bezwaar.besluit_bekendgemaakt_op is None and bezwaar.tijdig() is None
    assert bezwaar.brieven.filter(soort="ontvangstbevestiging").exists()
    # MC follows what it passed on; a second conversion is refused, the button gone
    assert client.get(reverse("bezwaar:bezwaar", args=[bezwaar.pk])).status_code == 200
    with pytest.raises(ValidationError):
        services.zet_om_naar_bezwaar(zaak, door=mc)
    pagina = client.get(reverse("correspondentie:zaak", args=[zaak.pk])).content.decode()
    assert "Omzetten naar bezwaar" not in pagina and bezwaar.zaaknummer in pagina
    # the jurist records the contested decision: timeliness and the decision term follow
    jurist = maak_gebruiker("jurist_czw")
    bekend = bezwaar.ontvangen_op - timedelta(days=20)
    bezwaar = bezwaar_services.wijzig_besluit(
        bezwaar, door=jurist, besluit="Woo-besluit 2026-0042", besluit_bekendgemaakt_op=bekend
    )
    einde = bereken("bezwaartermijn", bekend).uiterste_datum
    assert bezwaar.tijdig() is True
    assert bezwaar.uiterste_datum() == bereken("beslissing-bezwaar", einde).uiterste_datum


def test_telefoon_is_geen_bezwaarschrift(maak_gebruiker: Any) -> None:
    mc = maak_gebruiker("mc_medewerker", eenheden=[MC])
    zaak = _brief("telefoon")
    with pytest.raises(ValidationError, match="6:4"):
        services.zet_om_naar_bezwaar(zaak, door=mc)
    zaak.refresh_from_db()
    assert zaak.status == Zaak.Status.NIEUW and not Bezwaar.objects.exists()
