"""The lifecycles of parliament items as explicit tables of allowed transitions."""

from __future__ import annotations

from ministerie.core.levenscyclus import Levenscyclus, OngeldigeOvergang

from .models import Debat, Debatvraag, Kamervragen, Motie, Toezegging

KV, TZ, M, D, DV = (
    Kamervragen.Status,
    Toezegging.Status,
    Motie.Uitslag,
    Debat.Status,
    Debatvraag.Status,
)

KAMERVRAGEN = Levenscyclus(
    "een set Kamervragen",
    KV,
    {
        KV.OPEN: {KV.UITSTEL, KV.VERZONDEN},
        KV.UITSTEL: {KV.UITSTEL, KV.VERZONDEN},  # a second uitstelbericht is possible
        KV.VERZONDEN: set(),
    },
)
TOEZEGGING = Levenscyclus(
    "een toezegging",
    TZ,
    {
        TZ.OPEN: {TZ.DEELS_VOLDAAN, TZ.VOLDAAN, TZ.VERVALLEN},
        TZ.DEELS_VOLDAAN: {TZ.DEELS_VOLDAAN, TZ.VOLDAAN, TZ.VERVALLEN},
        TZ.VOLDAAN: set(),
        TZ.VERVALLEN: set(),
    },
)
MOTIE = Levenscyclus(
    "een motie",
    M,
    {
        M.NIET_GESTEMD: {M.AANGENOMEN, M.VERWORPEN, M.AANGEHOUDEN, M.INGETROKKEN},
        M.AANGEHOUDEN: {M.AANGENOMEN, M.VERWORPEN, M.INGETROKKEN},
        M.AANGENOMEN: set(),
        M.VERWORPEN: set(),
        M.INGETROKKEN: set(),
    },
)
DEBAT = Levenscyclus("een debat", D, {D.GEPLAND: {D.LIVE}, D.LIVE: {D.AFGELOPEN}, D.AFGELOPEN: set()})
DEBATVRAAG = Levenscyclus(
    "een vraag in een debat",
    DV,
    {
        DV.OPEN: {DV.BEANTWOORD, DV.SCHRIFTELIJK},
        DV.BEANTWOORD: {DV.OPEN, DV.SCHRIFTELIJK},
        DV.SCHRIFTELIJK: {DV.OPEN, DV.BEANTWOORD},
    },
)

__all__ = ["DEBAT", "DEBATVRAAG", "KAMERVRAGEN", "MOTIE", "TOEZEGGING", "OngeldigeOvergang"]
