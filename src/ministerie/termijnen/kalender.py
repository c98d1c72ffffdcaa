"""The legal calendar: Saturdays, Sundays and algemeen erkende feestdagen (Atw art. 3)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from types import MappingProxyType

from dateutil.easter import easter

from .aangewezen_dagen import aangewezen_dagen
from .fouten import KalenderFout

# Before 1990 the list of feestdagen and the day of Koninginnedag differ in ways this
# calendar does not model (5 May was added to art. 3 in the 1980s).
EERSTE_JAAR = 1990
LAATSTE_JAAR = 2999

ATW_3_1 = "Atw art. 3 lid 1"
ATW_3_2 = "Atw art. 3 lid 2"
ATW_3_3 = "Atw art. 3 lid 3"

_WEEKEND = {5: "zaterdag", 6: "zondag"}


@dataclass(frozen=True)
class Feestdag:
    datum: date
    naam: str
    grondslag: str
    bron: str | None = None


def controleer_jaar(jaar: int) -> None:
    if not EERSTE_JAAR <= jaar <= LAATSTE_JAAR:
        raise KalenderFout(
            f"Het jaar {jaar} valt buiten de kalender; die kent de jaren "
            f"{EERSTE_JAAR} tot en met {LAATSTE_JAAR}."
        )


def _koningsdag(jaar: int) -> tuple[date, str]:
    """The day on which the King's (before 2014: the Queen's) birthday is celebrated."""
    if jaar >= 2014:
        dag = date(jaar, 4, 27)
        naam = "Koningsdag"
    else:
        dag = date(jaar, 4, 30)
        naam = "Koninginnedag"
    if dag.weekday() == 6:  # never celebrated on a Sunday: the Saturday before
        dag -= timedelta(days=1)
    return dag, naam


@lru_cache(maxsize=256)
def _feestdagen(jaar: int) -> Mapping[date, Feestdag]:
    controleer_jaar(jaar)
    pasen = easter(jaar)
    koningsdag, naam_koningsdag = _koningsdag(jaar)
    wettelijk = [
        (date(jaar, 1, 1), "Nieuwjaarsdag", ATW_3_1),
        (pasen - timedelta(days=2), "Goede Vrijdag", ATW_3_2),
        (pasen + timedelta(days=1), "tweede Paasdag", ATW_3_1),
        (koningsdag, naam_koningsdag, ATW_3_1),
        (date(jaar, 5, 5), "Bevrijdingsdag", ATW_3_1),
        (pasen + timedelta(days=39), "Hemelvaartsdag", ATW_3_1),
        (pasen + timedelta(days=50), "tweede Pinksterdag", ATW_3_1),
        (date(jaar, 12, 25), "eerste Kerstdag", ATW_3_1),
        (date(jaar, 12, 26), "tweede Kerstdag", ATW_3_1),
    ]
    dagen: dict[date, Feestdag] = {}
    for datum, naam, grondslag in wettelijk:
        _voeg_toe(dagen, Feestdag(datum, naam, grondslag))
    for aangewezen in aangewezen_dagen().dagen.values():
        if aangewezen.datum.year == jaar:
            _voeg_toe(
                dagen,
                Feestdag(aangewezen.datum, aangewezen.omschrijving, ATW_3_3, aangewezen.bron),
            )
    return MappingProxyType(dict(sorted(dagen.items())))


def _voeg_toe(dagen: dict[date, Feestdag], nieuw: Feestdag) -> None:
    # Two feestdagen can coincide (Hemelvaartsdag on 5 May, as in 2005 and 2016).
    bestaand = dagen.get(nieuw.datum)
    if bestaand is None:
        dagen[nieuw.datum] = nieuw
    else:
        dagen[nieuw.datum] = Feestdag(
            nieuw.datum,
            f"{bestaand.naam} en {nieuw.naam}",
            bestaand.grondslag
            if bestaand.grondslag == nieuw.grondslag
            else f"{bestaand.grondslag}; {nieuw.grondslag}",
            bestaand.bron or nieuw.bron,
        )


def feestdagen(jaar: int) -> dict[date, str]:
    """All feestdagen of ``jaar`` in the sense of the Atw, with their names, in date order."""
    return {datum: dag.naam for datum, dag in _feestdagen(jaar).items()}


def feestdag(datum: date) -> Feestdag | None:
    return _feestdagen(datum.year).get(datum)


def is_feestdag(datum: date) -> bool:
    return feestdag(datum) is not None


def is_vrije_dag(datum: date) -> bool:
    """Saturday, Sunday or feestdag: a day on which an Atw term cannot end."""
    return datum.weekday() in _WEEKEND or is_feestdag(datum)


def is_werkdag(datum: date) -> bool:
    return not is_vrije_dag(datum)


def naam_vrije_dag(datum: date) -> str | None:
    """The name of the feestdag, else "zaterdag" or "zondag"; None on a working day."""
    dag = feestdag(datum)
    if dag is not None:
        return dag.naam
    return _WEEKEND.get(datum.weekday())


def beschrijf_vrije_dag(datum: date) -> str | None:
    """Why ``datum`` is no working day, with the article: "tweede Paasdag (Atw art. 3 lid 1)"."""
    dag = feestdag(datum)
    weekend = _WEEKEND.get(datum.weekday())
    if dag is None:
        return f"een {weekend}" if weekend else None
    omschrijving = f"{dag.naam} ({dag.grondslag})"
    if dag.bron:
        omschrijving = f"{dag.naam}, gelijkgesteld met een feestdag ({dag.grondslag}; {dag.bron})"
    return f"een {weekend} en {omschrijving}" if weekend else omschrijving


def eerste_werkdag_vanaf(datum: date) -> date:
    """``datum`` itself when it is a working day, else the next working day."""
    while is_vrije_dag(datum):
        datum += timedelta(days=1)
    return datum


def volgende_werkdag(datum: date) -> date:
    """The first working day strictly after ``datum``."""
    return eerste_werkdag_vanaf(datum + timedelta(days=1))


def werkdagen_na(begin: date, einde: date) -> int:
    """The number of working days from the day after ``begin`` up to and including ``einde``."""
    dagen = (begin + timedelta(days=n) for n in range(1, (einde - begin).days + 1))
    return sum(1 for dag in dagen if is_werkdag(dag))


def aangewezen_dagen_verwerkt(jaar: int) -> bool:
    """Whether the royal decrees of art. 3 lid 3 for ``jaar`` are in the data file."""
    return aangewezen_dagen().verwerkt(jaar)
