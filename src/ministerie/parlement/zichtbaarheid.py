"""Which memos and Kamerbrieven parliament work may show.

A Kamerbrief that has been sent is a public Kamerstuk. Before that it is a memo like any other:
visible to those who may see the memo (stukken.zichtbaarheid: units, route, clearance).
Parlementaire Zaken links letters and their decision memos for the whole ministry ("de spil in
het gehele verkeer"), so whoever may register Kamerbrieven may link any memo their clearance
reaches — never a memo above it.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet
from django.http import Http404

from ministerie.core import audit
from ministerie.core.permissies import heeft_recht
from ministerie.stukken.models import Nota
from ministerie.stukken.zichtbaarheid import zichtbare_notas

from .models import Kamerbrief


def koppelbare_notas(gebruiker: Any, qs: QuerySet[Nota] | None = None) -> QuerySet[Nota]:
    qs = Nota.objects.all() if qs is None else qs
    if heeft_recht(gebruiker, "parlement.registreren"):
        return qs.filter(rubricering__lte=gebruiker.clearance)
    return zichtbare_notas(gebruiker, qs)


def zichtbare_kamerbrieven(gebruiker: Any, qs: QuerySet[Kamerbrief] | None = None) -> QuerySet[Kamerbrief]:
    qs = Kamerbrief.objects.all() if qs is None else qs
    return qs.filter(Q(verzonden_op__isnull=False) | Q(nota__in=koppelbare_notas(gebruiker).values("pk")))


def kamerbrief_voor(gebruiker: Any, pk: int) -> Kamerbrief:
    """The letter if this user may see it, else 404; the read of a classified memo is audited."""
    kb = zichtbare_kamerbrieven(gebruiker, Kamerbrief.objects.select_related("nota")).filter(pk=pk).first()
    if kb is None:
        raise Http404("Deze Kamerbrief bestaat niet of u kunt hem niet inzien.")
    if kb.verzonden_op is None:
        audit.registreer_inzage(kb.nota, door=gebruiker, actie="parlement.bekijken")
    return kb
