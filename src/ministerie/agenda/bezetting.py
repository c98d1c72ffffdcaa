"""What is in an agenda in a window of time: the appointments, the occurrences of the series
(with their exceptions and moved occurrences) and the fixed meetings (Ministerraad, onderraden,
vragenuur, ...). Used by the week and day views, the conflict check, the feed, the CLI and the
introduction planner. The caller passes the querysets it may see (``zichtbaarheid``)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import QuerySet

from ministerie.core.rubricering import Rubricering

from .models import Afspraak, Overleg, Reeks, Soort
from .tijd import herhalingen, lokaal, maak_moment

MAX_ITEMS = 5000
"""At most this many items in one window (a view or feed never does unbounded work)."""


@dataclass(frozen=True)
class Item:
    titel: str
    soort: str
    begin: datetime
    eind: datetime
    plaats: str = ""
    afspraak: Afspraak | None = None
    reeks: Reeks | None = None
    overleg: Overleg | None = None
    reistijd_heen: int = 0
    reistijd_terug: int = 0

    @property
    def bezet_van(self) -> datetime:
        return self.begin - timedelta(minutes=self.reistijd_heen)

    @property
    def bezet_tot(self) -> datetime:
        return self.eind + timedelta(minutes=self.reistijd_terug)

    @property
    def lokaal_begin(self) -> datetime:
        return lokaal(self.begin)

    @property
    def lokaal_eind(self) -> datetime:
        return lokaal(self.eind)

    @property
    def soort_naam(self) -> str:
        try:
            return str(Soort(self.soort).label)
        except ValueError:
            return "Overleg"

    @property
    def rubricering(self) -> int:
        bron = self.afspraak or self.reeks
        return bron.rubricering if bron is not None else 0

    @property
    def rubricering_naam(self) -> str:
        return str(Rubricering(self.rubricering).label)

    @property
    def eenheid_code(self) -> str:
        eenheid = self.afspraak.eenheid if self.afspraak is not None else None
        return eenheid.code if eenheid is not None else ""

    def overlapt(self, van: datetime, tot: datetime) -> bool:
        return self.bezet_van < tot and van < self.bezet_tot


def afspraken_in(afspraken: QuerySet[Afspraak], van: datetime, tot: datetime) -> list[Item]:
    qs = afspraken.filter(begin__lt=tot + timedelta(hours=24), eind__gt=van - timedelta(hours=24))
    items = []
    for a in qs.order_by("begin")[:MAX_ITEMS]:
        item = Item(
            a.titel,
            a.soort,
            a.begin,
            a.eind,
            a.plaats,
            afspraak=a,
            reeks=a.reeks,
            reistijd_heen=a.reistijd_heen,
            reistijd_terug=a.reistijd_terug,
        )
        if item.overlapt(van, tot):
            items.append(item)
    return items


def reeks_in(reeks: Reeks, van: datetime, tot: datetime) -> list[Item]:
    duur = timedelta(minutes=reeks.duur_minuten)
    verplaatst = {lokaal(m) for m in reeks.wijzigingen.values_list("origineel_begin", flat=True) if m}
    uitzonderingen = [datetime.fromisoformat(u) for u in reeks.uitzonderingen]
    items = []
    for begin in herhalingen(reeks.regel, reeks.begin, van - duur, tot, uitzonderingen=uitzonderingen):
        if begin in verplaatst or begin + duur <= van:
            continue
        items.append(Item(reeks.titel, reeks.soort, begin, begin + duur, reeks.plaats, reeks=reeks))
    return items


def overleg_in(overleg: Overleg, van: datetime, tot: datetime) -> list[Item]:
    eerste = maak_moment(overleg.vanaf, overleg.begintijd)
    duur = timedelta(minutes=overleg.duur_minuten)
    return [
        Item(overleg.naam, "overleg", begin, begin + duur, overleg.plaats, overleg=overleg)
        for begin in herhalingen(overleg.regel, eerste, van - duur, tot)
        if begin + duur > van
    ]


def items_in(
    afspraken: QuerySet[Afspraak],
    reeksen: Iterable[Reeks],
    van: datetime,
    tot: datetime,
    *,
    overleggen: Iterable[Overleg] = (),
) -> list[Item]:
    """Everything in [van, tot), sorted by start."""
    items = afspraken_in(afspraken, van, tot)
    for reeks in reeksen:
        items.extend(reeks_in(reeks, van, tot))
    for overleg in overleggen:
        items.extend(overleg_in(overleg, van, tot))
    items.sort(key=lambda i: (i.begin, i.titel))
    return items[:MAX_ITEMS]


def conflicten(
    afspraken: QuerySet[Afspraak],
    reeksen: Iterable[Reeks],
    van: datetime,
    tot: datetime,
    *,
    overleggen: Iterable[Overleg] = (),
    behalve: Afspraak | None = None,
) -> list[Item]:
    """The items that overlap [van, tot) (travel time included)."""
    if behalve is not None and behalve.pk:
        afspraken = afspraken.exclude(pk=behalve.pk)
    return [i for i in items_in(afspraken, reeksen, van, tot, overleggen=overleggen) if i.overlapt(van, tot)]


def vaste_overleggen() -> QuerySet[Overleg]:
    """The fixed moments of every bewindspersoon: nothing is planned over them."""
    return Overleg.objects.filter(vast=True)
