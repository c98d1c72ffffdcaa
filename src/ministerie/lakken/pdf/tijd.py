"""The time budget of one redaction: checked between pages and between the steps of a page, so
that a file that takes too long stops with a Dutch message instead of holding a worker."""

from __future__ import annotations

import time

from .fouten import LakTeLang

#: The budget of ``lak`` when the order names none: long enough for a large scanned file with
#: OCR, short enough that no job worker is held for good.
MAX_LAKTIJD = 600.0  # seconds


def seconden(aantal: float) -> str:
    """``aantal`` seconds the Dutch way: ``"0,35"``, ``"120"``."""
    return f"{aantal:g}".replace(".", ",")


class Tijdsbudget:
    """``controleer`` raises ``LakTeLang`` once ``limiet`` seconds have passed (None: no limit)."""

    def __init__(self, limiet: float | None) -> None:
        self.limiet = limiet
        self.einde = time.monotonic() + limiet if limiet else None

    def controleer(self, pagina: int, aantal: int) -> None:
        if self.einde is not None and time.monotonic() > self.einde:
            raise te_lang(self.limiet or 0.0, pagina, aantal)


def te_lang(limiet: float, pagina: int = 0, aantal: int = 0) -> LakTeLang:
    waar = f" (bij pagina {pagina} van {aantal})" if pagina else ""
    return LakTeLang(
        f"Het lakken duurde langer dan {seconden(limiet)} seconden en is gestopt{waar}; "
        "er is niets geschreven."
    )
