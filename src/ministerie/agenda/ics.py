"""Exchange with the calendars people have: the iCalendar feed of an agenda (RFC 5545, written
with ``icalendar``) and the import of .ics files.

The feed writes series as one VEVENT with RRULE and EXDATE, a moved occurrence as a VEVENT with
the same UID and a RECURRENCE-ID, and every time with TZID=Europe/Amsterdam and its VTIMEZONE, so
a standard parser gets back what the agenda holds. Classified appointments (Departementaal
Vertrouwelijk and up) are never in a feed.

The import reads the whole file first and refuses it with the line and reason of every problem;
only a file without problems is handed to the service, which writes it in one transaction.
Limits: file size, number of events, length of each text, recurrence rules at least daily.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

import icalendar

from ministerie.core.rubricering import Rubricering

from .models import Afspraak, Reeks, Soort
from .tijd import AMSTERDAM, Tijdfout, controleer_regel, lokaal

PRODID = "-//ministerie//agenda//NL"
MAX_BESTAND = 1_000_000
MAX_GEBEURTENISSEN = 2000
MAX_TITEL, MAX_PLAATS, MAX_OMSCHRIJVING = 200, 200, 4000
FEED_HOOGSTE_RUBRICERING = Rubricering.INTERN
EERSTE_JAAR, LAATSTE_JAAR = 1990, 2999


# --- the feed ------------------------------------------------------------------------------------


def _soort_en_rubricering(event: icalendar.Event, soort: str, rubricering: int) -> None:
    event.add("X-MINISTERIE-SOORT", soort)
    event.add("X-MINISTERIE-RUBRICERING", str(int(rubricering)))


def _tekst(event: icalendar.Event, soort: str, titel: str, plaats: str, omschrijving: str) -> None:
    if soort == Soort.BPO:  # only the blocked time: no content, ever
        event.add("SUMMARY", "Bewindspersonenoverleg")
        event.add("TRANSP", "OPAQUE")
        return
    event.add("SUMMARY", titel)
    if plaats:
        event.add("LOCATION", plaats)
    if omschrijving:
        event.add("DESCRIPTION", omschrijving)


def _reeks_event(reeks: Reeks) -> icalendar.Event:
    event = icalendar.Event()
    event.add("UID", reeks.uid)
    event.add("DTSTAMP", reeks.aangemaakt_op)
    event.add("DTSTART", lokaal(reeks.begin))
    event.add("DTEND", lokaal(reeks.begin) + timedelta(minutes=reeks.duur_minuten))
    event.add("RRULE", icalendar.vRecur.from_ical(reeks.regel))
    for uitzondering in reeks.uitzonderingen:
        event.add("EXDATE", lokaal(datetime.fromisoformat(uitzondering)))
    _tekst(event, reeks.soort, reeks.titel, reeks.plaats, reeks.omschrijving)
    _soort_en_rubricering(event, reeks.soort, reeks.rubricering)
    return event


def _afspraak_event(afspraak: Afspraak) -> icalendar.Event:
    event = icalendar.Event()
    event.add("UID", afspraak.uid)
    event.add("DTSTAMP", afspraak.gewijzigd_op)
    if afspraak.origineel_begin is not None:
        event.add("RECURRENCE-ID", lokaal(afspraak.origineel_begin))
    event.add("DTSTART", lokaal(afspraak.begin))
    event.add("DTEND", lokaal(afspraak.eind))
    _tekst(event, afspraak.soort, afspraak.titel, afspraak.plaats, afspraak.omschrijving)
    _soort_en_rubricering(event, afspraak.soort, afspraak.rubricering)
    if afspraak.reistijd_heen:
        event.add("X-MINISTERIE-REISTIJD-HEEN", str(afspraak.reistijd_heen))
    if afspraak.reistijd_terug:
        event.add("X-MINISTERIE-REISTIJD-TERUG", str(afspraak.reistijd_terug))
    return event


def maak_kalender(naam: str, afspraken: Iterable[Afspraak], reeksen: Iterable[Reeks]) -> bytes:
    """An iCalendar file; items above FEED_HOOGSTE_RUBRICERING are left out here as well."""
    kalender = icalendar.Calendar()
    kalender.add("PRODID", PRODID)
    kalender.add("VERSION", "2.0")
    kalender.add("CALSCALE", "GREGORIAN")
    kalender.add("X-WR-CALNAME", naam)
    kalender.add("X-WR-TIMEZONE", "Europe/Amsterdam")
    for reeks in reeksen:
        if reeks.rubricering <= FEED_HOOGSTE_RUBRICERING:
            kalender.add_component(_reeks_event(reeks))
    for afspraak in afspraken:
        if afspraak.rubricering <= FEED_HOOGSTE_RUBRICERING:
            eigen_reeks = afspraak.reeks
            if eigen_reeks is not None and eigen_reeks.rubricering > FEED_HOOGSTE_RUBRICERING:
                continue
            kalender.add_component(_afspraak_event(afspraak))
    kalender.add_missing_timezones()
    return kalender.to_ical()


# --- the import ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Probleem:
    regel: int
    reden: str

    def __str__(self) -> str:
        return f"regel {self.regel}: {self.reden}"


class Importfout(ValueError):
    """The file is refused; ``problemen`` are all problems found, each with line and reason."""

    def __init__(self, problemen: list[Probleem]) -> None:
        self.problemen = problemen
        eerste = "; ".join(str(p) for p in problemen[:5])
        meer = f" (en nog {len(problemen) - 5})" if len(problemen) > 5 else ""
        super().__init__(f"Het bestand is geweigerd, er is niets geïmporteerd. {eerste}{meer}.")


@dataclass
class Gebeurtenis:
    """One VEVENT as the agenda will store it."""

    regel: int
    uid: str
    titel: str
    begin: datetime
    eind: datetime
    plaats: str = ""
    omschrijving: str = ""
    soort: str = Soort.AFSPRAAK
    rubricering: int = Rubricering.INTERN
    herhaling: str = ""
    uitzonderingen: list[datetime] = field(default_factory=list)
    origineel_begin: datetime | None = None
    reistijd_heen: int = 0
    reistijd_terug: int = 0


@dataclass
class _Blok:
    regel: int
    regels: list[tuple[int, str]]

    def regel_van(self, naam: str) -> int:
        for nummer, tekst in self.regels:
            if tekst.split(";", 1)[0].split(":", 1)[0].upper() == naam:
                return nummer
        return self.regel


def _logische_regels(tekst: str) -> list[tuple[int, str]]:
    """Unfold the content lines (RFC 5545 3.1), keeping the physical line each one starts on."""
    regels: list[tuple[int, str]] = []
    for nummer, ruw in enumerate(tekst.splitlines(), start=1):
        if ruw[:1] in (" ", "\t") and regels:
            vorige_nummer, vorige = regels[-1]
            regels[-1] = (vorige_nummer, vorige + ruw[1:])
        elif ruw.strip():
            regels.append((nummer, ruw))
    return regels


def _blokken(regels: list[tuple[int, str]], problemen: list[Probleem]) -> list[_Blok]:
    """The VEVENT blocks, checking BEGIN/END of every component."""
    stapel: list[tuple[str, int]] = []
    blokken: list[_Blok] = []
    huidig: _Blok | None = None
    if not regels or regels[0][1].strip().upper() != "BEGIN:VCALENDAR":
        problemen.append(
            Probleem(regels[0][0] if regels else 1, "een iCalendar-bestand begint met BEGIN:VCALENDAR")
        )
        return []
    for nummer, tekst in regels:
        kop = tekst.strip().upper()
        if kop.startswith("BEGIN:"):
            naam = kop[6:]
            stapel.append((naam, nummer))
            if naam == "VEVENT":
                if huidig is not None:
                    problemen.append(Probleem(nummer, "een VEVENT binnen een VEVENT"))
                huidig = _Blok(nummer, [])
                continue
        elif kop.startswith("END:"):
            naam = kop[4:]
            if not stapel or stapel[-1][0] != naam:
                verwacht = f"END:{stapel[-1][0]}" if stapel else "niets meer"
                problemen.append(Probleem(nummer, f"END:{naam} hier verwacht {verwacht}"))
                return blokken
            stapel.pop()
            if naam == "VEVENT" and huidig is not None:
                blokken.append(huidig)
                huidig = None
                continue
        elif ":" not in tekst:
            problemen.append(Probleem(nummer, f"geen geldige iCalendar-regel (naam:waarde): '{tekst[:40]}'"))
            continue
        if huidig is not None:
            huidig.regels.append((nummer, tekst))
    if stapel:
        naam, nummer = stapel[-1]
        problemen.append(Probleem(nummer, f"BEGIN:{naam} wordt niet afgesloten met END:{naam}"))
    return blokken


def _als_moment(waarde: Any) -> datetime:
    """A DATE-TIME (with its zone; floating time is Amsterdam) or a DATE (the start of that day)."""
    if isinstance(waarde, datetime):
        if waarde.tzinfo is None:
            return waarde.replace(tzinfo=AMSTERDAM)
        return waarde
    if isinstance(waarde, date):
        return datetime.combine(waarde, time(0), tzinfo=AMSTERDAM)
    raise ValueError("geen datum of tijd")


def _gebeurtenis(blok: _Blok, problemen: list[Probleem]) -> Gebeurtenis | None:
    aantal_voor = len(problemen)
    tekst = "BEGIN:VEVENT\r\n" + "\r\n".join(t for _, t in blok.regels) + "\r\nEND:VEVENT\r\n"
    try:
        event = icalendar.Event.from_ical(tekst)
    except ValueError as onleesbaar:
        problemen.append(Probleem(blok.regel, f"VEVENT is onleesbaar: {onleesbaar}"))
        return None
    for naam, reden in getattr(event, "errors", []):
        problemen.append(Probleem(blok.regel_van(str(naam).upper()), f"{naam}: {reden}"))
    if len(problemen) > aantal_voor:
        return None

    def fout(naam: str, reden: str) -> None:
        problemen.append(Probleem(blok.regel_van(naam), reden))

    uid = str(event.get("UID", "")).strip()
    if not uid:
        fout("UID", "UID ontbreekt (elke afspraak heeft een unieke UID)")
    elif len(uid) > 255:
        fout("UID", "UID is langer dan 255 tekens")
    if "DTSTART" not in event:
        fout("DTSTART", "DTSTART (het begin) ontbreekt")
        return None
    try:
        begin = _als_moment(event.decoded("DTSTART"))
        if "DTEND" in event:
            eind = _als_moment(event.decoded("DTEND"))
        elif "DURATION" in event:
            eind = begin + event.decoded("DURATION")
        elif isinstance(event.decoded("DTSTART"), datetime):
            eind = begin
        else:
            eind = begin + timedelta(days=1)
    except (ValueError, TypeError, KeyError) as f:
        fout("DTSTART", f"begin of einde is geen geldige datum of tijd ({f})")
        return None
    if not EERSTE_JAAR <= lokaal(begin).year <= LAATSTE_JAAR:
        fout("DTSTART", f"het begin ligt buiten de jaren {EERSTE_JAAR}–{LAATSTE_JAAR}")
    if eind <= begin:
        fout("DTEND", "het einde ligt niet na het begin")
    elif eind - begin > timedelta(days=14):
        fout("DTEND", "een afspraak duurt hoogstens 14 dagen")
    titel = str(event.get("SUMMARY", "")).strip() or "(zonder titel)"
    plaats = str(event.get("LOCATION", "")).strip()
    omschrijving = str(event.get("DESCRIPTION", "")).strip()
    for naam, waarde, grens in (
        ("SUMMARY", titel, MAX_TITEL),
        ("LOCATION", plaats, MAX_PLAATS),
        ("DESCRIPTION", omschrijving, MAX_OMSCHRIJVING),
    ):
        if len(waarde) > grens:
            fout(naam, f"{naam} is langer dan {grens} tekens")
    soort = str(event.get("X-MINISTERIE-SOORT", Soort.AFSPRAAK))
    if soort not in Soort.values:
        fout("X-MINISTERIE-SOORT", f"onbekende soort '{soort[:40]}'")
    try:
        rubricering = int(str(event.get("X-MINISTERIE-RUBRICERING", int(Rubricering.INTERN))))
    except ValueError:
        rubricering = -1
    if rubricering not in Rubricering.values:
        fout("X-MINISTERIE-RUBRICERING", "onbekende rubricering")
    herhaling = ""
    if "RRULE" in event:
        try:
            ruw = event["RRULE"].to_ical()
            herhaling = controleer_regel(ruw.decode() if isinstance(ruw, bytes) else str(ruw))
        except Tijdfout as f:
            fout("RRULE", str(f))
    uitzonderingen: list[datetime] = []
    exdates = event.get("EXDATE", [])
    for lijst in exdates if isinstance(exdates, list) else [exdates]:
        for waarde in lijst.dts:
            try:
                uitzonderingen.append(_als_moment(waarde.dt))
            except ValueError:
                fout("EXDATE", "EXDATE is geen geldige datum of tijd")
    origineel = None
    if "RECURRENCE-ID" in event:
        try:
            origineel = _als_moment(event.decoded("RECURRENCE-ID"))
        except ValueError:
            fout("RECURRENCE-ID", "RECURRENCE-ID is geen geldige datum of tijd")
        if herhaling:
            fout("RRULE", "een gewijzigde keer (RECURRENCE-ID) heeft zelf geen RRULE")
    reistijden = []
    for naam in ("X-MINISTERIE-REISTIJD-HEEN", "X-MINISTERIE-REISTIJD-TERUG"):
        try:
            minuten = int(str(event.get(naam, 0)))
        except ValueError:
            minuten = -1
        if not 0 <= minuten <= 24 * 60:
            fout(naam, "reistijd is een aantal minuten (0 tot 1440)")
        reistijden.append(max(minuten, 0))
    if len(problemen) > aantal_voor:
        return None
    if soort == Soort.BPO:
        titel, plaats, omschrijving = "Bewindspersonenoverleg", "", ""
    return Gebeurtenis(
        regel=blok.regel,
        uid=uid,
        titel=titel,
        begin=begin,
        eind=eind,
        plaats=plaats,
        omschrijving=omschrijving,
        soort=soort,
        rubricering=rubricering,
        herhaling=herhaling,
        uitzonderingen=uitzonderingen,
        origineel_begin=origineel,
        reistijd_heen=reistijden[0],
        reistijd_terug=reistijden[1],
    )


def lees_ics(data: bytes) -> list[Gebeurtenis]:
    """Every event of the file, or ``Importfout`` with every problem (line and reason)."""
    if len(data) > MAX_BESTAND:
        raise Importfout([Probleem(1, f"het bestand is groter dan {MAX_BESTAND // 1000} kB")])
    try:
        tekst = data.decode("utf-8-sig")
    except UnicodeDecodeError as fout:
        regel = data[: fout.start].count(b"\n") + 1
        raise Importfout([Probleem(regel, "het bestand is geen UTF-8-tekst")]) from None
    problemen: list[Probleem] = []
    blokken = _blokken(_logische_regels(tekst), problemen)
    if len(blokken) > MAX_GEBEURTENISSEN:
        problemen.append(
            Probleem(blokken[MAX_GEBEURTENISSEN].regel, f"meer dan {MAX_GEBEURTENISSEN} afspraken")
        )
        raise Importfout(problemen)
    gebeurtenissen = [g for blok in blokken if (g := _gebeurtenis(blok, problemen)) is not None]
    gezien: dict[tuple[str, datetime | None], int] = {}
    reeksen = {g.uid for g in gebeurtenissen if g.herhaling}
    for g in gebeurtenissen:
        sleutel = (g.uid, g.origineel_begin)
        if sleutel in gezien:
            problemen.append(Probleem(g.regel, f"UID '{g.uid[:60]}' komt al voor op regel {gezien[sleutel]}"))
        gezien[sleutel] = g.regel
        if g.origineel_begin is not None and g.uid not in reeksen:
            problemen.append(
                Probleem(
                    g.regel,
                    f"gewijzigde keer van reeks '{g.uid[:60]}', maar die reeks staat niet in het bestand",
                )
            )
    if not blokken and not problemen:
        problemen.append(Probleem(1, "het bestand bevat geen afspraken (VEVENT)"))
    if problemen:
        raise Importfout(sorted(problemen, key=lambda p: p.regel))
    return gebeurtenissen
