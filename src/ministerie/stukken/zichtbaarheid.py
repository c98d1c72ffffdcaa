"""Who may see which document or memo: one place, used by pages, search, API and exports.

A user sees an item when their clearance reaches its classification AND the item belongs to
one of their units (or a unit below them), or they are its author, a co-author or on its route.
Unknown or missing data fails closed.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet
from django.shortcuts import get_object_or_404

from ministerie.core import audit

from .models import Bulkverwerking, Document, Nota


def _scope(gebruiker: Any) -> frozenset[int]:
    return gebruiker.eenheden_in_scope()


def zichtbare_notas(gebruiker: Any, qs: QuerySet[Nota] | None = None) -> QuerySet[Nota]:
    qs = Nota.objects.all() if qs is None else qs
    if not getattr(gebruiker, "is_authenticated", False) or not gebruiker.is_active:
        return qs.none()
    scope = _scope(gebruiker)
    binnen = (
        Q(eenheid__in=scope)
        | Q(stappen__eenheid__in=scope)
        | Q(stappen__houder=gebruiker)
        | Q(auteur=gebruiker)
        | Q(medeauteurs=gebruiker)
    )
    ids = qs.filter(binnen, rubricering__lte=gebruiker.clearance).values("pk")
    return qs.filter(pk__in=ids)


def zichtbare_documenten(gebruiker: Any, qs: QuerySet[Document] | None = None) -> QuerySet[Document]:
    qs = Document.objects.all() if qs is None else qs
    if not getattr(gebruiker, "is_authenticated", False) or not gebruiker.is_active:
        return qs.none()
    scope = _scope(gebruiker)
    via_nota = zichtbare_notas(gebruiker).values("bijlagen")
    binnen = Q(eenheid__in=scope) | Q(aangemaakt_door=gebruiker) | Q(pk__in=via_nota)
    return qs.filter(binnen, rubricering__lte=gebruiker.clearance)


def nota_voor(gebruiker: Any, pk: int) -> Nota:
    """The memo if this user may see it, else 404 (no hint that it exists); the read is audited."""
    nota = get_object_or_404(zichtbare_notas(gebruiker), pk=pk)
    audit.registreer_inzage(nota, door=gebruiker, actie="stukken.bekijken")
    return nota


def document_voor(gebruiker: Any, pk: int) -> Document:
    """The document if this user may see it, else 404; the read is audited."""
    document = get_object_or_404(zichtbare_documenten(gebruiker), pk=pk)
    audit.registreer_inzage(document, door=gebruiker, actie="stukken.bekijken")
    return document


def mag_nota_zien(gebruiker: Any, nota: Nota) -> bool:
    return zichtbare_notas(gebruiker, Nota.objects.filter(pk=nota.pk)).exists()


def mag_document_zien(gebruiker: Any, document: Document) -> bool:
    return zichtbare_documenten(gebruiker, Document.objects.filter(pk=document.pk)).exists()


def zichtbare_bulkverwerkingen(gebruiker: Any) -> QuerySet[Bulkverwerking]:
    """The bulk processings this user started or that were shared with them. The inventories
    name every document of a Woo request, so nobody else sees them: not a colleague with the
    same role, not functioneel beheer (the right to run bulk processing is checked on top by
    the pages and the services)."""
    if not getattr(gebruiker, "is_authenticated", False) or not gebruiker.is_active:
        return Bulkverwerking.objects.none()
    ids = Bulkverwerking.objects.filter(Q(gestart_door=gebruiker) | Q(gedeeld_met=gebruiker)).values("pk")
    return Bulkverwerking.objects.filter(pk__in=ids)


def bulkverwerking_voor(gebruiker: Any, pk: int) -> Bulkverwerking:
    """A bulk processing this user may see, else 404 (no hint that it exists)."""
    return get_object_or_404(zichtbare_bulkverwerkingen(gebruiker), pk=pk)
