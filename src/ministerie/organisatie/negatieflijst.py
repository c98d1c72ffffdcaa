"""The organisation register as the detector's negative list: names of units, their
abbreviations, other spellings ("ook genoemd") and the function titles of positions are never a
person's name (``ministerie.lakken.detectie.negatief``).

``lakken`` may not import Django or this app; ``registreer()`` hands it ``negatieflijst`` as a
provider, called by ``OrganisatieConfig.ready()``. The list is read once and kept: a change to a
unit or a position (saved or deleted) drops it in this process, and every process re-reads it
at most ``GELDIGHEID`` seconds after a change made elsewhere (another web worker, the job runner).
"""

from __future__ import annotations

import threading
import time
from typing import Any

from django.db.models.signals import post_delete, post_save

from ministerie.lakken.detectie import registreer_negatieflijst

from .models import Eenheid, Positie

GELDIGHEID = 300.0  # seconds a list read in this process is used without looking again

_slot = threading.Lock()
_lijst: frozenset[str] | None = None
_gelezen = 0.0


def lees_negatieflijst() -> frozenset[str]:
    """Unit names, abbreviations, other spellings and function titles, straight from the database."""
    items: set[str] = set()
    for naam, afkorting, ook in Eenheid.objects.values_list("naam", "afkorting", "ook_genoemd"):
        items.add(naam)
        if afkorting:
            items.add(afkorting)
        if isinstance(ook, list):
            items.update(x for x in ook if isinstance(x, str))
    items.update(f for f in Positie.objects.exclude(functie="").values_list("functie", flat=True).distinct())
    items.update(str(label) for label in Eenheid.Soort.labels)
    return frozenset(i.strip() for i in items if i and i.strip())


def negatieflijst() -> frozenset[str]:
    """The kept list (the same object while it is valid, so the detector's compiled form is reused)."""
    global _lijst, _gelezen
    lijst = _lijst
    if lijst is not None and time.monotonic() - _gelezen < GELDIGHEID:
        return lijst
    with _slot:
        if _lijst is None or time.monotonic() - _gelezen >= GELDIGHEID:
            nieuw = lees_negatieflijst()
            # Keep the old object when nothing changed: the compiled form stays cached.
            _lijst = _lijst if _lijst == nieuw else nieuw
            _gelezen = time.monotonic()
        return _lijst


def vergeet(**_: Any) -> None:
    """Drop the kept list (after a change in the register)."""
    global _lijst
    with _slot:
        _lijst = None


def registreer() -> None:
    """Hand the provider to the detector and follow changes to units and positions."""
    for model in (Eenheid, Positie):
        post_save.connect(vergeet, sender=model, dispatch_uid=f"negatieflijst-{model.__name__}-save")
        post_delete.connect(vergeet, sender=model, dispatch_uid=f"negatieflijst-{model.__name__}-delete")
    registreer_negatieflijst(negatieflijst)
