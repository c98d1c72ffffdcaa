"""Who may see which complaint: one place, used by pages, Mijn werk, exports and the actions.

A complaint holds personal data. It is seen by the jurists of CZW (who advise on the procedure)
and by the complaint handlers: a holder of ``klacht.bekijken`` sees the complaints not yet
assigned (to take them in) and those assigned to them. The person complained about never sees
the complaint here, whatever their role (Awb 9:7: they are not involved in its handling). Every
read of a complaint is written to the audit trail (``klacht_voor``).
"""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet
from django.http import Http404

from ministerie.core import audit
from ministerie.core.permissies import heeft_recht

from .models import Klacht

ALLE_ZIEN = {"jurist_czw"}


def zichtbare_klachten(gebruiker: Any) -> QuerySet[Klacht]:
    if not heeft_recht(gebruiker, "klacht.bekijken"):
        return Klacht.objects.none()
    klachten = Klacht.objects.exclude(beklaagde=gebruiker)
    if gebruiker.rolcodes() & ALLE_ZIEN:
        return klachten
    return klachten.filter(Q(behandelaar=gebruiker) | Q(behandelaar__isnull=True))


def klacht_voor(gebruiker: Any, pk: int, *, lezen: bool = True) -> Klacht:
    """The complaint when this user may see it, else 404; the read is audited."""
    klacht = zichtbare_klachten(gebruiker).filter(pk=pk).first()
    if klacht is None:
        raise Http404("Deze klacht bestaat niet of u kunt haar niet inzien.")
    if lezen:
        audit.registreer("inzage", door=gebruiker, subject=klacht, gegevens={"recht": "klacht.bekijken"})
    return klacht


def klacht_om_te_handelen(gebruiker: Any, pk: int) -> Klacht:
    """For the action layer: the complaint without a read record (the action audits itself)."""
    return klacht_voor(gebruiker, pk, lezen=False)
