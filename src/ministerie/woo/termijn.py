"""The terms of a Woo request, all computed by the deadline engine (``ministerie.termijnen``).

The decision term comes from the recorded events through ``bereken_uit_gebeurtenissen`` with
the engine's regeling "woo"; the precision term and the release date after an expected
objection are the engine's regelingen "woo-precisering" and "woo-openbaarmaking".
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ministerie.termijnen import (
    Gebeurtenis,
    OpgeschorteTermijn,
    Uitkomst,
    bereken,
    bereken_uit_gebeurtenissen,
)


def uiterste_preciseringsdatum(ontvangen: date) -> date:
    """The last day to ask for precision (Woo art. 4.1 lid 5), with the Atw."""
    return bereken("woo-precisering", ontvangen).uiterste_datum


def publicatiedatum(bekendgemaakt: date) -> date:
    """Release 2 weeks after the decision was made known (Woo art. 4.4 lid 5)."""
    return bereken("woo-openbaarmaking", bekendgemaakt).uiterste_datum


def bezwaartermijn_einde(bekendgemaakt: date) -> date:
    """The last day for an objection (Awb art. 6:7 jo. 6:8), from the engine."""
    return bereken("bezwaartermijn", bekendgemaakt).uiterste_datum


def gebeurtenissen_van(verzoek: Any) -> list[Gebeurtenis]:
    lijst = [Gebeurtenis.ontvangen(verzoek.ontvangen_op)]
    for g in verzoek.termijngebeurtenissen.all():
        if g.soort == "verdaagd":
            lijst.append(Gebeurtenis.verdaagd(g.datum))
        elif g.soort == "opgeschort":
            lijst.append(Gebeurtenis.opgeschort(g.datum, g.tot))
    return lijst


def beslistermijn(verzoek: Any, extra: list[Gebeurtenis] | None = None) -> Uitkomst | OpgeschorteTermijn:
    """The decision term of a request, derived from its events (never stored)."""
    return bereken_uit_gebeurtenissen("woo", gebeurtenissen_van(verzoek) + list(extra or []))
