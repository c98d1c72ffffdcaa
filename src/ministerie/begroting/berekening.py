"""Amounts of a budget moment, derived: the base figures of the first moment plus the mutation
lines of every moment up to and including it. Nothing here writes."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from .models import Artikel, Basisbedrag, Begroting, Mutatie, Mutatieregel, Stand

Sleutel = tuple[int, str, int]  # (artikel_id, soort, jaar)


@dataclass
class Standbedragen:
    stand: Stand
    bedragen: dict[Sleutel, int]
    # keys with a loaded base figure; others started at zero (the dossier does not give them)
    met_basis: set[Sleutel]

    def bedrag(self, artikel_id: int, soort: str, jaar: int) -> int | None:
        sleutel = (artikel_id, soort, jaar)
        if sleutel not in self.bedragen and sleutel not in self.met_basis:
            return None
        return self.bedragen.get(sleutel, 0)

    def totaal(self, soort: str, jaar: int) -> int:
        return sum(b for (_, s, j), b in self.bedragen.items() if s == soort and j == jaar)


def standen_met_bedragen(begroting: Begroting) -> list[Standbedragen]:
    standen = list(begroting.standen.order_by("volgnummer"))
    if not standen:
        return []
    basis = Basisbedrag.objects.filter(stand=standen[0])
    huidig: dict[Sleutel, int] = {(b.artikel_id, b.soort, b.jaar): b.bedrag for b in basis}
    met_basis = set(huidig)
    regels: dict[int, list[Mutatieregel]] = defaultdict(list)
    for regel in Mutatieregel.objects.filter(mutatie__stand__begroting=begroting).select_related("mutatie"):
        regels[regel.mutatie.stand_id].append(regel)
    uit = []
    for stand in standen:
        for regel in regels.get(stand.pk, []):
            sleutel = (regel.artikel_id, regel.soort, regel.jaar)
            huidig[sleutel] = huidig.get(sleutel, 0) + regel.bedrag
        uit.append(Standbedragen(stand, dict(huidig), met_basis))
    return uit


def laatste_stand(begroting: Begroting) -> Standbedragen | None:
    standen = standen_met_bedragen(begroting)
    return standen[-1] if standen else None


def uitgaven_saldo_in_stand(stand: Stand) -> dict[tuple[str, int], int]:
    """Net change of uitgaven per (chapter code, year) of the changes already in ``stand``."""
    saldo: dict[tuple[str, int], int] = defaultdict(int)
    for regel in Mutatieregel.objects.filter(mutatie__stand=stand, soort="uitgaven").select_related(
        "artikel__hoofdstuk"
    ):
        saldo[(regel.artikel.hoofdstuk.code, regel.jaar)] += regel.bedrag
    return dict(saldo)


@dataclass
class Wijziging:
    mutatie: Mutatie
    per_jaar: dict[int, int]


@dataclass
class Stap:
    """One moment on the article page: the previous moment, its changes, the new moment."""

    stand: Stand
    vorige: dict[int, int | None] | None
    wijzigingen: list[Wijziging] = field(default_factory=list)
    nieuw: dict[int, int | None] = field(default_factory=dict)


def waterval(artikel: Artikel, begroting: Begroting, soort: str) -> list[Stap]:
    """Per moment: previous amounts + each change on this article = new amounts (t..t+4)."""
    jaren = begroting.jaren
    standen = standen_met_bedragen(begroting)
    lijnen: dict[int, dict[int, Wijziging]] = defaultdict(dict)
    for regel in (
        Mutatieregel.objects.filter(mutatie__stand__begroting=begroting, artikel=artikel, soort=soort)
        .select_related("mutatie", "mutatie__auteur")
        .order_by("mutatie_id", "jaar")
    ):
        per_stand = lijnen[regel.mutatie.stand_id]
        wijziging = per_stand.setdefault(regel.mutatie_id, Wijziging(regel.mutatie, {}))
        wijziging.per_jaar[regel.jaar] = wijziging.per_jaar.get(regel.jaar, 0) + regel.bedrag
    stappen: list[Stap] = []
    vorige: dict[int, int | None] | None = None
    for sb in standen:
        nieuw = {j: sb.bedrag(artikel.pk, soort, j) for j in jaren}
        stappen.append(Stap(sb.stand, vorige, list(lijnen.get(sb.stand.pk, {}).values()), nieuw))
        vorige = nieuw
    return stappen
