"""Totals per person and per category, computed from the lines, never typed in."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from .categorieen import KORT, Categorie
from .models import Kostenpost, Periode

NUL = Decimal("0.00")


@dataclass(frozen=True)
class Persoonstotaal:
    naam: str
    functie: str
    per_categorie: list[Decimal]  # in the order of Categorie
    totaal: Decimal


@dataclass(frozen=True)
class Overzicht:
    personen: list[Persoonstotaal]
    per_categorie: list[tuple[str, str, Decimal]]  # (code, label, total)
    totaal: Decimal
    aantal: int
    categorieen: list[str] = field(default_factory=lambda: [c.label for c in Categorie])


def totalen(posten: Iterable[Kostenpost]) -> Overzicht:
    per_persoon: dict[int, dict[str, Decimal]] = defaultdict(lambda: defaultdict(lambda: NUL))
    namen: dict[int, tuple[str, str]] = {}
    aantal = 0
    for post in posten:
        aantal += 1
        per_persoon[post.persoon_id][post.categorie] += post.bedrag
        namen.setdefault(post.persoon_id, (post.persoon.naam, post.functie))
    personen = [
        Persoonstotaal(
            naam=namen[pk][0],
            functie=namen[pk][1],
            per_categorie=[bedragen[c.value] for c in Categorie],
            totaal=sum(bedragen.values(), NUL),
        )
        for pk, bedragen in per_persoon.items()
    ]
    personen.sort(key=lambda p: (-p.totaal, p.naam))
    per_categorie = [
        (c.value, c.label, sum((b[c.value] for b in per_persoon.values()), NUL)) for c in Categorie
    ]
    return Overzicht(
        personen=personen,
        per_categorie=per_categorie,
        totaal=sum((p.totaal for p in personen), NUL),
        aantal=aantal,
    )


def posten_van(periode: Periode) -> list[Kostenpost]:
    return list(periode.posten.select_related("persoon", "brondocument").order_by("datum", "pk"))


def jaar_tot_nu(periode: Periode, *, alleen_gepubliceerd: bool) -> Overzicht:
    """January up to and including this month; on public pages only published months count."""
    posten = Kostenpost.objects.filter(
        periode__ministerie=periode.ministerie,
        periode__jaar=periode.jaar,
        periode__maand__lte=periode.maand,
    ).select_related("persoon")
    if alleen_gepubliceerd:
        posten = posten.filter(periode__status=Periode.Status.GEPUBLICEERD)
    return totalen(posten)


def euro(bedrag: Decimal) -> str:
    """Dutch notation: € 1.234,50."""
    tekst = f"{bedrag:,.2f}".replace(",", "\u202f").replace(".", ",").replace("\u202f", ".")
    return f"€ {tekst}"


def diagrammen(overzicht: Overzicht, id_prefix: str, titel: str) -> list:
    from ministerie.core.grafieken import staafdiagram

    return [
        staafdiagram(
            f"{id_prefix}-personen",
            f"{titel}: totaal per persoon (euro)",
            [(p.naam, p.totaal) for p in overzicht.personen],
            eenheid="euro",
            kolom_label="Persoon",
            kolom_waarde="Totaal",
            samenvatting=f"Totaal per persoon; samen {euro(overzicht.totaal)}.",
        ),
        staafdiagram(
            f"{id_prefix}-categorieen",
            f"{titel}: totaal per categorie (euro)",
            [(KORT[code], bedrag) for code, _, bedrag in overzicht.per_categorie],
            eenheid="euro",
            kolom_label="Categorie",
            kolom_waarde="Totaal",
            samenvatting=f"Totaal per categorie; samen {euro(overzicht.totaal)}.",
        ),
    ]
