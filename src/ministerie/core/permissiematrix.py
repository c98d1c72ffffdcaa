"""Loads and validates the permission matrix (permissiematrix.yaml).

The matrix is read once per process. An invalid matrix stops the application at start-up with
the reason: a typo in a role name must never silently deny or grant access.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

MATRIX_PAD = Path(__file__).with_name("permissiematrix.yaml")
# Each part of the system may keep its own actions beside its code, in <app>/acties*.yaml (only an
# "acties" mapping; roles and groups stay in the main file). Together they are the one matrix.
PAKKET_MAP = Path(__file__).resolve().parent.parent
ANONIEM = "anoniem"
SCOPES = ("alle", "eigen_eenheid")


class OngeldigeMatrix(Exception):
    pass


@dataclass(frozen=True)
class Actie:
    code: str
    omschrijving: str
    rollen: frozenset[str]
    scope: str


@dataclass(frozen=True)
class Matrix:
    rollen: dict[str, str]
    acties: dict[str, Actie]

    def rollen_met(self, actie: str) -> frozenset[str]:
        return self.actie(actie).rollen

    def actie(self, code: str) -> Actie:
        try:
            return self.acties[code]
        except KeyError:
            raise OngeldigeMatrix(f"Onbekende actie '{code}' (niet in de permissiematrix).") from None

    def staat_toe(self, rol: str, actie: str) -> bool:
        return rol in self.actie(actie).rollen

    @property
    def medewerkersrollen(self) -> list[str]:
        return [r for r in self.rollen if r != ANONIEM]


def actiebestanden() -> list[Path]:
    return sorted(PAKKET_MAP.glob("*/acties*.yaml"))


def lees_matrix(pad: Path = MATRIX_PAD, delen: list[Path] | None = None) -> Matrix:
    data = yaml.safe_load(pad.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise OngeldigeMatrix(f"{pad}: verwacht een mapping met rollen, groepen en acties.")
    rollen = data.get("rollen") or {}
    groepen = data.get("groepen") or {}
    if ANONIEM not in rollen:
        raise OngeldigeMatrix(f"{pad}: de rol '{ANONIEM}' ontbreekt.")
    for groep, leden in groepen.items():
        onbekend = set(leden) - set(rollen)
        if onbekend:
            raise OngeldigeMatrix(f"{pad}: groep '{groep}' noemt onbekende rollen {sorted(onbekend)}.")
    specs: list[tuple[Path, str, dict]] = [(pad, c, s) for c, s in (data.get("acties") or {}).items()]
    for deel in actiebestanden() if delen is None else delen:
        deeldata = yaml.safe_load(deel.read_text(encoding="utf-8")) or {}
        if set(deeldata) - {"acties"}:
            raise OngeldigeMatrix(f"{deel}: een deelbestand bevat alleen 'acties'.")
        specs += [(deel, c, s) for c, s in (deeldata.get("acties") or {}).items()]
    acties: dict[str, Actie] = {}
    for bron, code, spec in specs:
        if code in acties:
            raise OngeldigeMatrix(f"{bron}: actie '{code}' staat al in de matrix.")
        genoemd: set[str] = set()
        for naam in spec.get("rollen") or []:
            if naam in groepen:
                genoemd.update(groepen[naam])
            elif naam in rollen:
                genoemd.add(naam)
            else:
                raise OngeldigeMatrix(f"{bron}: actie '{code}' noemt onbekende rol '{naam}'.")
        scope = spec.get("scope", "alle")
        if scope not in SCOPES:
            raise OngeldigeMatrix(f"{bron}: actie '{code}' heeft onbekende scope '{scope}'.")
        if not spec.get("omschrijving"):
            raise OngeldigeMatrix(f"{bron}: actie '{code}' mist een omschrijving.")
        acties[code] = Actie(code, spec["omschrijving"], frozenset(genoemd), scope)
    return Matrix(rollen=dict(rollen), acties=acties)


@lru_cache(maxsize=1)
def matrix() -> Matrix:
    return lees_matrix()
