"""Reading and validating the organisation data files (data/bzk-2021/*.yaml).

Pure reading: nothing here touches the database. Every problem is reported with the file, the
line and the reason, and one problem rejects the whole data set.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

from .models import Eenheid, Positie, Sturingsrol

BESTANDEN = ("personen.yaml", "eenheden.yaml", "sturing.yaml")
CODE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
REGEL = "__regel__"
VELDREGELS = "__veldregels__"


class Laadfout(Exception):
    def __init__(self, bestand: str, regel: int | None, reden: str) -> None:
        self.bestand, self.regel, self.reden = bestand, regel, reden
        plaats = f"{bestand}, regel {regel}" if regel else bestand
        super().__init__(f"{plaats}: {reden}")


class _RegelLoader(yaml.SafeLoader):
    """Keeps the line number of every mapping, for error messages."""


def _mapping_met_regel(loader: _RegelLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping[REGEL] = node.start_mark.line + 1
    mapping[VELDREGELS] = {
        sleutel.value: sleutel.start_mark.line + 1
        for sleutel, _ in node.value
        if isinstance(sleutel, yaml.ScalarNode)
    }
    return mapping


_RegelLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_met_regel)


@dataclass(frozen=True)
class BronGegevens:
    sectie: str
    pagina: str = ""
    organogram: str = ""


@dataclass(frozen=True)
class PositieGegevens:
    persoon: str
    soort: str
    functie: str
    van: date | None
    tot: date | None
    bron: BronGegevens


@dataclass(frozen=True)
class KengetalGegevens:
    naam: str
    waarde: Decimal | None
    maat: str
    toelichting: str


@dataclass(frozen=True)
class EenheidGegevens:
    code: str
    naam: str
    afkorting: str
    soort: str
    valt_onder: str | None
    ook_genoemd: tuple[str, ...]
    omschrijving: str
    portefeuille: tuple[str, ...]
    opmerking: str
    leiding: tuple[PositieGegevens, ...]
    kengetallen: tuple[KengetalGegevens, ...]
    bron: BronGegevens
    volgorde: int


@dataclass(frozen=True)
class PersoonGegevens:
    code: str
    naam: str
    ook_genoemd: tuple[str, ...]
    bron: BronGegevens


@dataclass(frozen=True)
class SturingGegevens:
    organisatie: str
    rol: str
    eenheid: str
    toelichting: str
    bron: BronGegevens


@dataclass
class Dataset:
    personen: list[PersoonGegevens] = field(default_factory=list)
    eenheden: list[EenheidGegevens] = field(default_factory=list)
    sturing: list[SturingGegevens] = field(default_factory=list)


class _Record:
    """One mapping from a file, read field by field with precise errors."""

    def __init__(self, bestand: str, data: Any, toegestaan: set[str], regel: int | None = None):
        if not isinstance(data, dict):
            raise Laadfout(bestand, regel, "verwacht een mapping (sleutel: waarde).")
        self.bestand, self.data = bestand, data
        self.regel = data.get(REGEL, regel)
        onbekend = set(data) - toegestaan - {REGEL, VELDREGELS}
        if onbekend:
            eerste = sorted(map(str, onbekend))[0]
            raise self.fout(f"onbekend veld {', '.join(sorted(map(str, onbekend)))}", eerste)

    def fout(self, reden: str, veld: str | None = None) -> Laadfout:
        """An error on the line of ``veld`` when known, else on the record's first line."""
        regel = self.data.get(VELDREGELS, {}).get(veld, self.regel) if veld else self.regel
        return Laadfout(self.bestand, regel, reden)

    def tekst(self, naam: str, *, verplicht: bool = False) -> str:
        waarde = self.data.get(naam)
        if waarde is None or waarde == "":
            if verplicht:
                raise self.fout(f"veld '{naam}' ontbreekt")
            return ""
        if isinstance(waarde, (int, float)) and not isinstance(waarde, bool):
            return str(waarde)
        if not isinstance(waarde, str):
            raise self.fout(f"veld '{naam}' moet tekst zijn", naam)
        return waarde.strip()

    def code(self, naam: str, *, verplicht: bool = True) -> str | None:
        waarde = self.tekst(naam, verplicht=verplicht)
        if not waarde:
            return None
        if not CODE.match(waarde):
            raise self.fout(f"'{waarde}' is geen geldige code (kleine letters, cijfers en '-')", naam)
        return waarde

    def keuze(self, naam: str, keuzes: list[str]) -> str:
        waarde = self.tekst(naam, verplicht=True)
        if waarde not in keuzes:
            raise self.fout(f"onbekende {naam} '{waarde}'; kies uit {', '.join(keuzes)}", naam)
        return waarde

    def teksten(self, naam: str) -> tuple[str, ...]:
        waarde = self.data.get(naam) or []
        if not isinstance(waarde, list) or not all(isinstance(w, (str, int)) for w in waarde):
            raise self.fout(f"veld '{naam}' moet een lijst van teksten zijn", naam)
        return tuple(str(w) for w in waarde)

    def datum(self, naam: str) -> date | None:
        waarde = self.data.get(naam)
        if waarde is None:
            return None
        if isinstance(waarde, date):
            return waarde
        raise self.fout(f"veld '{naam}' moet een datum zijn (JJJJ-MM-DD), niet '{waarde}'", naam)

    def lijst(self, naam: str) -> list[Any]:
        waarde = self.data.get(naam) or []
        if not isinstance(waarde, list):
            raise self.fout(f"veld '{naam}' moet een lijst zijn", naam)
        return waarde

    def bron(self, *, standaard: BronGegevens | None = None) -> BronGegevens:
        waarde = self.data.get("bron")
        if waarde is None:
            if standaard is not None:
                return standaard
            raise self.fout("veld 'bron' ontbreekt (minstens de dossiersectie)")
        bron = _Record(self.bestand, waarde, {"sectie", "pagina", "organogram"}, self.regel)
        return BronGegevens(
            sectie=bron.tekst("sectie", verplicht=True),
            pagina=bron.tekst("pagina"),
            organogram=bron.tekst("organogram"),
        )


