"""Reading and validating data/bzk-2021/overleggen.yaml (no database): every problem names the
file, the line and the reason, and one problem rejects the whole file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from pathlib import Path
from typing import Any

from ministerie.bestanden.gegevensbestand import Laadfout, Record, lees_records, regel_van

from .tijd import Tijdfout, controleer_regel

SOORTEN = (
    "ministerraad",
    "onderraad",
    "rijksministerraad",
    "bewindspersonenoverleg",
    "vragenuur",
    "bestuursraad",
    "beleidsoverleg",
    "bewindspersonen_sg",
    "terugkoppeling",
    "cdk",
    "bestuurlijk_overleg",
    "eu_raad",
)
VELDEN = {
    "code",
    "naam",
    "soort",
    "voorzitter",
    "secretaris",
    "secretaris_toelichting",
    "deelnemers",
    "regel",
    "regel_toelichting",
    "vanaf",
    "begintijd",
    "duur",
    "plaats",
    "voorbereiding",
    "ambtenaren",
    "alleen_tijd",
    "vast",
    "bron",
    "opmerking",
}
MAX_OVERLEGGEN = 500

__all__ = ["Laadfout", "OverlegGegevens", "lees_overleggen"]


@dataclass(frozen=True)
class OverlegGegevens:
    code: str
    naam: str
    soort: str
    voorzitter: str
    secretaris: str | None
    secretaris_toelichting: str
    deelnemers: tuple[str, ...]
    regel: str
    regel_toelichting: str
    vanaf: date
    begintijd: time
    duur_minuten: int
    plaats: str
    voorbereiding: tuple[tuple[str, str], ...]
    ambtenaren_aanwezig: bool
    alleen_tijd: bool
    vast: bool
    bron_sectie: str
    opmerking: str
    regel_in_bestand: int | None = None


def _ja_nee(r: Record, naam: str, standaard: bool) -> bool:
    waarde = r.data.get(naam, standaard)
    if not isinstance(waarde, bool):
        raise r.fout(f"veld '{naam}' is ja of nee (true/false)", naam)
    return waarde


def _tijdstip(r: Record, naam: str) -> time:
    tekst = r.tekst(naam, verplicht=True)
    try:
        uur, minuut = (int(d) for d in tekst.split(":"))
        return time(uur, minuut)
    except ValueError:
        raise r.fout(f"veld '{naam}' is een tijd als UU:MM, niet '{tekst}'", naam) from None


def _overleg(bestand: str, data: Any) -> OverlegGegevens:
    r = Record(bestand, data, VELDEN)
    code = r.code("code")
    regel = r.tekst("regel", verplicht=True)
    try:
        regel = controleer_regel(regel)
    except Tijdfout as fout:
        raise r.fout(str(fout), "regel") from None
    vanaf = r.datum("vanaf")
    if vanaf is None:
        raise r.fout("veld 'vanaf' ontbreekt (de eerste keer, JJJJ-MM-DD)")
    duur = r.geheel("duur", minimum=5)
    if duur > 24 * 60:
        raise r.fout("een overleg duurt hoogstens 24 uur (1440 minuten)", "duur")
    voorbereiding = []
    for item in r.lijst("voorbereiding"):
        deel = r.deel(item, {"wie", "wat"})
        voorbereiding.append((deel.tekst("wie", verplicht=True), deel.tekst("wat", verplicht=True)))
    bron = r.deel(r.data.get("bron"), {"sectie"}) if r.data.get("bron") is not None else None
    if bron is None or not bron.tekst("sectie"):
        raise r.fout("veld 'bron' met de dossiersectie ontbreekt (bron: {sectie: \"2.2\"})", "bron")
    secretaris = r.code("secretaris", verplicht=False)
    return OverlegGegevens(
        code=code,
        naam=r.tekst("naam", verplicht=True),
        soort=r.keuze("soort", SOORTEN),
        voorzitter=r.tekst("voorzitter"),
        secretaris=secretaris,
        secretaris_toelichting=r.tekst("secretaris_toelichting"),
        deelnemers=r.teksten("deelnemers"),
        regel=regel,
        regel_toelichting=r.tekst("regel_toelichting"),
        vanaf=vanaf,
        begintijd=_tijdstip(r, "begintijd"),
        duur_minuten=duur,
        plaats=r.tekst("plaats"),
        voorbereiding=tuple(voorbereiding),
        ambtenaren_aanwezig=_ja_nee(r, "ambtenaren", True),
        alleen_tijd=_ja_nee(r, "alleen_tijd", False),
        vast=_ja_nee(r, "vast", False),
        bron_sectie=bron.tekst("sectie"),
        opmerking=r.tekst("opmerking"),
        regel_in_bestand=r.regel,
    )


def lees_overleggen(pad: Path) -> list[OverlegGegevens]:
    """Read and validate the whole file; raises ``Laadfout`` on the first problem."""
    if not pad.is_file():
        raise Laadfout("bestand bestaat niet", bestand=str(pad))
    if pad.stat().st_size > 2_000_000:
        raise Laadfout("bestand is groter dan 2 MB", bestand=pad.name)
    ruw = lees_records(pad)
    if len(ruw) > MAX_OVERLEGGEN:
        raise Laadfout(f"meer dan {MAX_OVERLEGGEN} overleggen", bestand=pad.name)
    overleggen = [_overleg(pad.name, item) for item in ruw]
    gezien: dict[str, int | None] = {}
    for overleg, item in zip(overleggen, ruw, strict=True):
        if overleg.code in gezien:
            raise Laadfout(f"code '{overleg.code}' komt dubbel voor", bestand=pad.name, regel=regel_van(item))
        gezien[overleg.code] = regel_van(item)
    return overleggen
