"""Time in the agenda: Europe/Amsterdam across daylight saving time, ISO weeks, and the bounded
expansion of iCalendar recurrence rules (python-dateutil's rrule)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr

AMSTERDAM = ZoneInfo("Europe/Amsterdam")

MAX_HERHALINGEN = 2000
"""At most this many occurrences of one series are expanded in any window (a rule with
FREQ=MINUTELY cannot make a request do unbounded work)."""

TOEGESTANE_FREQ = {"YEARLY", "MONTHLY", "WEEKLY", "DAILY"}
WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


class Tijdfout(ValueError):
    """A time, week or recurrence rule that cannot be used; the message is Dutch."""


def lokaal(moment: datetime) -> datetime:
    return moment.astimezone(AMSTERDAM)


def maak_moment(dag: date, tijdstip: time) -> datetime:
    """The aware moment of a wall-clock time on a day in Amsterdam (DST handled by zoneinfo)."""
    return datetime.combine(dag, tijdstip, tzinfo=AMSTERDAM)


def dag_grenzen(dag: date) -> tuple[datetime, datetime]:
    return maak_moment(dag, time(0)), maak_moment(dag + timedelta(days=1), time(0))


def lees_week(tekst: str) -> date:
    """The Monday of an ISO week written as JJJJ-Www (2022-W02)."""
    treffer = WEEK.match(tekst.strip())
    if not treffer:
        raise Tijdfout(f"'{tekst}' is geen week; schrijf JJJJ-Www, bijvoorbeeld 2022-W02.")
    jaar, nummer = int(treffer.group(1)), int(treffer.group(2))
    try:
        return date.fromisocalendar(jaar, nummer, 1)
    except ValueError:
        raise Tijdfout(f"Week {nummer} bestaat niet in {jaar}.") from None


def week_van(dag: date) -> str:
    jaar, nummer, _ = dag.isocalendar()
    return f"{jaar}-W{nummer:02d}"


UNTIL = re.compile(r"(?i)(?<![A-Z])UNTIL=([0-9]{8})(T[0-9]{6}Z?)?")


def _until_in_utc(regel: str) -> str:
    """RFC 5545: with a DTSTART in a time zone, UNTIL is a UTC time. A date (the whole day) or a
    time without zone is read as Amsterdam and written in UTC; a UTC time stays."""

    def omzetten(treffer: re.Match[str]) -> str:
        dag, tijd = treffer.group(1), (treffer.group(2) or "").upper()
        if tijd.endswith("Z"):
            return f"UNTIL={dag}{tijd}"
        moment = datetime.strptime(dag + (tijd or "T235959"), "%Y%m%dT%H%M%S").replace(tzinfo=AMSTERDAM)
        return "UNTIL=" + moment.astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")

    try:
        return UNTIL.sub(omzetten, regel)
    except ValueError:
        raise Tijdfout(f"UNTIL in '{regel}' is geen geldige datum of tijd.") from None


def _until_lokaal(regel: str) -> str:
    """The rule for an Amsterdam wall-clock start without zone (how ``herhalingen`` expands):
    a UTC UNTIL becomes the same moment in Amsterdam time."""

    def omzetten(treffer: re.Match[str]) -> str:
        dag, tijd = treffer.group(1), (treffer.group(2) or "").upper()
        if not tijd.endswith("Z"):
            return treffer.group(0)
        moment = datetime.strptime(dag + tijd[:-1], "%Y%m%dT%H%M%S").replace(tzinfo=ZoneInfo("UTC"))
        return "UNTIL=" + lokaal(moment).strftime("%Y%m%dT%H%M%S")

    return UNTIL.sub(omzetten, regel)


def controleer_regel(regel: str) -> str:
    """A recurrence rule as the agenda accepts it: RFC 5545 RRULE, FREQ at least daily; UNTIL is
    written in UTC (as RFC 5545 asks with a DTSTART in a time zone)."""
    regel = regel.strip().removeprefix("RRULE:")
    if not regel or len(regel) > 300:
        raise Tijdfout(
            "Een herhaling is een iCalendar-regel van hoogstens 300 tekens, bijv. FREQ=WEEKLY;BYDAY=FR."
        )
    delen = dict(deel.partition("=")[::2] for deel in regel.upper().split(";") if deel)
    if delen.get("FREQ") not in TOEGESTANE_FREQ:
        raise Tijdfout("Een herhaling is jaarlijks, maandelijks, wekelijks of dagelijks (FREQ).")
    regel = _until_in_utc(regel)
    try:
        rrulestr(regel, dtstart=datetime(2022, 1, 3, 9, 0, tzinfo=AMSTERDAM))
        rrulestr(_until_lokaal(regel), dtstart=datetime(2022, 1, 3, 9, 0))
    except (ValueError, TypeError) as fout:
        raise Tijdfout(f"De herhalingsregel '{regel}' is ongeldig: {fout}.") from None
    return regel


def herhalingen(
    regel: str,
    eerste: datetime,
    van: datetime,
    tot: datetime,
    *,
    uitzonderingen: Iterable[datetime] = (),
) -> Iterator[datetime]:
    """The starts of a series in [van, tot), in wall-clock time of Amsterdam: a meeting at 10:00
    stays at 10:00 after the clocks change. At most MAX_HERHALINGEN."""
    start = lokaal(eerste).replace(tzinfo=None)
    vervallen = {lokaal(u).replace(tzinfo=None) for u in uitzonderingen}
    regels = rrulestr(_until_lokaal(regel), dtstart=start)
    van_l, tot_l = lokaal(van).replace(tzinfo=None), lokaal(tot).replace(tzinfo=None)
    for teller, begin in enumerate(regels.xafter(van_l - timedelta(days=1), inc=True)):
        if begin >= tot_l or teller >= MAX_HERHALINGEN:
            return
        if begin < van_l or begin in vervallen:
            continue
        yield begin.replace(tzinfo=AMSTERDAM)


_WEEKDAGEN = {"MO": "maandag", "TU": "dinsdag", "WE": "woensdag", "TH": "donderdag", "FR": "vrijdag"}
_WEEKDAGEN |= {"SA": "zaterdag", "SU": "zondag"}
_RANG = {1: "eerste", 2: "tweede", 3: "derde", 4: "vierde", 5: "vijfde", -1: "laatste", -2: "voorlaatste"}
_MAANDEN = [
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
]  # fmt: skip
_KEREN = {2: "twee", 3: "drie", 4: "vier", 5: "vijf", 6: "zes"}
_BYDAG = re.compile(r"^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$")


def _opsomming(delen: list[str]) -> str:
    return delen[0] if len(delen) == 1 else ", ".join(delen[:-1]) + " en " + delen[-1]


def beschrijf_regel(regel: str) -> str:
    """A recurrence rule in plain Dutch ("om de twee weken op woensdag", "elke eerste donderdag
    van de maand"); a rule it cannot put into words is returned as it is."""
    try:
        delen = dict(d.partition("=")[::2] for d in regel.upper().removeprefix("RRULE:").split(";") if d)
        if set(delen) - {"FREQ", "INTERVAL", "BYDAY", "BYMONTH", "BYMONTHDAY", "COUNT", "UNTIL", "WKST"}:
            return regel
        freq, interval = delen.get("FREQ", ""), int(delen.get("INTERVAL", "1") or 1)
        dagen, rangen = [], set()
        for deel in filter(None, delen.get("BYDAY", "").split(",")):
            treffer = _BYDAG.match(deel)
            if treffer is None:
                return regel
            rang = int(treffer.group(1)) if treffer.group(1) else None
            rangen.add(rang)
            dagen.append((_RANG[rang] + " " if rang else "") + _WEEKDAGEN[treffer.group(2)])
        maanden = [_MAANDEN[int(m) - 1] for m in filter(None, delen.get("BYMONTH", "").split(","))]
        maanddagen = [f"de {int(d)}e" for d in filter(None, delen.get("BYMONTHDAY", "").split(","))]
    except (KeyError, ValueError, IndexError):
        return regel
    keer = {"DAILY": "dag", "WEEKLY": "week", "MONTHLY": "maand", "YEARLY": "jaar"}.get(freq)
    if keer is None:
        return regel
    meervoud = {"dag": "dagen", "week": "weken", "maand": "maanden", "jaar": "jaar"}[keer]
    elke = "elk" if keer == "jaar" else "elke"
    ritme = f"{elke} {keer}" if interval == 1 else f"om de {_KEREN.get(interval, str(interval))} {meervoud}"
    werkdagen = [_WEEKDAGEN[d] for d in ("MO", "TU", "WE", "TH", "FR")]
    if freq in ("DAILY", "WEEKLY") and interval == 1 and dagen == werkdagen:
        tekst = "elke werkdag"
    elif freq == "WEEKLY" and dagen:
        tekst = f"elke {_opsomming(dagen)}" if interval == 1 else f"{ritme} op {_opsomming(dagen)}"
    elif freq == "MONTHLY" and dagen and None not in rangen:
        tekst = f"elke {_opsomming(dagen)} van de maand"
        if interval > 1:
            tekst = f"{ritme}, op de {_opsomming(dagen)}"
    elif freq == "MONTHLY" and maanddagen:
        tekst = f"{ritme} op {_opsomming(maanddagen)}"
    elif freq == "YEARLY" and maanden:
        tekst = f"{elke} jaar in {_opsomming(maanden)}"
        if dagen:
            tekst += f", op de {_opsomming(dagen)}"
    elif freq == "DAILY" and dagen:
        tekst = f"{ritme} op {_opsomming(dagen)}"
    elif not dagen and not maanden and not maanddagen:
        tekst = ritme
    else:
        return regel
    if delen.get("COUNT", "").isdigit():
        tekst += f", {int(delen['COUNT'])} keer"
    elif delen.get("UNTIL"):
        try:
            tot = datetime.strptime(_until_lokaal(f"UNTIL={delen['UNTIL']}")[6:14], "%Y%m%d").date()
        except ValueError:
            return regel
        tekst += f", tot en met {tot.day} {_MAANDEN[tot.month - 1]} {tot.year}"
    return tekst
