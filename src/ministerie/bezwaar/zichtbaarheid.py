"""Who may see which objection: one place, used by pages, Mijn werk and the actions.

An objection holds personal data. The jurists of CZW, who handle objections, see them all; a
holder of ``bezwaar.bekijken`` without that role (team MC) sees only the objections they
registered, so they can follow what they passed on. Every read is written to the audit trail.
"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import Http404

from ministerie.core import audit
from ministerie.core.permissies import heeft_recht

from .models import Bezwaar

ALLE_ZIEN = {"jurist_czw"}


def zichtbare_bezwaren(gebruiker: Any) -> QuerySet[Bezwaar]:
    if not heeft_recht(gebruiker, "bezwaar.bekijken"):
        return Bezwaar.objects.none()
    if gebruiker.rolcodes() & ALLE_ZIEN:
        return Bezwaar.objects.all()
    return Bezwaar.objects.filter(geregistreerd_door=gebruiker)


def bezwaar_voor(gebruiker: Any, pk: int, *, lezen: bool = True) -> Bezwaar:
    """The objection when this user may see it, else 404; the read is audited."""
    bezwaar = zichtbare_bezwaren(gebruiker).filter(pk=pk).first()
    if bezwaar is None:
        raise Http404("Dit bezwaar bestaat niet of u kunt het niet inzien.")
    if lezen:
        audit.registreer("inzage", door=gebruiker, subject=bezwaar, gegevens={"recht": "bezwaar.bekijken"})
    return bezwaar


def bezwaar_om_te_handelen(gebruiker: Any, pk: int) -> Bezwaar:
    """For the action layer: the objection without a read record (the action audits itself)."""
    return bezwaar_voor(gebruiker, pk, lezen=False)
