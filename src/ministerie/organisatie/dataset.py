"""Reading and validating the organisation data files (data/bzk-2021/*.yaml).

Pure reading: nothing here touches the database. Every problem is reported with the file, the
line and the reason, and one problem rejects the whole data set.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from ministerie.bestanden.gegevensbestand import Laadfout, Record, lees_records, regel_van

from .models import Eenheid, Positie, Sturingsrol

BESTANDEN = ("personen.yaml", "eenheden.yaml", "sturing.yaml")

__all__ = ["BronGegevens", "Dataset", "Laadfout", "lees_bron", "lees_map"]


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


def lees_bron(r: Record, *, standaard: BronGegevens | None = None) -> BronGegevens:
    """The record's source in the dossier (``bron: {sectie, pagina, organogram}``)."""
    waarde = r.data.get("bron")
    if waarde is None:
        if standaard is not None:
            return standaard
        raise r.fout("veld 'bron' ontbreekt (minstens de dossiersectie)")
    bron = r.deel(waarde, {"sectie", "pagina", "organogram"})
    return BronGegevens(
        sectie=bron.tekst("sectie", verplicht=True),
        pagina=bron.tekst("pagina"),
        organogram=bron.tekst("organogram"),
    )


def _persoon(bestand: str, data: Any) -> PersoonGegevens:
    r = Record(bestand, data, {"code", "naam", "ook_genoemd", "bron"})
    return PersoonGegevens(
        code=r.code("code"),
        naam=r.tekst("naam", verplicht=True),
        ook_genoemd=r.teksten("ook_genoemd"),
        bron=lees_bron(r),
    )


def _positie(bestand: str, data: Any, bron: BronGegevens, regel: int | None) -> PositieGegevens:
    r = Record(bestand, data, {"persoon", "soort", "functie", "van", "tot", "bron"}, regel)
    van, tot = r.datum("van"), r.datum("tot")
    if van and tot and tot < van:
        raise r.fout(f"'tot' ({tot}) ligt voor 'van' ({van})")
    return PositieGegevens(
        persoon=r.code("persoon"),
        soort=r.keuze("soort", list(Positie.Soort.values)),
        functie=r.tekst("functie"),
        van=van,
        tot=tot,
        bron=lees_bron(r, standaard=bron),
    )


def _kengetal(bestand: str, data: Any, regel: int | None) -> KengetalGegevens:
    r = Record(bestand, data, {"naam", "waarde", "eenheid", "toelichting"}, regel)
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
    r = Record(bestand, data, _EENHEID_VELDEN)
    bron = lees_bron(r)
    return EenheidGegevens(
        code=r.code("code"),
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
    r = Record(bestand, data, {"organisatie", "rol", "eenheid", "toelichting", "bron"})
    return SturingGegevens(
        organisatie=r.code("organisatie"),
        rol=r.keuze("rol", list(Sturingsrol.Rol.values)),
        eenheid=r.code("eenheid"),
        toelichting=r.tekst("toelichting"),
        bron=lees_bron(r),
    )


def _uniek(bestand: str, codes: list[str], ruw: list[Any]) -> None:
    gezien: set[str] = set()
    for i, code in enumerate(codes):
        if code in gezien:
            raise Laadfout(f"code '{code}' komt dubbel voor", bestand=bestand, regel=regel_van(ruw[i]))
        gezien.add(code)


def _controleer_samenhang(dataset: Dataset, ruw_eenheden: list[Any], ruw_sturing: list[Any]) -> None:
    personen = {p.code for p in dataset.personen}
    eenheden = {e.code: e for e in dataset.eenheden}
    wortels = [e for e in dataset.eenheden if e.valt_onder is None]
    if len(wortels) != 1:
        namen = ", ".join(e.code for e in wortels) or "geen"
        raise Laadfout(
            f"precies één eenheid zonder 'valt_onder' verwacht, gevonden: {namen}", bestand="eenheden.yaml"
        )
    for i, e in enumerate(dataset.eenheden):
        regel = regel_van(ruw_eenheden[i])
        if e.valt_onder is not None and e.valt_onder not in eenheden:
            raise Laadfout(
                f"'{e.code}' valt onder onbekende eenheid '{e.valt_onder}'",
                bestand="eenheden.yaml",
                regel=regel,
            )
        for p in e.leiding:
            if p.persoon not in personen:
                raise Laadfout(
                    f"'{e.code}' noemt onbekende persoon '{p.persoon}'", bestand="eenheden.yaml", regel=regel
                )
        sleutels = [(p.persoon, p.soort) for p in e.leiding]
        if len(set(sleutels)) != len(sleutels):
            raise Laadfout(
                f"'{e.code}' noemt dezelfde positie twee keer", bestand="eenheden.yaml", regel=regel
            )
        # a cycle in valt_onder would make the tree endless
        gezien = {e.code}
        ouder = e.valt_onder
        while ouder is not None:
            if ouder in gezien:
                raise Laadfout(
                    f"'{e.code}' valt (via '{ouder}') onder zichzelf", bestand="eenheden.yaml", regel=regel
                )
            gezien.add(ouder)
            ouder = eenheden[ouder].valt_onder
    gezien_sturing: set[tuple[str, str, str]] = set()
    for i, s in enumerate(dataset.sturing):
        regel = regel_van(ruw_sturing[i])
        for code in (s.organisatie, s.eenheid):
            if code not in eenheden:
                raise Laadfout(f"onbekende eenheid '{code}'", bestand="sturing.yaml", regel=regel)
        sleutel = (s.organisatie, s.rol, s.eenheid)
        if sleutel in gezien_sturing:
            raise Laadfout(
                f"dubbele sturingsrol {s.rol} voor '{s.organisatie}'", bestand="sturing.yaml", regel=regel
            )
        gezien_sturing.add(sleutel)


def lees_map(map_: Path) -> Dataset:
    """Read and validate the whole data set; raises Laadfout on the first problem."""
    if not map_.is_dir():
        raise Laadfout("map bestaat niet", bestand=str(map_))
    for verplicht in ("personen.yaml", "eenheden.yaml"):
        if not (map_ / verplicht).is_file():
            raise Laadfout(f"bestand ontbreekt in {map_}", bestand=verplicht)
    ruw_personen = lees_records(map_ / "personen.yaml")
    ruw_eenheden = lees_records(map_ / "eenheden.yaml")
    sturing_pad = map_ / "sturing.yaml"
    ruw_sturing = lees_records(sturing_pad) if sturing_pad.is_file() else []

    dataset = Dataset(
        personen=[_persoon("personen.yaml", p) for p in ruw_personen],
        eenheden=[_eenheid("eenheden.yaml", e, i) for i, e in enumerate(ruw_eenheden)],
        sturing=[_sturing("sturing.yaml", s) for s in ruw_sturing],
    )
    _uniek("personen.yaml", [p.code for p in dataset.personen], ruw_personen)
    _uniek("eenheden.yaml", [e.code for e in dataset.eenheden], ruw_eenheden)
    _controleer_samenhang(dataset, ruw_eenheden, ruw_sturing)
    return dataset
