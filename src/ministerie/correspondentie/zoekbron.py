"""Correspondence cases in the one search (``core.zoekbronnen``), registered from ``apps.py``.

The same filters as the correspondence pages (``zichtbaarheid.zichtbare_zaken``): the right to
see correspondence, and then every case (team MC) or the cases assigned to the user's units. A
case holds personal data (the sender's name and the letter), so nobody else gets a hit or a
count. The database has the last word on every hit (``zichtbaar``).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from typing import Any

from django.urls import reverse

from ministerie.core.permissies import heeft_recht
from ministerie.core.zoekbronnen import ALLES, BATCH, Bereik, Zoekbron, registreer, volg
from ministerie.zoeken import Zoekdocument

from .models import Zaak
from .zichtbaarheid import is_mc, zichtbare_zaken

SOORT = "correspondentie"


def _document(z: Zaak) -> Zoekdocument:
    return Zoekdocument(
        id=f"{SOORT}:{z.pk}",
        soort=SOORT,
        titel=f"{z.zaaknummer} {z.onderwerp}",
        tekst="\n".join([z.afzender_naam, z.afzender_organisatie, z.tekst]),
        eenheid=z.toegewezen_aan_id,
        rubricering=0,
        status=z.status,
        datum=z.ontvangen_op.date(),
        kenmerk=z.zaaknummer,
    )


def _zaken() -> Any:
    return Zaak.objects.only(
        "pk", "zaaknummer", "onderwerp", "afzender_naam", "afzender_organisatie", "tekst",
        "toegewezen_aan_id", "status", "ontvangen_op",
    )  # fmt: skip


def documenten(pks: Collection[int]) -> Iterator[Zoekdocument]:
    return (_document(z) for z in _zaken().filter(pk__in=pks))


def alle() -> Iterator[Zoekdocument]:
    return (_document(z) for z in _zaken().iterator(chunk_size=BATCH))


def bereik(gebruiker: Any) -> Sequence[Bereik]:
    if not heeft_recht(gebruiker, "correspondentie.bekijken"):
        return []
    if is_mc(gebruiker):
        return [ALLES]
    return [Bereik(eenheden=frozenset(gebruiker.eenheden_in_scope()))]


def _zichtbaar(gebruiker: Any, pks: Collection[int]) -> dict[int, str]:
    qs = Zaak.objects.all() if gebruiker is None else zichtbare_zaken(gebruiker)
    gevonden = qs.filter(pk__in=pks).values_list("pk", flat=True)
    return {pk: reverse("correspondentie:zaak", args=[pk]) for pk in gevonden}


def registreer_bron() -> None:
    registreer(
        Zoekbron(
            soort=SOORT,
            label="Correspondentie",
            enkelvoud="Correspondentiezaak",
            deel="correspondentie",
            documenten=documenten,
            alle=alle,
            bereik=bereik,
            zichtbaar=_zichtbaar,
            volgorde=50,
        )
    )
    volg(Zaak, lambda z: (f"{SOORT}:{z.pk}",))
