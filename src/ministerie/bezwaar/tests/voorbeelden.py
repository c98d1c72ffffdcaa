"""Sample URL parameters for the generated permission test (core/tests/test_permissies_gegenereerd.py)."""

from __future__ import annotations

from typing import Any

from django.utils import timezone


def _bezwaar() -> Any:
    from ministerie.bezwaar.models import Bezwaar

    bezwaar, _ = Bezwaar.objects.get_or_create(
        zaaknummer="BZ-2026-99999",
        defaults={
            "kanaal": "brief",
            "onderwerp": "Voorbeeld",
            "gronden": "Voorbeeld",
            "bezwaarmaker_naam": "Voorbeeld",
            "bezwaarmaker_adres": "Voorbeeldstraat 1",
            "ontvangen_op": timezone.localdate(),
        },
    )
    return bezwaar


def _brief(bezwaar: Any) -> Any:
    from django.core.files.base import ContentFile

    from ministerie.bezwaar.models import Brief

    bestaand = bezwaar.brieven.first()
    if bestaand is not None:
        return bestaand
    brief = Brief(
        bezwaar=bezwaar, soort="ontvangstbevestiging", datum=bezwaar.ontvangen_op, onderwerp="x", tekst="x"
    )
    brief.pdf.save("voorbeeld.pdf", ContentFile(b"%PDF-1.4"), save=False)
    brief.save()
    return brief


def voorbeeld_kwargs(route_naam: str, patroon: str) -> dict | None:
    if not route_naam.startswith("bezwaar:") or "<int:pk>" not in patroon:
        return None
    bezwaar = _bezwaar()
    kwargs: dict[str, Any] = {"pk": bezwaar.pk}
    if "<int:brief>" in patroon:
        kwargs["brief"] = _brief(bezwaar).pk
    return kwargs
