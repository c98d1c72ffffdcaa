"""Appointments, recurring appointments, meeting structures, cabinet and Bestuursraad meetings
(with their agenda items) and Bestuursraad decisions in the one search (``core.zoekbronnen``),
registered from ``apps.py``.

The same filters as the agenda pages (``zichtbaarheid.py``), expressed as filters inside the
index query so no count includes what the pages would hide:

- an appointment or a series: its agenda's portfolio unit, and the accounts of the agenda's
  person (``gebruikers``); the secretariaat sees all, a bewindspersoon their own units and their
  own person, a politiek assistent the portfolios in their scope, and, without another role that
  sees the whole agenda, only the political kinds (the kind is the item's ``status``); always
  within the clearance (the appointment's own classification);
- a meeting structure (overleg): everyone with ``overleg.bekijken`` (not classified);
- a meeting: the kind of its overleg is its ``status``; the cabinet kinds for
  ``vergadering.bekijken``, the Bestuursraad for ``bestuursraad.bekijken``, any other kind for
  no one (the pages show none); its agenda items and Bestuursraad feedback are in its text;
- a decision: who sees the Bestuursraad sees all, anyone else those they own (the owner's
  account or its unit in their scope); classified as its meeting.

The database has the last word on every hit (``zichtbaar`` uses ``zichtbaarheid``). A change of
an account's person is not followed (as in the archive): a rebuild picks it up.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import Model, QuerySet
from django.urls import reverse
from django.utils import timezone

from ministerie.core.permissies import heeft_recht
from ministerie.core.zoekbronnen import ALLES, BATCH, Bereik, Zoekbron, registreer, volg
from ministerie.zoeken import Zoekdocument

from .models import POLITIEKE_SOORTEN, Afspraak, Agenda, Agendapunt, Besluit, Overleg, Reeks, Vergadering
from .zichtbaarheid import (
    KABINET,
    alleen_politiek,
    zichtbare_afspraken,
    zichtbare_besluiten,
    zichtbare_overleggen,
    zichtbare_reeksen,
    zichtbare_vergaderingen,
)

AFSPRAAK, REEKS, VERGADERING, BESLUIT = "afspraak", "afspraakreeks", "vergadering", "bestuursraadbesluit"
OVERLEG = "overleg"
BESTUURSRAAD = frozenset({str(Overleg.Soort.BESTUURSRAAD)})
KABINETSOORTEN = frozenset(str(s) for s in KABINET)


def _eigenaren(agenda: Agenda, cache: dict[int, tuple[int, ...]]) -> tuple[int, ...]:
    """The accounts of the agenda's person (a bewindspersoon sees their own agenda)."""
    if agenda.persoon_id not in cache:
        cache[agenda.persoon_id] = tuple(
            sorted(get_user_model().objects.filter(persoon_id=agenda.persoon_id).values_list("pk", flat=True))
        )
    return cache[agenda.persoon_id]


def _afspraak(a: Afspraak, cache: dict[int, tuple[int, ...]]) -> Zoekdocument:
    return Zoekdocument(
        id=f"{AFSPRAAK}:{a.pk}",
        soort=AFSPRAAK,
        titel=a.titel,
        tekst="\n".join([a.omschrijving, a.plaats, a.get_soort_display(), a.agenda.persoon.naam]),
        eenheid=a.agenda.eenheid_id,
        gebruikers=_eigenaren(a.agenda, cache),
        rubricering=int(a.rubricering),
        status=a.soort,
        datum=timezone.localtime(a.begin).date(),
    )


def _reeks(r: Reeks, cache: dict[int, tuple[int, ...]]) -> Zoekdocument:
    return Zoekdocument(
        id=f"{REEKS}:{r.pk}",
        soort=REEKS,
        titel=r.titel,
        tekst="\n".join([r.omschrijving, r.plaats, r.get_soort_display(), r.agenda.persoon.naam]),
        eenheid=r.agenda.eenheid_id,
        gebruikers=_eigenaren(r.agenda, cache),
        rubricering=int(r.rubricering),
        status=r.soort,
        datum=timezone.localtime(r.begin).date(),
    )


def _plat(waarde: Any) -> str:
    """The words in a JSON field (a list of names, or of {"wie": ..., "wat": ...})."""
    if isinstance(waarde, dict):
        return " ".join(_plat(v) for v in waarde.values())
    if isinstance(waarde, list):
        return "\n".join(_plat(v) for v in waarde)
    return str(waarde) if waarde else ""


