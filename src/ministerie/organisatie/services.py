"""Changes to the organisation by the functional administrator: checked, atomic, audited.

The data files in data/bzk-2021 are the source of the default data set; a later
``ministerie organisatie laad`` brings the database back in line with them.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from ministerie.core import audit
from ministerie.core.models import Gebruiker
from ministerie.core.permissies import vereis

from .models import Eenheid, Persoon, Positie
from .zoektekst import normaliseer

ACTIE = "organisatie.beheren"

EENHEID_VELDEN = {"naam", "afkorting", "soort", "bovenliggende", "omschrijving", "opmerking"}
PERSOON_VELDEN = {"naam"}


def _eenheid_zoektekst(eenheid: Eenheid) -> str:
    return normaliseer(" ".join([eenheid.naam, eenheid.afkorting, *eenheid.ook_genoemd]))


def _controleer_ouder(eenheid: Eenheid | None, ouder: Eenheid | None) -> None:
    if ouder is None:
        raise ValidationError({"bovenliggende": "Een nieuwe eenheid valt altijd onder een andere eenheid."})
    huidige: Eenheid | None = ouder
    while huidige is not None:
        if eenheid is not None and huidige.pk == eenheid.pk:
            raise ValidationError({"bovenliggende": "Een eenheid kan niet onder zichzelf vallen."})
        huidige = huidige.bovenliggende


@transaction.atomic
def maak_eenheid(*, door: Gebruiker, code: str, **velden: Any) -> Eenheid:
    vereis(door, ACTIE)
    onbekend = set(velden) - EENHEID_VELDEN
    if onbekend:
        raise ValidationError(f"Onbekende velden: {', '.join(sorted(onbekend))}.")
    if Eenheid.objects.filter(code=code).exists():
        raise ValidationError({"code": f"De code '{code}' is al in gebruik."})
    _controleer_ouder(None, velden.get("bovenliggende"))
    eenheid = Eenheid(code=code, **velden)
    eenheid.zoektekst = _eenheid_zoektekst(eenheid)
    eenheid.full_clean()
    eenheid.save()
    audit.registreer("organisatie_eenheid_aangemaakt", door=door, subject=eenheid)
    return eenheid


@transaction.atomic
def wijzig_eenheid(eenheid: Eenheid, *, door: Gebruiker, **velden: Any) -> Eenheid:
    vereis(door, ACTIE)
    onbekend = set(velden) - EENHEID_VELDEN
    if onbekend:
        raise ValidationError(f"Onbekende velden: {', '.join(sorted(onbekend))}.")
    eenheid = Eenheid.objects.select_for_update().get(pk=eenheid.pk)
    if "bovenliggende" in velden and eenheid.bovenliggende_id is not None:
        _controleer_ouder(eenheid, velden["bovenliggende"])
    gewijzigd = {
        naam: [str(getattr(eenheid, naam)), str(waarde)]
        for naam, waarde in velden.items()
        if getattr(eenheid, naam) != waarde
    }
    if not gewijzigd:
        return eenheid
    for naam, waarde in velden.items():
        setattr(eenheid, naam, waarde)
    eenheid.zoektekst = _eenheid_zoektekst(eenheid)
    eenheid.full_clean()
    eenheid.save()
    audit.registreer(
        "organisatie_eenheid_gewijzigd", door=door, subject=eenheid, gegevens={"velden": gewijzigd}
    )
    return eenheid


@transaction.atomic
def verwijder_eenheid(eenheid: Eenheid, *, door: Gebruiker) -> None:
    vereis(door, ACTIE)
    if eenheid.onderliggende.exists():
        raise ValidationError("Deze eenheid heeft nog onderdelen; verplaats of verwijder die eerst.")
    if eenheid.gebruikers.exists():
        raise ValidationError("Aan deze eenheid zijn nog gebruikers gekoppeld.")
    audit.registreer("organisatie_eenheid_verwijderd", door=door, subject=eenheid)
    eenheid.delete()


@transaction.atomic
def maak_persoon(*, door: Gebruiker, code: str, naam: str) -> Persoon:
    vereis(door, ACTIE)
    if Persoon.objects.filter(code=code).exists():
        raise ValidationError({"code": f"De code '{code}' is al in gebruik."})
    persoon = Persoon(code=code, naam=naam, zoektekst=normaliseer(naam))
    persoon.full_clean()
    persoon.save()
    audit.registreer("organisatie_persoon_aangemaakt", door=door, subject=persoon)
    return persoon


@transaction.atomic
def benoem(
    *, door: Gebruiker, eenheid: Eenheid, persoon: Persoon, soort: str, functie: str = "", **periode: Any
) -> Positie:
    vereis(door, ACTIE)
    if Positie.objects.filter(eenheid=eenheid, persoon=persoon, soort=soort).exists():
        raise ValidationError("Deze persoon heeft deze positie in deze eenheid al.")
    positie = Positie(
        eenheid=eenheid,
        persoon=persoon,
        soort=soort,
        functie=functie,
        van=periode.get("van"),
        tot=periode.get("tot"),
    )
    positie.full_clean()
    if positie.van and positie.tot and positie.tot < positie.van:
        raise ValidationError({"tot": "De einddatum ligt voor de begindatum."})
    positie.save()
    audit.registreer("organisatie_positie_aangemaakt", door=door, subject=positie)
    return positie


@transaction.atomic
def beeindig_positie(positie: Positie, *, door: Gebruiker) -> None:
    vereis(door, ACTIE)
    audit.registreer("organisatie_positie_verwijderd", door=door, subject=positie)
    positie.delete()
