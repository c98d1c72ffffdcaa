"""Who sees which correspondence: team MC sees every item, a directie the items assigned to it
(and the units under it); nobody else. One place for pages, the command's output, exports and
Mijn werk; an item the user may not see is a 404, and every read of an item is audited (it holds
personal data)."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import Http404

from ministerie.core import audit
from ministerie.core.permissies import heeft_recht

from .models import Zaak

MC_EENHEID = "com-team-maatschappelijke-correspondentie"


def is_mc(gebruiker: Any) -> bool:
    """A worker of team MC: the role and a unit at or under the team."""
    if not getattr(gebruiker, "is_authenticated", False) or "mc_medewerker" not in gebruiker.rolcodes():
        return False
    from ministerie.organisatie.models import Eenheid

    mc = Eenheid.objects.filter(code=MC_EENHEID).values_list("pk", flat=True).first()
    return mc is not None and mc in gebruiker.eenheden_in_scope()


def zichtbare_zaken(gebruiker: Any) -> QuerySet[Zaak]:
    zaken = Zaak.objects.select_related("toegewezen_aan", "bewindspersoon")
    if not heeft_recht(gebruiker, "correspondentie.bekijken"):
        return zaken.none()
    if is_mc(gebruiker):
        return zaken
    return zaken.filter(toegewezen_aan_id__in=gebruiker.eenheden_in_scope())


def zaak_voor(gebruiker: Any, pk: int) -> Zaak:
    """The case for an action (no read record: the action's own audit record says it)."""
    zaak = zichtbare_zaken(gebruiker).filter(pk=pk).first()
    if zaak is None:
        raise Http404("Deze zaak bestaat niet of u mag haar niet zien.")
    return zaak


def lees_zaak(gebruiker: Any, pk: int) -> Zaak:
    """The case for reading; the read is recorded in the audit trail."""
    zaak = zaak_voor(gebruiker, pk)
    audit.registreer("inzage", door=gebruiker, subject=zaak, gegevens={"recht": "correspondentie.bekijken"})
    return zaak


def campagne_voor(gebruiker: Any, pk: int) -> Any:
    """A campaign: only team MC sees campaigns (they group items of every unit)."""
    from .models import Campagne

    campagne = Campagne.objects.filter(pk=pk).first() if is_mc(gebruiker) else None
    if campagne is None:
        raise Http404("Deze campagne bestaat niet of u mag haar niet zien.")
    return campagne
