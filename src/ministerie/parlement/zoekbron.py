"""Kamervragen, toezeggingen, moties and Kamerbrieven in the one search (``core.zoekbronnen``),
registered from ``apps.py``.

The same filters as the parliament pages (``zichtbaarheid.py``): questions, commitments and
motions are seen by everyone with ``parlement.bekijken``; a sent Kamerbrief is a public
Kamerstuk, one not yet sent is seen as its memo is (units, route, clearance), or by those who
register Kamerbrieven up to their clearance.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from typing import Any

from django.db.models import Model, QuerySet
from django.urls import reverse

from ministerie.core.permissies import heeft_recht
from ministerie.core.zoekbronnen import ALLES, BATCH, Bereik, Zoekbron, registreer, volg, volg_koppeling
from ministerie.stukken.models import Nota
from ministerie.zoeken import Zoekdocument

from .models import Kamerbrief, Kamervragen, Motie, Toezegging, Vraag
from .zichtbaarheid import zichtbare_kamerbrieven

BEKIJKEN = "parlement.bekijken"
VERZONDEN, CONCEPT = "verzonden", "concept"


def _namen(lijst: Any) -> str:
    if not isinstance(lijst, list):
        return ""
    return "\n".join(
        " ".join(str(v) for v in (x.values() if isinstance(x, dict) else [x]) if v) for x in lijst
    )


def _kamervragen(k: Kamervragen) -> Zoekdocument:
    vragen = "\n".join(v.tekst for v in k.vragen.all())
    return Zoekdocument(
        id=f"kamervragen:{k.pk}",
        soort="kamervragen",
        titel=k.onderwerp,
        tekst="\n".join([_namen(k.vragenstellers), vragen, k.uitstel_reden]),
        eenheid=k.trekker_id,
        eenheden=tuple(sorted(e.pk for e in k.medetrekkers.all())),
        rubricering=0,
        status=k.status,
        datum=k.ontvangen_op,
        kenmerk=k.nummer,
    )


def _toezegging(t: Toezegging) -> Zoekdocument:
    return Zoekdocument(
        id=f"toezegging:{t.pk}",
        soort="toezegging",
        titel=f"Toezegging {t.nummer}: {t.tekst[:120]}" if t.nummer else t.tekst[:140],
        tekst="\n".join([t.tekst, t.gedaan_in, t.termijn_tekst, t.toelichting]),
        eenheid=t.verantwoordelijke_id,
        rubricering=0,
        status=t.status,
        datum=t.gedaan_op,
        kenmerk=t.nummer,
    )


def _motie(m: Motie) -> Zoekdocument:
    return Zoekdocument(
        id=f"motie:{m.pk}",
        soort="motie",
        titel=f"Motie {m.nummer}: {m.dictum[:120]}",
        tekst="\n".join([m.dictum, _namen(m.indieners), m.uitvoering]),
        eenheid=m.verantwoordelijke_id,
        rubricering=0,
        status=m.uitslag or "niet_gestemd",
        datum=m.ingediend_op,
        kenmerk=m.nummer,
    )


def _kamerbrief(kb: Kamerbrief) -> Zoekdocument:
    nota = kb.nota
    verzonden = kb.verzonden_op is not None
    stappen = list(nota.stappen.all())
    return Zoekdocument(
        id=f"kamerbrief:{kb.pk}",
        soort="kamerbrief",
        titel=nota.onderwerp,
        tekst="\n".join([nota.aanleiding, nota.kernpunten, nota.toelichting]),
        eenheid=nota.eenheid_id,
        eenheden=tuple(sorted({s.eenheid_id for s in stappen if s.eenheid_id})),
        gebruikers=tuple(
            sorted(
                {nota.auteur_id, *(s.houder_id for s in stappen if s.houder_id)}
                | {m.pk for m in nota.medeauteurs.all()}
            )
        ),
        # a sent letter is a public Kamerstuk; before that it is as classified as its memo
        rubricering=0 if verzonden else nota.rubricering,
        status=VERZONDEN if verzonden else CONCEPT,
        datum=kb.verzonden_op or nota.datum,
        kenmerk=" ".join(filter(None, [kb.kamerstuk, nota.kenmerk])),
    )


def _bouwer(
    model: type[Model],
    bouw: Callable[[Any], Zoekdocument],
    erbij: Sequence[str] = (),
    samen: Sequence[str] = (),
) -> tuple[Callable[[Collection[int]], Iterator[Zoekdocument]], Callable[[], Iterator[Zoekdocument]]]:
    def qs() -> QuerySet[Any]:
        return model._default_manager.select_related(*samen).prefetch_related(*erbij)

    def documenten(pks: Collection[int]) -> Iterator[Zoekdocument]:
        return (bouw(o) for o in qs().filter(pk__in=pks))

    def alle() -> Iterator[Zoekdocument]:
        return (bouw(o) for o in qs().iterator(chunk_size=BATCH))

    return documenten, alle


def _iedereen_met_recht(gebruiker: Any) -> Sequence[Bereik]:
    return [ALLES] if heeft_recht(gebruiker, BEKIJKEN) else []


def _brieven_bereik(gebruiker: Any) -> Sequence[Bereik]:
    if not heeft_recht(gebruiker, BEKIJKEN):
        return []
    if heeft_recht(gebruiker, "parlement.registreren"):
        return [ALLES]  # every letter up to their clearance (applied on top)
    return [
        Bereik(statussen=frozenset({VERZONDEN})),
        Bereik(
            eenheden=frozenset(gebruiker.eenheden_in_scope()),
            gebruiker=gebruiker.pk,
            statussen=frozenset({CONCEPT}),
        ),
    ]


def _adressen(model: type[Model], naam: str) -> Callable[[Any, Collection[int]], dict[int, str]]:
    def zichtbaar(gebruiker: Any, pks: Collection[int]) -> dict[int, str]:
        if gebruiker is not None and not heeft_recht(gebruiker, BEKIJKEN):
            return {}
        gevonden = model._default_manager.filter(pk__in=pks).values_list("pk", flat=True)
        return {pk: reverse(naam, args=[pk]) for pk in gevonden}

    return zichtbaar


def _brieven(gebruiker: Any, pks: Collection[int]) -> dict[int, str]:
    if gebruiker is None:
        qs = Kamerbrief.objects.all()
    elif heeft_recht(gebruiker, BEKIJKEN):
        qs = zichtbare_kamerbrieven(gebruiker)
    else:
        return {}
    gevonden = qs.filter(pk__in=pks).values_list("pk", flat=True)
    return {pk: reverse("parlement:kamerbrief", args=[pk]) for pk in gevonden}


def _brief_bij_nota(nota: Nota) -> Iterable[str]:
    pk = Kamerbrief.objects.filter(nota_id=nota.pk).values_list("pk", flat=True).first()
    return (f"kamerbrief:{pk}",) if pk else ()


def _eigen_id(soort: str) -> Callable[[Any], Iterable[str]]:
    def ids(o: Any) -> Iterable[str]:
        return (f"{soort}:{o.pk}",)

    return ids


def registreer_bronnen() -> None:
    soorten: list[tuple[str, str, str, type[Model], Any, Any]] = [
        ("kamervragen", "Kamervragen", "Kamervragen", Kamervragen, _kamervragen, ("vragen", "medetrekkers")),
        ("toezegging", "Toezeggingen", "Toezegging", Toezegging, _toezegging, ()),
        ("motie", "Moties", "Motie", Motie, _motie, ()),
    ]
    for i, (soort, label, enkelvoud, model, bouw, erbij) in enumerate(soorten):
        documenten, alle = _bouwer(model, bouw, erbij)
        naam = "parlement:kamervragen" if soort == "kamervragen" else f"parlement:{soort}"
        registreer(
            Zoekbron(
                soort=soort,
                label=label,
                enkelvoud=enkelvoud,
                deel="parlement",
                documenten=documenten,
                alle=alle,
                bereik=_iedereen_met_recht,
                zichtbaar=_adressen(model, naam),
                volgorde=20 + i,
            )
        )
        volg(model, _eigen_id(soort))
    documenten, alle = _bouwer(
        Kamerbrief, _kamerbrief, ("nota__stappen", "nota__medeauteurs"), samen=("nota",)
    )
    registreer(
        Zoekbron(
            soort="kamerbrief",
            label="Kamerbrieven",
            enkelvoud="Kamerbrief",
            deel="parlement",
            documenten=documenten,
            alle=alle,
            bereik=_brieven_bereik,
            zichtbaar=_brieven,
            volgorde=25,
        )
    )
    volg(Kamerbrief, lambda kb: (f"kamerbrief:{kb.pk}",))
    volg(Vraag, lambda v: (f"kamervragen:{v.set_id}",))
    volg(Nota, _brief_bij_nota)  # the letter's title, text and status live in its memo
    volg_koppeling(Nota.medeauteurs, _brief_bij_nota)  # who may see a letter not yet sent
    volg_koppeling(Kamervragen.medetrekkers, _eigen_id("kamervragen"))
