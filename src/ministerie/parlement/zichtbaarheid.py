"""Which memos and Kamerbrieven parliament work may show.

A Kamerbrief that has been sent is a public Kamerstuk. Before that it is a memo like any other:
visible to those who may see the memo (stukken.zichtbaarheid: units, route, clearance).
Parlementaire Zaken links letters and their decision memos for the whole ministry ("de spil in
het gehele verkeer"), so whoever may register Kamerbrieven may link any memo their clearance
reaches — never a memo above it.

Questions, commitments, motions and debates are visible to everyone who holds the right to see
parliament work (``parlement.bekijken``): their ``…_voor`` functions only say 404 for an item
that does not exist, so that pages and API fetch every item the same way.
"""

from __future__ import annotations

from typing import Any, TypeVar

from django.db.models import Model, Q, QuerySet
from django.http import Http404

from ministerie.core import audit
from ministerie.core.permissies import heeft_recht
from ministerie.stukken.models import Nota
from ministerie.stukken.zichtbaarheid import zichtbare_notas

from .models import Debat, Debatvraag, Kamerbrief, Kamervragen, MondelingeVraag, Motie, Thema, Toezegging

M = TypeVar("M", bound=Model)


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


def _of_404(qs: QuerySet[M], pk: int, tekst: str) -> M:
    obj = qs.filter(pk=pk).first()
    if obj is None:
        raise Http404(tekst)
    return obj


def kamervragen_voor(gebruiker: Any, pk: int) -> Kamervragen:
    qs = Kamervragen.objects.select_related("trekker", "bewindspersoon")
    return _of_404(qs, pk, "Deze Kamervragen bestaan niet.")


def mondelinge_vraag_voor(gebruiker: Any, pk: int) -> MondelingeVraag:
    return _of_404(MondelingeVraag.objects.all(), pk, "Deze mondelinge vraag bestaat niet.")


def toezegging_voor(gebruiker: Any, pk: int) -> Toezegging:
    qs = Toezegging.objects.select_related("debat", "voldaan_met__nota")
    return _of_404(qs, pk, "Deze toezegging bestaat niet.")


def motie_voor(gebruiker: Any, pk: int) -> Motie:
    return _of_404(Motie.objects.all(), pk, "Deze motie bestaat niet.")


def debat_voor(gebruiker: Any, pk: int) -> Debat:
    qs = Debat.objects.select_related("bewindspersoon", "trekker")
    return _of_404(qs, pk, "Dit debat bestaat niet.")


def debatvraag_voor(gebruiker: Any, pk: int) -> Debatvraag:
    return _of_404(Debatvraag.objects.select_related("debat"), pk, "Deze vraag bestaat niet.")


def thema_voor(gebruiker: Any, pk: int) -> Thema:
    return _of_404(Thema.objects.select_related("debat"), pk, "Dit thema bestaat niet.")
