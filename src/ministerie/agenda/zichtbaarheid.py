"""Who sees what in the agenda part: one place for pages, API, feeds, exports and the CLI.

- An agenda: the secretariaat sees every bewindspersoon's agenda; a bewindspersoon sees their own
  (their person in the register, or their portfolio unit); a politiek assistent the agendas of the
  portfolios in their units.
- An appointment: in a visible agenda AND the user's clearance reaches its classification; the
  politiek assistent sees only the political appointments (political meetings and the BPO).
- A cabinet meeting (Ministerraad, onderraad, Rijksministerraad) needs ``vergadering.bekijken``, a
  Bestuursraad meeting ``bestuursraad.bekijken``, both within the user's clearance.
- An annotation request: BA (``vergadering.voorbereiden``) and the members of the requested unit,
  within the clearance of the meeting.
- A Bestuursraad decision: who sees the Bestuursraad, and the owner (its unit in the user's scope).

Everything else is a 404, so existence does not leak. Reads from Departementaal Vertrouwelijk up
are audited.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet
from django.shortcuts import get_object_or_404

from ministerie.core import audit
from ministerie.core.permissies import heeft_recht

from .models import (
    POLITIEKE_SOORTEN,
    Afspraak,
    Agenda,
    Annotatieverzoek,
    Besluit,
    Overleg,
    Reeks,
    Taak,
    Vergadering,
)

KABINET = (Overleg.Soort.MINISTERRAAD, Overleg.Soort.ONDERRAAD, Overleg.Soort.RIJKSMINISTERRAAD)


def _actief(gebruiker: Any) -> bool:
    return bool(getattr(gebruiker, "is_authenticated", False) and gebruiker.is_active)


def _rollen(gebruiker: Any) -> frozenset[str]:
    return gebruiker.rolcodes() if _actief(gebruiker) else frozenset()


def zichtbare_agendas(gebruiker: Any) -> QuerySet[Agenda]:
    qs = Agenda.objects.select_related("persoon", "eenheid")
    if not _actief(gebruiker) or not heeft_recht(gebruiker, "agenda.bekijken"):
        return qs.none()
    rollen = _rollen(gebruiker)
    if "secretariaat" in rollen:
        return qs
    voorwaarde = Q(pk__in=[])
    if "bewindspersoon" in rollen:
        voorwaarde |= Q(eenheid__in=gebruiker.eenheden.all())
        if gebruiker.persoon_id:
            voorwaarde |= Q(persoon_id=gebruiker.persoon_id)
    if "politiek_assistent" in rollen:
        voorwaarde |= Q(eenheid__in=gebruiker.eenheden_in_scope())
    return qs.filter(voorwaarde)


def alleen_politiek(gebruiker: Any) -> bool:
    """The politiek assistent (without another role that sees the whole agenda) sees only the
    political appointments."""
    rollen = _rollen(gebruiker)
    return "politiek_assistent" in rollen and not rollen & {"secretariaat", "bewindspersoon"}


def zichtbare_afspraken(gebruiker: Any, agenda: Agenda | None = None) -> QuerySet[Afspraak]:
    qs = Afspraak.objects.filter(agenda__in=zichtbare_agendas(gebruiker))
    if agenda is not None:
        qs = qs.filter(agenda=agenda)
    if not _actief(gebruiker):
        return qs.none()
    qs = qs.filter(rubricering__lte=gebruiker.clearance)
    if alleen_politiek(gebruiker):
        qs = qs.filter(soort__in=POLITIEKE_SOORTEN)
    return qs.select_related("agenda__persoon", "eenheid", "nota")


def zichtbare_reeksen(gebruiker: Any, agenda: Agenda | None = None) -> QuerySet[Reeks]:
    qs = Reeks.objects.filter(agenda__in=zichtbare_agendas(gebruiker))
    if agenda is not None:
        qs = qs.filter(agenda=agenda)
    if not _actief(gebruiker):
        return qs.none()
    qs = qs.filter(rubricering__lte=gebruiker.clearance)
    if alleen_politiek(gebruiker):
        qs = qs.filter(soort__in=POLITIEKE_SOORTEN)
    return qs


def agenda_voor(gebruiker: Any, pk: int) -> Agenda:
    return get_object_or_404(zichtbare_agendas(gebruiker), pk=pk)


def afspraak_voor(gebruiker: Any, pk: int) -> Afspraak:
    afspraak = get_object_or_404(zichtbare_afspraken(gebruiker), pk=pk)
    audit.registreer_inzage(afspraak, door=gebruiker, actie="agenda.bekijken")
    return afspraak


def reeks_voor(gebruiker: Any, pk: int) -> Reeks:
    reeks = get_object_or_404(zichtbare_reeksen(gebruiker), pk=pk)
    audit.registreer_inzage(reeks, door=gebruiker, actie="agenda.bekijken")
    return reeks


def zichtbare_overleggen(gebruiker: Any) -> QuerySet[Overleg]:
    if not _actief(gebruiker) or not heeft_recht(gebruiker, "overleg.bekijken"):
        return Overleg.objects.none()
    return Overleg.objects.select_related("secretaris")


def overleg_voor(gebruiker: Any, code: str) -> Overleg:
    return get_object_or_404(zichtbare_overleggen(gebruiker), code=code)


def zichtbare_vergaderingen(gebruiker: Any) -> QuerySet[Vergadering]:
    qs = Vergadering.objects.select_related("overleg")
    if not _actief(gebruiker):
        return qs.none()
    voorwaarde = Q(pk__in=[])
    if heeft_recht(gebruiker, "vergadering.bekijken"):
        voorwaarde |= Q(overleg__soort__in=KABINET)
    if heeft_recht(gebruiker, "bestuursraad.bekijken"):
        voorwaarde |= Q(overleg__soort=Overleg.Soort.BESTUURSRAAD)
    return qs.filter(voorwaarde, rubricering__lte=gebruiker.clearance)


def vergadering_voor(gebruiker: Any, pk: int) -> Vergadering:
    vergadering = get_object_or_404(zichtbare_vergaderingen(gebruiker), pk=pk)
    audit.registreer_inzage(vergadering, door=gebruiker, actie="vergadering.bekijken")
    return vergadering


def zichtbare_verzoeken(gebruiker: Any) -> QuerySet[Annotatieverzoek]:
    qs = Annotatieverzoek.objects.select_related("punt__vergadering__overleg", "eenheid", "nota")
    if not _actief(gebruiker):
        return qs.none()
    binnen = Q(punt__vergadering__rubricering__lte=gebruiker.clearance)
    if heeft_recht(gebruiker, "vergadering.voorbereiden"):
        return qs.filter(binnen)
    if not heeft_recht(gebruiker, "annotatie.leveren"):
        return qs.none()
    return qs.filter(binnen, eenheid__in=gebruiker.eenheden_in_scope())


def verzoek_voor(gebruiker: Any, pk: int) -> Annotatieverzoek:
    verzoek = get_object_or_404(zichtbare_verzoeken(gebruiker), pk=pk)
    audit.registreer_inzage(verzoek.punt.vergadering, door=gebruiker, actie="annotatie.leveren")
    return verzoek


def punt_voor(gebruiker: Any, pk: int) -> Any:
    from .models import Agendapunt

    return get_object_or_404(
        Agendapunt.objects.select_related("vergadering__overleg").filter(
            vergadering__in=zichtbare_vergaderingen(gebruiker)
        ),
        pk=pk,
    )


def zichtbare_besluiten(gebruiker: Any) -> QuerySet[Besluit]:
    qs = Besluit.objects.select_related("vergadering__overleg", "eenheid", "eigenaar")
    if not _actief(gebruiker):
        return qs.none()
    binnen = Q(vergadering__rubricering__lte=gebruiker.clearance)
    if heeft_recht(gebruiker, "bestuursraad.bekijken"):
        return qs.filter(binnen)
    eigen = Q(eigenaar=gebruiker) | Q(eenheid__in=gebruiker.eenheden_in_scope())
    return qs.filter(binnen, eigen)


def besluit_voor(gebruiker: Any, pk: int) -> Besluit:
    return get_object_or_404(zichtbare_besluiten(gebruiker), pk=pk)


def taak_voor(gebruiker: Any, pk: int) -> Taak:
    return get_object_or_404(
        Taak.objects.select_related("introductie__agenda").filter(
            introductie__agenda__in=zichtbare_agendas(gebruiker)
        ),
        pk=pk,
    )
