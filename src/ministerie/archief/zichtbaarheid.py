"""Who sees which kept items: the archivist sees all (within clearance); anyone else only the
items of key officials whose archive is theirs (their own account's person) or to which they were
given access (Machtiging), within clearance. Unknown or missing values fail closed."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet
from django.http import Http404

from ministerie.core import audit
from ministerie.core.permissies import heeft_recht, vereis

from .models import Item, Sleutelfunctionaris

BEHEREN = "archief.beheren"
RAADPLEGEN = "archief.raadplegen"


def is_archivaris(gebruiker: Any) -> bool:
    return heeft_recht(gebruiker, BEHEREN)


def toegestane_functionarissen(gebruiker: Any) -> QuerySet[Sleutelfunctionaris]:
    if not getattr(gebruiker, "is_authenticated", False) or not heeft_recht(gebruiker, RAADPLEGEN):
        return Sleutelfunctionaris.objects.none()
    if is_archivaris(gebruiker):
        return Sleutelfunctionaris.objects.all()
    eigen = Q(persoon_id=gebruiker.persoon_id) if getattr(gebruiker, "persoon_id", None) else Q(pk__in=[])
    return Sleutelfunctionaris.objects.filter(eigen | Q(machtigingen__gebruiker=gebruiker)).distinct()


def zichtbare_items(gebruiker: Any) -> QuerySet[Item]:
    clearance = getattr(gebruiker, "clearance", None)
    if clearance is None:
        return Item.objects.none()
    toegestaan = toegestane_functionarissen(gebruiker).values("pk")
    gedeeld = Item.ook_van.through.objects.filter(sleutelfunctionaris__in=toegestaan).values("item_id")
    return Item.objects.filter(Q(functionaris__in=toegestaan) | Q(pk__in=gedeeld), rubricering__lte=clearance)


def item_voor(gebruiker: Any, pk: int) -> Item:
    """One item for reading: a 404 when not visible; every read is recorded in the audit trail."""
    vereis(gebruiker, RAADPLEGEN)
    item = (
        zichtbare_items(gebruiker)
        .select_related("functionaris__persoon", "regel", "run")
        .filter(pk=pk)
        .first()
    )
    if item is None:
        raise Http404
    audit.registreer("archief_inzage", door=gebruiker, subject=item, gegevens={"sha256": item.sha256})
    return item


def item_beheer(gebruiker: Any, pk: int) -> Item:
    vereis(gebruiker, BEHEREN)
    item = zichtbare_items(gebruiker).filter(pk=pk).first()
    if item is None:
        raise Http404
    return item
