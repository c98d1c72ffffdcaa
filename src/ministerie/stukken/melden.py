"""Who hears what about a memo (issue 14 §2): the author and co-authors when it is decided (with
the decision per point), sent back (with the reason) and settled; the secretariaat that settles
decided memos when one waits for it.

Called by the services inside their transaction (``ministerie.meldingen.services.meld`` writes in
it and queues e-mail on commit). Every recipient may see the memo (checked here, not assumed),
so the text may name its decision points; the title is the memo's kenmerk and subject only, and
the e-mail leaves the title out altogether above Intern (the notification layer's rule).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.urls import reverse
from django.utils import timezone

from ministerie.core.models import Gebruiker
from ministerie.core.permissies import heeft_recht
from ministerie.meldingen.models import Soort
from ministerie.meldingen.services import meld

from .models import Nota
from .zichtbaarheid import zichtbare_notas

#: The role that settles decided memos and finds them on Mijn werk as "af te doen".
AFDOENER = "secretariaat"


def titel(nota: Nota) -> str:
    return f"{nota.kenmerk} {nota.onderwerp}"


def _link(nota: Nota) -> str:
    return reverse("stukken:nota", args=[nota.pk])


def _wie_mag_zien(nota: Nota, mensen: Iterable[Gebruiker], behalve: Any) -> list[Gebruiker]:
    """Only people who may see the memo now, never the one who acted."""
    return [
        g
        for g in mensen
        if g.pk != getattr(behalve, "pk", None)
        and zichtbare_notas(g, Nota.objects.filter(pk=nota.pk)).exists()
    ]


def opstellers(nota: Nota, behalve: Any = None) -> list[Gebruiker]:
    """The author and the co-authors who may see the memo."""
    return _wie_mag_zien(nota, [nota.auteur, *nota.medeauteurs.all()], behalve)


def afdoeners(nota: Nota, behalve: Any = None) -> list[Gebruiker]:
    """The secretariaat staff who may settle this memo: the role with ``nota.afdoen`` who see it."""
    kandidaten = Gebruiker.objects.filter(
        is_active=True, rollen__rol=AFDOENER, clearance__gte=nota.rubricering
    ).distinct()
    return [g for g in _wie_mag_zien(nota, kandidaten, behalve) if heeft_recht(g, "nota.afdoen")]


def besluit_per_punt(nota: Nota) -> str:
    """'Beslispunt 1 (…): Akkoord; beslispunt 2 (…): Aangehouden — toelichting.'"""
    delen = []
    for punt in nota.beslispunten.order_by("volgorde"):
        uitleg = f" — {punt.toelichting}" if punt.toelichting else ""
        delen.append(f"beslispunt {punt.volgorde} ({punt.tekst}): {punt.get_besluit_display()}{uitleg}")
    if not delen:
        return "Voor kennisgeving aangenomen."
    tekst = "; ".join(delen)
    return tekst[0].upper() + tekst[1:] + "."


def besloten(nota: Nota, *, door: Any, annotatie: str = "") -> None:
    tekst = f"{door} besloot. {besluit_per_punt(nota)}"
    if annotatie.strip():
        tekst += f" Annotatie: {annotatie.strip()}"
    meld(
        opstellers(nota, door),
        Soort.BESLIST,
        f"Besloten: {titel(nota)}",
        _link(nota),
        tekst,
        sleutel=f"nota:{nota.pk}:besloten",
        over=nota,
    )
    _af_te_doen(nota, door, "besloot over")


def _af_te_doen(nota: Nota, door: Any, wat: str) -> None:
    """The secretariaat settles a decided or signed memo (one event per memo)."""
    meld(
        afdoeners(nota, door),
        Soort.TE_DOEN,
        f"Af te doen: {titel(nota)}",
        _link(nota),
        f"{door} {wat} deze nota; doe haar af (retour naar de lijn).",
        sleutel=f"nota:{nota.pk}:af-te-doen",
        over=nota,
    )


def getekend(nota: Nota, *, door: Any) -> None:
    """A signed memo (an answer to Kamervragen): the authors hear it, the secretariaat settles it."""
    aantal = nota.antwoorden.count()
    meld(
        opstellers(nota, door),
        Soort.GETEKEND,
        f"Getekend: {titel(nota)}",
        _link(nota),
        f"{door} tekende de nota ({aantal} {'antwoord' if aantal == 1 else 'antwoorden'}).",
        sleutel=f"nota:{nota.pk}:getekend",
        over=nota,
    )
    _af_te_doen(nota, door, "tekende")


def teruggestuurd(nota: Nota, *, door: Any, reden: str) -> None:
    # each sending back is its own event (a memo can be sent back more than once)
    meld(
        opstellers(nota, door),
        Soort.TERUGGESTUURD,
        f"Teruggestuurd: {titel(nota)}",
        _link(nota),
        f"{door} stuurde de nota terug. Reden: {reden.strip()}",
        sleutel=f"nota:{nota.pk}:teruggestuurd:{timezone.now().isoformat()}",
        over=nota,
    )


def afgedaan(nota: Nota, *, door: Any) -> None:
    meld(
        opstellers(nota, door),
        Soort.AFGEDAAN,
        f"Afgedaan: {titel(nota)}",
        _link(nota),
        f"{door} deed de {'getekende' if nota.wordt_getekend else 'besloten'} nota af; zij gaat retour "
        "naar de lijn.",
        sleutel=f"nota:{nota.pk}:afgedaan",
        over=nota,
    )
