"""Sample URL parameters for the generated permission test (core/tests/test_permissies_gegenereerd.py)."""

from __future__ import annotations

from typing import Any

from django.core import signing
from django.utils import timezone


def _klacht() -> Any:
    from ministerie.klachten.models import Klacht

    klacht, _ = Klacht.objects.get_or_create(
        zaaknummer="KL-2026-99999",
        defaults={
            "kanaal": "brief",
            "onderwerp": "Voorbeeld",
            "omschrijving": "Voorbeeld",
            "klager_naam": "Voorbeeld",
            "klager_adres": "Voorbeeldstraat 1",
            "ontvangen_op": timezone.localdate(),
        },
    )
    return klacht


def _brief(klacht: Any) -> Any:
    from django.core.files.base import ContentFile

    from ministerie.klachten.models import Brief

    bestaand = klacht.brieven.first()
    if bestaand is not None:
        return bestaand
    brief = Brief(
        klacht=klacht, soort="ontvangstbevestiging", datum=klacht.ontvangen_op, onderwerp="x", tekst="x"
    )
    brief.pdf.save("voorbeeld.pdf", ContentFile(b"%PDF-1.4"), save=False)
    brief.save()
    return brief


def voorbeeld_kwargs(route_naam: str, patroon: str) -> dict | None:
    if not route_naam.startswith(("klachten:", "api:klacht")):
        return None
    if "<str:token>" in patroon:
        return {"token": signing.dumps(_klacht().pk, salt="klacht-bevestiging")}
    if "<int:jaar>" in patroon:
        return {"jaar": timezone.localdate().year}
    if "<int:pk>" not in patroon:
        return None
    klacht = _klacht()
    kwargs: dict[str, Any] = {"pk": klacht.pk}
    if "<int:brief>" in patroon:
        kwargs["brief"] = _brief(klacht).pk
    return kwargs
