"""Read-side queries: the lists of questions, and the overview of everything open with its due
date, soonest first (the CLI, the API and the bewindspersoon's page use the same function)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from django.db.models import F, QuerySet
from django.utils import timezone

from .models import Kamervragen, Motie, Toezegging


@dataclass(frozen=True)
class Openstaand:
    soort: str
    kenmerk: str
    omschrijving: str
    uiterste_datum: date | None
    bewindspersoon: str
    verantwoordelijke: str
    status: str
    pk: int

    @property
    def te_laat(self) -> bool:
        return self.uiterste_datum is not None and self.uiterste_datum < timezone.localdate()

    def als_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["uiterste_datum"] = self.uiterste_datum.isoformat() if self.uiterste_datum else None
        data["te_laat"] = self.te_laat
        return data


def open_kamervragen() -> QuerySet[Kamervragen]:
    return Kamervragen.objects.exclude(status=Kamervragen.Status.VERZONDEN)


def kamervragen_lijsten(qs: QuerySet[Kamervragen] | None = None) -> dict[str, Any]:
    """Open by days left, overdue, sent late."""
    qs = Kamervragen.objects.all() if qs is None else qs
    vandaag = timezone.localdate()
    qs = qs.select_related("trekker", "bewindspersoon")
    open_ = qs.exclude(status=Kamervragen.Status.VERZONDEN)
    return {
        "open": open_.filter(uiterste_datum__gte=vandaag).order_by("uiterste_datum", "pk"),
        "te_laat": open_.filter(uiterste_datum__lt=vandaag).order_by("uiterste_datum", "pk"),
        "te_laat_verzonden": qs.filter(
            status=Kamervragen.Status.VERZONDEN, verzonden_op__gt=F("uiterste_datum")
        ).order_by("-verzonden_op"),
    }


def openstaand(*, bewindspersonen: list[int] | None = None) -> list[Openstaand]:
    """Open written questions, open commitments and adopted motions not yet carried out."""
    kv = open_kamervragen().select_related("bewindspersoon", "trekker")
    tz = Toezegging.objects.filter(
        status__in=[Toezegging.Status.OPEN, Toezegging.Status.DEELS_VOLDAAN]
    ).select_related("bewindspersoon", "verantwoordelijke")
    mo = Motie.objects.filter(uitslag=Motie.Uitslag.AANGENOMEN, uitgevoerd_op__isnull=True).select_related(
        "bewindspersoon", "verantwoordelijke"
    )
    if bewindspersonen is not None:
        kv = kv.filter(bewindspersoon__in=bewindspersonen)
        tz = tz.filter(bewindspersoon__in=bewindspersonen)
        mo = mo.filter(bewindspersoon__in=bewindspersonen)
    items = [
        Openstaand(
            "kamervragen",
            k.nummer,
            k.onderwerp,
            k.verwachte_datum,
            k.bewindspersoon.naam,
            k.trekker.naam,
            k.get_status_display(),
            k.pk,
        )
        for k in kv
    ]
    items += [
        Openstaand(
            "toezegging",
            t.nummer,
            f"{t.tekst} ({t.termijn_tekst})",
            t.uiterste_datum,
            t.bewindspersoon.naam,
            t.verantwoordelijke.naam,
            t.get_status_display(),
            t.pk,
        )
        for t in tz
    ]
    items += [
        Openstaand(
            "motie",
            m.nummer,
            m.dictum,
            m.uitvoeren_voor,
            m.bewindspersoon.naam,
            m.verantwoordelijke.naam,
            "Aangenomen, nog uit te voeren",
            m.pk,
        )
        for m in mo
    ]
    return sorted(items, key=lambda i: (i.uiterste_datum is None, i.uiterste_datum or date.max, i.soort))
