"""Whose costs are disclosed: the bewindspersonen and the official top (SG, pSG, DG's) of a
ministry, taken from the organisation register. Their names are the point of the disclosure and
are never redacted."""

from __future__ import annotations

from dataclasses import dataclass

from ministerie.core.models import Gebruiker
from ministerie.organisatie.models import Eenheid, Persoon, Positie

TOP_SOORTEN = (
    Eenheid.Soort.BEWINDSPERSOON,
    Eenheid.Soort.SECRETARIS_GENERAAL,
    Eenheid.Soort.DIRECTORAAT_GENERAAL,
)


@dataclass(frozen=True)
class Bestuurder:
    persoon: Persoon
    functie: str


def _functie(positie: Positie) -> str:
    soort = positie.eenheid.soort
    if soort == Eenheid.Soort.BEWINDSPERSOON:
        return positie.functie or positie.eenheid.naam
    if soort == Eenheid.Soort.SECRETARIS_GENERAAL:
        if positie.soort == Positie.Soort.PLAATSVERVANGEND:
            return "plaatsvervangend secretaris-generaal"
        return "secretaris-generaal"
    titel = "directeur-generaal"
    if positie.soort == Positie.Soort.PLAATSVERVANGEND:
        titel = "plaatsvervangend directeur-generaal"
    naam = positie.eenheid.afkorting or positie.eenheid.naam
    return f"{titel} {naam}"


def bestuurders(ministerie: Eenheid) -> list[Bestuurder]:
    """The people whose costs the ministry discloses, bewindspersonen first, one entry each."""
    onder = Eenheid.objects.met_onderliggende([ministerie.pk])
    posities = (
        Positie.objects.filter(eenheid__soort__in=TOP_SOORTEN, eenheid__in=onder)
        .select_related("persoon", "eenheid")
        .order_by("eenheid__volgorde", "volgorde", "pk")
    )
    volgorde: dict[str, int] = {soort: i for i, soort in enumerate(TOP_SOORTEN)}
    gezien: dict[int, Bestuurder] = {}
    for positie in sorted(posities, key=lambda p: volgorde[p.eenheid.soort]):
        if positie.persoon_id not in gezien:
            gezien[positie.persoon_id] = Bestuurder(positie.persoon, _functie(positie))
    return list(gezien.values())


def functie_van(ministerie: Eenheid, persoon: Persoon) -> str | None:
    for bestuurder in bestuurders(ministerie):
        if bestuurder.persoon.pk == persoon.pk:
            return bestuurder.functie
    return None


def namen_die_blijven(ministerie: Eenheid) -> list[str]:
    """Every spelling of the disclosed people's names, plus everyone in a public role."""
    from ministerie.organisatie.publiek import publieke_personen

    namen = set(publieke_personen())
    for bestuurder in bestuurders(ministerie):
        namen.add(bestuurder.persoon.naam)
        namen.update(bestuurder.persoon.ook_genoemd)
    return sorted(n for n in namen if n.strip())


def ministerie_van(gebruiker: Gebruiker) -> Eenheid | None:
    """The ministry the user works for: the MINISTERIE unit above their first unit."""
    eenheid = gebruiker.eenheden.order_by("pk").first()
    while eenheid is not None and eenheid.soort != Eenheid.Soort.MINISTERIE:
        eenheid = eenheid.bovenliggende
    return eenheid or Eenheid.objects.filter(soort=Eenheid.Soort.MINISTERIE).order_by("pk").first()
