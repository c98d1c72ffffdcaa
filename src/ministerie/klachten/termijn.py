"""The terms of a complaint, all computed by the deadline engine (``ministerie.termijnen``).

- handling: the engine's regeling ``klacht`` (6 weeks) or ``klacht-advies`` (10 weeks, an
  advisory committee, Awb 9:14), from the recorded events (received, verdaagd: Awb 9:11);
- further postponement with the complainant's written consent (9:11 lid 2) is a date agreed with
  them, not a computation: the latest agreed date counts when it is later than the engine's;
- telling the complainant that the complaint is not handled: four weeks (9:8 lid 3);
- the term to go to the Nationale ombudsman: one year after the handling ended (9:24 lid 1).

The last two are not (yet) regelingen of the engine; they are given here as ``Regeling`` rows
and computed by the same ``bereken`` (the engine takes a ``Regeling`` as well as its key).
"""

from __future__ import annotations

from datetime import date
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

NIET_BEHANDELEN = Regeling(
    sleutel="klacht-niet-behandelen",
    omschrijving="Mededeling dat een klacht niet wordt behandeld",
    grondslag="Awb art. 9:8 lid 3",
    termijn=Duur(4, Eenheid.WEKEN),
    aanvang="de dag van ontvangst van het klaagschrift",
    atw_van_toepassing=True,
    geen_verdaging_reden="Awb art. 9:8 lid 3 kent geen verdaging.",
)

OMBUDSMAN = Regeling(
    sleutel="klacht-ombudsman",
    omschrijving="Verzoekschrift aan de Nationale ombudsman na klachtbehandeling",
    grondslag="Awb art. 9:24 lid 1",
    termijn=Duur(1, Eenheid.JAREN),
    aanvang="de dag waarop de klachtbehandeling is afgesloten",
    atw_van_toepassing=False,
    geen_atw_reden="de termijn is gesteld in jaren (Atw art. 4)",
    geen_verdaging_reden="De termijn voor de Nationale ombudsman kan niet worden verdaagd.",
)

#: A complaint about a behaviour longer ago than this may be left unhandled (Awb 9:8 lid 1 b).
EEN_JAAR = Duur(1, Eenheid.JAREN)


def regeling_van(klacht: Any) -> str:
    return "klacht-advies" if klacht.met_advies else "klacht"


def gebeurtenissen_van(klacht: Any, *, tot: date | None = None) -> list[Gebeurtenis]:
    lijst = [Gebeurtenis.ontvangen(klacht.ontvangen_op)]
    for g in klacht.termijngebeurtenissen.all():
        if g.soort == "verdaagd" and (tot is None or g.datum <= tot):
            lijst.append(Gebeurtenis.verdaagd(g.datum))
    return lijst


def afhandeltermijn(klacht: Any, extra: list[Gebeurtenis] | None = None) -> Uitkomst | OpgeschorteTermijn:
    """The statutory handling term of a complaint, from its events (never stored)."""
    return bereken_uit_gebeurtenissen(regeling_van(klacht), gebeurtenissen_van(klacht) + list(extra or []))


def afgesproken_datum(klacht: Any) -> date | None:
    """The latest date agreed with the complainant's written consent, if any."""
    datums = [g.nieuwe_datum for g in klacht.termijngebeurtenissen.all() if g.soort == "instemming"]
    return max((d for d in datums if d is not None), default=None)


def uiterste_datum(klacht: Any) -> date | None:
    wettelijk = afhandeltermijn(klacht).uiterste_datum
    afgesproken = afgesproken_datum(klacht)
    if afgesproken is not None and (wettelijk is None or afgesproken > wettelijk):
        return afgesproken
    return wettelijk


def niet_behandelen_uiterlijk(klacht: Any) -> date:
    """The last day to tell the complainant that the complaint is not handled (Awb 9:8 lid 3)."""
    return bereken(NIET_BEHANDELEN, klacht.ontvangen_op).uiterste_datum


def ombudsmantermijn(afgehandeld_op: date) -> date:
    """The last day to ask the Nationale ombudsman (Awb 9:24 lid 1)."""
    return bereken(OMBUDSMAN, afgehandeld_op).uiterste_datum


def ouder_dan_een_jaar(gedraging_op: date | None, ingediend_op: date) -> bool:
    """The behaviour took place longer than a year before the complaint (Awb 9:8 lid 1 b)."""
    return gedraging_op is not None and EEN_JAAR.na(gedraging_op) < ingediend_op


def ombudsman_uiterlijk(klacht: Any) -> date | None:
    """The last day for the Nationale ombudsman once the handling ended: a year after the outcome
    (Awb 9:24 lid 1 onder a) or after the notice that it is not handled (onder b)."""
    einde = klacht.afgehandeld_op or klacht.niet_behandelen_gemeld_op
    return ombudsmantermijn(einde) if einde else None
