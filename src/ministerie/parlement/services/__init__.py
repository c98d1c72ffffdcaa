"""Every change to parliament items: one transaction, permission check, state change, audit
record; signals queued on commit. Views, API, import and CLI call these functions.

One module per entity; the names are importable from here (``services.registreer_motie``)."""

# ruff: noqa: F401  (the modules' public names, re-exported)

from .debatten import (
    bereid_thema_voor,
    maak_debat,
    markeer_debatvraag,
    registreer_nagestuurd,
    registreer_toezeggingen_uit_debat,
    sluit_debat,
    start_debat,
    voeg_debatvraag_toe,
    voeg_deelnemer_toe,
    zet_debatstatus,
)
from .gedeeld import BRIEFSOORTEN, GETEKEND
from .kamerbrieven import registreer_kamerbrief, verzend_kamerbrief
from .kamervragen import (
    maak_antwoordnota,
    meld_uitstel,
    registreer_antwoord_verzonden,
    registreer_kamervragen,
    termijn_kamervragen,
    wijs_kamervragen_toe,
)
from .mondelinge_vragen import bereid_antwoordblad, registreer_mondelinge_vraag, sluit_mondelinge_vraag
from .moties import leg_uitslag_vast, leg_uitvoering_vast, registreer_motie
from .toezeggingen import registreer_toezegging, wijzig_toezegging
