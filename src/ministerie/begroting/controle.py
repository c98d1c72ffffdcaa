"""The budget rules checked on proposed changes. Pure: no database, so the entry form (live,
through htmx), the API, the service and the tests all run the very same check.

A refusal names the rule and the numbers in plain Dutch.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from .models import Bedragsoort, Moment, Mutatie
from .regels import Regelset

S = Mutatie.Soort


@dataclass(frozen=True)
class Regelinvoer:
    artikel_id: int
    artikel_naam: str  # e.g. "VII art. 4 Energietransitie ..."
    hoofdstuk: str
    soort: str
    jaar: int
    bedrag: int  # thousands of euros


@dataclass(frozen=True)
class Mutatie_invoer:  # noqa: N801 - reads as the Dutch term
    soort: str
    titel: str
    regels: tuple[Regelinvoer, ...]


@dataclass(frozen=True)
class Overtreding:
    regel: str  # rule code, or "invoer" for plain input errors
    naam: str
    tekst: str
    uitzondering_mogelijk: bool = False


@dataclass
class Uitslag:
    overtredingen: list[Overtreding] = field(default_factory=list)
    markeringen: list[str] = field(default_factory=list)
    gemarkeerd: set[int] = field(default_factory=set)  # indexes of marked changes

    @property
    def toegestaan(self) -> bool:
        return not self.overtredingen

    def toegestaan_met_uitzondering(self) -> bool:
        return bool(self.overtredingen) and all(o.uitzondering_mogelijk for o in self.overtredingen)


def bedrag_tekst(duizenden: int, *, teken: bool = False) -> str:
    """12500 (thousands) -> '€ 12,5 mln'."""
    miljoen = duizenden / 1000
    tekst = f"{abs(miljoen):,.3f}".rstrip("0").rstrip(".")
    tekst = tekst.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")
    voorteken = "-" if duizenden < 0 else ("+" if teken and duizenden > 0 else "")
    return f"{voorteken}€ {tekst} mln"


MOMENTNAAM = dict(Moment.choices)
SOORTNAAM = dict(S.choices)


def _invoerfouten(mutaties: list[Mutatie_invoer], hoofdstuk: str, jaren: list[int]) -> list[Overtreding]:
    fouten = []
    for m in mutaties:
        naam = f"{SOORTNAAM.get(m.soort, m.soort)} '{m.titel}'"
        if m.soort not in S.values:
            fouten.append(Overtreding("invoer", "Invoer", f"Onbekende soort mutatie '{m.soort}'."))
            continue
        if not m.regels:
            fouten.append(Overtreding("invoer", "Invoer", f"{naam} heeft geen bedragen."))
        andere = {r.hoofdstuk for r in m.regels} - {hoofdstuk}
        if andere and m.soort != S.OVERBOEKING:
            fouten.append(
                Overtreding(
                    "invoer",
                    "Invoer",
                    f"{naam} raakt hoofdstuk {', '.join(sorted(andere))}; alleen een overboeking "
                    f"mag buiten hoofdstuk {hoofdstuk} boeken.",
                )
            )
        if len(andere) > 1:
            fouten.append(Overtreding("invoer", "Invoer", f"{naam} raakt meer dan twee hoofdstukken."))
        for r in m.regels:
            if r.jaar not in jaren:
                fouten.append(
                    Overtreding(
                        "invoer",
                        "Invoer",
                        f"{naam}: het jaar {r.jaar} valt buiten de begroting "
                        f"({jaren[0]} tot en met {jaren[-1]}).",
                    )
                )
            if r.bedrag == 0:
                fouten.append(Overtreding("invoer", "Invoer", f"{naam}: een bedrag is nul."))
            fouten.extend(_tekenfout(m, naam, r))
    return fouten


# Which direction each kind of change may move an amount (None: both directions).
_RICHTING: dict[str, dict[str, int]] = {
    S.MEEVALLER: {Bedragsoort.UITGAVEN: -1, Bedragsoort.VERPLICHTINGEN: -1, Bedragsoort.ONTVANGSTEN: 1},
    S.TEGENVALLER: {Bedragsoort.UITGAVEN: 1, Bedragsoort.VERPLICHTINGEN: 1, Bedragsoort.ONTVANGSTEN: -1},
    S.INTENSIVERING: {Bedragsoort.UITGAVEN: 1, Bedragsoort.VERPLICHTINGEN: 1},
    S.OMBUIGING: {Bedragsoort.UITGAVEN: -1, Bedragsoort.VERPLICHTINGEN: -1},
}
_UITLEG: dict[str, str] = {
    S.MEEVALLER: "een meevaller verlaagt uitgaven of verplichtingen, of verhoogt ontvangsten",
    S.TEGENVALLER: "een tegenvaller verhoogt uitgaven of verplichtingen, of verlaagt ontvangsten",
    S.INTENSIVERING: "een intensivering verhoogt uitgaven of verplichtingen",
    S.OMBUIGING: "een ombuiging verlaagt uitgaven of verplichtingen",
}


def _tekenfout(m: Mutatie_invoer, naam: str, r: Regelinvoer) -> list[Overtreding]:
    richting = _RICHTING.get(m.soort, {})
    if not richting or r.bedrag == 0:
        return []
    verwacht = richting.get(r.soort)
    if verwacht is None or (r.bedrag > 0) != (verwacht > 0):
        return [
            Overtreding(
                "invoer",
                "Invoer",
                f"{naam}: {bedrag_tekst(r.bedrag, teken=True)} op de {r.soort} van "
                f"{r.artikel_naam} in {r.jaar} past niet bij de soort ({_UITLEG[m.soort]}).",
            )
        ]
    return []


def _kasschuif(m: Mutatie_invoer) -> list[Overtreding]:
    per: dict[tuple[str, str], dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for r in m.regels:
        per[(r.artikel_naam, r.soort)][r.jaar] += r.bedrag
    fouten = []
    for (artikel, soort), jaren in per.items():
        saldo = sum(jaren.values())
        if saldo:
            reeks = ", ".join(f"{j}: {bedrag_tekst(b, teken=True)}" for j, b in sorted(jaren.items()))
            fouten.append(
                Overtreding(
                    "kasschuif_saldo_nul",
                    "Kasschuif sluit over de jaren",
                    f"De kasschuif '{m.titel}' sluit niet: op {artikel} ({soort}) is het saldo "
                    f"over de jaren {bedrag_tekst(saldo, teken=True)} ({reeks}). Een kasschuif "
                    f"verschuift geld tussen jaren; het saldo moet nul zijn.",
                )
            )
    return fouten


def _overboeking(m: Mutatie_invoer) -> list[Overtreding]:
    fouten = []
    artikelen = {r.artikel_id for r in m.regels}
    if len(artikelen) < 2:
        fouten.append(
            Overtreding(
                "overboeking_saldo_nul",
                "Overboeking sluit over beide kanten",
                f"De overboeking '{m.titel}' heeft maar één kant: boek van het ene artikel "
                f"(negatief) naar het andere (positief).",
            )
        )
    per: dict[tuple[str, int], int] = defaultdict(int)
    for r in m.regels:
        per[(r.soort, r.jaar)] += r.bedrag
    for (soort, jaar), saldo in sorted(per.items()):
        if saldo:
            af = sum(-r.bedrag for r in m.regels if (r.soort, r.jaar) == (soort, jaar) and r.bedrag < 0)
            bij = sum(r.bedrag for r in m.regels if (r.soort, r.jaar) == (soort, jaar) and r.bedrag > 0)
            fouten.append(
                Overtreding(
                    "overboeking_saldo_nul",
                    "Overboeking sluit over beide kanten",
                    f"De overboeking '{m.titel}' sluit niet in {jaar} ({soort}): er gaat "
                    f"{bedrag_tekst(af)} af en {bedrag_tekst(bij)} bij, saldo "
                    f"{bedrag_tekst(saldo, teken=True)}. Beide kanten moeten samen nul zijn.",
                )
            )
    return fouten


def _uitgaven_per_jaar(mutaties: list[Mutatie_invoer], hoofdstuk: str) -> dict[int, int]:
    saldo: dict[int, int] = defaultdict(int)
    for m in mutaties:
        for r in m.regels:
            if r.hoofdstuk == hoofdstuk and r.soort == Bedragsoort.UITGAVEN:
                saldo[r.jaar] += r.bedrag
    return saldo


def _eigen_broek(
    mutaties: list[Mutatie_invoer],
    bestaand: dict[tuple[str, int], int],
    regelset: Regelset,
) -> list[Overtreding]:
    regel = regelset.regel("eigen_broek_ophouden")
    fouten = []
    betrokken = sorted({r.hoofdstuk for m in mutaties if m.soort in regel.soorten for r in m.regels})
    for hoofdstuk in betrokken:
        nieuw = _uitgaven_per_jaar(mutaties, hoofdstuk)
        problemen = _uitgaven_per_jaar([m for m in mutaties if m.soort in regel.soorten], hoofdstuk)
        jaren = sorted(set(nieuw) | {j for (h, j) in bestaand if h == hoofdstuk})
        for jaar in jaren:
            saldo = bestaand.get((hoofdstuk, jaar), 0) + nieuw.get(jaar, 0)
            if saldo > 0 and problemen.get(jaar, 0) > 0:
                dekking = problemen[jaar] - saldo
                soortnamen = " of ".join(SOORTNAAM[s].lower() for s in regel.soorten)
                fouten.append(
                    Overtreding(
                        "eigen_broek_ophouden",
                        "Eigen broek ophouden",
                        f"Eigen broek ophouden: de {soortnamen} van "
                        f"{bedrag_tekst(problemen[jaar])} op hoofdstuk {hoofdstuk} in {jaar} is "
                        f"niet gedekt binnen het hoofdstuk in deze stand. Per saldo stijgen de "
                        f"uitgaven van hoofdstuk {hoofdstuk} in {jaar} met {bedrag_tekst(saldo)} "
                        f"(dekking binnen het hoofdstuk: {bedrag_tekst(max(dekking, 0))}). Dek "
                        f"het tekort met een ombuiging, een meevaller op de uitgaven of een "
                        f"kasschuif binnen hoofdstuk {hoofdstuk}; meevallers op de ontvangsten "
                        f"tellen niet mee. Alleen FEZ kan een uitzondering met redenen vastleggen.",
                        uitzondering_mogelijk=regel.uitzondering_mogelijk,
                    )
                )
    return fouten


def _scheiding(mutaties: list[Mutatie_invoer]) -> list[Overtreding]:
    meevallers: dict[int, int] = defaultdict(int)
    for m in mutaties:
        if m.soort == S.MEEVALLER:
            for r in m.regels:
                if r.soort == Bedragsoort.ONTVANGSTEN and r.bedrag > 0:
                    meevallers[r.jaar] += r.bedrag
    fouten = []
    for jaar, meevaller in sorted(meevallers.items()):
        stijging = sum(
            r.bedrag for m in mutaties for r in m.regels if r.jaar == jaar and r.soort == Bedragsoort.UITGAVEN
        )
        if stijging > 0:
            fouten.append(
                Overtreding(
                    "scheiding_inkomsten_uitgaven",
                    "Scheiding van inkomsten en uitgaven",
                    f"Scheiding van inkomsten en uitgaven: de meevaller van "
                    f"{bedrag_tekst(meevaller)} op de ontvangsten in {jaar} mag niet worden "
                    f"gebruikt om uitgaven te betalen, maar in deze invoer stijgen de uitgaven "
                    f"in {jaar} tegelijk met {bedrag_tekst(stijging)}. Voer de meevaller apart "
                    f"in; een meevaller bij de ontvangsten gaat naar het saldo (aflossing), niet "
                    f"naar nieuw beleid.",
                )
            )
    return fouten


def controleer(
    mutaties: list[Mutatie_invoer],
    *,
    hoofdstuk: str,
    jaren: list[int],
    moment: str,
    regelset: Regelset,
    bestaand_uitgaven: dict[tuple[str, int], int] | None = None,
) -> Uitslag:
    """Check a set of changes for one moment of one chapter.

    ``bestaand_uitgaven``: the net change of uitgaven per (chapter, year) of the changes already
    in this moment (for "eigen broek ophouden": cover may have been entered before).
    """
    uitslag = Uitslag()
    uitslag.overtredingen += _invoerfouten(mutaties, hoofdstuk, jaren)
    if uitslag.overtredingen:
        return uitslag
    for m in mutaties:
        if m.soort == S.KASSCHUIF and regelset.aan("kasschuif_saldo_nul"):
            uitslag.overtredingen += _kasschuif(m)
        if m.soort == S.OVERBOEKING and regelset.aan("overboeking_saldo_nul"):
            uitslag.overtredingen += _overboeking(m)
    if regelset.aan("scheiding_inkomsten_uitgaven"):
        uitslag.overtredingen += _scheiding(mutaties)
    if regelset.aan("eigen_broek_ophouden"):
        uitslag.overtredingen += _eigen_broek(mutaties, bestaand_uitgaven or {}, regelset)
    if regelset.aan("een_besluitvormingsmoment"):
        regel = regelset.regel("een_besluitvormingsmoment")
        for i, m in enumerate(mutaties):
            if m.soort in regel.besluiten and moment != regel.moment:
                uitslag.gemarkeerd.add(i)
                uitslag.markeringen.append(
                    f"Let op: '{m.titel}' ({SOORTNAAM[m.soort].lower()}) is een besluit buiten "
                    f"het besluitvormingsmoment ({MOMENTNAAM[regel.moment]}); het wordt "
                    f"ingevoerd in de {MOMENTNAAM[moment].lower()} en gemarkeerd."
                )
    return uitslag
