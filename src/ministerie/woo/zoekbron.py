"""Woo requests and their publications in the one search (``core.zoekbronnen``), registered
from ``apps.py``.

The same filters as the Woo pages (``zichtbaarheid.zichtbare_verzoeken``): the right to see Woo
requests, and then all of them (CZW, the SG, the bewindspersoon, the woordvoerder) or those of
the user's units (the request's unit or a unit one of its documents was assigned to). A
publication is found by whoever may see its request; what is indexed of it is what is (to be)
published: its title, case number and the texts of its published files. The requester's personal
data and the unredacted documents are not indexed.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence
from typing import Any

from django.urls import reverse

from ministerie.core.permissies import heeft_recht
from ministerie.core.zoekbronnen import ALLES, BATCH, Bereik, Zoekbron, registreer, volg
from ministerie.zoeken import Zoekdocument

from .models import Publicatie, Publicatiebestand, Verzoek, WooDocument
from .zichtbaarheid import ALLE_ZIEN, zichtbare_verzoeken


def _eenheden(verzoek: Verzoek) -> tuple[int, ...]:
    return tuple(sorted({d.eenheid_id for d in verzoek.documenten.all() if d.eenheid_id}))


def _verzoek(v: Verzoek) -> Zoekdocument:
    return Zoekdocument(
        id=f"woo-verzoek:{v.pk}",
        soort="woo-verzoek",
        titel=v.onderwerp,
        tekst="\n".join([v.omschrijving, v.get_soort_display(), v.informatiecategorie, v.kamerstuk]),
        eenheid=v.eenheid_id,
        eenheden=_eenheden(v),
        rubricering=0,
        status=v.status,
        datum=v.ontvangen_op,
        kenmerk=v.zaaknummer,
    )


def _publicatie(p: Publicatie) -> Zoekdocument:
    bestanden = sorted(p.bestanden.all(), key=lambda b: b.volgorde)
    return Zoekdocument(
        id=f"woo-publicatie:{p.pk}",
        soort="woo-publicatie",
        titel=p.titel,
        tekst="\n\n".join([p.informatiecategorie, *(f"{b.titel}\n{b.tekst}" for b in bestanden)]),
        eenheid=p.verzoek.eenheid_id,
        eenheden=_eenheden(p.verzoek),
        rubricering=0,
        status=p.status,
        datum=p.gepubliceerd_op.date() if p.gepubliceerd_op else p.gepland_op,
        kenmerk=" ".join(filter(None, [p.verzoek.zaaknummer, p.kamerstuk])),
    )


def _verzoeken() -> Any:
    return Verzoek.objects.prefetch_related("documenten")


def _publicaties() -> Any:
    return Publicatie.objects.select_related("verzoek").prefetch_related("bestanden", "verzoek__documenten")


def verzoek_documenten(pks: Collection[int]) -> Iterator[Zoekdocument]:
    return (_verzoek(v) for v in _verzoeken().filter(pk__in=pks))


def alle_verzoeken() -> Iterator[Zoekdocument]:
    return (_verzoek(v) for v in _verzoeken().iterator(chunk_size=BATCH))


def publicatie_documenten(pks: Collection[int]) -> Iterator[Zoekdocument]:
    return (_publicatie(p) for p in _publicaties().filter(pk__in=pks))


def alle_publicaties() -> Iterator[Zoekdocument]:
    return (_publicatie(p) for p in _publicaties().iterator(chunk_size=BATCH))


def _bereik(gebruiker: Any) -> Sequence[Bereik]:
    if not heeft_recht(gebruiker, "woo.bekijken"):
        return []
    if gebruiker.rolcodes() & ALLE_ZIEN:
        return [ALLES]
    return [Bereik(eenheden=frozenset(gebruiker.eenheden_in_scope()))]


def _verzoeken_zichtbaar(gebruiker: Any, pks: Collection[int]) -> dict[int, str]:
    qs = Verzoek.objects.all() if gebruiker is None else zichtbare_verzoeken(gebruiker)
    gevonden = qs.filter(pk__in=pks).values_list("pk", flat=True)
    return {pk: reverse("woo:verzoek", args=[pk]) for pk in gevonden}


def _publicaties_zichtbaar(gebruiker: Any, pks: Collection[int]) -> dict[int, str]:
    qs = Publicatie.objects.filter(pk__in=pks)
    if gebruiker is not None:
        qs = qs.filter(verzoek__in=zichtbare_verzoeken(gebruiker).values("pk"))
    adressen = {}
    for pk, verzoek_id, status in qs.values_list("pk", "verzoek_id", "status"):
        # published or withdrawn: its page on the portal; planned: the request it belongs to
        if status == Publicatie.Status.GEPLAND:
            adressen[pk] = reverse("woo:verzoek", args=[verzoek_id])
        else:
            adressen[pk] = reverse("openbaar:publicatie", args=[pk])
    return adressen


def _bij_document(d: WooDocument) -> Iterable[str]:
    ids = [f"woo-verzoek:{d.verzoek_id}"]
    pk = Publicatie.objects.filter(verzoek_id=d.verzoek_id).values_list("pk", flat=True).first()
    return [*ids, f"woo-publicatie:{pk}"] if pk else ids


def registreer_bronnen() -> None:
    registreer(
        Zoekbron(
            soort="woo-verzoek",
            label="Woo-verzoeken",
            enkelvoud="Woo-verzoek",
            deel="woo",
            documenten=verzoek_documenten,
            alle=alle_verzoeken,
            bereik=_bereik,
            zichtbaar=_verzoeken_zichtbaar,
            volgorde=40,
        )
    )
    registreer(
        Zoekbron(
            soort="woo-publicatie",
            label="Woo-publicaties",
            enkelvoud="Woo-publicatie",
            deel="woo",
            documenten=publicatie_documenten,
            alle=alle_publicaties,
            bereik=_bereik,
            zichtbaar=_publicaties_zichtbaar,
            volgorde=41,
        )
    )
    volg(Verzoek, lambda v: (f"woo-verzoek:{v.pk}",))
    volg(WooDocument, _bij_document)
    volg(Publicatie, lambda p: (f"woo-publicatie:{p.pk}",))
    volg(Publicatiebestand, lambda b: (f"woo-publicatie:{b.publicatie_id}",))
