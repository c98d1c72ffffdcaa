"""The length of a term: a number and a unit, and how to add it to a date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from dateutil.relativedelta import relativedelta

from .fouten import TermijnFout


class Eenheid(StrEnum):
    UREN = "uren"
    DAGEN = "dagen"
    WEKEN = "weken"
    MAANDEN = "maanden"
    JAREN = "jaren"


_ENKELVOUD = {
    Eenheid.UREN: "uur",
    Eenheid.DAGEN: "dag",
    Eenheid.WEKEN: "week",
    Eenheid.MAANDEN: "maand",
    Eenheid.JAREN: "jaar",
}


@dataclass(frozen=True)
class Duur:
    aantal: int
    eenheid: Eenheid

    def __post_init__(self) -> None:
        if isinstance(self.aantal, bool) or not isinstance(self.aantal, int) or self.aantal < 1:
            raise TermijnFout(f"Een termijn moet een positief geheel aantal zijn, niet {self.aantal!r}.")

    def __str__(self) -> str:
        woord = _ENKELVOUD[self.eenheid] if self.aantal == 1 else self.eenheid.value
        return f"{self.aantal} {woord}"

    def in_dagen(self) -> int:
        """The length in calendar days; only for units of fixed length (days, weeks)."""
        if self.eenheid is Eenheid.DAGEN:
            return self.aantal
        if self.eenheid is Eenheid.WEKEN:
            return 7 * self.aantal
        raise TermijnFout(f"Een termijn van {self} heeft geen vast aantal dagen.")

    def na(self, begin: date) -> date:
        """The last day of a term of this length that runs from the day after ``begin``.

        "Within N weeks after X" ends on the same weekday N weeks later: X + N weeks.
        """
        match self.eenheid:
            case Eenheid.DAGEN:
                return begin + timedelta(days=self.aantal)
            case Eenheid.WEKEN:
                return begin + timedelta(weeks=self.aantal)
            case Eenheid.MAANDEN:
                return begin + relativedelta(months=self.aantal)
            case Eenheid.JAREN:
                return begin + relativedelta(years=self.aantal)
            case Eenheid.UREN:
                raise TermijnFout("Een termijn in uren eindigt op een tijdstip, niet op een datum.")
