"""Proposing a routing of initials from the organisation tree.

Up the line from the author's unit: afdelingshoofd → directeur → directeur-generaal →
secretaris-generaal, and at the end the bewindspersoon who decides. An answer to Kamervragen
goes past Parlementaire Zaken (Directie Bestuursadvisering) just before the bewindspersoon signs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ministerie.core.models import Gebruiker
from ministerie.organisatie.models import Eenheid

from .models import Nota, Parafeerstap

#: The role that checks an answer to Kamervragen before the bewindspersoon signs it and sends the
#: signed answer to the Kamer (Parlementaire Zaken, afdeling PZMO of Bestuursadvisering).
PARLEMENTAIRE_ZAKEN = "parlementaire_zaken"

#: Kinds of memo that go past Parlementaire Zaken on their route.
VIA_PARLEMENTAIRE_ZAKEN = frozenset({Nota.Soort.ANTWOORD_KAMERVRAGEN})

ROL_PER_SOORT = {
    Eenheid.Soort.AFDELING: "afdelingshoofd",
    Eenheid.Soort.TEAM: "afdelingshoofd",
    Eenheid.Soort.DIRECTIE: "directeur",
    Eenheid.Soort.CLUSTER: "directeur",
    Eenheid.Soort.PROGRAMMA: "directeur",
    Eenheid.Soort.DIRECTORAAT_GENERAAL: "directeur_generaal",
    Eenheid.Soort.SECRETARIS_GENERAAL: "secretaris_generaal",
}


@dataclass(frozen=True)
class Routevoorstel:
    houder: Gebruiker
    eenheid: Eenheid | None
    soort: str


def _houder(eenheid: Eenheid, rol: str, behalve: Any) -> Gebruiker | None:
    kandidaten = Gebruiker.objects.filter(is_active=True, eenheden=eenheid, rollen__rol=rol)
    if getattr(behalve, "pk", None) is not None:
        kandidaten = kandidaten.exclude(pk=behalve.pk)
    return kandidaten.order_by("pk").first()


def standaard_bewindspersoon(eenheid: Eenheid | None = None) -> tuple[Gebruiker, Eenheid] | None:
    """The bewindspersoon who decides: the minister's portfolio first."""
    gebruikers = Gebruiker.objects.filter(is_active=True, rollen__rol="bewindspersoon")
    for gebruiker in gebruikers.order_by("pk"):
        portefeuille = gebruiker.eenheden.filter(soort=Eenheid.Soort.BEWINDSPERSOON).first()
        if portefeuille is not None:
            return gebruiker, portefeuille
    return None


def parlementaire_zaken(behalve: Any = None) -> Routevoorstel | None:
    """The Parlementaire Zaken step: the first active holder of the role, in their own unit."""
    kandidaten = Gebruiker.objects.filter(is_active=True, rollen__rol=PARLEMENTAIRE_ZAKEN)
    if getattr(behalve, "pk", None) is not None:
        kandidaten = kandidaten.exclude(pk=behalve.pk)
    houder = kandidaten.order_by("pk").first()
    if houder is None:
        return None
    return Routevoorstel(houder, houder.eenheden.order_by("pk").first(), Parafeerstap.Soort.LIJN)


def stel_route_voor(
    auteur: Any, eenheid: Eenheid, *, bewindspersoon: Gebruiker | None = None, soort: str = ""
) -> list[Routevoorstel]:
    voorstel: list[Routevoorstel] = []
    huidige: Eenheid | None = eenheid
    while huidige is not None:
        rol = ROL_PER_SOORT.get(huidige.soort)  # type: ignore[call-overload]
        if rol is not None:
            houder = _houder(huidige, rol, auteur)
            if houder is not None and all(v.houder.pk != houder.pk for v in voorstel):
                voorstel.append(Routevoorstel(houder, huidige, Parafeerstap.Soort.LIJN))
        huidige = huidige.bovenliggende
    if soort in VIA_PARLEMENTAIRE_ZAKEN:
        pz = parlementaire_zaken(behalve=auteur)
        if pz is not None and all(v.houder.pk != pz.houder.pk for v in voorstel):
            voorstel.append(pz)
    if bewindspersoon is not None:
        portefeuille = bewindspersoon.eenheden.filter(soort=Eenheid.Soort.BEWINDSPERSOON).first()
        beslisser = (bewindspersoon, portefeuille) if portefeuille else None
    else:
        beslisser = standaard_bewindspersoon()
    if beslisser is not None:
        voorstel.append(Routevoorstel(beslisser[0], beslisser[1], Parafeerstap.Soort.BESLISSING))
    return voorstel
