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


# --- the route editor: a draft route changed one operation at a time ---------------------------

#: The operations of the route editor (the value of the pressed button, with the step number).
OMHOOG, OMLAAG, WEG, TOEVOEGEN, OPSLAAN = "omhoog", "omlaag", "weg", "toevoegen", "opslaan"


@dataclass(frozen=True)
class Bewerking:
    soort: str
    stap: int | None = None  # the 1-based place of the step it acts on


def lees_bewerking(waarde: str) -> Bewerking | None:
    """ "omhoog-3" → Bewerking("omhoog", 3); "opslaan", "toevoegen"; anything else None."""
    soort, _, nummer = (waarde or "").partition("-")
    if soort in (OPSLAAN, TOEVOEGEN) and not nummer:
        return Bewerking(soort)
    if soort in (OMHOOG, OMLAAG, WEG) and nummer.isdigit():
        return Bewerking(soort, int(nummer))
    return None


def bewerk_route(
    stappen: list[Routevoorstel],
    bewerking: Bewerking,
    *,
    nieuw: Routevoorstel | None = None,
    plek: int | None = None,
) -> tuple[list[Routevoorstel], int | None, str]:
    """The draft after one operation, the place of the step to put the focus on, and a sentence
    for the status message. Nothing is stored: the editor saves the draft through
    ``services.stel_route_in`` (which checks it) when the user presses "Route opslaan".
    Raises ValueError with a Dutch message for an operation that is not possible."""
    route = list(stappen)
    i = (bewerking.stap or 0) - 1
    if bewerking.soort in (OMHOOG, OMLAAG, WEG) and not 0 <= i < len(route):
        raise ValueError("Deze stap staat niet (meer) op de route.")
    if bewerking.soort == OMHOOG:
        if i == 0:
            raise ValueError("De eerste stap kan niet verder omhoog.")
        route[i - 1], route[i] = route[i], route[i - 1]
        return route, i, f"{route[i - 1].houder} staat nu op plaats {i}."
    if bewerking.soort == OMLAAG:
        if i == len(route) - 1:
            raise ValueError("De laatste stap kan niet verder omlaag.")
        route[i], route[i + 1] = route[i + 1], route[i]
        return route, i + 2, f"{route[i + 1].houder} staat nu op plaats {i + 2}."
    if bewerking.soort == WEG:
        weg = route.pop(i)
        return route, min(i + 1, len(route)) or None, f"{weg.houder} is van de route gehaald."
    if bewerking.soort == TOEVOEGEN:
        if nieuw is None:
            raise ValueError("Kies wie u aan de route toevoegt.")
        if any(s.houder.pk == nieuw.houder.pk for s in route):
            raise ValueError(f"{nieuw.houder} staat al op de route.")
        # by default before the decision at the end
        standaard = (
            len(route) - 1 if route and route[-1].soort == Parafeerstap.Soort.BESLISSING else len(route)
        )
        waar = standaard if plek is None else max(0, min(plek, len(route)))
        route.insert(waar, nieuw)
        return route, waar + 1, f"{nieuw.houder} is toegevoegd op plaats {waar + 1}."
    raise ValueError("Onbekende bewerking van de route.")
