"""Accessible bar charts: an SVG drawn on the server, always shown with its data table beside it.

The SVG is a picture of the table (role="img" with a title and a summary), so screen-reader users
read the table and nobody depends on colour or on JavaScript. Values may be negative (budget
changes): bars then run left of the zero line.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

BREEDTE = 640
LABELRUIMTE = 200
WAARDERUIMTE = 90
RIJHOOGTE = 28
STAAFHOOGTE = 18


@dataclass(frozen=True)
class Staaf:
    label: str
    waarde: float
    tekst: str  # the value as shown, e.g. "1.234" or "12 dagen"
    x: float
    y: float
    breedte: float
    negatief: bool

    @property
    def tekst_x(self) -> float:
        return self.x + self.breedte + 6

    @property
    def label_y(self) -> float:
        return self.y + STAAFHOOGTE - 4


@dataclass(frozen=True)
class Staafdiagram:
    id: str
    titel: str
    samenvatting: str
    kolom_label: str
    kolom_waarde: str
    staven: list[Staaf]
    nul_x: float
    breedte: int = BREEDTE

    @property
    def hoogte(self) -> int:
        return max(1, len(self.staven)) * RIJHOOGTE + 8

    @property
    def label_x(self) -> int:
        return LABELRUIMTE - 8


def _opgemaakt(waarde: float, eenheid: str) -> str:
    tekst = f"{waarde:,.0f}" if float(waarde).is_integer() else f"{waarde:,.1f}"
    tekst = tekst.replace(",", "\u202f").replace(".", ",").replace("\u202f", ".")
    return f"{tekst} {eenheid}".strip()


def staafdiagram(
    id: str,
    titel: str,
    reeks: list[tuple[str, float | int | Decimal]],
    *,
    eenheid: str = "",
    kolom_label: str = "Onderdeel",
    kolom_waarde: str = "Waarde",
    samenvatting: str = "",
) -> Staafdiagram:
    """A horizontal bar chart of (label, value) pairs, in the given order."""
    waarden = [float(w) for _, w in reeks]
    laagste, hoogste = min([0.0, *waarden]), max([0.0, *waarden])
    bereik = (hoogste - laagste) or 1.0
    ruimte = BREEDTE - LABELRUIMTE - WAARDERUIMTE
    schaal = ruimte / bereik
    nul_x = LABELRUIMTE + (-laagste) * schaal
    staven = []
    for rij, ((label, _), waarde) in enumerate(zip(reeks, waarden, strict=True)):
        breedte = abs(waarde) * schaal
        x = nul_x - breedte if waarde < 0 else nul_x
        staven.append(
            Staaf(
                label=label,
                waarde=waarde,
                tekst=_opgemaakt(waarde, eenheid),
                x=round(x, 1),
                y=rij * RIJHOOGTE + 4,
                breedte=round(max(breedte, 1.0 if waarde else 0.0), 1),
                negatief=waarde < 0,
            )
        )
    if not samenvatting:
        samenvatting = "; ".join(f"{s.label}: {s.tekst}" for s in staven) or "Geen gegevens."
    return Staafdiagram(
        id=id,
        titel=titel,
        samenvatting=samenvatting,
        kolom_label=kolom_label,
        kolom_waarde=kolom_waarde,
        staven=staven,
        nul_x=round(nul_x, 1),
    )
