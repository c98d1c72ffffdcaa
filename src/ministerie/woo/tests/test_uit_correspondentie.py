"""The receiver of correspondentie.signalen.als_woo_verzoek_aangemeld (connected here as
WooConfig.ready would): the request is registered through the Woo part's own service, received
on the date the letter came in (the Woo term runs from there), and its zaaknummer is returned."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from ministerie.correspondentie.signalen import als_woo_verzoek_aangemeld
from ministerie.woo.models import Verzoek
from ministerie.woo.uit_correspondentie import bij_correspondentie_naar_woo, omschrijving_uit

UID = "woo-uit-correspondentie"


@pytest.fixture
def woo_luistert() -> Iterator[None]:
    als_woo_verzoek_aangemeld.connect(bij_correspondentie_naar_woo, dispatch_uid=UID)
    yield
    als_woo_verzoek_aangemeld.disconnect(dispatch_uid=UID)


def _stuur(door: int, **anders: Any) -> list[tuple[Any, Any]]:
    waarden: dict[str, Any] = {
        "zaaknummer": "MC-2026-00007",
        "afzender_naam": "Pieter Bakker",
        "afzender_email": "",
        "afzender_adres": "Dorpsstraat 1\n3891 AA Zeewolde",
        "onderwerp": "Documenten over de windturbines bij Zeewolde",
        "tekst": "Ik verzoek u op grond van de Woo om alle documenten over de vergunning.",
        "ontvangen_op": timezone.now() - timedelta(days=10),
        "kanaal": "brief",
        "door": door,
    }
    return als_woo_verzoek_aangemeld.send(sender=None, **(waarden | anders))


def test_omschrijving_blijft_binnen_de_grens_van_woo() -> None:
    assert omschrijving_uit("MC-2026-00001", "Korte vraag.").endswith(
        "(Omgezet uit correspondentiezaak MC-2026-00001 van team MC.)"
    )
    lang = omschrijving_uit("MC-2026-00001", "x" * 50_000)
    assert len(lang) <= 10_000 and lang.endswith("staat in correspondentiezaak MC-2026-00001.)")


def test_verzoek_met_de_ontvangstdatum_van_de_brief(woo_org: dict[str, Any], woo_luistert: None) -> None:
    [(_, zaaknummer)] = _stuur(woo_org["jurist"].pk)
    verzoek = Verzoek.objects.get()
    assert zaaknummer == verzoek.zaaknummer
    assert verzoek.ontvangen_op == (timezone.localdate() - timedelta(days=10))
    assert verzoek.kanaal == Verzoek.Kanaal.BRIEF and verzoek.verzoeker_naam == "Pieter Bakker"
    assert verzoek.verzoeker_adres == "Dorpsstraat 1\n3891 AA Zeewolde"
    assert "MC-2026-00007" in verzoek.omschrijving and "vergunning" in verzoek.omschrijving


def test_zonder_recht_geen_verzoek(woo_org: dict[str, Any], woo_luistert: None) -> None:
    with pytest.raises(PermissionDenied):
        _stuur(woo_org["beleid"].pk)
    assert not Verzoek.objects.exists()
