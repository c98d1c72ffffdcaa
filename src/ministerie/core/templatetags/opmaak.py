"""Template filters for how numbers and counts read in Dutch: ``{% load opmaak %}``.

- ``bedrag_kort``: an amount where space is short, "€ 130 mln", "€ 4,6 mld";
- ``meervoud``: a count with the right form, "1 zaak", "4 zaken";
- ``natuurlijk``: numbered items in natural order, "vraag 2" before "vraag 10".

The functions are plain Python too (``natuurlijke_sleutel`` for ``sorted``), for views and exports.
Dates need no filter here: ``{{ d|date }}`` and ``{{ t|date:"DATETIME_FORMAT" }}`` use the
site's formats (``core/formaten/nl/formats.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sized
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from django import template

register = template.Library()

NBSP = "\u00a0"
MIN = "\u2212"  # the minus sign, not the hyphen

# the unit an amount is stored in: budget data is kept in thousands or millions of euros
_EENHEDEN = {"": Decimal(1), "euro": Decimal(1), "duizend": Decimal(1000), "miljoen": Decimal(10**6)}
_MILJOEN = Decimal(10**6)
_MILJARD = Decimal(10**9)


def _groepeer(getal: Decimal, decimalen: int) -> str:
    """Dutch notation: a dot between thousands, a comma before the decimals."""
    afgerond = getal.quantize(Decimal(1).scaleb(-decimalen), rounding=ROUND_HALF_UP)
    geheel, _, fractie = f"{afgerond:f}".partition(".")
    groepen = f"{int(geheel):,}".replace(",", ".")
    return f"{groepen},{fractie}" if fractie else groepen


def _kort(getal: Decimal) -> str:
    """One decimal below ten, whole above; a trailing ",0" is dropped ("€ 4 mld")."""
    tekst = _groepeer(getal, 1 if getal < 10 else 0)
    return tekst[:-2] if tekst.endswith(",0") else tekst


def bedrag_kort(bedrag: Any, eenheid: str = "") -> str:
    """An amount in euros, short: "€ 130 mln", "€ 4,6 mld", "€ 950.000", "−€ 12 mln".

    ``eenheid`` names what the stored number counts: "" or "euro", "duizend", "miljoen". The
    spaces are non-breaking, so the amount never wraps inside a narrow table cell. An empty or
    unreadable value gives "—".
    """
    if bedrag is None or bedrag == "":
        return "—"
    try:
        euro = Decimal(str(bedrag)) * _EENHEDEN[eenheid]
    except (InvalidOperation, KeyError, ValueError):
        return "—"
    teken = MIN if euro < 0 else ""
    euro = abs(euro)
    if euro >= _MILJARD:
        tekst = f"{_kort(euro / _MILJARD)}{NBSP}mld"
    elif euro >= _MILJOEN:
        tekst = f"{_kort(euro / _MILJOEN)}{NBSP}mln"
    else:
        tekst = _groepeer(euro, 0)
    return f"{teken}€{NBSP}{tekst}"


def meervoud(aantal: Any, vormen: str) -> str:
    """The count and the noun in the right form: ``meervoud(1, "zaak,zaken")`` → "1 zaak".

    ``aantal`` may be a number or anything with a length (a list, a queryset). Zero takes the
    plural, as in Dutch ("0 zaken").
    """
    enkelvoud, _, meer = vormen.partition(",")
    n = len(aantal) if isinstance(aantal, Sized) and not isinstance(aantal, str) else int(aantal)
    return f"{n} {enkelvoud if n == 1 else (meer or enkelvoud)}"


_CIJFERS = re.compile(r"(\d+)")


def natuurlijke_sleutel(tekst: Any) -> tuple[tuple[int, int | str], ...]:
    """A sort key that compares numbers inside a text as numbers: "2" < "10", "2a" < "2b".

    Letters compare without case; each part is tagged so numbers and text never meet.
    """
    delen = _CIJFERS.split(str(tekst if tekst is not None else ""))
    return tuple((0, int(deel)) if deel.isdigit() else (1, deel.casefold()) for deel in delen if deel)


def natuurlijk(items: Iterable[Any], veld: str = "") -> list[Any]:
    """The items in natural order, by themselves or by the attribute (or key) ``veld``."""

    def waarde(item: Any) -> Any:
        if not veld:
            return item
        if isinstance(item, dict):
            return item.get(veld)
        return getattr(item, veld, None)

    return sorted(items, key=lambda item: natuurlijke_sleutel(waarde(item)))


register.filter("bedrag_kort", bedrag_kort)
register.filter("meervoud", meervoud)
register.filter("natuurlijk", natuurlijk)
