"""The budget-cycle calendar: for any calendar year, the moments of the begrotingscyclus and the
budget year each concerns (voorbereiding t+1, uitvoering t, verantwoording t-1).

The date rules are data (cyclus.yaml) because the cabinet sets the rules of the budget process
when it takes office. The file is validated on load; every error names the entry and the field.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from ministerie.bestanden.gegevensbestand import GeenYaml, Laadfout, lees_yaml
from ministerie.termijnen import kalender as atw_kalender

CYCLUS = Path(__file__).with_name("cyclus.yaml")
EERSTE_JAAR = 1900
LAATSTE_JAAR = 2999

FASEN = ("voorbereiding", "uitvoering", "verantwoording")
FASE_LABELS = {
    "voorbereiding": "Voorbereiding",
    "uitvoering": "Uitvoering",
    "verantwoording": "Verantwoording",
}
REGELS = ("maand", "nde_weekdag", "uiterlijk_voor", "vaste_datum")
WEEKDAGEN = {
    "maandag": 0,
    "dinsdag": 1,
    "woensdag": 2,
    "donderdag": 3,
    "vrijdag": 4,
    "zaterdag": 5,
    "zondag": 6,
}
MAANDEN = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip


class CyclusFout(Laadfout):
    """The cycle data is wrong, or a year is outside the calendar."""


@dataclass(frozen=True)
class Gebeurtenis:
    datum: date
    naam: str
    alleen_maand: bool
    begrotingsjaar: int
    fase: str
    toelichting: str
    bron: str
    code: str = ""
    vrije_dag: str | None = None  # e.g. "een zaterdag": a fixed date that is no working day

    @property
    def fase_label(self) -> str:
        return FASE_LABELS[self.fase]

    @property
    def maandnaam(self) -> str:
        return MAANDEN[self.datum.month - 1]

    def als_regel(self) -> str:
        naam = f"{self.naam} (maand)" if self.alleen_maand else self.naam
        return f"{self.datum.isoformat()}\t{naam}"


@dataclass(frozen=True)
class Regel:
    """One entry of cyclus.yaml, checked."""

    code: str
    naam: str
    regel: str
    maand: int
    begrotingsjaar: int
    fase: str
    toelichting: str
    bron: str
    dag: int | None = None
    weekdag: int | None = None
    n: int | None = None
    vanaf: int | None = None
    tot: int | None = None

    def geldt_in(self, jaar: int) -> bool:
        return (self.vanaf is None or jaar >= self.vanaf) and (self.tot is None or jaar <= self.tot)

    def datum(self, jaar: int) -> date:
        if self.regel == "maand":
            return date(jaar, self.maand, 1)
        if self.regel == "nde_weekdag":
            assert self.weekdag is not None and self.n is not None
            eerste = date(jaar, self.maand, 1)
            verschil = (self.weekdag - eerste.weekday()) % 7
            return eerste + timedelta(days=verschil + 7 * (self.n - 1))
        assert self.dag is not None
        if self.regel == "uiterlijk_voor":
            return date(jaar, self.maand, self.dag) - timedelta(days=1)
        return date(jaar, self.maand, self.dag)

    def gebeurtenis(self, jaar: int) -> Gebeurtenis:
        begrotingsjaar = jaar + self.begrotingsjaar
        datum = self.datum(jaar)
        vrije_dag = None
        if self.regel != "maand" and atw_kalender.EERSTE_JAAR <= jaar <= atw_kalender.LAATSTE_JAAR:
            # Only reported, never shifted: whether the Atw moves a "vóór 1 juni" deadline is a
            # legal question this calendar does not decide (docs/begroting-kalender.md).
            vrije_dag = atw_kalender.beschrijf_vrije_dag(datum)
        return Gebeurtenis(
            datum=datum,
            naam=self.naam.replace("{begrotingsjaar}", str(begrotingsjaar)),
            alleen_maand=self.regel == "maand",
            begrotingsjaar=begrotingsjaar,
            fase=self.fase,
            toelichting=self.toelichting,
            bron=self.bron,
            code=self.code,
            vrije_dag=vrije_dag,
        )


def _geheel(waarde: Any, plek: str, veld: str, laagste: int, hoogste: int) -> int:
    if isinstance(waarde, bool) or not isinstance(waarde, int):
        raise CyclusFout(f"{plek}: '{veld}' moet een geheel getal zijn, niet {waarde!r}.")
    if not laagste <= waarde <= hoogste:
        raise CyclusFout(f"{plek}: '{veld}' moet tussen {laagste} en {hoogste} liggen, niet {waarde}.")
    return waarde


def _tekst(spec: dict, plek: str, veld: str) -> str:
    waarde = spec.get(veld)
    if not isinstance(waarde, str) or not waarde.strip():
        raise CyclusFout(f"{plek}: '{veld}' ontbreekt of is leeg.")
    return waarde.strip()


_VELDEN = {
    "code", "naam", "regel", "maand", "dag", "weekdag", "n", "begrotingsjaar", "fase",
    "toelichting", "bron", "vanaf", "tot",
}  # fmt: skip
_NODIG = {
    "maand": set(),
    "nde_weekdag": {"weekdag", "n"},
    "uiterlijk_voor": {"dag"},
    "vaste_datum": {"dag"},
}


def _regel(spec: Any, volgnummer: int) -> Regel:
    plek = f"gebeurtenis {volgnummer}"
    if not isinstance(spec, dict):
        raise CyclusFout(f"{plek}: verwacht een mapping met code, naam, regel, ...")
    if isinstance(spec.get("code"), str):
        plek = f"gebeurtenis {volgnummer} ({spec['code']})"
    onbekend = set(spec) - _VELDEN
    if onbekend:
        raise CyclusFout(f"{plek}: onbekend veld {', '.join(sorted(map(str, onbekend)))}.")
    code, naam = _tekst(spec, plek, "code"), _tekst(spec, plek, "naam")
    soort = spec.get("regel")
    if soort not in REGELS:
        raise CyclusFout(f"{plek}: 'regel' moet een van {', '.join(REGELS)} zijn, niet {soort!r}.")
    overbodig = {"dag", "weekdag", "n"} - _NODIG[soort]
    for veld in sorted(_NODIG[soort]):
        if veld not in spec:
            raise CyclusFout(f"{plek}: de regel '{soort}' heeft '{veld}' nodig.")
    for veld in sorted(overbodig):
        if veld in spec:
            raise CyclusFout(f"{plek}: de regel '{soort}' gebruikt '{veld}' niet.")
    maand = _geheel(spec.get("maand"), plek, "maand", 1, 12)
    dag = weekdag = n = None
    if "dag" in spec:
        # 2000 is a leap year, so 29 February is allowed here; a fixed 29 February fails
        # per year in gebeurtenissen().
        dag = _geheel(spec["dag"], plek, "dag", 1, calendar.monthrange(2000, maand)[1])
    if "weekdag" in spec:
        if spec["weekdag"] not in WEEKDAGEN:
            raise CyclusFout(
                f"{plek}: 'weekdag' moet een van {', '.join(WEEKDAGEN)} zijn, niet {spec['weekdag']!r}."
            )
        weekdag = WEEKDAGEN[spec["weekdag"]]
    if "n" in spec:
        n = _geheel(spec["n"], plek, "n", 1, 4)  # a 5th weekday does not exist in every month
    verschuiving = _geheel(spec.get("begrotingsjaar"), plek, "begrotingsjaar", -1, 3)
    fase = spec.get("fase")
    if fase not in FASEN:
        raise CyclusFout(f"{plek}: 'fase' moet een van {', '.join(FASEN)} zijn, niet {fase!r}.")
    verwacht = (
        "voorbereiding" if verschuiving > 0 else ("uitvoering" if verschuiving == 0 else "verantwoording")
    )
    if fase != verwacht:
        raise CyclusFout(
            f"{plek}: begrotingsjaar {verschuiving:+d} hoort bij de fase '{verwacht}', niet bij '{fase}'."
        )
    vanaf = _geheel(spec["vanaf"], plek, "vanaf", EERSTE_JAAR, LAATSTE_JAAR) if "vanaf" in spec else None
    tot = _geheel(spec["tot"], plek, "tot", EERSTE_JAAR, LAATSTE_JAAR) if "tot" in spec else None
    if vanaf is not None and tot is not None and tot < vanaf:
        raise CyclusFout(f"{plek}: 'tot' ({tot}) ligt vóór 'vanaf' ({vanaf}).")
    return Regel(
        code=code,
        naam=naam,
        regel=soort,
        maand=maand,
        begrotingsjaar=verschuiving,
        fase=fase,
        toelichting=_tekst(spec, plek, "toelichting"),
        bron=_tekst(spec, plek, "bron"),
        dag=dag,
        weekdag=weekdag,
        n=n,
        vanaf=vanaf,
        tot=tot,
    )


def _overlappen(a: Regel, b: Regel) -> bool:
    a_van, a_tot = a.vanaf or EERSTE_JAAR, a.tot or LAATSTE_JAAR
    b_van, b_tot = b.vanaf or EERSTE_JAAR, b.tot or LAATSTE_JAAR
    return a_van <= b_tot and b_van <= a_tot


def valideer(data: Any) -> tuple[Regel, ...]:
    """Check the parsed YAML and turn it into rules; raises CyclusFout with a clear message."""
    if not isinstance(data, dict) or set(data) != {"gebeurtenissen"}:
        raise CyclusFout("Verwacht een mapping met alleen 'gebeurtenissen'.")
    lijst = data["gebeurtenissen"]
    if not isinstance(lijst, list) or not lijst:
        raise CyclusFout("'gebeurtenissen' moet een niet-lege lijst zijn.")
    regels = tuple(_regel(spec, i) for i, spec in enumerate(lijst, start=1))
    for i, a in enumerate(regels):
        for b in regels[i + 1 :]:
            if a.code == b.code and _overlappen(a, b):
                raise CyclusFout(
                    f"De gebeurtenis '{a.code}' staat meer dan eens in de cyclus voor dezelfde jaren; "
                    "begrens de oude regel met 'tot' en de nieuwe met 'vanaf'."
                )
    return regels


def lees(pad: Path | str) -> tuple[Regel, ...]:
    """Read and check the file through the shared reader of data files; an error names the file."""
    pad = Path(pad)
    try:
        return valideer(lees_yaml(pad))
    except GeenYaml as fout:
        raise CyclusFout(f"geen geldige YAML ({fout.uitleg}).", bestand=pad.name) from fout
    except Laadfout as fout:  # not UTF-8, or the content is wrong
        raise CyclusFout(fout.reden, bestand=pad.name) from fout


@lru_cache(maxsize=1)
def standaardregels() -> tuple[Regel, ...]:
    return lees(CYCLUS)


def controleer_jaar(jaar: int) -> None:
    if isinstance(jaar, bool) or not isinstance(jaar, int) or not EERSTE_JAAR <= jaar <= LAATSTE_JAAR:
        raise CyclusFout(
            f"Het jaar {jaar} valt buiten de kalender; kies een jaar van {EERSTE_JAAR} tot en met "
            f"{LAATSTE_JAAR}."
        )


def gebeurtenissen(jaar: int, regels: tuple[Regel, ...] | None = None) -> list[Gebeurtenis]:
    """The moments of the budget cycle in calendar year ``jaar``, sorted by date (ties keep the
    order of cyclus.yaml)."""
    controleer_jaar(jaar)
    regels = standaardregels() if regels is None else regels
    uitkomst = []
    for regel in regels:
        if not regel.geldt_in(jaar):
            continue
        try:
            uitkomst.append(regel.gebeurtenis(jaar))
        except ValueError as fout:
            raise CyclusFout(f"{regel.code}: geen geldige datum in {jaar} ({fout}).") from fout
    return sorted(uitkomst, key=lambda g: g.datum)


def als_regels(jaar: int, regels: tuple[Regel, ...] | None = None) -> list[str]:
    """One line per event, "YYYY-MM-DD<TAB>naam"; month-only events show the first day of the
    month and end with " (maand)". This is what ``ministerie begroting kalender JAAR`` prints."""
    return [g.als_regel() for g in gebeurtenissen(jaar, regels)]


def eerstvolgende(vandaag: date) -> Gebeurtenis | None:
    """The first fixed-date moment on or after ``vandaag`` (this year or the next)."""
    for jaar in (vandaag.year, vandaag.year + 1):
        if jaar > LAATSTE_JAAR:
            return None
        for g in gebeurtenissen(jaar):
            if not g.alleen_maand and g.datum >= vandaag:
                return g
    return None


def per_fase(jaar: int) -> list[tuple[str, str, int, list[Gebeurtenis]]]:
    """(fase, label, budget year, events) for the three budgets worked on in ``jaar``; the
    voorbereiding row also holds the early start of the budget after next."""
    lijst = gebeurtenissen(jaar)
    jaren = {"voorbereiding": jaar + 1, "uitvoering": jaar, "verantwoording": jaar - 1}
    return [(f, FASE_LABELS[f], jaren[f], [g for g in lijst if g.fase == f]) for f in FASEN]


def _ical_tekst(tekst: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return (
        tekst.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )  # fmt: skip


def _vouw(regel: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character (RFC 5545 3.1)."""
    stukken, huidig, lengte = [], "", 0
    for teken in regel:
        grootte = len(teken.encode("utf-8"))
        if lengte + grootte > 75:
            stukken.append(huidig)
            huidig, lengte = " ", 1
        huidig += teken
        lengte += grootte
    stukken.append(huidig)
    return "\r\n".join(stukken)