def _lees_yaml(pad: Path) -> list[Any]:
    try:
        inhoud = yaml.load(pad.read_text(encoding="utf-8"), Loader=_RegelLoader)  # noqa: S506
    except UnicodeDecodeError:
        raise Laadfout(pad.name, None, "het bestand is geen UTF-8-tekst") from None
    except yaml.MarkedYAMLError as fout:
        regel = fout.problem_mark.line + 1 if fout.problem_mark else None
        raise Laadfout(pad.name, regel, f"geen geldige YAML: {fout.problem}") from None
    if inhoud is None:
        return []
    if not isinstance(inhoud, list):
        raise Laadfout(pad.name, 1, "verwacht een lijst van records")
    return inhoud


def _persoon(bestand: str, data: Any) -> PersoonGegevens:
    r = _Record(bestand, data, {"code", "naam", "ook_genoemd", "bron"})
    return PersoonGegevens(
        code=r.code("code"),  # type: ignore[arg-type]
        naam=r.tekst("naam", verplicht=True),
        ook_genoemd=r.teksten("ook_genoemd"),
        bron=r.bron(),
    )


def _positie(bestand: str, data: Any, bron: BronGegevens, regel: int) -> PositieGegevens:
    r = _Record(bestand, data, {"persoon", "soort", "functie", "van", "tot", "bron"}, regel)
    van, tot = r.datum("van"), r.datum("tot")
    if van and tot and tot < van:
        raise r.fout(f"'tot' ({tot}) ligt voor 'van' ({van})")
    return PositieGegevens(
        persoon=r.code("persoon"),  # type: ignore[arg-type]
        soort=r.keuze("soort", list(Positie.Soort.values)),
        functie=r.tekst("functie"),
        van=van,
        tot=tot,
        bron=r.bron(standaard=bron),
    )


def _kengetal(bestand: str, data: Any, regel: int) -> KengetalGegevens:
    r = _Record(bestand, data, {"naam", "waarde", "eenheid", "toelichting"}, regel)
    ruw = r.data.get("waarde")
    waarde = None
    if ruw is not None:
        if isinstance(ruw, bool):
            raise r.fout("'waarde' moet een getal zijn")
        try:
            waarde = Decimal(str(ruw))
        except InvalidOperation:
            raise r.fout(f"'waarde' moet een getal zijn, niet '{ruw}'") from None
    return KengetalGegevens(
        naam=r.tekst("naam", verplicht=True),
        waarde=waarde,
        maat=r.tekst("eenheid"),
        toelichting=r.tekst("toelichting"),
    )


_EENHEID_VELDEN = {
    "code",
    "naam",
    "afkorting",
    "soort",
    "valt_onder",
    "ook_genoemd",
    "omschrijving",
    "portefeuille",
    "leiding",
    "kengetallen",
    "bron",
    "opmerking",
}


def _eenheid(bestand: str, data: Any, volgorde: int) -> EenheidGegevens:
    r = _Record(bestand, data, _EENHEID_VELDEN)
    bron = r.bron()
    return EenheidGegevens(
        code=r.code("code"),  # type: ignore[arg-type]
        naam=r.tekst("naam", verplicht=True),
        afkorting=r.tekst("afkorting"),
        soort=r.keuze("soort", list(Eenheid.Soort.values)),
        valt_onder=r.code("valt_onder", verplicht=False),
        ook_genoemd=r.teksten("ook_genoemd"),
        omschrijving=r.tekst("omschrijving"),
        portefeuille=r.teksten("portefeuille"),
        opmerking=r.tekst("opmerking"),
        leiding=tuple(_positie(bestand, p, bron, r.regel) for p in r.lijst("leiding")),
        kengetallen=tuple(_kengetal(bestand, k, r.regel) for k in r.lijst("kengetallen")),
        bron=bron,
        volgorde=volgorde,
    )


