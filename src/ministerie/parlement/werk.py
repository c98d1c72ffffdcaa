"""Parliament in "Mijn werk": open questions, oral questions, debate follow-ups and motions
for the people of the directie they are assigned to; open commitments for the responsible
directie (so the director sees the overdue ones); the bewindspersoon's overdue commitments."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from ministerie.core.permissies import heeft_recht
from ministerie.core.werk import Werkitem, registreer_bron
from ministerie.stukken.models import Nota
from ministerie.stukken.route import PARLEMENTAIRE_ZAKEN

from .betrokkenheid import betrokken_eenheden
from .melden import VERZENDER
from .models import Debatvraag, Kamervragen, MondelingeVraag, Motie, Toezegging


@registreer_bron
def parlement_voor(gebruiker: Any) -> Iterator[Werkitem]:
    if not getattr(gebruiker, "is_authenticated", False):
        return
    eenheden = betrokken_eenheden(gebruiker)
    if eenheden:
        yield from _kamervragen(eenheden)
        yield from _mondeling(eenheden)
        yield from _debatvragen(eenheden)
        yield from _toezeggingen(
            Toezegging.objects.filter(verantwoordelijke__in=eenheden), alleen_te_laat=False
        )
        yield from _moties(eenheden)
    if heeft_recht(gebruiker, VERZENDER) and PARLEMENTAIRE_ZAKEN in gebruiker.rolcodes():
        yield from _te_verzenden()
    if "bewindspersoon" in gebruiker.rolcodes():
        portefeuilles = gebruiker.eenheden.filter(soort="bewindspersoon")
        yield from _toezeggingen(
            Toezegging.objects.filter(bewindspersoon__in=portefeuilles).exclude(
                verantwoordelijke__in=eenheden
            ),
            alleen_te_laat=True,
        )


def _kamervragen(eenheden: frozenset[int]) -> Iterator[Werkitem]:
    qs = (
        Kamervragen.objects.exclude(status=Kamervragen.Status.VERZONDEN)
        .filter(Q(trekker__in=eenheden) | Q(medetrekkers__in=eenheden))
        .distinct()
        .select_related("trekker")
    )
    for kv in qs:
        uitstel = f"; uitstel tot {kv.uitstel_verwacht_op:%d-%m-%Y}" if kv.uitstel_verwacht_op else ""
        yield Werkitem(
            soort="Kamervragen",
            titel=f"{kv.nummer} — {kv.onderwerp}",
            url=reverse("parlement:kamervragen", args=[kv.pk]),
            uiterste_datum=kv.verwachte_datum,
            toelichting=f"Trekker: {kv.trekker.naam}{uitstel}",
            actie="parlement.voorbereiden",
            sleutel=f"kamervragen:{kv.pk}",
        )


def _te_verzenden() -> Iterator[Werkitem]:
    """For Parlementaire Zaken: answers signed and settled, not yet sent to the Kamer."""
    qs = Kamervragen.objects.exclude(status=Kamervragen.Status.VERZONDEN).filter(
        antwoord_nota__status=Nota.Status.AFGEDAAN
    )
    for kv in qs.select_related("antwoord_nota"):
        assert kv.antwoord_nota is not None  # filtered on its status above
        yield Werkitem(
            soort="Kamervragen — te verzenden",
            titel=f"{kv.nummer} — {kv.onderwerp}",
            url=reverse("parlement:kamervragen", args=[kv.pk]),
            uiterste_datum=kv.verwachte_datum,
            toelichting=f"Antwoord getekend en afgedaan ({kv.antwoord_nota.kenmerk}); verzenden aan de "
            f"{kv.get_kamer_display()}",
            actie=VERZENDER,
            sleutel=f"kamervragen:{kv.pk}:te-verzenden",
        )


def _mondeling(eenheden: frozenset[int]) -> Iterator[Werkitem]:
    qs = MondelingeVraag.objects.filter(
        trekker__in=eenheden,
        status=MondelingeVraag.Status.AANGEMELD,
        datum__gte=timezone.localdate(),
    )
    for mv in qs:
        yield Werkitem(
            soort="Mondelinge vraag (vragenuur)",
            titel=f"{mv.vragensteller} — {mv.onderwerp}",
            url=reverse("parlement:mondelinge-vraag", args=[mv.pk]),
            uiterste_datum=mv.datum,
            toelichting="Antwoordblad nog niet klaar",
            actie="parlement.voorbereiden",
            sleutel=f"mondelinge-vraag:{mv.pk}",
        )


def _debatvragen(eenheden: frozenset[int]) -> Iterator[Werkitem]:
    qs = Debatvraag.objects.filter(
        trekker__in=eenheden, status=Debatvraag.Status.SCHRIFTELIJK, nagestuurd_op__isnull=True
    ).select_related("debat", "deelnemer")
    for vraag in qs:
        yield Werkitem(
            soort="Debat — schriftelijk na te sturen",
            titel=f"{vraag.deelnemer}: {vraag.tekst[:80]}",
            url=reverse("parlement:debat", args=[vraag.debat_id]),
            uiterste_datum=vraag.uiterste_datum,
            toelichting=str(vraag.debat),
            actie="parlement.voorbereiden",
            sleutel=f"debatvraag:{vraag.pk}",
        )


def _toezeggingen(qs: Any, *, alleen_te_laat: bool) -> Iterator[Werkitem]:
    qs = qs.filter(status__in=[Toezegging.Status.OPEN, Toezegging.Status.DEELS_VOLDAAN])
    if alleen_te_laat:
        qs = qs.filter(uiterste_datum__lt=timezone.localdate())
    for tz in qs.select_related("verantwoordelijke"):
        yield Werkitem(
            soort="Toezegging" + (" — te laat" if tz.te_laat else ""),
            titel=f"{tz.nummer} — {tz.tekst[:100]}",
            url=reverse("parlement:toezegging", args=[tz.pk]),
            uiterste_datum=tz.uiterste_datum,
            toelichting=f"Toegezegd: \u201c{tz.termijn_tekst}\u201d; {tz.verantwoordelijke.naam}",
            # the bewindspersoon's overdue commitments: to follow, the directie does the work
            kan_handelen=not alleen_te_laat,
            sleutel=f"toezegging:{tz.pk}",
        )


def _moties(eenheden: frozenset[int]) -> Iterator[Werkitem]:
    qs = Motie.objects.filter(
        verantwoordelijke__in=eenheden, uitslag=Motie.Uitslag.AANGENOMEN, uitgevoerd_op__isnull=True
    )
    for motie in qs:
        yield Werkitem(
            soort="Motie — uit te voeren",
            titel=f"{motie.nummer} — {motie.dictum[:100]}",
            url=reverse("parlement:motie", args=[motie.pk]),
            uiterste_datum=motie.uitvoeren_voor,
            actie="parlement.voorbereiden",
            sleutel=f"motie:{motie.pk}",
        )
