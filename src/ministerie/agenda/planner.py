"""The planner of the introduction programme (dossier 1.1-1.2): from the rules in
introductie.yaml and the organisation register (the portfolio's DGs, directies, agencies and
zbo's, through the unit tree and the steering model) to a list of proposed appointments around
the fixed meetings and what is already in the agenda, on working days only (the holiday calendar
of ``ministerie.termijnen``), with a list of what did not fit and why.

It writes nothing: ``services.plan_introductie`` stores the plan.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from ministerie.bestanden.gegevensbestand import Laadfout, lees_yaml
from ministerie.core.rubricering import Rubricering
from ministerie.organisatie.models import Eenheid, Persoon, Sturingsrol
from ministerie.termijnen import is_werkdag, naam_vrije_dag

from .bezetting import Item
from .models import Soort
from .tijd import lokaal, maak_moment

REGELS = Path(__file__).with_name("introductie.yaml")
UITVOERING = (
    Eenheid.Soort.AGENTSCHAP,
    Eenheid.Soort.ZBO,
    Eenheid.Soort.OVERHEIDSDIENST,
    Eenheid.Soort.SSO,
)
STAP = timedelta(minutes=15)


@dataclass(frozen=True)
class Wensen:
    """The bewindspersoon's wishes: a later start or earlier end of the day, weekdays (0=Monday)
    and dates without introduction appointments."""

    begin: time | None = None
    eind: time | None = None
    vrije_weekdagen: frozenset[int] = frozenset()
    vrije_dagen: frozenset[date] = frozenset()


@dataclass(frozen=True)
class Voorstel:
    titel: str
    soort: str
    begin: datetime
    eind: datetime
    plaats: str = ""
    eenheid: Eenheid | None = None
    rubricering: int = Rubricering.INTERN
    omschrijving: str = ""


@dataclass(frozen=True)
class NietGepland:
    titel: str
    soort: str
    eenheid: str
    reden: str


@dataclass
class Plan:
    afspraken: list[Voorstel] = field(default_factory=list)
    niet_gepland: list[NietGepland] = field(default_factory=list)


def _tijd(tekst: Any, waar: str) -> time:
    try:
        uur, minuut = (int(d) for d in str(tekst).split(":"))
        return time(uur, minuut)
    except ValueError:
        raise Laadfout(f"{waar}: '{tekst}' is geen tijd (UU:MM)", bestand=REGELS.name) from None


@lru_cache(maxsize=4)
def _lees_regels(pad: Path, _mtime: float) -> dict[str, Any]:
    regels = lees_yaml(pad)
    if not isinstance(regels, dict):
        raise Laadfout("verwacht een mapping met de regels", bestand=pad.name, regel=1)
    for sleutel in ("werktijd", "beediging", "constituerend_beraad", "onderdelen", "portefeuilles"):
        if sleutel not in regels:
            raise Laadfout(f"'{sleutel}' ontbreekt", bestand=pad.name, regel=1)
    for naam in (
        "sg",
        "overdracht",
        "aivd",
        "werkwijze",
        "dg",
        "directie",
        "uitvoering",
        "extern",
        "hoog_college",
        "werkbezoek",
    ):
        onderdeel = regels["onderdelen"].get(naam)
        if (
            not isinstance(onderdeel, dict)
            or not isinstance(onderdeel.get("duur"), int)
            or onderdeel["duur"] < 5
        ):
            raise Laadfout(
                f"onderdeel '{naam}' heeft geen duur in minuten",
                bestand=pad.name,
                regel=getattr(onderdeel, "regel", 1),
            )
    return dict(regels)


def regels(pad: Path = REGELS) -> dict[str, Any]:
    return _lees_regels(pad, pad.stat().st_mtime)


# --- the portfolio from the register ----------------------------------------------------------------


def _onder(wortels: Iterable[Eenheid]) -> list[Eenheid]:
    pks = Eenheid.objects.met_onderliggende([e.pk for e in wortels])
    return list(Eenheid.objects.filter(pk__in=pks).select_related("bovenliggende"))


def _voorouders(eenheid: Eenheid, per_pk: dict[int, Eenheid]) -> Iterator[Eenheid]:
    huidige = per_pk.get(eenheid.bovenliggende_id) if eenheid.bovenliggende_id else None
    while huidige is not None:
        yield huidige
        huidige = per_pk.get(huidige.bovenliggende_id) if huidige.bovenliggende_id else None


@dataclass(frozen=True)
class Portefeuille:
    dgs: list[Eenheid]
    directies: list[Eenheid]
    uitvoering: list[Eenheid]
    alle: bool


def portefeuille(eenheid: Eenheid, r: dict[str, Any] | None = None) -> Portefeuille:
    """The portfolio's DGs, directies and executive organisations, from the rules (which DGs)
    and the register (what lies below them; whom they own or commission)."""
    r = r or regels()
    spec = (r.get("portefeuilles") or {}).get(eenheid.code) or {"dgs": "alle"}
    ministerie = eenheid
    while ministerie.bovenliggende_id is not None and ministerie.soort != Eenheid.Soort.MINISTERIE:
        ministerie = ministerie.bovenliggende  # type: ignore[assignment]
    boom = _onder([ministerie])
    per_pk = {e.pk: e for e in boom}
    alle = spec.get("dgs") == "alle"
    if alle:
        dgs = [e for e in boom if e.soort == Eenheid.Soort.DIRECTORAAT_GENERAAL]
    else:
        codes = list(spec.get("dgs") or [])
        dgs = [e for e in boom if e.code in codes and e.soort == Eenheid.Soort.DIRECTORAAT_GENERAAL]
    dg_pks = {d.pk for d in dgs}
    sg_pks = {e.pk for e in boom if e.soort == Eenheid.Soort.SECRETARIS_GENERAAL}

    def binnen(e: Eenheid) -> bool:
        voorouders = list(_voorouders(e, per_pk))
        if any(v.soort in UITVOERING for v in voorouders):
            return False  # a directie of an agency is met with its agency
        if any(v.pk in dg_pks for v in voorouders):
            return True
        return alle and not any(v.soort == Eenheid.Soort.DIRECTORAAT_GENERAAL for v in voorouders)

    directies = [e for e in boom if e.soort == Eenheid.Soort.DIRECTIE and binnen(e)]
    gestuurd = set(
        Sturingsrol.objects.filter(
            eenheid_id__in=dg_pks | (sg_pks if alle else set()),
            rol__in=[Sturingsrol.Rol.EIGENAAR, Sturingsrol.Rol.OPDRACHTGEVER],
        ).values_list("organisatie_id", flat=True)
    )
    uitvoering = [e for e in boom if e.soort in UITVOERING and (e.pk in gestuurd or binnen(e))]
    volgorde = {e.pk: i for i, e in enumerate(boom)}
    sorteer = lambda lijst: sorted(lijst, key=lambda e: (e.volgorde, volgorde[e.pk]))  # noqa: E731
    return Portefeuille(sorteer(dgs), sorteer(directies), sorteer(uitvoering), alle)


# --- finding free time ---------------------------------------------------------------------------------


class _Rooster:
    """The busy time of the agenda plus what the planner has placed so far."""

    def __init__(self, bezet: list[Item], r: dict[str, Any], wensen: Wensen) -> None:
        self.bezet: list[tuple[datetime, datetime]] = [(i.bezet_van, i.bezet_tot) for i in bezet]
        self.pauze = timedelta(minutes=int(r.get("tussenpauze", 15)))
        self.max_per_dag = int(r.get("max_per_dag", 4))
        werktijd = r["werktijd"]
        self.begin = max(_tijd(werktijd["begin"], "werktijd"), wensen.begin or time(0))
        self.eind = min(_tijd(werktijd["eind"], "werktijd"), wensen.eind or time(23, 59))
        self.wensen = wensen
        self.per_dag: Counter[date] = Counter()

    def werkdag(self, dag: date) -> bool:
        return (
            is_werkdag(dag)
            and dag.weekday() not in self.wensen.vrije_weekdagen
            and dag not in self.wensen.vrije_dagen
        )

    def vrij(self, begin: datetime, eind: datetime) -> bool:
        van, tot = begin - self.pauze, eind + self.pauze
        return all(not (b < tot and van < e) for b, e in self.bezet)

    def zoek(
        self,
        dag: date,
        duur: int,
        *,
        na: time | None = None,
        voor: datetime | None = None,
        tel: bool = True,
        ook_vrije_dag: bool = False,
    ) -> tuple[datetime, datetime] | None:
        """The first free slot of ``duur`` minutes on ``dag`` within working hours. Only on a
        working day, unless ``ook_vrije_dag`` (the AIVD talk on a swearing-in on a holiday)."""
        if not (ook_vrije_dag or self.werkdag(dag)) or (tel and self.per_dag[dag] >= self.max_per_dag):
            return None
        begin = maak_moment(dag, max(self.begin, na or time(0)))
        einde_dag = maak_moment(dag, self.eind)
        lengte = timedelta(minutes=duur)
        while begin + lengte <= einde_dag:
            if (voor is None or begin + lengte <= voor) and self.vrij(begin, begin + lengte):
                return begin, begin + lengte
            begin += STAP
        return None

    def neem(self, begin: datetime, eind: datetime, *, tel: bool = True) -> None:
        self.bezet.append((begin, eind))
        if tel:
            self.per_dag[lokaal(begin).date()] += 1


def werkdagen_vanaf(dag: date, aantal: int) -> list[date]:
    """The first ``aantal`` working days from ``dag`` (inclusive)."""
    dagen: list[date] = []
    while len(dagen) < aantal:
        if is_werkdag(dag):
            dagen.append(dag)
        dag += timedelta(days=1)
    return dagen


def vorige_werkdag(dag: date, stappen: int = 1) -> date:
    for _ in range(stappen):
        dag -= timedelta(days=1)
        while not is_werkdag(dag):
            dag -= timedelta(days=1)
    return dag


# --- the plan ------------------------------------------------------------------------------------------


def sleutel(soort: str, titel: str, eenheid: str = "") -> tuple[str, str]:
    """What makes a part of the programme the same part: its kind and unit, or its kind and title."""
    return (str(soort), eenheid or titel)


def plan(
    persoon: Persoon,
    eenheid: Eenheid,
    beediging: date,
    bezet: list[Item],
    wensen: Wensen | None = None,
    r: dict[str, Any] | None = None,
    al_gepland: Collection[tuple[str, str]] = (),
) -> Plan:
    """The programme. ``al_gepland``: parts kept from an earlier plan (changed by hand), as
    ``sleutel(soort, titel, eenheid)``; they are not planned again."""
    r = r or regels()
    wensen = wensen or Wensen()
    onderdelen = r["onderdelen"]
    rooster = _Rooster(bezet, r, wensen)
    uitkomst = Plan()
    gepland = set(al_gepland)

    def nodig(soort: str, titel: str, e: Eenheid | None = None) -> bool:
        return sleutel(soort, titel, e.code if e is not None else "") not in gepland

    def voorstel(
        naam: str,
        soort: str,
        slot: tuple[datetime, datetime],
        titel: str,
        e: Eenheid | None = None,
        omschrijving: str = "",
    ) -> None:
        spec = onderdelen[naam]
        plaats = str(spec.get("plaats", "")) or (
            e.naam if e is not None and soort == Soort.WERKBEZOEK else ""
        )
        uitkomst.afspraken.append(
            Voorstel(titel, soort, slot[0], slot[1], plaats, e, omschrijving=omschrijving)
        )

    def niet(titel: str, soort: str, e: Eenheid | None, reden: str) -> None:
        uitkomst.niet_gepland.append(NietGepland(titel, soort, e.code if e is not None else "", reden))

    # the swearing-in itself: blocked, not an appointment of the ministry
    ceremonie = r["beediging"]
    rooster.neem(
        maak_moment(beediging, _tijd(ceremonie["begin"], "beediging")),
        maak_moment(beediging, _tijd(ceremonie["eind"], "beediging")),
        tel=False,
    )

    # 1.1: the SG before the constituerend beraad
    cb = r["constituerend_beraad"]
    cb_dag = vorige_werkdag(beediging, int(cb.get("werkdagen_voor_beediging", 1)))
    cb_begin = maak_moment(cb_dag, _tijd(cb["begin"], "constituerend_beraad"))
    sg = onderdelen["sg"]
    slot = None
    for dag in [cb_dag, *(vorige_werkdag(cb_dag, n) for n in range(1, 6))]:
        if (slot := rooster.zoek(dag, sg["duur"], voor=cb_begin)) is not None:
            break
    if not nodig(Soort.SG, sg["titel"]):
        pass
    elif slot is not None:
        rooster.neem(*slot)
        voorstel("sg", Soort.SG, slot, sg["titel"])
    else:
        niet(
            sg["titel"], Soort.SG, None, "geen vrije tijd in de vijf werkdagen vóór het constituerend beraad"
        )

    # 1.1: the handover on the day of the swearing-in. A swearing-in on a day that is no working
    # day (a public holiday, a weekend) moves it to the first working day after: apart from the
    # AIVD talk, the programme lies on working days only.
    overdracht = onderdelen["overdracht"]
    einde_ceremonie = _tijd(ceremonie["eind"], "beediging")
    vrije_dag = naam_vrije_dag(beediging)
    overdrachtsdag = beediging if vrije_dag is None else werkdagen_vanaf(beediging, 1)[0]
    slot = rooster.zoek(overdrachtsdag, overdracht["duur"], na=einde_ceremonie, tel=False) or rooster.zoek(
        overdrachtsdag, overdracht["duur"], tel=False
    )
    if not nodig(Soort.OVERDRACHT, overdracht["titel"]):
        pass
    elif slot is not None:
        rooster.neem(*slot)
        voorstel(
            "overdracht",
            Soort.OVERDRACHT,
            slot,
            overdracht["titel"],
            omschrijving=(
                f"De beëdiging valt op een vrije dag ({vrije_dag}); het overdrachtsgesprek staat op "
                "de eerste werkdag erna."
                if vrije_dag
                else ""
            ),
        )
    else:
        niet(
            overdracht["titel"],
            Soort.OVERDRACHT,
            None,
            "geen vrije tijd op de dag van de beëdiging"
            if vrije_dag is None
            else "geen vrije tijd op de eerste werkdag na de beëdiging",
        )

    # 1.2: the AIVD on the day of the swearing-in ("op de dag van de beëdiging of zo snel mogelijk
    # hierna"), also when that day is a holiday or in a weekend: from the swearing-in the
    # bewindspersoon decides on urgent requests for special powers. Failing that, as soon as
    # possible: the first five working days after it.
    pf = portefeuille(eenheid, r)
    aivd = onderdelen["aivd"]
    aivd_eenheid = next((d for d in pf.dgs if d.code == aivd.get("eenheid")), None)
    if aivd_eenheid is not None and nodig(Soort.AIVD, aivd["titel"], aivd_eenheid):
        slot = rooster.zoek(beediging, aivd["duur"], na=einde_ceremonie, tel=False, ook_vrije_dag=True)
        dagen = werkdagen_vanaf(beediging + timedelta(days=1), 5)
        for dag in dagen:
            if slot is not None:
                break
            slot = rooster.zoek(dag, aivd["duur"], tel=False)
        if slot is not None:
            rooster.neem(*slot)
            voorstel(
                "aivd",
                Soort.AIVD,
                slot,
                aivd["titel"],
                aivd_eenheid,
                omschrijving=(
                    f"Op de dag van de beëdiging, ook al is dat geen werkdag ({vrije_dag}): dossier 1.2."
                    if vrije_dag and lokaal(slot[0]).date() == beediging
                    else ""
                ),
            )
        else:
            niet(
                aivd["titel"],
                Soort.AIVD,
                aivd_eenheid,
                "geen vrije tijd op de dag van de beëdiging of de vijf werkdagen erna",
            )

    eerste_werkdag = werkdagen_vanaf(beediging + timedelta(days=1), 1)[0]
    werkwijze = onderdelen["werkwijze"]
    slot = rooster.zoek(eerste_werkdag, werkwijze["duur"], tel=False)
    if not nodig(Soort.AFSPRAAK, werkwijze["titel"]):
        pass
    elif slot is not None:
        rooster.neem(*slot)
        voorstel("werkwijze", Soort.AFSPRAAK, slot, werkwijze["titel"])
    else:
        niet(werkwijze["titel"], Soort.AFSPRAAK, None, "geen vrije tijd op de eerste werkdag na de beëdiging")

    def reeks_plannen(
        naam: str, soort: str, wie: list[tuple[str, Eenheid | None]], *, per_week: int = 0
    ) -> None:
        spec = onderdelen[naam]
        binnen = int(spec.get("binnen_werkdagen", 20))
        vanaf = int(spec.get("vanaf_werkdagen", 0))
        dagen = werkdagen_vanaf(beediging + timedelta(days=1), binnen)[vanaf:]
        per_week_geteld: Counter[tuple[int, int]] = Counter()
        for naam_item, e in wie:
            titel = str(spec["titel"]).format(naam=naam_item)
            if not nodig(soort, titel, e):
                continue
            gevonden = None
            week_vol = False
            for dag in dagen:
                week = dag.isocalendar()[:2]
                if per_week and per_week_geteld[week] >= per_week:
                    week_vol = True
                    continue
                if (gevonden := rooster.zoek(dag, spec["duur"])) is not None:
                    per_week_geteld[week] += 1
                    break
            if gevonden is None:
                if week_vol:
                    reden = (
                        f"hoogstens {per_week} per week en de weken binnen {binnen} werkdagen na de "
                        "beëdiging zijn vol"
                    )
                else:
                    reden = (
                        f"geen vrije tijd binnen {binnen} werkdagen na de beëdiging (vaste overleggen, "
                        f"andere afspraken of al {rooster.max_per_dag} afspraken van het programma per dag)"
                    )
                niet(titel, soort, e, reden)
                continue
            rooster.neem(*gevonden)
            voorstel(naam, soort, gevonden, titel, e)

    reeks_plannen("dg", Soort.KENNISMAKING, [(d.naam, d) for d in pf.dgs])
    reeks_plannen("directie", Soort.KENNISMAKING, [(d.naam, d) for d in pf.directies])
    reeks_plannen("uitvoering", Soort.KENNISMAKING, [(d.naam, d) for d in pf.uitvoering])
    reeks_plannen("extern", Soort.EXTERN, [(str(n), None) for n in r.get("extern") or []])
    reeks_plannen("hoog_college", Soort.HOOG_COLLEGE, [(str(n), None) for n in r.get("hoge_colleges") or []])
    codes = {d.code: d for d in [*pf.dgs, *pf.uitvoering]}
    bezoeken: list[tuple[str, Eenheid | None]] = []
    for item in r.get("werkbezoeken") or []:
        if item.get("eenheid") in codes:
            bezoeken.append((str(item["naam"]), codes[item["eenheid"]]))
    bezoeken += [(e.naam, e) for e in pf.uitvoering]
    reeks_plannen(
        "werkbezoek", Soort.WERKBEZOEK, bezoeken, per_week=int(onderdelen["werkbezoek"].get("per_week", 1))
    )
    uitkomst.afspraken.sort(key=lambda v: v.begin)
    return uitkomst
