"""The budget rules of a cabinet, read from regels/*.yaml and validated like the permission
matrix: a typo must stop the application, never silently switch a rule off."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from .models import Moment, Mutatie

REGELMAP = Path(__file__).with_name("regels")
REGELS = (
    "kasschuif_saldo_nul",
    "overboeking_saldo_nul",
    "eigen_broek_ophouden",
    "scheiding_inkomsten_uitgaven",
    "een_besluitvormingsmoment",
)
NAMEN = {
    "kasschuif_saldo_nul": "Kasschuif sluit over de jaren",
    "overboeking_saldo_nul": "Overboeking sluit over beide kanten",
    "eigen_broek_ophouden": "Eigen broek ophouden",
    "scheiding_inkomsten_uitgaven": "Scheiding van inkomsten en uitgaven",
    "een_besluitvormingsmoment": "Eén besluitvormingsmoment",
}


class OngeldigeRegels(Exception):
    pass


@dataclass(frozen=True)
class Regel:
    code: str
    aan: bool
    omschrijving: str
    soorten: tuple[str, ...] = ()
    uitzondering_mogelijk: bool = False
    moment: str = ""
    besluiten: tuple[str, ...] = ()

    @property
    def naam(self) -> str:
        return NAMEN[self.code]


@dataclass(frozen=True)
class Regelset:
    kabinet: str
    geldig_vanaf: date
    bron: str
    regels: dict[str, Regel]
    evaluatie_min_jaren: int
    evaluatie_max_jaren: int
    evaluatie_bron: str

    def regel(self, code: str) -> Regel:
        return self.regels[code]

    def aan(self, code: str) -> bool:
        return code in self.regels and self.regels[code].aan


def _fout(pad: Path, reden: str) -> OngeldigeRegels:
    return OngeldigeRegels(f"{pad.name}: {reden}")


def _lijst(pad: Path, code: str, spec: dict[str, Any], veld: str, keuzes: list[str]) -> tuple:
    waarde = spec.get(veld) or []
    if not isinstance(waarde, list):
        raise _fout(pad, f"regel '{code}': '{veld}' moet een lijst zijn")
    onbekend = [w for w in waarde if w not in keuzes]
    if onbekend:
        raise _fout(pad, f"regel '{code}': onbekende waarde(n) {onbekend} in '{veld}'")
    return tuple(waarde)


def lees_regelset(pad: Path) -> Regelset:
    data = yaml.safe_load(pad.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise _fout(pad, "verwacht een mapping met kabinet, geldig_vanaf, regels en evaluatie")
    onbekend = set(data) - {"kabinet", "geldig_vanaf", "bron", "regels", "evaluatie"}
    if onbekend:
        raise _fout(pad, f"onbekende sleutel(s) {sorted(onbekend)}")
    if not data.get("kabinet"):
        raise _fout(pad, "'kabinet' ontbreekt")
    if not isinstance(data.get("geldig_vanaf"), date):
        raise _fout(pad, "'geldig_vanaf' moet een datum zijn (JJJJ-MM-DD)")
    ruwe_regels = data.get("regels") or {}
    if not isinstance(ruwe_regels, dict):
        raise _fout(pad, "'regels' moet een mapping zijn")
    regels: dict[str, Regel] = {}
    for code, spec in ruwe_regels.items():
        if code not in REGELS:
            raise _fout(pad, f"onbekende regel '{code}'; bekend zijn {', '.join(REGELS)}")
        if not isinstance(spec, dict) or not isinstance(spec.get("aan"), bool):
            raise _fout(pad, f"regel '{code}': 'aan' (true of false) ontbreekt")
        velden = set(spec) - {
            "aan",
            "omschrijving",
            "soorten",
            "uitzondering_mogelijk",
            "moment",
            "besluiten",
        }
        if velden:
            raise _fout(pad, f"regel '{code}': onbekend veld {sorted(velden)}")
        if not spec.get("omschrijving"):
            raise _fout(pad, f"regel '{code}': 'omschrijving' ontbreekt")
        moment = spec.get("moment", "")
        if moment and moment not in Moment.values:
            raise _fout(pad, f"regel '{code}': onbekend moment '{moment}'")
        if code == "een_besluitvormingsmoment" and not moment:
            raise _fout(pad, f"regel '{code}': 'moment' ontbreekt")
        regels[code] = Regel(
            code=code,
            aan=spec["aan"],
            omschrijving=str(spec["omschrijving"]).strip(),
            soorten=_lijst(pad, code, spec, "soorten", Mutatie.Soort.values),
            uitzondering_mogelijk=bool(spec.get("uitzondering_mogelijk", False)),
            moment=moment,
            besluiten=_lijst(pad, code, spec, "besluiten", Mutatie.Soort.values),
        )
    evaluatie = data.get("evaluatie") or {}
    minimum, maximum = evaluatie.get("min_jaren"), evaluatie.get("max_jaren")
    if not (isinstance(minimum, int) and isinstance(maximum, int) and 0 < minimum <= maximum):
        raise _fout(pad, "'evaluatie' heeft 'min_jaren' en 'max_jaren' nodig (0 < min <= max)")
    return Regelset(
        kabinet=str(data["kabinet"]),
        geldig_vanaf=data["geldig_vanaf"],
        bron=str(data.get("bron", "")),
        regels=regels,
        evaluatie_min_jaren=minimum,
        evaluatie_max_jaren=maximum,
        evaluatie_bron=str(evaluatie.get("bron", "")),
    )


@lru_cache(maxsize=4)
def alle_regelsets(map_: Path = REGELMAP) -> tuple[Regelset, ...]:
    sets = sorted((lees_regelset(p) for p in sorted(map_.glob("*.yaml"))), key=lambda r: r.geldig_vanaf)
    if not sets:
        raise OngeldigeRegels(f"Geen begrotingsregels gevonden in {map_}.")
    return tuple(sets)


def geldende_regels(op: date | None = None, map_: Path = REGELMAP) -> Regelset:
    """The rules of the cabinet in office on ``op`` (today by default)."""
    op = op or date.today()
    sets = alle_regelsets(map_)
    geldig = [r for r in sets if r.geldig_vanaf <= op]
    return geldig[-1] if geldig else sets[0]
