"""Loading the organisation data set into the database: idempotent, all or nothing.

``laad`` compares the files with what is stored and writes only the differences, each with an
audit record, in one transaction. A second run of the same files changes nothing.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.db import transaction
from django.db.models import Model

from ministerie.core import audit

from .dataset import BronGegevens, Dataset, EenheidGegevens, Laadfout, lees_map
from .models import Eenheid, Kengetal, Persoon, Positie, Sturingsrol
from .zoektekst import normaliseer


@dataclass
class Laadverslag:
    aangemaakt: Counter[str] = field(default_factory=Counter)
    gewijzigd: Counter[str] = field(default_factory=Counter)
    verwijderd: Counter[str] = field(default_factory=Counter)

    @property
    def ongewijzigd(self) -> bool:
        return not (self.aangemaakt or self.gewijzigd or self.verwijderd)

    def samenvatting(self) -> str:
        if self.ongewijzigd:
            return "Niets gewijzigd: de database komt al overeen met de bestanden."
        delen = []
        for soort in ("eenheid", "persoon", "positie", "kengetal", "sturingsrol"):
            a, g, v = self.aangemaakt[soort], self.gewijzigd[soort], self.verwijderd[soort]
            if a or g or v:
                delen.append(f"{soort}: {a} nieuw, {g} gewijzigd, {v} verwijderd")
        return "; ".join(delen)


def _bronvelden(bron: BronGegevens) -> dict[str, str]:
    return {
        "bron_sectie": bron.sectie,
        "bron_pagina": bron.pagina,
        "bron_organogram": bron.organogram,
    }


class _Schrijver:
    """Writes one kind of record: create, update only what differs, and audit each change."""

    def __init__(self, verslag: Laadverslag, door: Any) -> None:
        self.verslag, self.door = verslag, door

    def bewaar(
        self, wat: str, bestaand: Any, model: type[Model], velden: dict[str, Any], **sleutel: Any
    ) -> Any:
        if bestaand is None:
            obj = model._default_manager.create(**sleutel, **velden)
            self.verslag.aangemaakt[wat] += 1
            audit.registreer(f"organisatie_{wat}_aangemaakt", door=self.door, subject=obj)
            return obj
        gewijzigd = {
            naam: [_json(getattr(bestaand, naam)), _json(waarde)]
            for naam, waarde in velden.items()
            if getattr(bestaand, naam) != waarde
        }
        if gewijzigd:
            for naam, waarde in velden.items():
                setattr(bestaand, naam, waarde)
            bestaand.save(update_fields=list(gewijzigd))
            self.verslag.gewijzigd[wat] += 1
            audit.registreer(
                f"organisatie_{wat}_gewijzigd",
                door=self.door,
                subject=bestaand,
                gegevens={"velden": gewijzigd},
            )
        return bestaand

    def verwijder(self, soort: str, obj: Any) -> None:
        audit.registreer(f"organisatie_{soort}_verwijderd", door=self.door, subject=obj)
        obj.delete()
        self.verslag.verwijderd[soort] += 1


def _json(waarde: Any) -> Any:
    if isinstance(waarde, (str, int, float, bool, list, dict)) or waarde is None:
        return waarde
    return str(waarde)


def _topologisch(eenheden: list[EenheidGegevens]) -> list[EenheidGegevens]:
    per_code = {e.code: e for e in eenheden}
    geplaatst: set[str] = set()
    uit: list[EenheidGegevens] = []

    def plaats(e: EenheidGegevens) -> None:
        if e.code in geplaatst:
            return
        if e.valt_onder:
            plaats(per_code[e.valt_onder])
        geplaatst.add(e.code)
        uit.append(e)

    for e in eenheden:
        plaats(e)
    return uit


def _zoektekst(*delen: str) -> str:
    return normaliseer(" ".join(d for d in delen if d))


def _schrijf_personen(dataset: Dataset, s: _Schrijver) -> dict[str, Persoon]:
    bestaand = {p.code: p for p in Persoon.objects.all()}
    uit = {}
    for p in dataset.personen:
        velden = {
            "naam": p.naam,
            "ook_genoemd": list(p.ook_genoemd),
            "zoektekst": _zoektekst(p.naam, *p.ook_genoemd),
            **_bronvelden(p.bron),
        }
        uit[p.code] = s.bewaar("persoon", bestaand.get(p.code), Persoon, velden, code=p.code)
    return uit


def _schrijf_eenheden(dataset: Dataset, s: _Schrijver) -> dict[str, Eenheid]:
    bestaand = {e.code: e for e in Eenheid.objects.all()}
    uit: dict[str, Eenheid] = {}
    for e in _topologisch(dataset.eenheden):
        velden = {
            "naam": e.naam,
            "afkorting": e.afkorting,
            "soort": e.soort,
            "bovenliggende": uit[e.valt_onder] if e.valt_onder else None,
            "volgorde": e.volgorde,
            "ook_genoemd": list(e.ook_genoemd),
            "omschrijving": e.omschrijving,
            "portefeuille": list(e.portefeuille),
            "opmerking": e.opmerking,
            "zoektekst": _zoektekst(e.naam, e.afkorting, *e.ook_genoemd),
            **_bronvelden(e.bron),
        }
        uit[e.code] = s.bewaar("eenheid", bestaand.get(e.code), Eenheid, velden, code=e.code)
    return uit


def _schrijf_posities(
    dataset: Dataset, s: _Schrijver, eenheden: dict[str, Eenheid], personen: dict[str, Persoon]
) -> None:
    bestaand = {
        (p.eenheid_id, p.persoon_id, p.soort): p for p in Positie.objects.select_related("eenheid", "persoon")
    }
    gewenst = set()
    for e in dataset.eenheden:
        for volgorde, p in enumerate(e.leiding):
            eenheid, persoon = eenheden[e.code], personen[p.persoon]
            sleutel = (eenheid.pk, persoon.pk, p.soort)
            gewenst.add(sleutel)
            velden = {
                "functie": p.functie,
                "van": p.van,
                "tot": p.tot,
                "volgorde": volgorde,
                **_bronvelden(p.bron),
            }
            s.bewaar(
                "positie",
                bestaand.get(sleutel),
                Positie,
                velden,
                eenheid=eenheid,
                persoon=persoon,
                soort=p.soort,
            )
    for sleutel, positie in bestaand.items():
        if sleutel not in gewenst:
            s.verwijder("positie", positie)


def _schrijf_kengetallen(dataset: Dataset, s: _Schrijver, eenheden: dict[str, Eenheid]) -> None:
    bestaand = {(k.eenheid_id, k.volgorde): k for k in Kengetal.objects.all()}
    gewenst = set()
    for e in dataset.eenheden:
        for volgorde, k in enumerate(e.kengetallen):
            sleutel = (eenheden[e.code].pk, volgorde)
            gewenst.add(sleutel)
            velden = {
                "naam": k.naam,
                "waarde": k.waarde,
                "maat": k.maat,
                "toelichting": k.toelichting,
            }
            s.bewaar(
                "kengetal",
                bestaand.get(sleutel),
                Kengetal,
                velden,
                eenheid=eenheden[e.code],
                volgorde=volgorde,
            )
    for sleutel, kengetal in bestaand.items():
        if sleutel not in gewenst:
            s.verwijder("kengetal", kengetal)


def _schrijf_sturing(dataset: Dataset, s: _Schrijver, eenheden: dict[str, Eenheid]) -> None:
    bestaand = {(r.organisatie_id, r.rol, r.eenheid_id): r for r in Sturingsrol.objects.all()}
    gewenst = set()
    for r in dataset.sturing:
        organisatie, eenheid = eenheden[r.organisatie], eenheden[r.eenheid]
        sleutel = (organisatie.pk, r.rol, eenheid.pk)
        gewenst.add(sleutel)
        velden = {"toelichting": r.toelichting, **_bronvelden(r.bron)}
        s.bewaar(
            "sturingsrol",
            bestaand.get(sleutel),
            Sturingsrol,
            velden,
            organisatie=organisatie,
            rol=r.rol,
            eenheid=eenheid,
        )
    for sleutel, rol in bestaand.items():
        if sleutel not in gewenst:
            s.verwijder("sturingsrol", rol)


def _verwijder_vervallen(dataset: Dataset, s: _Schrijver) -> None:
    codes = {e.code for e in dataset.eenheden}
    vervallen = list(Eenheid.objects.exclude(code__in=codes))
    for eenheid in vervallen:
        if eenheid.gebruikers.exists():
            raise Laadfout(
                f"eenheid '{eenheid.code}' staat niet meer in het bestand, maar er zijn nog "
                "gebruikers aan gekoppeld; koppel ze eerst aan een andere eenheid",
                bestand="eenheden.yaml",
            )
    # children before parents, because a parent is protected while it has children
    diepte = {e.pk: _diepte(e) for e in vervallen}
    for eenheid in sorted(vervallen, key=lambda e: -diepte[e.pk]):
        s.verwijder("eenheid", eenheid)
    personen = {p.code for p in dataset.personen}
    for persoon in Persoon.objects.exclude(code__in=personen):
        if persoon.gebruikers.exists():
            raise Laadfout(
                f"persoon '{persoon.code}' staat niet meer in het bestand, maar is nog gekoppeld "
                "aan een gebruiker",
                bestand="personen.yaml",
            )
        s.verwijder("persoon", persoon)


def _diepte(eenheid: Eenheid) -> int:
    diepte, huidige = 0, eenheid
    while huidige.bovenliggende_id is not None:
        diepte += 1
        huidige = huidige.bovenliggende  # type: ignore[assignment]
    return diepte


def laad(map_: Path, *, door: Any) -> Laadverslag:
    """Bring the database in line with the data files in ``map_``, or change nothing."""
    dataset = lees_map(map_)
    verslag = Laadverslag()
    schrijver = _Schrijver(verslag, door)
    with transaction.atomic():
        personen = _schrijf_personen(dataset, schrijver)
        eenheden = _schrijf_eenheden(dataset, schrijver)
        _schrijf_posities(dataset, schrijver, eenheden, personen)
        _schrijf_kengetallen(dataset, schrijver, eenheden)
        _schrijf_sturing(dataset, schrijver, eenheden)
        _verwijder_vervallen(dataset, schrijver)
        if not verslag.ongewijzigd:
            audit.registreer(
                "organisatie_geladen",
                door=door,
                gegevens={"map": str(map_), "samenvatting": verslag.samenvatting()},
            )
    return verslag
