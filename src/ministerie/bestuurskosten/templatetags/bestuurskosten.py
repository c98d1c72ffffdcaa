from __future__ import annotations

from decimal import Decimal

from django import template

from ministerie.bestuurskosten.totalen import euro as _euro

register = template.Library()


@register.filter
def euro(bedrag: Decimal | None) -> str:
    return _euro(bedrag if bedrag is not None else Decimal("0"))
