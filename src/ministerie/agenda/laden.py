"""Loading the meeting structures into the database: validated whole, then only the differences
written in one transaction, each change audited. A second run of the same file changes nothing."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.db import transaction

from ministerie.core import audit
from ministerie.organisatie.models import Eenheid

from .dataset import Laadfout, OverlegGegevens, lees_overleggen
from .models import Overleg

STANDAARD_BESTAND = Path(__file__).resolve().parents[3] / "data" / "bzk-2021" / "overleggen.yaml"


@dataclass
class Laadverslag:
    aangemaakt: list[str] = field(default_factory=list)
    gewijzigd: list[str] = field(default_factory=list)
    verwijderd: list[str] = field(default_factory=list)
    behouden: list[str] = field(default_factory=list)

    @property
    def ongewijzigd(self) -> bool:
        return not (self.aangemaakt or self.gewijzigd or self.verwijderd)

    def samenvatting(self) -> str:
        if self.ongewijzigd:
            tekst = "Niets gewijzigd: de database komt al overeen met het bestand."
        else:
            tekst = (
                f"Overlegstructuren: {len(self.aangemaakt)} nieuw, {len(self.gewijzigd)} gewijzigd, "
                f"{len(self.verwijderd)} verwijderd."
            )
        if self.behouden:
            tekst += f" Behouden (er zijn vergaderingen van): {', '.join(self.behouden)}."
        return tekst


def _velden(g: OverlegGegevens, eenheden: dict[str, Eenheid]) -> dict[str, Any]:
    return {
        "naam": g.naam,
        "soort": g.soort,
        "voorzitter": g.voorzitter,
        "secretaris": eenheden.get(g.secretaris) if g.secretaris else None,
        "secretaris_toelichting": g.secretaris_toelichting,
        "deelnemers": list(g.deelnemers),
        "regel": g.regel,
        "regel_toelichting": g.regel_toelichting,
        "vanaf": g.vanaf,
        "begintijd": g.begintijd,
        "duur_minuten": g.duur_minuten,
        "plaats": g.plaats,
        "voorbereiding": [{"wie": wie, "wat": wat} for wie, wat in g.voorbereiding],
        "ambtenaren_aanwezig": g.ambtenaren_aanwezig,
        "alleen_tijd": g.alleen_tijd,
        "vast": g.vast,
        "bron_sectie": g.bron_sectie,
        "opmerking": g.opmerking,
    }


def _vergelijkbaar(waarde: Any) -> Any:
    return getattr(waarde, "pk", waarde) if hasattr(waarde, "_meta") else waarde


def laad(pad: Path = STANDAARD_BESTAND, *, door: Any = "ministerie overleg laad") -> Laadverslag:
    """Validate the whole file (and the units it names), then write the differences."""
    gegevens = lees_overleggen(pad)
    codes = {g.secretaris for g in gegevens if g.secretaris}
    eenheden = {e.code: e for e in Eenheid.objects.filter(code__in=codes)}
    for g in gegevens:
        if g.secretaris and g.secretaris not in eenheden:
            raise Laadfout(
                f"onbekende eenheid '{g.secretaris}' als secretaris; laad eerst de organisatie "
                "(ministerie organisatie laad data/bzk-2021)",
                bestand=pad.name,
                regel=g.regel_in_bestand,
            )
    verslag = Laadverslag()
    with transaction.atomic():
        bestaand = {o.code: o for o in Overleg.objects.select_for_update()}
        for g in gegevens:
            velden = _velden(g, eenheden)
            overleg = bestaand.get(g.code)
            if overleg is None:
                overleg = Overleg.objects.create(code=g.code, **velden)
                verslag.aangemaakt.append(g.code)
                audit.registreer("overleg_aangemaakt", door=door, subject=overleg, gegevens={"code": g.code})
                continue
            verschil = {
                naam: [str(_vergelijkbaar(getattr(overleg, naam))), str(_vergelijkbaar(waarde))]
                for naam, waarde in velden.items()
                if _vergelijkbaar(getattr(overleg, naam)) != _vergelijkbaar(waarde)
            }
            if verschil:
                for naam, waarde in velden.items():
                    setattr(overleg, naam, waarde)
                overleg.save()
                verslag.gewijzigd.append(g.code)
                audit.registreer("overleg_gewijzigd", door=door, subject=overleg, gegevens=verschil)
        in_bestand = {g.code for g in gegevens}
        for code, overleg in bestaand.items():
            if code in in_bestand:
                continue
            if overleg.vergaderingen.exists():
                verslag.behouden.append(code)
                continue
            audit.registreer("overleg_verwijderd", door=door, subject=overleg, gegevens={"code": code})
            overleg.delete()
            verslag.verwijderd.append(code)
    return verslag


def zorg_voor_overleggen(door: Any = "ministerie agenda") -> Laadverslag | None:
    """Load the default file when no meeting structure is loaded yet (the planner needs the fixed
    meetings); None when they were there already."""
    if Overleg.objects.exists():
        return None
    return laad(STANDAARD_BESTAND, door=door)