def _sturing(bestand: str, data: Any) -> SturingGegevens:
    r = _Record(bestand, data, {"organisatie", "rol", "eenheid", "toelichting", "bron"})
    return SturingGegevens(
        organisatie=r.code("organisatie"),  # type: ignore[arg-type]
        rol=r.keuze("rol", list(Sturingsrol.Rol.values)),
        eenheid=r.code("eenheid"),  # type: ignore[arg-type]
        toelichting=r.tekst("toelichting"),
        bron=r.bron(),
    )


def _regel_van(ruw: list[Any], index: int) -> int | None:
    item = ruw[index]
    return item.get(REGEL) if isinstance(item, dict) else None


def _uniek(bestand: str, codes: list[str], ruw: list[Any]) -> None:
    gezien: set[str] = set()
    for i, code in enumerate(codes):
        if code in gezien:
            raise Laadfout(bestand, _regel_van(ruw, i), f"code '{code}' komt dubbel voor")
        gezien.add(code)


def _controleer_samenhang(dataset: Dataset, ruw_eenheden: list[Any], ruw_sturing: list[Any]) -> None:
    personen = {p.code for p in dataset.personen}
    eenheden = {e.code: e for e in dataset.eenheden}
    wortels = [e for e in dataset.eenheden if e.valt_onder is None]
    if len(wortels) != 1:
        namen = ", ".join(e.code for e in wortels) or "geen"
        raise Laadfout(
            "eenheden.yaml",
            None,
            f"precies één eenheid zonder 'valt_onder' verwacht, gevonden: {namen}",
        )
    for i, e in enumerate(dataset.eenheden):
        regel = _regel_van(ruw_eenheden, i)
        if e.valt_onder is not None and e.valt_onder not in eenheden:
            raise Laadfout(
                "eenheden.yaml", regel, f"'{e.code}' valt onder onbekende eenheid '{e.valt_onder}'"
            )
        for p in e.leiding:
            if p.persoon not in personen:
                raise Laadfout("eenheden.yaml", regel, f"'{e.code}' noemt onbekende persoon '{p.persoon}'")
        sleutels = [(p.persoon, p.soort) for p in e.leiding]
        if len(set(sleutels)) != len(sleutels):
            raise Laadfout("eenheden.yaml", regel, f"'{e.code}' noemt dezelfde positie twee keer")
        # a cycle in valt_onder would make the tree endless
        gezien = {e.code}
        ouder = e.valt_onder
        while ouder is not None:
            if ouder in gezien:
                raise Laadfout("eenheden.yaml", regel, f"'{e.code}' valt (via '{ouder}') onder zichzelf")
            gezien.add(ouder)
            ouder = eenheden[ouder].valt_onder
    gezien_sturing: set[tuple[str, str, str]] = set()
    for i, s in enumerate(dataset.sturing):
        regel = _regel_van(ruw_sturing, i)
        for code in (s.organisatie, s.eenheid):
            if code not in eenheden:
                raise Laadfout("sturing.yaml", regel, f"onbekende eenheid '{code}'")
        sleutel = (s.organisatie, s.rol, s.eenheid)
        if sleutel in gezien_sturing:
            raise Laadfout("sturing.yaml", regel, f"dubbele sturingsrol {s.rol} voor '{s.organisatie}'")
        gezien_sturing.add(sleutel)


def lees_map(map_: Path) -> Dataset:
    """Read and validate the whole data set; raises Laadfout on the first problem."""
    if not map_.is_dir():
        raise Laadfout(str(map_), None, "map bestaat niet")
    for verplicht in ("personen.yaml", "eenheden.yaml"):
        if not (map_ / verplicht).is_file():
            raise Laadfout(verplicht, None, f"bestand ontbreekt in {map_}")
    ruw_personen = _lees_yaml(map_ / "personen.yaml")
    ruw_eenheden = _lees_yaml(map_ / "eenheden.yaml")
    sturing_pad = map_ / "sturing.yaml"
    ruw_sturing = _lees_yaml(sturing_pad) if sturing_pad.is_file() else []

    dataset = Dataset(
        personen=[_persoon("personen.yaml", p) for p in ruw_personen],
        eenheden=[_eenheid("eenheden.yaml", e, i) for i, e in enumerate(ruw_eenheden)],
        sturing=[_sturing("sturing.yaml", s) for s in ruw_sturing],
    )
    _uniek("personen.yaml", [p.code for p in dataset.personen], ruw_personen)
    _uniek("eenheden.yaml", [e.code for e in dataset.eenheden], ruw_eenheden)
    _controleer_samenhang(dataset, ruw_eenheden, ruw_sturing)
    return dataset
