"""Units and people in the one search (``core.zoekbronnen``): registered from ``apps.py``.

The organisation register is not classified: everyone with the right to see the organisation
finds every unit and person (as on the organisation pages). The tree is offered to the search
as well, for the unit filter and its facet (the secretaris-generaal and the DGs).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence
from typing import Any

from django.urls import reverse

from ministerie.core.permissies import heeft_recht
from ministerie.core.zoekbronnen import (
    ALLES,
    BATCH,
    Bereik,
    Eenheidsboom,
    Zoekbron,
    registreer,
    registreer_eenheidsboom,
    volg,
)
from ministerie.zoeken import Zoekdocument

from .models import Eenheid, Kengetal, Persoon, Positie

FACETSOORTEN = (Eenheid.Soort.SECRETARIS_GENERAAL, Eenheid.Soort.DIRECTORAAT_GENERAAL)
MAX_FACET = 8


def _lijst(waarde: Any) -> str:
    if isinstance(waarde, list):
        return "\n".join(str(w) for w in waarde)
    return str(waarde or "")


def _eenheid_document(e: Eenheid) -> Zoekdocument:
    posities = [f"{p.omschrijving} {p.persoon.naam}" for p in e.posities.all()]
    titel = f"{e.naam} ({e.afkorting})" if e.afkorting and e.afkorting != e.naam else e.naam
    return Zoekdocument(
        id=f"eenheid:{e.pk}",
        soort="eenheid",
        titel=titel,
        tekst="\n".join(
            [
                e.get_soort_display(),
                e.omschrijving,
                _lijst(e.ook_genoemd),
                _lijst(e.portefeuille),
                e.opmerking,
            ]
            + posities
            + [f"{k.naam} {k.toelichting}" for k in e.kengetallen.all()]
        ),
        eenheid=e.pk,
        rubricering=0,
        status=e.soort,
        datum=None,
        kenmerk=e.code,
    )


def _persoon_document(p: Persoon) -> Zoekdocument:
    posities = list(p.posities.all())
    return Zoekdocument(
        id=f"persoon:{p.pk}",
        soort="persoon",
        titel=p.naam,
        tekst="\n".join([_lijst(p.ook_genoemd)] + [f"{q.omschrijving} {q.eenheid.naam}" for q in posities]),
        eenheid=posities[0].eenheid_id if posities else None,
        eenheden=tuple(sorted({q.eenheid_id for q in posities})),
        rubricering=0,
        status="persoon",
        datum=None,
        kenmerk="",
    )


def _eenheden(qs: Any) -> Any:
    return qs.prefetch_related("posities__persoon", "kengetallen")


def _personen(qs: Any) -> Any:
    return qs.prefetch_related("posities__eenheid")


def eenheid_documenten(pks: Collection[int]) -> Iterator[Zoekdocument]:
    return (_eenheid_document(e) for e in _eenheden(Eenheid.objects.filter(pk__in=pks)))


def persoon_documenten(pks: Collection[int]) -> Iterator[Zoekdocument]:
    return (_persoon_document(p) for p in _personen(Persoon.objects.filter(pk__in=pks)))


def alle_eenheden() -> Iterator[Zoekdocument]:
    return (_eenheid_document(e) for e in _eenheden(Eenheid.objects.all()).iterator(chunk_size=BATCH))


def alle_personen() -> Iterator[Zoekdocument]:
    return (_persoon_document(p) for p in _personen(Persoon.objects.all()).iterator(chunk_size=BATCH))


def _bereik(gebruiker: Any) -> Sequence[Bereik]:
    return [ALLES] if heeft_recht(gebruiker, "organisatie.bekijken") else []


def _adressen(model: Any, naam: str) -> Any:
    def zichtbaar(gebruiker: Any, pks: Collection[int]) -> dict[int, str]:
        if gebruiker is not None and not heeft_recht(gebruiker, "organisatie.bekijken"):
            return {}
        rijen = model.objects.filter(pk__in=pks).values_list("pk", "code")
        return {pk: reverse(naam, args=[code]) for pk, code in rijen}

    return zichtbaar


def _facet() -> list[tuple[int, str]]:
    rijen = Eenheid.objects.filter(soort__in=FACETSOORTEN).order_by("volgorde", "naam")[:MAX_FACET]
    return [(e.pk, e.afkorting or e.naam) for e in rijen]


def _positie_ids(p: Positie) -> Iterable[str]:
    return (f"eenheid:{p.eenheid_id}", f"persoon:{p.persoon_id}")


def registreer_bronnen() -> None:
    registreer(
        Zoekbron(
            soort="eenheid",
            label="Organisatie-eenheden",
            enkelvoud="Organisatie-eenheid",
            deel="organisatie",
            documenten=eenheid_documenten,
            alle=alle_eenheden,
            bereik=_bereik,
            zichtbaar=_adressen(Eenheid, "organisatie:eenheid"),
            volgorde=80,
        )
    )
    registreer(
        Zoekbron(
            soort="persoon",
            label="Personen",
            enkelvoud="Persoon",
            deel="organisatie",
            documenten=persoon_documenten,
            alle=alle_personen,
            bereik=_bereik,
            zichtbaar=_adressen(Persoon, "organisatie:persoon"),
            volgorde=81,
        )
    )
    registreer_eenheidsboom(
        Eenheidsboom(onder=lambda pk: Eenheid.objects.met_onderliggende([pk]), facet=_facet)
    )
    volg(Eenheid, lambda e: (f"eenheid:{e.pk}",))
    volg(Persoon, lambda p: (f"persoon:{p.pk}",))
    volg(Positie, _positie_ids)
    volg(Kengetal, lambda k: (f"eenheid:{k.eenheid_id}",))