def _overleg(o: Overleg, cache: dict[int, tuple[int, ...]]) -> Zoekdocument:
    return Zoekdocument(
        id=f"{OVERLEG}:{o.pk}",
        soort=OVERLEG,
        titel=o.naam,
        tekst="\n".join(
            [
                o.get_soort_display(),
                o.voorzitter,
                _plat(o.deelnemers),
                o.plaats,
                o.regel_toelichting,
                o.secretaris_toelichting,
                _plat(o.voorbereiding),
                o.opmerking,
            ]
        ),
        eenheid=None,
        rubricering=0,  # the structures are not classified (the pages show them to all staff)
        status=o.soort,
        datum=None,
        kenmerk=o.code,
    )


def _vergadering(v: Vergadering, cache: dict[int, tuple[int, ...]]) -> Zoekdocument:
    punten = sorted(v.punten.all(), key=lambda p: p.volgorde)
    return Zoekdocument(
        id=f"{VERGADERING}:{v.pk}",
        soort=VERGADERING,
        titel=v.titel,
        tekst="\n".join(
            [
                v.overleg.naam,
                *(f"{p.onderwerp}\n{p.stuk}\n{p.gevraagd_besluit}\n{p.ministerie}" for p in punten),
                v.terugkoppeling,
            ]
        ),
        eenheid=None,
        rubricering=int(v.rubricering),
        status=v.overleg.soort,
        datum=timezone.localtime(v.begin).date(),
    )


def _besluit(b: Besluit, cache: dict[int, tuple[int, ...]]) -> Zoekdocument:
    return Zoekdocument(
        id=f"{BESLUIT}:{b.pk}",
        soort=BESLUIT,
        titel=f"Besluit {b.nummer}: {b.besluit[:120]}",
        tekst="\n".join([b.besluit, b.actie, b.toelichting, b.vergadering.titel]),
        eenheid=b.eenheid_id,
        gebruikers=(b.eigenaar_id,) if b.eigenaar_id else (),
        rubricering=int(b.vergadering.rubricering),
        status=b.status,
        datum=b.uiterste_datum,
    )


def _bouwer(
    model: type[Model],
    bouw: Callable[[Any, dict[int, tuple[int, ...]]], Zoekdocument],
    samen: Sequence[str] = (),
    erbij: Sequence[str] = (),
) -> tuple[Callable[[Collection[int]], Iterator[Zoekdocument]], Callable[[], Iterator[Zoekdocument]]]:
    def qs() -> QuerySet[Any]:
        return model._default_manager.select_related(*samen).prefetch_related(*erbij)

    def documenten(pks: Collection[int]) -> Iterator[Zoekdocument]:
        cache: dict[int, tuple[int, ...]] = {}
        return (bouw(o, cache) for o in qs().filter(pk__in=pks))

    def alle() -> Iterator[Zoekdocument]:
        cache: dict[int, tuple[int, ...]] = {}
        return (bouw(o, cache) for o in qs().iterator(chunk_size=BATCH))

    return documenten, alle


# -- who may see what: the filters of zichtbaarheid.py inside the index query --------------------


def _agenda_bereik(gebruiker: Any) -> Sequence[Bereik]:
    """As ``zichtbare_agendas`` + ``zichtbare_afspraken`` (the clearance is applied on top)."""
    if not heeft_recht(gebruiker, "agenda.bekijken"):
        return []
    rollen = gebruiker.rolcodes()
    if "secretariaat" in rollen:
        return [ALLES]
    eenheden: set[int] = set()
    eigen: int | None = None
    if "bewindspersoon" in rollen:
        eenheden |= set(gebruiker.eenheden.values_list("pk", flat=True))
        if gebruiker.persoon_id:
            eigen = gebruiker.pk
    if "politiek_assistent" in rollen:
        eenheden |= set(gebruiker.eenheden_in_scope())
    if not eenheden and eigen is None:
        return []
    statussen = frozenset(str(s) for s in POLITIEKE_SOORTEN) if alleen_politiek(gebruiker) else None
    return [Bereik(eenheden=frozenset(eenheden), gebruiker=eigen, statussen=statussen)]


def _overleg_bereik(gebruiker: Any) -> Sequence[Bereik]:
    return [ALLES] if heeft_recht(gebruiker, "overleg.bekijken") else []


def _vergadering_bereik(gebruiker: Any) -> Sequence[Bereik]:
    soorten: frozenset[str] = frozenset()
    if heeft_recht(gebruiker, "vergadering.bekijken"):
        soorten |= KABINETSOORTEN
    if heeft_recht(gebruiker, "bestuursraad.bekijken"):
        soorten |= BESTUURSRAAD
    return [Bereik(statussen=soorten)] if soorten else []


