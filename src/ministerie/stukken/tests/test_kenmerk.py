"""Two memos made at the same moment (found by bench/belasting.py on PostgreSQL: a 500 for
one of them) both get a number: the one that finds its number taken takes the next."""

from __future__ import annotations

from typing import Any

import pytest

from ministerie.organisatie.models import Eenheid
from ministerie.stukken import services

pytestmark = pytest.mark.django_db


def _maak(door: Any, onderwerp: str) -> Any:
    return services.maak_nota(
        door=door,
        soort="informatienota",
        onderwerp=onderwerp,
        aan="de minister",
        eenheid=Eenheid.objects.get(code="woningbouw-woningbouwbeleid"),
        kernpunten="Ter informatie.",
    )


def test_een_kenmerk_dat_intussen_bezet_is_wordt_het_volgende(
    lijn: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    eerste = _maak(lijn["beleid"], "Eerste")
    echt = services._nieuw_kenmerk
    gelezen: list[str] = []

    def zoals_een_gelijktijdig_proces(datum: Any) -> str:
        # the other process read the same highest number before the first memo was committed
        kenmerk = eerste.kenmerk if not gelezen else echt(datum)
        gelezen.append(kenmerk)
        return kenmerk

    monkeypatch.setattr(services, "_nieuw_kenmerk", zoals_een_gelijktijdig_proces)
    tweede = _maak(lijn["beleid"], "Tweede")
    assert gelezen[0] == eerste.kenmerk and tweede.kenmerk == gelezen[1] != eerste.kenmerk
    assert tweede.beslispunten.count() == 0 and tweede.tijdlijn.exists()
