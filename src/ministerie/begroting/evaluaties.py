"""The evaluation agenda: per policy article the last evaluation and when the next is due.

The RPE counts in years (every policy theme at least once in 4 to 7 years; the numbers come from
the cabinet's rules file). A term in years is not a date term (the Atw does not apply to terms in
years, art. 4), so this is year arithmetic, not a job for the deadline engine.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .models import Artikel, Evaluatie
from .regels import Regelset, geldende_regels


@dataclass(frozen=True)
class Agendapunt:
    artikel: Artikel
    laatste_jaar: int | None
    laatste_titel: str
    gepland_jaar: int | None
    vanaf_jaar: int | None  # the earliest year the RPE expects the next one
    uiterlijk_jaar: int | None
    te_laat: bool
    status: str


def agendapunt(artikel: Artikel, evaluatie: Evaluatie | None, regelset: Regelset, jaar: int) -> Agendapunt:
    laatste = evaluatie.laatste_jaar if evaluatie else None
    gepland = evaluatie.gepland_jaar if evaluatie else None
    if laatste is None:
        return Agendapunt(
            artikel,
            None,
            "",
            gepland,
            None,
            None,
            False,
            "Laatste evaluatie onbekend: leg die vast om de termijn te bewaken.",
        )
    vanaf = laatste + regelset.evaluatie_min_jaren
    uiterlijk = laatste + regelset.evaluatie_max_jaren
    te_laat = jaar > uiterlijk
    if te_laat:
        status = f"Te laat: uiterlijk in {uiterlijk} had een nieuwe evaluatie moeten komen."
    elif gepland is not None and gepland > uiterlijk:
        status = f"Gepland in {gepland}, na de uiterste termijn ({uiterlijk})."
    elif jaar >= vanaf:
        status = f"Nu aan de beurt (tussen {vanaf} en {uiterlijk})."
    else:
        status = f"Op tijd: volgende tussen {vanaf} en {uiterlijk}."
    return Agendapunt(
        artikel,
        laatste,
        evaluatie.laatste_titel if evaluatie else "",
        gepland,
        vanaf,
        uiterlijk,
        te_laat,
        status,
    )


def agenda(
    *, jaar: int | None = None, regelset: Regelset | None = None, hoofdstuk: str | None = None
) -> list[Agendapunt]:
    jaar = jaar or date.today().year
    regelset = regelset or geldende_regels()
    artikelen = Artikel.objects.filter(soort=Artikel.Soort.BELEIDSARTIKEL).select_related(
        "hoofdstuk", "evaluatie"
    )
    if hoofdstuk:
        artikelen = artikelen.filter(hoofdstuk__code=hoofdstuk)
    return [agendapunt(a, getattr(a, "evaluatie", None), regelset, jaar) for a in artikelen]