def _besluit_bereik(gebruiker: Any) -> Sequence[Bereik]:
    if heeft_recht(gebruiker, "bestuursraad.bekijken"):
        return [ALLES]
    return [Bereik(eenheden=frozenset(gebruiker.eenheden_in_scope()), gebruiker=gebruiker.pk)]


def _adressen(
    model: type[Model], zichtbare: Callable[[Any], QuerySet[Any]], adres: Callable[[int], str]
) -> Callable[[Any, Collection[int]], dict[int, str]]:
    def zichtbaar(gebruiker: Any, pks: Collection[int]) -> dict[int, str]:
        qs = model._default_manager.all() if gebruiker is None else zichtbare(gebruiker)
        return {pk: adres(pk) for pk in qs.filter(pk__in=pks).values_list("pk", flat=True)}

    return zichtbaar


def _overleg_adres(pk: int) -> str:
    code = Overleg.objects.filter(pk=pk).values_list("code", flat=True).first()
    return reverse("agenda:overleg", args=[code])


def _besluit_adres(pk: int) -> str:
    return f"{reverse('agenda:besluiten')}#besluit-{pk}"


# -- following changes ---------------------------------------------------------------------------


def _bij_agenda(a: Agenda) -> list[str]:
    """The portfolio unit of an agenda decides who sees its appointments."""
    return [
        *(f"{AFSPRAAK}:{pk}" for pk in a.afspraken.values_list("pk", flat=True)),
        *(f"{REEKS}:{pk}" for pk in a.reeksen.values_list("pk", flat=True)),
    ]


def _bij_overleg(o: Overleg) -> list[str]:
    """A meeting's kind (who sees it) and name are its overleg's."""
    return [f"{VERGADERING}:{pk}" for pk in o.vergaderingen.values_list("pk", flat=True)]


def _bij_vergadering(v: Vergadering) -> list[str]:
    """A decision is classified as its meeting."""
    return [f"{VERGADERING}:{v.pk}", *(f"{BESLUIT}:{pk}" for pk in v.besluiten.values_list("pk", flat=True))]


def _bij(soort: str) -> Callable[[Any], Iterable[str]]:
    return lambda o: (f"{soort}:{o.pk}",)


def registreer_bronnen() -> None:
    bronnen: list[tuple[str, str, str, Any, Any, Any, Any, Callable[[int], str], int]] = [
        (
            AFSPRAAK,
            "Afspraken",
            "Afspraak",
            _bouwer(Afspraak, _afspraak, samen=["agenda__persoon"]),
            _agenda_bereik,
            Afspraak,
            zichtbare_afspraken,
            lambda pk: reverse("agenda:afspraak", args=[pk]),
            60,
        ),
        (
            REEKS,
            "Terugkerende afspraken",
            "Terugkerende afspraak",
            _bouwer(Reeks, _reeks, samen=["agenda__persoon"]),
            _agenda_bereik,
            Reeks,
            zichtbare_reeksen,
            lambda pk: reverse("agenda:reeks", args=[pk]),
            61,
        ),
        (
            OVERLEG,
            "Overlegstructuren",
            "Overlegstructuur",
            _bouwer(Overleg, _overleg),
            _overleg_bereik,
            Overleg,
            zichtbare_overleggen,
            _overleg_adres,
            62,
        ),
        (
            VERGADERING,
            "Vergaderingen",
            "Vergadering",
            _bouwer(Vergadering, _vergadering, samen=["overleg"], erbij=["punten"]),
            _vergadering_bereik,
            Vergadering,
            zichtbare_vergaderingen,
            lambda pk: reverse("agenda:vergadering", args=[pk]),
            63,
        ),
        (
            BESLUIT,
            "Besluiten Bestuursraad",
            "Besluit Bestuursraad",
            _bouwer(Besluit, _besluit, samen=["vergadering"]),
            _besluit_bereik,
            Besluit,
            zichtbare_besluiten,
            _besluit_adres,
            64,
        ),
    ]
    for soort, label, enkelvoud, (documenten, alle), bereik, model, zichtbare, adres, volgorde in bronnen:
        registreer(
            Zoekbron(
                soort=soort,
                label=label,
                enkelvoud=enkelvoud,
                deel="agenda",
                documenten=documenten,
                alle=alle,
                bereik=bereik,
                zichtbaar=_adressen(model, zichtbare, adres),
                volgorde=volgorde,
            )
        )
        volg(model, _bij(soort))
    volg(Agenda, _bij_agenda)
    volg(Overleg, _bij_overleg)
    volg(Vergadering, _bij_vergadering)
    volg(Agendapunt, lambda p: (f"{VERGADERING}:{p.vergadering_id}",))
