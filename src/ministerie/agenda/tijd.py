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


def controleer_regel(regel: str) -> str:
    """A recurrence rule as the agenda accepts it: RFC 5545 RRULE, FREQ at least daily."""
    regel = regel.strip().removeprefix("RRULE:")
    if not regel or len(regel) > 300:
        raise Tijdfout(
            "Een herhaling is een iCalendar-regel van hoogstens 300 tekens, bijv. FREQ=WEEKLY;BYDAY=FR."
        )
    delen = dict(deel.partition("=")[::2] for deel in regel.upper().split(";") if deel)
    if delen.get("FREQ") not in TOEGESTANE_FREQ:
        raise Tijdfout("Een herhaling is jaarlijks, maandelijks, wekelijks of dagelijks (FREQ).")
    try:
        rrulestr(regel, dtstart=datetime(2022, 1, 3, 9, 0, tzinfo=AMSTERDAM))
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
    regels = rrulestr(regel, dtstart=start)
    van_l, tot_l = lokaal(van).replace(tzinfo=None), lokaal(tot).replace(tzinfo=None)
    for teller, begin in enumerate(regels.xafter(van_l - timedelta(days=1), inc=True)):
        if begin >= tot_l or teller >= MAX_HERHALINGEN:
            return
        if begin < van_l or begin in vervallen:
            continue
        yield begin.replace(tzinfo=AMSTERDAM)
