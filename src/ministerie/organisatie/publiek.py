"""People who act in a public role: their names stay visible when documents are redacted
(Woo 5.1.2e protects civil servants below the level of those who act in public)."""

from __future__ import annotations

from .models import Eenheid, Positie

PUBLIEKE_SOORTEN = (
    Eenheid.Soort.BEWINDSPERSOON,
    Eenheid.Soort.SECRETARIS_GENERAAL,
    Eenheid.Soort.DIRECTORAAT_GENERAAL,
)


def publieke_personen() -> list[str]:
    """Names (and other spellings) of the bewindspersonen, the SG and the DGs in the register."""
    namen: set[str] = set()
    posities = Positie.objects.filter(eenheid__soort__in=PUBLIEKE_SOORTEN).select_related("persoon")
    for positie in posities:
        namen.add(positie.persoon.naam)
        namen.update(positie.persoon.ook_genoemd)
    return sorted(namen)
