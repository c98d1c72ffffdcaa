"""Complaints in the one search (``core.zoekbronnen``), registered from ``apps.py``.

The same filters as the complaint pages (``zichtbaarheid.zichtbare_klachten``): the right to see
complaints, and then all of them (the jurists of CZW) or those not yet assigned and those
assigned to the user. A complaint lists its handler as its user; one not yet assigned is
indexed with the status ``NIET_TOEGEWEZEN``, so the two filters do not overlap. The person
complained about never sees the complaint (Awb 9:7); the index cannot leave out one user, so a
user who is complained about in any complaint gets no complaints from the header search at all
(the complaints page still lists what they may see). The database has the last word on every
hit (``zichtbaar``).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from typing import Any

from django.urls import reverse

from ministerie.core.permissies import heeft_recht
from ministerie.core.zoekbronnen import ALLES, BATCH, Bereik, Zoekbron, registreer, volg
from ministerie.zoeken import Zoekdocument

from .models import Klacht
from .zichtbaarheid import ALLE_ZIEN, zichtbare_klachten

SOORT = "klacht"
#: The index status of a complaint without a handler (any holder of the right may take it in).
NIET_TOEGEWEZEN = "niet-toegewezen"


def _document(k: Klacht) -> Zoekdocument:
    return Zoekdocument(
        id=f"{SOORT}:{k.pk}",
        soort=SOORT,
        titel=f"{k.zaaknummer} {k.onderwerp}",
        tekst="\n".join([k.klager_naam, k.beklaagde_omschrijving, k.omschrijving]),
        eenheid=k.eenheid_id,
        rubricering=0,
        status=k.status if k.behandelaar_id else NIET_TOEGEWEZEN,
        datum=k.ontvangen_op,
        kenmerk=" ".join(filter(None, [k.zaaknummer, k.bron_zaaknummer])),
        gebruikers=(k.behandelaar_id,) if k.behandelaar_id else (),
    )


def documenten(pks: Collection[int]) -> Iterator[Zoekdocument]:
    return (_document(k) for k in Klacht.objects.filter(pk__in=pks))


def alle() -> Iterator[Zoekdocument]:
    return (_document(k) for k in Klacht.objects.iterator(chunk_size=BATCH))


def bereik(gebruiker: Any) -> Sequence[Bereik]:
    if not heeft_recht(gebruiker, "klacht.bekijken"):
        return []
    if Klacht.objects.filter(beklaagde=gebruiker).exists():
        return []
    if gebruiker.rolcodes() & ALLE_ZIEN:
        return [ALLES]
    return [
        Bereik(statussen=frozenset({NIET_TOEGEWEZEN})),
        Bereik(eenheden=frozenset(), gebruiker=gebruiker.pk),
    ]


def _zichtbaar(gebruiker: Any, pks: Collection[int]) -> dict[int, str]:
    qs = Klacht.objects.all() if gebruiker is None else zichtbare_klachten(gebruiker)
    gevonden = qs.filter(pk__in=pks).values_list("pk", flat=True)
    return {pk: reverse("klachten:klacht", args=[pk]) for pk in gevonden}


def registreer_bron() -> None:
    registreer(
        Zoekbron(
            soort=SOORT,
            label="Klachten",
            enkelvoud="Klacht",
            deel="klachten",
            documenten=documenten,
            alle=alle,
            bereik=bereik,
            zichtbaar=_zichtbaar,
            volgorde=55,
        )
    )
    volg(Klacht, lambda k: (f"{SOORT}:{k.pk}",))
