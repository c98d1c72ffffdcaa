"""Turns the term of a commitment as it was said ("voor de zomer", "binnen zes weken",
"Q3 2027") into a date. Plain Python, no Django.

The rules are data (``REGELS``: a pattern and a function). Recess dates are set by each Kamer
every year, so they are kept in a table (``RECESSEN``); for a year without an entry a documented
fallback is used and the explanation says so:
  - zomerreces begins on the first Friday of July;
  - kerstreces begins on the Friday between 17 and 23 December.
(Both fallbacks give the recess dates the Tweede Kamer set for 2023-2026.)

Phrases without a year refer to the first such moment on or after the day the commitment was
made ("voor de zomer" said in September means next summer).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

MAANDEN = {
    naam: nummer
    for nummer, naam in enumerate(
        [
            "januari",
            "februari",
            "maart",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december",
        ],
        start=1,
    )
}
GETALLEN = {
    "een": 1,
    "één": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
}
KWARTALEN = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4}

# (kamer, jaar, reces) -> (eerste dag, laatste dag), as set by the Kamer (recesregeling).
# Source: Tweede Kamer, recesdata per jaar (tweedekamer.nl, "Recessen"). Check before relying on
# a new year's entry; a missing year uses the fallback above.
RECESSEN: dict[tuple[str, int, str], tuple[date, date]] = {
    ("TK", 2024, "zomer"): (date(2024, 7, 5), date(2024, 9, 2)),
    ("TK", 2024, "kerst"): (date(2024, 12, 20), date(2025, 1, 13)),
    ("TK", 2025, "zomer"): (date(2025, 7, 4), date(2025, 9, 1)),
    ("TK", 2025, "kerst"): (date(2025, 12, 19), date(2026, 1, 12)),
    ("TK", 2026, "zomer"): (date(2026, 7, 3), date(2026, 8, 31)),
    ("TK", 2026, "kerst"): (date(2026, 12, 18), date(2027, 1, 11)),
}


class OnbekendeTermijn(ValueError):
    """The phrase matches no rule; the message lists what is understood."""


@dataclass(frozen=True)
class Afleiding:
    datum: date
    uitleg: str


def _eerste_vrijdag_juli(jaar: int) -> date:
    dag = date(jaar, 7, 1)
    return dag + timedelta(days=(4 - dag.weekday()) % 7)


def _kerstvrijdag(jaar: int) -> date:
    dag = date(jaar, 12, 17)
    return dag + timedelta(days=(4 - dag.weekday()) % 7)


def recesbegin(soort: str, jaar: int, kamer: str = "TK") -> tuple[date, str]:
    """First day of the summer or Christmas recess, and where that date comes from."""
    vastgesteld = RECESSEN.get((kamer, jaar, soort)) or RECESSEN.get(("TK", jaar, soort))
    if vastgesteld:
        return vastgesteld[0], f"{soort}reces {jaar} begint {_d(vastgesteld[0])} (recesregeling)"
    begin = _eerste_vrijdag_juli(jaar) if soort == "zomer" else _kerstvrijdag(jaar)
    regel = "eerste vrijdag van juli" if soort == "zomer" else "vrijdag tussen 17 en 23 december"
    return begin, f"{soort}reces {jaar} nog niet vastgesteld; aangenomen begin {_d(begin)} ({regel})"


def prinsjesdag(jaar: int) -> date:
    """Third Tuesday of September (Grondwet art. 65)."""
    dag = date(jaar, 9, 1)
    eerste_dinsdag = dag + timedelta(days=(1 - dag.weekday()) % 7)
    return eerste_dinsdag + timedelta(weeks=2)


def _d(datum: date) -> str:
    maand = [k for k, v in MAANDEN.items() if v == datum.month][0]
    return f"{datum.day} {maand} {datum.year}"


def _plus_maanden(datum: date, maanden: int) -> date:
    jaar, maand = divmod(datum.month - 1 + maanden, 12)
    jaar += datum.year
    dag = min(datum.day, calendar.monthrange(jaar, maand + 1)[1])
    return date(jaar, maand + 1, dag)


def _getal(tekst: str) -> int:
    return int(tekst) if tekst.isdigit() else GETALLEN[tekst]


# Each rule: a regular expression over the normalised phrase, and a function
# (match, gedaan_op, jaar or None, kamer) -> (datum, uitleg). With jaar None, the rule is tried
# for the year of the commitment and, if that date has passed, the next year.
Regelfunctie = Callable[[re.Match[str], date, int, str], tuple[date, str]]
JAAR = r"(?:\s+(?P<jaar>\d{4}))?"


def _voor_reces(soort: str) -> Regelfunctie:
    def regel(m: re.Match[str], gedaan: date, jaar: int, kamer: str) -> tuple[date, str]:
        begin, bron = recesbegin(soort, jaar, kamer)
        return begin - timedelta(days=1), f"de dag voor het reces; {bron}"

    return regel


def _na_zomer(m: re.Match[str], gedaan: date, jaar: int, kamer: str) -> tuple[date, str]:
    return date(jaar, 9, 30), f"na het zomerreces: uiterlijk eind september {jaar} (afspraak)"


def _jaareinde(m: re.Match[str], gedaan: date, jaar: int, kamer: str) -> tuple[date, str]:
    return date(jaar, 12, 31), f"het einde van {jaar}"


def _prinsjesdag(m: re.Match[str], gedaan: date, jaar: int, kamer: str) -> tuple[date, str]:
    dag = prinsjesdag(jaar)
    return dag - timedelta(days=1), f"de dag voor Prinsjesdag {_d(dag)} (derde dinsdag van september)"


def _seizoen(m: re.Match[str], gedaan: date, jaar: int, kamer: str) -> tuple[date, str]:
    if m.group("seizoen") == "voorjaar":
        return date(jaar, 6, 20), f"het voorjaar {jaar} loopt tot en met 20 juni"
    return date(jaar, 12, 20), f"het najaar {jaar} loopt tot en met 20 december"


def _medio(m: re.Match[str], gedaan: date, jaar: int, kamer: str) -> tuple[date, str]:
    return date(jaar, 6, 30), f"uiterlijk 30 juni {jaar}"


def _kwartaal(m: re.Match[str], gedaan: date, jaar: int, kamer: str) -> tuple[date, str]:
    q = m.groupdict().get("q")
    nummer = int(q) if q else KWARTALEN[m.group("woord")]
    maand = nummer * 3
    einde = date(jaar, maand, calendar.monthrange(jaar, maand)[1])
    return einde, f"het einde van het {list(KWARTALEN)[nummer - 1]} kwartaal van {jaar}"


def _binnen(m: re.Match[str], gedaan: date, jaar: int, kamer: str) -> tuple[date, str]:
    aantal = _getal(m.group("n"))
    if m.group("eenheid").startswith("maand"):
        return _plus_maanden(gedaan, aantal), f"{aantal} maand(en) na {_d(gedaan)}"
    return gedaan + timedelta(weeks=aantal), f"{aantal} week/weken na {_d(gedaan)}"


def _datum(m: re.Match[str], gedaan: date, jaar: int, kamer: str) -> tuple[date, str]:
    if m.group("iso"):
        dag = date.fromisoformat(m.group("iso"))
    else:
        dag = date(jaar, MAANDEN[m.group("maand")], int(m.group("dag")))
    if m.group("voor") == "voor":
        return dag - timedelta(days=1), f"de dag voor {_d(dag)}"
    return dag, f"uiterlijk {_d(dag)}"


MAANDNAMEN = "|".join(MAANDEN)
GETAL = r"\d+|" + "|".join(GETALLEN)

REGELS: list[tuple[str, Regelfunctie]] = [
    (r"voor (?:de zomer|het zomerreces)" + JAAR, _voor_reces("zomer")),
    (r"na (?:de zomer|het zomerreces)" + JAAR, _na_zomer),
    (r"voor (?:de kerst|kerst|het kerstreces)" + JAAR, _voor_reces("kerst")),
    (
        r"(?:voor )?(?:het )?(?:einde?|eind) (?:van )?(?:het |dit )?jaar|voor de jaarwisseling"
        r"|voor het jaareinde|(?:voor )?(?:het )?einde? (?P<jaar>\d{4})",
        _jaareinde,
    ),
    (r"voor prinsjesdag" + JAAR, _prinsjesdag),
    (r"in het (?P<seizoen>voorjaar|najaar)" + JAAR, _seizoen),
    (r"medio (?P<jaar>\d{4})", _medio),
    (r"(?:in )?q(?P<q>[1-4])" + JAAR, _kwartaal),
    (r"(?:in |voor )?(?:het )?(?P<woord>eerste|tweede|derde|vierde) kwartaal(?: van)?" + JAAR, _kwartaal),
    (rf"binnen (?P<n>{GETAL}) (?P<eenheid>weken|week|maanden|maand)", _binnen),
    (
        rf"(?P<voor>voor|uiterlijk) (?:(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})|(?P<dag>\d{{1,2}}) "
        rf"(?P<maand>{MAANDNAMEN})" + r"(?:\s+(?P<jaar>\d{4}))?)",
        _datum,
    ),
]
VOORBEELDEN = [
    "voor de zomer",
    "na de zomer",
    "voor de kerst",
    "voor het einde van het jaar",
    "voor Prinsjesdag",
    "in het voorjaar",
    "in het najaar",
    "binnen zes weken",
    "binnen 3 maanden",
    "Q3 2027",
    "derde kwartaal 2027",
    "medio 2027",
    "eind 2027",
    "voor 1 maart 2027",
    "uiterlijk 2027-03-01",
]


def normaliseer(zin: str) -> str:
    tekst = zin.strip().lower().replace("vóór", "voor")
    tekst = re.sub(r"[.,;!]+$", "", tekst)
    return re.sub(r"\s+", " ", tekst)


def leid_af(zin: str, gedaan_op: date, kamer: str = "TK") -> Afleiding:
    """The due date for the term phrase ``zin`` of a commitment made on ``gedaan_op``."""
    tekst = normaliseer(zin)
    if not tekst:
        raise OnbekendeTermijn("Geef de termijn zoals die is toegezegd.")
    for patroon, regel in REGELS:
        m = re.fullmatch(patroon, tekst)
        if m is None:
            continue
        jaartekst = m.groupdict().get("jaar")
        if jaartekst:
            datum, uitleg = regel(m, gedaan_op, int(jaartekst), kamer)
        else:
            datum, uitleg = regel(m, gedaan_op, gedaan_op.year, kamer)
            if datum < gedaan_op:
                datum, uitleg = regel(m, gedaan_op, gedaan_op.year + 1, kamer)
        return Afleiding(datum, uitleg)
    raise OnbekendeTermijn(
        f"De termijn '{zin.strip()}' wordt niet herkend. Voorbeelden die wel werken: "
        + ", ".join(f"'{v}'" for v in VOORBEELDEN)
        + "."
    )
