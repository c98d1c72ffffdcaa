"""Objections in the one search (``core.zoekbronnen``), registered from ``apps.py``.

The same filters as the objection pages (``zichtbaarheid.zichtbare_bezwaren``): the right to see
objections, and then all of them (the jurists of CZW) or only those the user registered (team
MC). An objection lists the user who registered it, so the second filter is a user filter
without units. The database has the last word on every hit (``zichtbaar``).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from typing import Any

from django.urls import reverse

from ministerie.core.permissies import heeft_recht
from ministerie.core.zoekbronnen import ALLES, BATCH, Bereik, Zoekbron, registreer, volg
from ministerie.zoeken import Zoekdocument

from .models import Bezwaar
from .zichtbaarheid import ALLE_ZIEN, zichtbare_bezwaren

SOORT = "bezwaar"


def _document(b: Bezwaar) -> Zoekdocument:
    return Zoekdocument(
        id=f"{SOORT}:{b.pk}",
        soort=SOORT,
        titel=f"{b.zaaknummer} {b.onderwerp}",
        tekst="\n".join([b.besluit, b.bezwaarmaker_naam, b.gronden]),
        eenheid=None,
        rubricering=0,
        status=b.status,
        datum=b.ontvangen_op,
        kenmerk=" ".join(filter(None, [b.zaaknummer, b.bron_zaaknummer, b.woo_zaaknummer])),
        gebruikers=(b.geregistreerd_door_id,) if b.geregistreerd_door_id else (),
    )


def documenten(pks: Collection[int]) -> Iterator[Zoekdocument]:
    return (_document(b) for b in Bezwaar.objects.filter(pk__in=pks))


def alle() -> Iterator[Zoekdocument]:
    return (_document(b) for b in Bezwaar.objects.iterator(chunk_size=BATCH))


def bereik(gebruiker: Any) -> Sequence[Bereik]:
    if not heeft_recht(gebruiker, "bezwaar.bekijken"):
        return []
    if gebruiker.rolcodes() & ALLE_ZIEN:
        return [ALLES]
    return [Bereik(eenheden=frozenset(), gebruiker=gebruiker.pk)]


def _zichtbaar(gebruiker: Any, pks: Collection[int]) -> dict[int, str]:
    qs = Bezwaar.objects.all() if gebruiker is None else zichtbare_bezwaren(gebruiker)
    gevonden = qs.filter(pk__in=pks).values_list("pk", flat=True)
    return {pk: reverse("bezwaar:bezwaar", args=[pk]) for pk in gevonden}


def registreer_bron() -> None:
    registreer(
        Zoekbron(
            soort=SOORT,
            label="Bezwaren",
            enkelvoud="Bezwaar",
            deel="bezwaar",
            documenten=documenten,
            alle=alle,
            bereik=bereik,
            zichtbaar=_zichtbaar,
            volgorde=56,
        )
    )
    volg(Bezwaar, lambda b: (f"{SOORT}:{b.pk}",))
