"""The year's complaint figures (Awb 9:12a: registered and published yearly). One function
gives them to the page, its PDF and ``ministerie klachten jaarverslag JAAR [--json]``.

Counted per calendar year: received (by the date of receipt), handled and not handled (by the
date of the outcome or the notice), the outcome, on time (handled on or before the due date
the deadline engine derives, or the date agreed with the complainant), the average handling
time in days, and cases at the Nationale ombudsman (by the date the ombudsman's notice came)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from .gronden import NIET_BEHANDELEN
from .models import Klacht

EERSTE_JAAR = 1990
LAATSTE_JAAR = 2200


@dataclass
class Cijfers:
    jaar: int
    ontvangen: int = 0
    ontvangen_schriftelijk: int = 0
    ontvangen_mondeling: int = 0
    afgehandeld: int = 0
    gegrond: int = 0
    deels_gegrond: int = 0
    ongegrond: int = 0
    niet_behandeld: int = 0
    niet_behandeld_per_grond: dict[str, int] = field(default_factory=dict)
    op_tijd: int = 0
    te_laat: int = 0
    gemiddelde_behandelduur_dagen: float | None = None
    ombudsman: int = 0

    def als_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def gronden(self) -> list[tuple[str, str, int]]:
        return [
            (code, g.artikel, self.niet_behandeld_per_grond.get(code, 0))
            for code, g in NIET_BEHANDELEN.items()
        ]


def geldig_jaar(jaar: int) -> bool:
    return EERSTE_JAAR <= jaar <= LAATSTE_JAAR


def cijfers(jaar: int) -> Cijfers:
    if not geldig_jaar(jaar):
        raise ValueError(f"Kies een jaar tussen {EERSTE_JAAR} en {LAATSTE_JAAR}, niet {jaar}.")
    c = Cijfers(jaar=jaar, niet_behandeld_per_grond={code: 0 for code in NIET_BEHANDELEN})
    ontvangen = Klacht.objects.filter(ontvangen_op__year=jaar)
    c.ontvangen = ontvangen.count()
    c.ontvangen_mondeling = ontvangen.filter(kanaal=Klacht.Kanaal.MONDELING).count()
    c.ontvangen_schriftelijk = c.ontvangen - c.ontvangen_mondeling
    duren = []
    afgehandeld = Klacht.objects.filter(status=Klacht.Status.AFGEHANDELD, afgehandeld_op__year=jaar)
    for klacht in afgehandeld.prefetch_related("termijngebeurtenissen"):
        c.afgehandeld += 1
        setattr(c, klacht.oordeel, getattr(c, klacht.oordeel) + 1)
        uiterste = klacht.uiterste_datum()
        assert klacht.afgehandeld_op is not None
        if uiterste is None or klacht.afgehandeld_op <= uiterste:
            c.op_tijd += 1
        else:
            c.te_laat += 1
        duren.append((klacht.afgehandeld_op - klacht.ontvangen_op).days)
    if duren:
        c.gemiddelde_behandelduur_dagen = round(sum(duren) / len(duren), 1)
    niet = Klacht.objects.filter(status=Klacht.Status.NIET_BEHANDELD, niet_behandelen_gemeld_op__year=jaar)
    for grond in niet.values_list("niet_behandelen_grond", flat=True):
        c.niet_behandeld += 1
        c.niet_behandeld_per_grond[grond] = c.niet_behandeld_per_grond.get(grond, 0) + 1
    c.ombudsman = Klacht.objects.filter(ombudsman_ontvangen_op__year=jaar).count()
    return c
