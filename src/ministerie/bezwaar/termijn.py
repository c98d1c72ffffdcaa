"""The terms of an objection, all computed by the deadline engine (``ministerie.termijnen``).

- the objection term: the engine's regeling ``bezwaartermijn`` (Awb 6:7, six weeks from the
  day after the decision was made known); an objection is in time when received before its end,
  or posted before its end and received within a week after it (6:9 lid 2);
- the decision term: ``beslissing-bezwaar`` (six weeks) or ``beslissing-bezwaar-advies``
  (twelve weeks, an advisory committee of 7:13), counted from the last day of the objection term
  (7:10 lid 1). An objection received after that day has its term counted from the day of
  receipt (settled case law: a term cannot end before the objection is there). The verdaging
  (7:10 lid 3) is a recorded event the engine checks; further postponement with the objector's
  consent (7:10 lid 4) is a date agreed with them, not a computation; while an omission is
  repaired (6:6) the term is suspended (7:10 lid 2), from the day after the request up to the
  day before the repair, or to the end of the term set for it;
- the term for beroep at the rechtbank (Awb 6:7, 8:1): six weeks after the decision on the
  objection was made known; not a regeling of the engine, so given here as a ``Regeling`` row
  and computed by the same ``bereken``.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from ministerie.termijnen import (
    Duur,
    Eenheid,
    Gebeurtenis,
    OpgeschorteTermijn,
    Regeling,
    Uitkomst,
    bereken,
    bereken_uit_gebeurtenissen,
)

BEROEPSTERMIJN = Regeling(
    sleutel="beroepstermijn",
    omschrijving="Termijn voor het instellen van beroep bij de rechtbank",
    grondslag="Awb art. 6:7 jo. art. 6:8 lid 1 en art. 8:1",
    termijn=Duur(6, Eenheid.WEKEN),
    aanvang="de dag waarop de beslissing op bezwaar is bekendgemaakt",
    atw_van_toepassing=True,
    geen_verdaging_reden="De beroepstermijn (Awb art. 6:7) kan niet worden verdaagd.",
)

#: Awb 6:9 lid 2: posted in time counts when received no later than a week after the term.
EEN_WEEK = Duur(1, Eenheid.WEKEN)


def bezwaartermijn(bezwaar: Any) -> Uitkomst | None:
    """The objection term (6:7), or None while the date the decision was made known is unknown."""
    if bezwaar.besluit_bekendgemaakt_op is None:
        return None
    return bereken("bezwaartermijn", bezwaar.besluit_bekendgemaakt_op)


def einde_bezwaartermijn(bezwaar: Any) -> date | None:
    uitkomst = bezwaartermijn(bezwaar)
    return uitkomst.uiterste_datum if uitkomst else None


def tijdig(bezwaar: Any) -> bool | None:
    """In time (Awb 6:9), or None when it cannot be told yet (no date of bekendmaking)."""
    einde = einde_bezwaartermijn(bezwaar)
    if einde is None:
        return None
    if bezwaar.ontvangen_op <= einde:
        return True
    per_post = bezwaar.ter_post_op
    return per_post is not None and per_post <= einde and bezwaar.ontvangen_op <= EEN_WEEK.na(einde)


def te_laat(bezwaar: Any) -> bool:
    return tijdig(bezwaar) is False


def regeling_van(bezwaar: Any) -> str:
    return "beslissing-bezwaar-advies" if bezwaar.met_advies else "beslissing-bezwaar"


def aanvang_beslistermijn(bezwaar: Any) -> date | None:
    """DATUM of the decision term: the last day of the objection term, or the day of receipt
    when the objection came in after it."""
    einde = einde_bezwaartermijn(bezwaar)
    if einde is None:
        return None
    return max(einde, bezwaar.ontvangen_op)


def gebeurtenissen_van(bezwaar: Any) -> list[Gebeurtenis]:
    aanvang = aanvang_beslistermijn(bezwaar)
    assert aanvang is not None
    lijst = [Gebeurtenis.ontvangen(aanvang)]
    for g in bezwaar.termijngebeurtenissen.all():
        if g.soort == "verdaagd":
            lijst.append(Gebeurtenis.verdaagd(g.datum))
        elif g.soort == "opgeschort" and (opschorting := opgeschort(aanvang, g.datum, g.tot)) is not None:
            lijst.append(opschorting)
    return lijst


def opgeschort(aanvang: date, van: date, tot: date | None) -> Gebeurtenis | None:
    """The opschorting as the engine counts it: an omission repaired while the objection term
    still ran suspends only the part after it (the decision term starts the day after
    ``aanvang``); repaired before then, it suspends nothing."""
    begin = max(van, aanvang + timedelta(days=1))
    if tot is not None and tot < begin:
        return None
    return Gebeurtenis.opgeschort(begin, tot)


def beslistermijn(
    bezwaar: Any, extra: list[Gebeurtenis] | None = None
) -> Uitkomst | OpgeschorteTermijn | None:
    """The statutory decision term from the recorded events (never stored); None while the date
    the decision was made known is unknown."""
    if bezwaar.besluit_bekendgemaakt_op is None:
        return None
    return bereken_uit_gebeurtenissen(regeling_van(bezwaar), gebeurtenissen_van(bezwaar) + list(extra or []))


def afgesproken_datum(bezwaar: Any) -> date | None:
    """The latest date agreed with the objector's consent (7:10 lid 4), if any."""
    datums = [g.nieuwe_datum for g in bezwaar.termijngebeurtenissen.all() if g.soort == "instemming"]
    return max((d for d in datums if d is not None), default=None)


def lopend_herstel(bezwaar: Any) -> Any:
    """The running opschorting for the repair of an omission (6:6), if any."""
    return next(
        (g for g in bezwaar.termijngebeurtenissen.all() if g.soort == "opgeschort" and g.tot is None), None
    )


def uiterste_datum(bezwaar: Any) -> date | None:
    """The last day to decide; None while unknown or suspended (the term stands still)."""
    uitkomst = beslistermijn(bezwaar)
    wettelijk = uitkomst.uiterste_datum if uitkomst is not None else None
    afgesproken = afgesproken_datum(bezwaar)
    if afgesproken is not None and (wettelijk is None or afgesproken > wettelijk):
        return afgesproken
    return wettelijk


def beroep_uiterlijk(beslist_op: date | None) -> date | None:
    """The last day to lodge beroep at the rechtbank (Awb 6:7, 8:1), once decided."""
    return bereken(BEROEPSTERMIJN, beslist_op).uiterste_datum if beslist_op else None
