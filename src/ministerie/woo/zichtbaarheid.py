"""Who may see which Woo request, which of its documents and its publication: one place, used
by pages, API and the action layer (``ophalen``: a 404 when the user may not see the item).

A user sees a request when they may view Woo requests and either see all of them (CZW, the
SG, the bewindspersoon, the woordvoerder) or the request or one of its documents belongs to
one of their units. The content of a document follows the classification of its source.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404

from ministerie.core import audit
from ministerie.core.permissies import heeft_recht
from ministerie.core.rubricering import Rubricering
from ministerie.stukken.models import Document, Nota
from ministerie.stukken.zichtbaarheid import mag_document_zien, mag_nota_zien

from .models import Publicatie, Verwerking, Verzoek, WooDocument

ALLE_ZIEN = {"jurist_czw", "secretaris_generaal", "bewindspersoon", "woordvoerder"}


def zichtbare_verzoeken(gebruiker: Any) -> QuerySet[Verzoek]:
    if not heeft_recht(gebruiker, "woo.bekijken"):
        return Verzoek.objects.none()
    if gebruiker.rolcodes() & ALLE_ZIEN:
        return Verzoek.objects.all()
    scope = gebruiker.eenheden_in_scope()
    return Verzoek.objects.filter(Q(eenheid__in=scope) | Q(documenten__eenheid__in=scope)).distinct()


def verzoek_voor(gebruiker: Any, pk: int) -> Verzoek:
    verzoek = zichtbare_verzoeken(gebruiker).filter(pk=pk).first()
    if verzoek is None:
        raise Http404("Dit verzoek bestaat niet of u kunt het niet inzien.")
    return verzoek


def verwerking_voor(gebruiker: Any, pk: int, verwerking: int) -> Verwerking:
    """A background job on a request's documents: seen by whoever sees the request."""
    gevonden = verzoek_voor(gebruiker, pk).verwerkingen.filter(pk=verwerking).first()
    if gevonden is None:
        raise Http404("Deze verwerking bestaat niet of u kunt haar niet inzien.")
    return gevonden


def bron_van(woodoc: WooDocument) -> Document | Nota | None:
    """The stored item a request's document comes from (its classification travels with it)."""
    if woodoc.versie_id:
        return woodoc.versie.document  # type: ignore[union-attr]
    if woodoc.nota_id:
        return woodoc.nota
    return None


def mag_bron_zien(gebruiker: Any, woodoc: WooDocument) -> bool:
    """Content (pages, passages, title) of a request's document: the user's clearance must reach
    the source's classification, and they handle Woo requests (CZW coordinates them for the whole
    ministry), or the document was assigned to their unit for assessment, or they may see the
    source in the document store."""
    bron = bron_van(woodoc)
    rubricering = bron.rubricering if bron is not None else Rubricering.INTERN
    if gebruiker.clearance < rubricering:
        return False
    if heeft_recht(gebruiker, "woo.behandelen") or bron is None:
        return True
    if woodoc.eenheid_id is not None and woodoc.eenheid_id in gebruiker.eenheden_in_scope():
        return True
    if isinstance(bron, Document):
        return mag_document_zien(gebruiker, bron)
    return mag_nota_zien(gebruiker, bron)


def woodoc_voor(gebruiker: Any, pk: int, nummer: int) -> WooDocument:
    """Document ``nummer`` of request ``pk`` when this user may see its content, else 404; the
    read of a classified source is audited."""
    verzoek = verzoek_voor(gebruiker, pk)
    woodoc = (
        WooDocument.objects.select_related("versie__document", "nota")
        .filter(verzoek=verzoek, nummer=nummer)
        .first()
    )
    if woodoc is None or not mag_bron_zien(gebruiker, woodoc):
        raise Http404("Dit document bestaat niet of u kunt het niet inzien.")
    bron = bron_van(woodoc)
    if bron is not None:
        audit.registreer_inzage(bron, door=gebruiker, actie="woo.bekijken")
    return woodoc


def publicatie_voor(gebruiker: Any, pk: int) -> Publicatie:
    """The publication of request ``pk``, when the user may see the request and it has one."""
    return get_object_or_404(Publicatie, verzoek=verzoek_voor(gebruiker, pk))


def openbare_publicaties() -> QuerySet[Publicatie]:
    """What the public portal lists: the published publications."""
    return Publicatie.objects.filter(status=Publicatie.Status.GEPUBLICEERD)


def openbare_publicatie(pk: int) -> Publicatie:
    """A publication on the public portal: published or withdrawn (with its reason), never one
    that is approved but not yet released."""
    return get_object_or_404(Publicatie.objects.exclude(status=Publicatie.Status.GEPLAND), pk=pk)
