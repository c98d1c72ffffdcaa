"""Receiver of ``archief.signalen.archief_naar_woo``: kept items (mail, chats, agendas of key
officials) go into a Woo request through the existing bulk pipeline (``aanlevering.lever_aan``):
duplicates, threads and unreadable entries are handled there, as for any delivery.

Connected in ``WooConfig.ready``:
    archief_naar_woo.connect(bij_archief_naar_woo, dispatch_uid="woo-uit-archief")
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError

from ministerie.core.models import Gebruiker

from .aanlevering import lever_aan
from .models import Verzoek

#: The most items handed over at once (the bulk pipeline takes 200 units per delivery).
MAX_STUKKEN = 200


def _verzoek(verzoek: str) -> Verzoek:
    gevonden = Verzoek.objects.filter(zaaknummer=verzoek).first()
    if gevonden is None and verzoek.isdigit():
        gevonden = Verzoek.objects.filter(pk=int(verzoek)).first()
    if gevonden is None:
        raise ValidationError(f"Geen Woo-verzoek met kenmerk '{verzoek}'.")
    return gevonden


def bij_archief_naar_woo(
    sender: Any, *, verzoek: str, bestanden: list[tuple[str, str]], door_id: int, **_: Any
) -> dict[str, Any]:
    """Add the files to the request as the user (whose rights the pipeline checks)."""
    if len(bestanden) > MAX_STUKKEN:
        raise ValidationError(f"Voeg hoogstens {MAX_STUKKEN} stukken tegelijk toe.")
    door = Gebruiker.objects.get(pk=door_id)
    doel = _verzoek(verzoek)
    verslag = lever_aan(
        doel, door=door, bestanden=[(naam, Path(pad).read_bytes()) for pad, naam in bestanden]
    )
    return {
        "verzoek": doel.zaaknummer,
        "toegevoegd": len(verslag.toegevoegd),
        "dubbel": len(verslag.dubbelen),
        "fouten": verslag.fouten,
    }
