"""Budget articles and mutations in the one search (``core.zoekbronnen``), registered from
``apps.py``.

The same filters as the budget pages (``zichtbaarheid.py``): the right to see the budget, and
then every article (the leadership, FEZ) or those of the user's own units; a mutation is found
through the articles it changes. A hit opens the article's page (for a mutation: the page of an
article it changes that the user may see, in the year of its budget).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from typing import Any

from django.urls import reverse

from ministerie.core.permissies import heeft_recht
from ministerie.core.zoekbronnen import ALLES, BATCH, Bereik, Zoekbron, registreer, volg
from ministerie.zoeken import Zoekdocument

from .models import Artikel, Begroting, Mutatie, Mutatieregel
from .zichtbaarheid import ALLE, zichtbare_artikelen

BEKIJKEN = "begroting.bekijken"


def _artikel(a: Artikel) -> Zoekdocument:
    return Zoekdocument(
        id=f"begrotingsartikel:{a.pk}",
        soort="begrotingsartikel",
        titel=f"{a.hoofdstuk.code} artikel {a.nummer}: {a.naam}",
        tekst="\n".join([a.get_soort_display(), a.hoofdstuk.naam, a.toelichting, a.opmerking]),
        eenheid=a.eenheid_id,
        rubricering=0,
        status=a.soort,
        datum=None,
        kenmerk=f"{a.hoofdstuk.code}.{a.nummer}",
    )


def _mutatie(m: Mutatie) -> Zoekdocument:
    regels = list(m.regels.all())
    artikelen = "\n".join(f"{r.artikel.nummer} {r.artikel.naam}" for r in regels)
    return Zoekdocument(
        id=f"mutatie:{m.pk}",
        soort="mutatie",
        titel=f"{m.get_soort_display()}: {m.titel}",
        tekst="\n".join([m.toelichting, str(m.stand), artikelen, m.uitzondering_reden]),
        eenheid=None,
        eenheden=tuple(sorted({r.artikel.eenheid_id for r in regels if r.artikel.eenheid_id})),
        rubricering=0,
        status=m.soort,
        datum=m.aangemaakt.date() if m.aangemaakt else None,
        kenmerk="",
    )


def _artikelen() -> Any:
    return Artikel.objects.select_related("hoofdstuk")


def _mutaties() -> Any:
    return Mutatie.objects.select_related("stand__begroting__hoofdstuk").prefetch_related("regels__artikel")


def artikel_documenten(pks: Collection[int]) -> Iterator[Zoekdocument]:
    return (_artikel(a) for a in _artikelen().filter(pk__in=pks))


def alle_artikelen() -> Iterator[Zoekdocument]:
    return (_artikel(a) for a in _artikelen().iterator(chunk_size=BATCH))


def mutatie_documenten(pks: Collection[int]) -> Iterator[Zoekdocument]:
    return (_mutatie(m) for m in _mutaties().filter(pk__in=pks))


def alle_mutaties() -> Iterator[Zoekdocument]:
    return (_mutatie(m) for m in _mutaties().iterator(chunk_size=BATCH))


def _bereik(gebruiker: Any) -> Sequence[Bereik]:
    if not heeft_recht(gebruiker, BEKIJKEN):
        return []
    if heeft_recht(gebruiker, ALLE):
        return [ALLES]
    return [Bereik(eenheden=frozenset(gebruiker.eenheden_in_scope()))]


def _zichtbare(gebruiker: Any) -> Any:
    if gebruiker is None:
        return Artikel.objects.all()
    if not heeft_recht(gebruiker, BEKIJKEN):
        return Artikel.objects.none()
    return zichtbare_artikelen(gebruiker, Artikel.objects.all())


def _artikelen_zichtbaar(gebruiker: Any, pks: Collection[int]) -> dict[int, str]:
    artikelen = list(_zichtbare(gebruiker).filter(pk__in=pks).select_related("hoofdstuk"))
    # the newest budget year of each chapter is the one the article's page opens in
    jaren: dict[int, int] = {}
    for hoofdstuk_id, jaar in Begroting.objects.filter(
        hoofdstuk_id__in={a.hoofdstuk_id for a in artikelen}
    ).values_list("hoofdstuk_id", "jaar"):
        jaren[hoofdstuk_id] = max(jaar, jaren.get(hoofdstuk_id, jaar))
    return {
        a.pk: reverse("begroting:artikel", args=[a.hoofdstuk.code, jaren[a.hoofdstuk_id], a.nummer])
        for a in artikelen
        if a.hoofdstuk_id in jaren
    }


def _mutaties_zichtbaar(gebruiker: Any, pks: Collection[int]) -> dict[int, str]:
    zichtbaar = set(_zichtbare(gebruiker).values_list("pk", flat=True))
    adressen: dict[int, str] = {}
    regels = (
        Mutatieregel.objects.filter(mutatie_id__in=pks, artikel_id__in=zichtbaar)
        .select_related("artikel", "mutatie__stand__begroting__hoofdstuk")
        .order_by("mutatie_id", "artikel__nummer")
    )
    for r in regels:
        if r.mutatie_id not in adressen:
            begroting = r.mutatie.stand.begroting
            adressen[r.mutatie_id] = reverse(
                "begroting:artikel", args=[begroting.hoofdstuk.code, begroting.jaar, r.artikel.nummer]
            )
    return adressen


def _bij_artikel(a: Artikel) -> list[str]:
    """An article's unit decides who finds the mutations that change it."""
    mutaties = Mutatieregel.objects.filter(artikel_id=a.pk).values_list("mutatie_id", flat=True).distinct()
    return [f"begrotingsartikel:{a.pk}", *(f"mutatie:{pk}" for pk in mutaties)]


def registreer_bronnen() -> None:
    registreer(
        Zoekbron(
            soort="begrotingsartikel",
            label="Begrotingsartikelen",
            enkelvoud="Begrotingsartikel",
            deel="begroting",
            documenten=artikel_documenten,
            alle=alle_artikelen,
            bereik=_bereik,
            zichtbaar=_artikelen_zichtbaar,
            volgorde=60,
        )
    )
    registreer(
        Zoekbron(
            soort="mutatie",
            label="Begrotingsmutaties",
            enkelvoud="Begrotingsmutatie",
            deel="begroting",
            documenten=mutatie_documenten,
            alle=alle_mutaties,
            bereik=_bereik,
            zichtbaar=_mutaties_zichtbaar,
            volgorde=61,
        )
    )
    volg(Artikel, _bij_artikel)
    volg(Mutatie, lambda m: (f"mutatie:{m.pk}",))
    volg(Mutatieregel, lambda r: (f"mutatie:{r.mutatie_id}",))
