"""An item that is really a Woo request becomes one with one click: the signal goes out with
plain values, the Woo part's answer (its zaaknummer) is kept with the case, which is closed.
A refusal by the Woo part, or no Woo part listening, leaves nothing half-done. (The real
receiver is tested in woo/tests/test_uit_correspondentie.py.)"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from ministerie.core.models import AuditRecord
from ministerie.correspondentie import services
from ministerie.correspondentie.models import Zaak
from ministerie.correspondentie.signalen import als_woo_verzoek_aangemeld

MC = "com-team-maatschappelijke-correspondentie"
ONTVANGEN: list[dict[str, Any]] = []


def _woo(sender: Any, **waarden: Any) -> str:
    if waarden["afzender_naam"] == "Weigeraar":
        raise ValidationError("Het Woo-deel weigert.")
    ONTVANGEN.append(waarden)
    return "WOO-2026-0042"


@pytest.fixture(autouse=True)
def zonder_het_woo_deel() -> Iterator[None]:
    """The Woo part's own receiver (connected in woo/apps.py) is taken away while these tests
    run: they check this part's side with a receiver of their own, or with none."""
    bewaard = list(als_woo_verzoek_aangemeld.receivers)
    als_woo_verzoek_aangemeld.disconnect(dispatch_uid="woo-uit-correspondentie")
    yield
    als_woo_verzoek_aangemeld.receivers = bewaard
    als_woo_verzoek_aangemeld.sender_receivers_cache.clear()


@pytest.fixture
def woo_luistert() -> Iterator[list[dict[str, Any]]]:
    ONTVANGEN.clear()
    als_woo_verzoek_aangemeld.connect(_woo, dispatch_uid="test-woo")
    yield ONTVANGEN
    als_woo_verzoek_aangemeld.disconnect(dispatch_uid="test-woo")


def _brief(naam: str = "Pieter Bakker") -> Zaak:
    return services.maak_zaak(
        kanaal="brief",
        onderwerp="Documenten over de windturbines bij Zeewolde",
        tekst="Ik verzoek u op grond van de Woo om alle documenten over de vergunning.",
        afzender_naam=naam,
        afzender_adres="Dorpsstraat 1\n3891 AA Zeewolde",
        ontvangen_op=timezone.now() - timedelta(days=10),
    )


def test_omzetten_met_een_klik(maak_gebruiker: Any, woo_luistert: list[dict[str, Any]]) -> None:
    # the page offers the button to whoever the Woo part lets register (woo.registreren)
    mc = maak_gebruiker("mc_medewerker", "jurist_czw", eenheden=[MC])
    zaak = _brief()
    client = Client()
    client.force_login(mc)
    assert (
        "Omzetten naar Woo-verzoek"
        in client.get(reverse("correspondentie:zaak", args=[zaak.pk])).content.decode()
    )
    antwoord = client.post(reverse("correspondentie:omzetten-woo", args=[zaak.pk]), follow=True)
    assert "omgezet naar Woo-verzoek WOO-2026-0042" in antwoord.content.decode()
    zaak.refresh_from_db()
    assert zaak.status == Zaak.Status.OMGEZET and zaak.omgezet_naar == "WOO-2026-0042"
    [waarden] = woo_luistert
    assert waarden["zaaknummer"] == zaak.zaaknummer and waarden["ontvangen_op"] == zaak.ontvangen_op
    assert waarden["door"] == mc.pk and waarden["afzender_adres"].endswith("Zeewolde")
    assert AuditRecord.objects.filter(actie="correspondentie_omgezet_naar_woo").count() == 1
    # closed for MC: no second conversion, no button, the request's number shown
    with pytest.raises(ValidationError):
        services.zet_om_naar_woo(zaak, door=mc)
    pagina = client.get(reverse("correspondentie:zaak", args=[zaak.pk])).content.decode()
    assert "Omzetten naar Woo-verzoek" not in pagina and "WOO-2026-0042" in pagina
    assert len(woo_luistert) == 1


def test_weigering_laat_de_zaak_zoals_zij_was(
    maak_gebruiker: Any, woo_luistert: list[dict[str, Any]]
) -> None:
    mc = maak_gebruiker("mc_medewerker", eenheden=[MC])
    zaak = _brief("Weigeraar")
    with pytest.raises(ValidationError, match="weigert"):
        services.zet_om_naar_woo(zaak, door=mc)
    zaak.refresh_from_db()
    assert zaak.status == Zaak.Status.NIEUW and not zaak.omgezet_naar
    assert not AuditRecord.objects.filter(actie="correspondentie_omgezet_naar_woo").exists()
    # outside team MC: refused by the correspondence itself, before Woo hears of it
    directeur = maak_gebruiker("directeur", "mc_medewerker", eenheden=["woningbouw"])
    with pytest.raises(PermissionDenied):
        services.zet_om_naar_woo(_brief(), door=directeur)
    assert woo_luistert == []


def test_zonder_woo_ontvanger_een_duidelijke_weigering(maak_gebruiker: Any) -> None:
    mc = maak_gebruiker("mc_medewerker", eenheden=[MC])
    zaak = _brief()
    with pytest.raises(ValidationError, match="neemt geen verzoeken"):
        services.zet_om_naar_woo(zaak, door=mc)
    zaak.refresh_from_db()
    assert zaak.status == Zaak.Status.NIEUW
