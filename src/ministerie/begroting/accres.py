"""The accres of the Gemeentefonds and the Provinciefonds: the yearly growth (or shrinkage) of the
funds with the relevant central series ("samen de trap op, samen de trap af").

The rule per budget year is data (normering.yaml), because the system changes from 2026/2027.
All amounts are Decimal; rounding is described in normering.yaml and below:

    fraction_t   = (R_t - R_{t-1}) / R_{t-1}          (or a fixed percentage / 100)
    accres_t     = round(fonds_{t-1} * fraction_t, bedrag_decimalen, ROUND_HALF_UP)
    fonds_t      = fonds_{t-1} + accres_t
    percentage_t = round(100 * fraction_t, percentage_decimalen, ROUND_HALF_UP)  (display only)

Also ``lees_reeks`` reads a pasted "jaar;bedrag" series with clear Dutch errors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext
from functools import lru_cache
from pathlib import Path
from typing import Any

from ministerie.bestanden.gegevensbestand import GeenYaml, Laadfout, lees_yaml

NORMERING = Path(__file__).with_name("normering.yaml")
EERSTE_JAAR = 1900
LAATSTE_JAAR = 2999
SOORTEN = {
    "trap_op_trap_af": "Samen de trap op, samen de trap af",
    "index": "Index",
    "vast_percentage": "Vast percentage",
}
REEKS_VOOR = {"trap_op_trap_af": "reeks", "index": "indexreeks"}


class AccresFout(Laadfout):
    """Wrong rule data, or input the computation cannot use; the message is for the user."""


@dataclass(frozen=True)
class Fonds:
    code: str
    naam: str
    hoofdstuk: str
    omvang_jaar: int
    omvang: Decimal
    eenheid: str
    bron: str

    @property
    def omvang_tekst(self) -> str:
        return opgemaakt(self.omvang)


@dataclass(frozen=True)
class Normeringsregel:
    soort: str
    grondslag: str
    omschrijving: str
    bron: str
    vanaf: int | None = None
    tot: int | None = None
    fondsen: frozenset[str] = frozenset()
    percentage: Decimal | None = None

    def geldt(self, fonds: str, jaar: int) -> bool:
        return (
            fonds in self.fondsen
            and (self.vanaf is None or jaar >= self.vanaf)
            and (self.tot is None or jaar <= self.tot)
        )

    @property
    def soortnaam(self) -> str:
        return SOORTEN[self.soort]

    @property
    def periode(self) -> str:
        if self.vanaf is None and self.tot is None:
            return "alle jaren"
        if self.vanaf is None:
            return f"tot en met {self.tot}"
        if self.tot is None:
            return f"vanaf {self.vanaf}"
        return f"{self.vanaf} tot en met {self.tot}"


@dataclass(frozen=True)
class Normering:
    fondsen: dict[str, Fonds]
    regels: tuple[Normeringsregel, ...]
    bedrag_decimalen: int = 3
    percentage_decimalen: int = 2

    def regel(self, fonds: str, jaar: int) -> Normeringsregel:
        for regel in self.regels:
            if regel.geldt(fonds, jaar):
                return regel
        naam = self.fondsen[fonds].naam if fonds in self.fondsen else fonds
        raise AccresFout(f"Voor {jaar} is geen normeringsregel voor het {naam} vastgelegd.")


@dataclass(frozen=True)
class Accresjaar:
    jaar: int
    regel: Normeringsregel
    fonds_vorig_jaar: Decimal
    percentage: Decimal
    accres: Decimal
    fonds: Decimal
    grondslag_vorig_jaar: Decimal | None = None
    grondslag: Decimal | None = None
    toelichting: str = field(default="", compare=False)

    # Dutch notation for the pages
    @property
    def percentage_tekst(self) -> str:
        return opgemaakt(self.percentage) + " %"

    @property
    def accres_tekst(self) -> str:
        return opgemaakt(self.accres)

    @property
    def fonds_tekst(self) -> str:
        return opgemaakt(self.fonds)

    @property
    def fonds_vorig_jaar_tekst(self) -> str:
        return opgemaakt(self.fonds_vorig_jaar)

    @property
    def grondslag_tekst(self) -> str:
        return "—" if self.grondslag is None else opgemaakt(self.grondslag)

    @property
    def grondslag_vorig_jaar_tekst(self) -> str:
        return "—" if self.grondslag_vorig_jaar is None else opgemaakt(self.grondslag_vorig_jaar)


def opgemaakt(getal: Decimal) -> str:
    """Dutch notation, all decimals kept: Decimal("-1423.880") -> "-1.423,880"."""
    teken = "−" if getal < 0 else ""
    tekst = f"{abs(getal):,f}"
    heel, _, rest = tekst.partition(".")
    heel = heel.replace(",", ".")
    return teken + (f"{heel},{rest}" if rest else heel)


def _jaar(waarde: Any, plek: str, veld: str) -> int:
    if isinstance(waarde, bool) or not isinstance(waarde, int) or not EERSTE_JAAR <= waarde <= LAATSTE_JAAR:
        raise AccresFout(
            f"{plek}: '{veld}' moet een jaartal van {EERSTE_JAAR} tot en met {LAATSTE_JAAR} zijn."
        )
    return waarde


def _decimaal(waarde: Any, plek: str, veld: str) -> Decimal:
    if isinstance(waarde, float):
        # a YAML float has already lost precision: ask for a string
        raise AccresFout(f"{plek}: schrijf '{veld}' als tekst tussen aanhalingstekens, bijv. \"1.5\".")
    try:
        getal = Decimal(str(waarde))
    except InvalidOperation:
        raise AccresFout(f"{plek}: '{veld}' is geen getal: {waarde!r}.") from None
    if not getal.is_finite():
        raise AccresFout(f"{plek}: '{veld}' is geen eindig getal.")
    return getal


def _tekst(spec: dict, plek: str, veld: str) -> str:
    waarde = spec.get(veld)
    if not isinstance(waarde, str) or not waarde.strip():
        raise AccresFout(f"{plek}: '{veld}' ontbreekt of is leeg.")
    return waarde.strip()


def valideer(data: Any) -> Normering:
    """Check parsed normering data; raises AccresFout naming the place of the error."""
    if not isinstance(data, dict) or set(data) - {"afronding", "fondsen", "regels"}:
        raise AccresFout("Verwacht een mapping met afronding, fondsen en regels.")
    afronding = data.get("afronding") or {}
    decimalen = {}
    for veld, standaard in (("bedrag_decimalen", 3), ("percentage_decimalen", 2)):
        waarde = afronding.get(veld, standaard)
        if isinstance(waarde, bool) or not isinstance(waarde, int) or not 0 <= waarde <= 6:
            raise AccresFout(f"afronding: '{veld}' moet een geheel getal van 0 tot en met 6 zijn.")
        decimalen[veld] = waarde
    fondsen: dict[str, Fonds] = {}
    if not isinstance(data.get("fondsen"), dict) or not data["fondsen"]:
        raise AccresFout("'fondsen' ontbreekt of is leeg.")
    for code, spec in data["fondsen"].items():
        plek = f"fonds {code}"
        if not isinstance(spec, dict):
            raise AccresFout(f"{plek}: verwacht een mapping.")
        fondsen[code] = Fonds(
            code=code,
            naam=_tekst(spec, plek, "naam"),
            hoofdstuk=_tekst(spec, plek, "hoofdstuk"),
            omvang_jaar=_jaar(spec.get("omvang_jaar"), plek, "omvang_jaar"),
            omvang=_decimaal(spec.get("omvang"), plek, "omvang"),
            eenheid=_tekst(spec, plek, "eenheid"),
            bron=_tekst(spec, plek, "bron"),
        )
    lijst = data.get("regels")
    if not isinstance(lijst, list) or not lijst:
        raise AccresFout("'regels' moet een niet-lege lijst zijn.")
    regels = []
    for i, spec in enumerate(lijst, start=1):
        plek = f"regel {i}"
        if not isinstance(spec, dict):
            raise AccresFout(f"{plek}: verwacht een mapping.")
        onbekend = set(spec) - {"soort", "vanaf", "tot", "fondsen", "grondslag", "omschrijving", "bron",
                                "percentage"}  # fmt: skip
        if onbekend:
            raise AccresFout(f"{plek}: onbekend veld {', '.join(sorted(map(str, onbekend)))}.")
        soort = spec.get("soort")
        if soort not in SOORTEN:
            raise AccresFout(f"{plek}: 'soort' moet een van {', '.join(SOORTEN)} zijn, niet {soort!r}.")
        percentage = None
        if soort == "vast_percentage":
            if "percentage" not in spec:
                raise AccresFout(f"{plek}: een vast percentage heeft 'percentage' nodig.")
            percentage = _decimaal(spec["percentage"], plek, "percentage")
        elif "percentage" in spec:
            raise AccresFout(f"{plek}: 'percentage' hoort alleen bij de soort vast_percentage.")
        vanaf = _jaar(spec["vanaf"], plek, "vanaf") if spec.get("vanaf") is not None else None
        tot = _jaar(spec["tot"], plek, "tot") if spec.get("tot") is not None else None
        if vanaf is not None and tot is not None and tot < vanaf:
            raise AccresFout(f"{plek}: 'tot' ({tot}) ligt vóór 'vanaf' ({vanaf}).")
        genoemd = spec.get("fondsen", list(fondsen))
        if not isinstance(genoemd, list) or not genoemd or set(genoemd) - set(fondsen):
            raise AccresFout(f"{plek}: 'fondsen' moet een lijst zijn uit {', '.join(fondsen)}.")
        regels.append(
            Normeringsregel(
                soort=soort,
                grondslag=_tekst(spec, plek, "grondslag"),
                omschrijving=_tekst(spec, plek, "omschrijving"),
                bron=_tekst(spec, plek, "bron"),
                vanaf=vanaf,
                tot=tot,
                fondsen=frozenset(genoemd),
                percentage=percentage,
            )
        )
    for i, a in enumerate(regels):
        for j, b in enumerate(regels[i + 1 :], start=i + 2):
            gedeeld = a.fondsen & b.fondsen
            a_van, a_tot = a.vanaf or EERSTE_JAAR, a.tot or LAATSTE_JAAR
            b_van, b_tot = b.vanaf or EERSTE_JAAR, b.tot or LAATSTE_JAAR
            if gedeeld and a_van <= b_tot and b_van <= a_tot:
                raise AccresFout(
                    f"regel {i + 1} en regel {j} gelden allebei voor {', '.join(sorted(gedeeld))} in "
                    f"{max(a_van, b_van)}; per fonds en jaar mag maar één regel gelden."
                )
    return Normering(
        fondsen=fondsen,
        regels=tuple(regels),
        bedrag_decimalen=decimalen["bedrag_decimalen"],
        percentage_decimalen=decimalen["percentage_decimalen"],
    )


def lees(pad: Path | str) -> Normering:
    """Read and check the file through the shared reader of data files; an error names the file."""
    pad = Path(pad)
    try:
        return valideer(lees_yaml(pad))
    except GeenYaml as fout:
        raise AccresFout(f"geen geldige YAML ({fout.uitleg}).", bestand=pad.name) from fout
    except Laadfout as fout:  # not UTF-8, or the content is wrong
        raise AccresFout(fout.reden, bestand=pad.name) from fout


@lru_cache(maxsize=1)
def normering() -> Normering:
    return lees(NORMERING)


def _rond(waarde: Decimal, decimalen: int) -> Decimal:
    return waarde.quantize(Decimal(1).scaleb(-decimalen), rounding=ROUND_HALF_UP)


def bereken_accres(
    fonds: str,
    reeks: dict[int, Decimal],
    basis: Decimal,
    regels: Normering | None = None,
    *,
    basisjaar: int | None = None,
    indexreeks: dict[int, Decimal] | None = None,
    tot_jaar: int | None = None,
) -> list[Accresjaar]:
    """The accres per year after ``basisjaar`` (default: the first year of ``reeks``), for a
    fund of size ``basis`` in that year.

    ``reeks`` holds the netto gecorrigeerde rijksuitgaven per year, ``indexreeks`` the index for
    years under the index rule. The last year is ``tot_jaar`` or else the last year of the series.
    """
    regels = normering() if regels is None else regels
    if fonds not in regels.fondsen:
        raise AccresFout(f"Onbekend fonds '{fonds}'; kies uit {', '.join(regels.fondsen)}.")
    reeksen = {"reeks": dict(reeks), "indexreeks": dict(indexreeks or {})}
    alle_jaren = set(reeksen["reeks"]) | set(reeksen["indexreeks"])
    if basisjaar is None:
        if not reeksen["reeks"]:
            raise AccresFout("De reeks is leeg; geef minstens twee jaren.")
        basisjaar = min(reeksen["reeks"])
    laatste = tot_jaar if tot_jaar is not None else max(alle_jaren, default=basisjaar)
    if laatste <= basisjaar:
        raise AccresFout(f"Er is geen jaar na het basisjaar {basisjaar} om het accres voor te berekenen.")
    namen = {"reeks": "de netto gecorrigeerde rijksuitgaven", "indexreeks": "de indexreeks"}
    uitkomst = []
    vorig_fonds = Decimal(basis)
    with localcontext() as ctx:
        ctx.prec = 34
        for jaar in range(basisjaar + 1, laatste + 1):
            regel = regels.regel(fonds, jaar)
            vorige = huidige = None
            if regel.soort == "vast_percentage":
                assert regel.percentage is not None
                fractie = regel.percentage / 100
                uitleg = f"vast percentage {opgemaakt(regel.percentage)} %"
            else:
                naam = REEKS_VOOR[regel.soort]
                serie = reeksen[naam]
                for nodig in (jaar - 1, jaar):
                    if nodig not in serie:
                        raise AccresFout(
                            f"Voor het accres {jaar} ({regel.soortnaam.lower()}) ontbreekt {nodig} in "
                            f"{namen[naam]}."
                        )
                vorige, huidige = serie[jaar - 1], serie[jaar]
                if vorige <= 0:
                    raise AccresFout(f"De waarde voor {jaar - 1} in {namen[naam]} moet groter dan nul zijn.")
                fractie = (huidige - vorige) / vorige
                uitleg = f"({opgemaakt(huidige)} − {opgemaakt(vorige)}) / {opgemaakt(vorige)}"
            accres = _rond(vorig_fonds * fractie, regels.bedrag_decimalen)
            nieuw = vorig_fonds + accres
            uitkomst.append(
                Accresjaar(
                    jaar=jaar,
                    regel=regel,
                    fonds_vorig_jaar=vorig_fonds,
                    percentage=_rond(fractie * 100, regels.percentage_decimalen),
                    accres=accres,
                    fonds=nieuw,
                    grondslag_vorig_jaar=vorige,
                    grondslag=huidige,
                    toelichting=f"{opgemaakt(vorig_fonds)} × {uitleg} = {opgemaakt(accres)}",
                )
            )
            vorig_fonds = nieuw
    return uitkomst


_SCHEIDING = re.compile(r"^\s*(\S+?)\s*(?:;|\t|\s)\s*(\S(?:.*\S)?)\s*$")
_DUIZENDTALLEN = re.compile(r"-?\d{1,3}(\.\d{3})+")
_GETAL = re.compile(r"-?\d+(\.\d+)?")


def lees_bedrag(tekst: str) -> Decimal:
    """A number as people type it: 312.450,5 (Dutch), 312450,5, 312450.5 or 312450.

    Dots followed by groups of three digits without a comma are thousands separators (1.234 is
    1234), as in Dutch notation."""
    schoon = tekst.strip().replace("€", "").replace(" ", "").replace("\u202f", "").replace("\xa0", "")
    schoon = schoon.replace("−", "-")
    if "," in schoon:
        schoon = schoon.replace(".", "").replace(",", ".")
    elif _DUIZENDTALLEN.fullmatch(schoon):
        schoon = schoon.replace(".", "")
    if not _GETAL.fullmatch(schoon):
        raise AccresFout(f"'{tekst.strip()}' is geen bedrag; schrijf bijvoorbeeld 312.450 of 312450,5.")
    return Decimal(schoon)


def lees_reeks(tekst: str, *, naam: str = "de reeks", minimaal: int = 2) -> dict[int, Decimal]:
    """Read "jaar;bedrag" lines (also tab- or space-separated; empty lines and lines starting with
    # are skipped). Years must be consecutive and unique; amounts positive."""
    reeks: dict[int, Decimal] = {}
    regels_van: dict[int, int] = {}
    for nummer, regel in enumerate(tekst.splitlines(), start=1):
        if not regel.strip() or regel.lstrip().startswith("#"):
            continue
        treffer = _SCHEIDING.match(regel)
        if not treffer:
            raise AccresFout(f"Regel {nummer} van {naam}: verwacht 'jaar;bedrag', bijvoorbeeld 2027;312.450.")
        jaartekst, bedragtekst = treffer.groups()
        if not re.fullmatch(r"\d{4}", jaartekst):
            raise AccresFout(f"Regel {nummer} van {naam}: '{jaartekst}' is geen jaartal van vier cijfers.")
        jaar = int(jaartekst)
        if not EERSTE_JAAR <= jaar <= LAATSTE_JAAR:
            raise AccresFout(
                f"Regel {nummer} van {naam}: het jaar {jaar} is onbekend; gebruik een jaar van "
                f"{EERSTE_JAAR} tot en met {LAATSTE_JAAR}."
            )
        if jaar in reeks:
            raise AccresFout(
                f"Regel {nummer} van {naam}: het jaar {jaar} staat er al (regel {regels_van[jaar]})."
            )
        try:
            bedrag = lees_bedrag(bedragtekst)
        except AccresFout as fout:
            raise AccresFout(f"Regel {nummer} van {naam}: {fout}") from None
        if bedrag <= 0:
            raise AccresFout(f"Regel {nummer} van {naam}: het bedrag voor {jaar} moet groter dan nul zijn.")
        reeks[jaar] = bedrag
        regels_van[jaar] = nummer
    if len(reeks) < minimaal:
        raise AccresFout(f"Geef in {naam} minstens {minimaal} jaren, één per regel: jaar;bedrag.")
    jaren = sorted(reeks)
    for eerder, later in zip(jaren, jaren[1:], strict=False):
        if later != eerder + 1:
            ontbrekend = ", ".join(str(j) for j in range(eerder + 1, later))
            wat = naam[0].upper() + naam[1:]
            raise AccresFout(f"{wat} heeft een gat: {ontbrekend} ontbreekt tussen {eerder} en {later}.")
    return dict(sorted(reeks.items()))


def als_tekst(reeks: dict[int, Decimal]) -> str:
    return "\n".join(f"{jaar};{bedrag}" for jaar, bedrag in sorted(reeks.items()))
