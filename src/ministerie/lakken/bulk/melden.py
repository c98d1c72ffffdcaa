"""Passing progress on: to the caller's callback, and as a text bar on a terminal."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

from .typen import Fase, Voortgang

_NAMEN = {
    "inlezen": "Inlezen",
    "ontdubbelen": "Ontdubbelen",
    "draden": "Draden",
    "detectie": "Detectie",
    "inventaris": "Inventaris",
}


class Melder:
    """Calls the caller's ``voortgang`` (if any); an exception it raises stops the run, which
    is safe since it is only called between transactions."""

    def __init__(self, voortgang: Callable[[Voortgang], None] | None) -> None:
        self._voortgang = voortgang

    def __call__(self, fase: Fase, gedaan: int, totaal: int, bericht: str = "") -> None:
        if self._voortgang is not None:
            self._voortgang(Voortgang(fase, gedaan, totaal, bericht))


def toon_voortgang_op_terminal(
    stroom: TextIO | None = None, *, breedte: int = 30, interval: float = 0.2
) -> Callable[[Voortgang], None]:
    """A ``voortgang`` callback that draws a text progress bar per phase on ``stroom``
    (standard error by default): redrawn in place on a terminal, a line per tenth otherwise."""
    uit = stroom if stroom is not None else sys.stderr
    toestand: dict[str, object] = {"fase": None, "getekend": 0.0, "tiende": -1}

    def teken(voortgang: Voortgang) -> None:
        interactief = bool(getattr(uit, "isatty", lambda: False)())
        nu = time.monotonic()
        nieuw = voortgang.fase != toestand["fase"]
        klaar = voortgang.totaal > 0 and voortgang.gedaan >= voortgang.totaal
        if nieuw and toestand["fase"] is not None and interactief:
            uit.write("\n")
        if nieuw:
            toestand.update(fase=voortgang.fase, getekend=0.0, tiende=-1)
        deel = voortgang.gedaan / voortgang.totaal if voortgang.totaal > 0 else 1.0
        deel = min(max(deel, 0.0), 1.0)
        if interactief:
            getekend = toestand["getekend"]
            if not (nieuw or klaar) and isinstance(getekend, float) and nu - getekend < interval:
                return
            toestand["getekend"] = nu
            uit.write("\r" + _regel(voortgang, deel, breedte) + "\x1b[K")
        else:
            tiende = int(deel * 10)
            if tiende == toestand["tiende"] and not nieuw:
                return
            toestand["tiende"] = tiende
            uit.write(_regel(voortgang, deel, breedte) + "\n")
        uit.flush()

    return teken


def _regel(voortgang: Voortgang, deel: float, breedte: int) -> str:
    gevuld = int(deel * breedte)
    balk = "#" * gevuld + "." * (breedte - gevuld)
    naam = _NAMEN.get(voortgang.fase, voortgang.fase)
    tekst = f"{naam:<12} [{balk}] {deel * 100:5.1f}% {voortgang.gedaan}/{voortgang.totaal}"
    if voortgang.bericht:
        tekst += f"  {voortgang.bericht[:60]}"
    return tekst