def als_icalendar(jaar: int, *, gemaakt: datetime | None = None) -> str:
    """The cycle of ``jaar`` as an iCalendar file (all-day events; a month-only event spans the
    month). Lines end in CRLF, as RFC 5545 requires."""
    gemaakt = gemaakt or datetime.now(UTC)
    stempel = gemaakt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    regels = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//ministerie//begrotingscyclus//NL",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{_ical_tekst(f'Begrotingscyclus {jaar}')}",
    ]
    for g in gebeurtenissen(jaar):
        if g.alleen_maand:
            eind = date(g.datum.year + (g.datum.month == 12), g.datum.month % 12 + 1, 1)
        else:
            eind = g.datum + timedelta(days=1)
        beschrijving = (
            f"{g.fase_label} begroting {g.begrotingsjaar}."
            + (f" Alleen de maand is bekend ({g.maandnaam})." if g.alleen_maand else "")
            + (f" Let op: deze dag is {g.vrije_dag}." if g.vrije_dag else "")
            + f"\n{g.toelichting}\nBron: {g.bron}"
        )
        regels += [
            "BEGIN:VEVENT",
            f"UID:{g.code}-{jaar}@begrotingscyclus.ministerie",
            f"DTSTAMP:{stempel}",
            f"DTSTART;VALUE=DATE:{g.datum:%Y%m%d}",
            f"DTEND;VALUE=DATE:{eind:%Y%m%d}",
            f"SUMMARY:{_ical_tekst(g.naam + (' (maand)' if g.alleen_maand else ''))}",
            f"DESCRIPTION:{_ical_tekst(beschrijving)}",
            f"CATEGORIES:{_ical_tekst(g.fase_label)}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    regels.append("END:VCALENDAR")
    return "".join(_vouw(r) + "\r\n" for r in regels)
