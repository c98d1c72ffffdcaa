"""Reading and validating the budget data files (data/bzk-2021/begroting/*.yaml).

Pure reading with the shared reader of data files (``ministerie.bestanden.gegevensbestand``), as
``organisatie/dataset.py``: every problem names file, line and reason, and one problem rejects
the whole set. Amounts in the files are in
millions of euros as the dossier prints them; they are converted to whole thousands here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from ministerie.bestanden.gegevensbestand import Laadfout, Record, lees_records, regel_van
from ministerie.organisatie.dataset import BronGegevens, lees_bron

from .models import Artikel, Bedragsoort, Bevinding, Risicoregeling

BESTANDEN = (
    "hoofdstukken.yaml",
    "artikelen.yaml",
    "agentschappen.yaml",
    "risicoregelingen.yaml",
    "bevindingen.yaml",
)


@dataclass(frozen=True)
class HoofdstukGegevens:
    code: str
    naam: str
    omschrijving: str
    volgorde: int
    bron: BronGegevens
    jaar: int
    totaal: int  # thousands
    citaat: str
    begroting_bron: BronGegevens
    niet_in_dossier: str


@dataclass(frozen=True)
class OnderdeelGegevens:
    naam: str
    bedrag: int
    citaat: str


@dataclass(frozen=True)
class BedragGegevens:
    soort: str
    jaar: int
    bedrag: int  # thousands
    citaat: str
    onderdelen: tuple[OnderdeelGegevens, ...]


@dataclass(frozen=True)
class ArtikelGegevens:
    hoofdstuk: str
    nummer: int
    naam: str
    soort: str
    eenheid: str | None
    toelichting: str
    opmerking: str
    afgeleid: str
    bron: BronGegevens
    bedragen: tuple[BedragGegevens, ...]


@dataclass(frozen=True)
class AgentschapGegevens:
    code: str
    naam: str
    hoofdstuk: str
    jaar: int
    omzet: int | None
    citaat: str
    opmerking: str
    bron: BronGegevens


@dataclass(frozen=True)
class RisicoGegevens:
    code: str
    naam: str
    soort: str
    hoofdstuk: str
    bedrag_euro: int | None
    jaar: int | None
    citaat: str
    toelichting: str
    bron: BronGegevens


@dataclass(frozen=True)
class BevindingGegevens:
    hoofdstuk: str
    jaar: int
    instantie: str
    ernst: str
    aantal: int
    citaat: str
    bron: BronGegevens


@dataclass
class Begrotingsdataset:
    hoofdstukken: list[HoofdstukGegevens] = field(default_factory=list)
    artikelen: list[ArtikelGegevens] = field(default_factory=list)
    agentschappen: list[AgentschapGegevens] = field(default_factory=list)
    risicoregelingen: list[RisicoGegevens] = field(default_factory=list)
    bevindingen: list[BevindingGegevens] = field(default_factory=list)


def _miljoenen(r: Record, naam: str, *, verplicht: bool = True) -> int | None:
    """A figure in millions (as printed) as whole thousands of euros."""
    waarde = r.data.get(naam)
    if waarde is None:
        if verplicht:
            raise r.fout(f"veld '{naam}' ontbreekt")
        return None
    if isinstance(waarde, bool):
        raise r.fout(f"veld '{naam}' moet een getal zijn", naam)
    try:
        duizenden = Decimal(str(waarde)) * 1000
    except InvalidOperation:
        raise r.fout(f"veld '{naam}' moet een getal zijn, niet '{waarde}'", naam) from None
    if duizenden != duizenden.to_integral_value():
        raise r.fout(f"'{naam}' {waarde} is geen heel aantal duizenden euro's", naam)
    return int(duizenden)


def _hoofdstuk(bestand: str, data: Any, volgorde: int) -> HoofdstukGegevens:
    r = Record(bestand, data, {"code", "naam", "omschrijving", "bron", "begroting"})
    b = r.deel(data.get("begroting"), {"jaar", "totaal_uitgaven_mln", "citaat", "bron", "niet_in_dossier"})
    return HoofdstukGegevens(
        code=r.tekst("code", verplicht=True),
        naam=r.tekst("naam", verplicht=True),
        omschrijving=r.tekst("omschrijving"),
        volgorde=volgorde,
        bron=lees_bron(r),
        jaar=b.geheel("jaar", minimum=1990),
        totaal=_miljoenen(b, "totaal_uitgaven_mln"),  # type: ignore[arg-type]
        citaat=b.tekst("citaat", verplicht=True),
        begroting_bron=lees_bron(b),
        niet_in_dossier=b.tekst("niet_in_dossier", verplicht=True),
    )


def _bedrag(bestand: str, data: Any, regel: int | None, afgeleid: bool) -> BedragGegevens:
    r = Record(bestand, data, {"soort", "jaar", "mln", "citaat", "onderdelen"}, regel)
    onderdelen = []
    for o in r.lijst("onderdelen"):
        ro = r.deel(o, {"naam", "mln", "citaat"})
        onderdelen.append(
            OnderdeelGegevens(
                ro.tekst("naam", verplicht=True),
                _miljoenen(ro, "mln"),  # type: ignore[arg-type]
                ro.tekst("citaat", verplicht=True),
            )
        )
    bedrag = _miljoenen(r, "mln")
    citaat = r.tekst("citaat")
    if onderdelen and sum(o.bedrag for o in onderdelen) != bedrag:
        raise r.fout(f"de onderdelen tellen niet op tot {r.data['mln']} mln")
    if not citaat and not onderdelen and not afgeleid:
        raise r.fout("een bedrag uit het dossier heeft een 'citaat' nodig (of 'afgeleid')")
    return BedragGegevens(
        soort=r.keuze("soort", list(Bedragsoort.values)),
        jaar=r.geheel("jaar", minimum=1990),
        bedrag=bedrag,  # type: ignore[arg-type]
        citaat=citaat,
        onderdelen=tuple(onderdelen),
    )


def _artikel(bestand: str, data: Any) -> ArtikelGegevens:
    r = Record(
        bestand,
        data,
        {
            "hoofdstuk",
            "nummer",
            "naam",
            "soort",
            "eenheid",
            "toelichting",
            "opmerking",
            "afgeleid",
            "bron",
            "bedragen",
        },
    )
    afgeleid = r.tekst("afgeleid")
    bedragen = tuple(_bedrag(bestand, b, r.regel, bool(afgeleid)) for b in r.lijst("bedragen"))
    sleutels = [(b.soort, b.jaar) for b in bedragen]
    if len(set(sleutels)) != len(sleutels):
        raise r.fout("een bedrag (soort, jaar) staat er twee keer")
    return ArtikelGegevens(
        hoofdstuk=r.tekst("hoofdstuk", verplicht=True),
        nummer=r.geheel("nummer"),
        naam=r.tekst("naam", verplicht=True),
        soort=r.keuze("soort", list(Artikel.Soort.values)),
        eenheid=r.code("eenheid", verplicht=False),
        toelichting=r.tekst("toelichting"),
        opmerking=r.tekst("opmerking"),
        afgeleid=afgeleid,
        bron=lees_bron(r),
        bedragen=bedragen,
    )


def _agentschap(bestand: str, data: Any) -> AgentschapGegevens:
    r = Record(
        bestand,
        data,
        {"code", "naam", "hoofdstuk", "jaar", "omzet_mln", "citaat", "opmerking", "bron"},
    )
    omzet = _miljoenen(r, "omzet_mln", verplicht=False)
    citaat = r.tekst("citaat")
    if omzet is not None and not citaat:
        raise r.fout("een omzet uit het dossier heeft een 'citaat' nodig")
    return AgentschapGegevens(
        code=r.code("code"),
        naam=r.tekst("naam", verplicht=True),
        hoofdstuk=r.tekst("hoofdstuk", verplicht=True),
        jaar=r.geheel("jaar", minimum=1990),
        omzet=omzet,
        citaat=citaat,
        opmerking=r.tekst("opmerking"),
        bron=lees_bron(r),
    )


def _risico(bestand: str, data: Any) -> RisicoGegevens:
    r = Record(
        bestand,
        data,
        {"code", "naam", "soort", "hoofdstuk", "bedrag_euro", "jaar", "citaat", "toelichting", "bron"},
    )
    return RisicoGegevens(
        code=r.code("code"),
        naam=r.tekst("naam", verplicht=True),
        soort=r.keuze("soort", list(Risicoregeling.Soort.values)),
        hoofdstuk=r.tekst("hoofdstuk", verplicht=True),
        bedrag_euro=r.geheel("bedrag_euro", verplicht=False),
        jaar=r.geheel("jaar", verplicht=False, minimum=1990),
        citaat=r.tekst("citaat", verplicht=True),
        toelichting=r.tekst("toelichting"),
        bron=lees_bron(r),
    )


def _bevinding(bestand: str, data: Any) -> BevindingGegevens:
    r = Record(bestand, data, {"hoofdstuk", "jaar", "instantie", "ernst", "aantal", "citaat", "bron"})
    return BevindingGegevens(
        hoofdstuk=r.tekst("hoofdstuk", verplicht=True),
        jaar=r.geheel("jaar", minimum=1990),
        instantie=r.keuze("instantie", list(Bevinding.Instantie.values)),
        ernst=r.keuze("ernst", list(Bevinding.Ernst.values)),
        aantal=r.geheel("aantal", minimum=1),
        citaat=r.tekst("citaat", verplicht=True),
        bron=lees_bron(r),
    )


def _controleer(d: Begrotingsdataset, ruw_artikelen: list[Any], ruw: dict[str, list]) -> None:
    hoofdstukken = {h.code: h for h in d.hoofdstukken}
    if len(hoofdstukken) != len(d.hoofdstukken):
        raise Laadfout("een hoofdstukcode staat er twee keer", bestand="hoofdstukken.yaml")
    gezien: set[tuple[str, int]] = set()
    for i, a in enumerate(d.artikelen):
        if a.hoofdstuk not in hoofdstukken:
            raise Laadfout(
                f"onbekend hoofdstuk '{a.hoofdstuk}'",
                bestand="artikelen.yaml",
                regel=regel_van(ruw_artikelen[i]),
            )
        if (a.hoofdstuk, a.nummer) in gezien:
            raise Laadfout(
                f"artikel {a.nummer} van {a.hoofdstuk} staat er twee keer",
                bestand="artikelen.yaml",
                regel=regel_van(ruw_artikelen[i]),
            )
        gezien.add((a.hoofdstuk, a.nummer))
        h = hoofdstukken[a.hoofdstuk]
        for b in a.bedragen:
            if not h.jaar <= b.jaar <= h.jaar + 4:
                raise Laadfout(
                    f"jaar {b.jaar} valt buiten de begroting {h.jaar}-{h.jaar + 4}",
                    bestand="artikelen.yaml",
                    regel=regel_van(ruw_artikelen[i]),
                )
    # the acceptance point: the articles add up to the chapter total the data set records
    for h in d.hoofdstukken:
        som = sum(
            b.bedrag
            for a in d.artikelen
            if a.hoofdstuk == h.code
            for b in a.bedragen
            if b.soort == Bedragsoort.UITGAVEN and b.jaar == h.jaar
        )
        if som != h.totaal:
            raise Laadfout(
                f"de artikelen van {h.code} tellen op tot {som // 1000} mln, het hoofdstuk "
                f"noemt {h.totaal // 1000} mln; verklaar het verschil in de gegevens",
                bestand="artikelen.yaml",
            )
    genoemd = [
        *(("agentschappen.yaml", i, a.hoofdstuk) for i, a in enumerate(d.agentschappen)),
        *(("risicoregelingen.yaml", i, r.hoofdstuk) for i, r in enumerate(d.risicoregelingen)),
        *(("bevindingen.yaml", i, b.hoofdstuk) for i, b in enumerate(d.bevindingen)),
    ]
    for bestand, i, hoofdstuk in genoemd:
        if hoofdstuk not in hoofdstukken:
            raise Laadfout(
                f"onbekend hoofdstuk '{hoofdstuk}'", bestand=bestand, regel=regel_van(ruw[bestand][i])
            )
    for bestand, codes in (
        ("agentschappen.yaml", [a.code for a in d.agentschappen]),
        ("risicoregelingen.yaml", [r.code for r in d.risicoregelingen]),
    ):
        if len(set(codes)) != len(codes):
            raise Laadfout("een code staat er twee keer", bestand=bestand)


def lees_map(map_: Path) -> Begrotingsdataset:
    """Read and validate the whole budget data set; raises Laadfout on the first problem."""
    if not map_.is_dir():
        raise Laadfout("map bestaat niet", bestand=str(map_))
    ruw: dict[str, list] = {}
    for naam in BESTANDEN:
        if not (map_ / naam).is_file():
            raise Laadfout(f"bestand ontbreekt in {map_}", bestand=naam)
        ruw[naam] = lees_records(map_ / naam)
    d = Begrotingsdataset(
        hoofdstukken=[
            _hoofdstuk("hoofdstukken.yaml", h, i + 1) for i, h in enumerate(ruw["hoofdstukken.yaml"])
        ],
        artikelen=[_artikel("artikelen.yaml", a) for a in ruw["artikelen.yaml"]],
        agentschappen=[_agentschap("agentschappen.yaml", a) for a in ruw["agentschappen.yaml"]],
        risicoregelingen=[_risico("risicoregelingen.yaml", r) for r in ruw["risicoregelingen.yaml"]],
        bevindingen=[_bevinding("bevindingen.yaml", b) for b in ruw["bevindingen.yaml"]],
    )
    _controleer(d, ruw["artikelen.yaml"], ruw)
    return d
