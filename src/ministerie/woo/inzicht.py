"""Insight for CZW and the SG: open requests by days left, overdue requests, on-time percentage
and average handling time per year and per directie, pages assessed per week."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from ministerie.core.grafieken import staafdiagram

from .models import Verzoek, WooDocument
from .toestanden import OPEN

BAKJES = ("te laat", "0–5 dagen", "6–10 dagen", "11–20 dagen", "meer dan 20 dagen", "opgeschort")


def _bakje(dagen: int | None) -> str:
    if dagen is None:
        return "opgeschort"
    if dagen < 0:
        return "te laat"
    if dagen <= 5:
        return "0–5 dagen"
    if dagen <= 10:
        return "6–10 dagen"
    if dagen <= 20:
        return "11–20 dagen"
    return "meer dan 20 dagen"


@dataclass
class Inzicht:
    open: list[dict[str, Any]] = field(default_factory=list)
    te_laat: list[dict[str, Any]] = field(default_factory=list)
    per_jaar: list[dict[str, Any]] = field(default_factory=list)
    per_directie: list[dict[str, Any]] = field(default_factory=list)
    paginas_per_week: list[tuple[str, int]] = field(default_factory=list)
    diagrammen: list[Any] = field(default_factory=list)

    def als_dict(self) -> dict[str, Any]:
        return {
            "open": self.open,
            "te_laat": self.te_laat,
            "per_jaar": self.per_jaar,
            "per_directie": self.per_directie,
            "paginas_per_week": [{"week": w, "paginas": n} for w, n in self.paginas_per_week],
        }


def open_verzoeken(vandaag: date) -> list[dict[str, Any]]:
    rijen = []
    for v in Verzoek.objects.filter(status__in=OPEN, soort=Verzoek.Soort.VERZOEK).select_related("eenheid"):
        uiterst = v.uiterste_datum()
        rijen.append(
            {
                "zaaknummer": v.zaaknummer,
                "onderwerp": v.onderwerp,
                "status": v.get_status_display(),
                "ontvangen_op": v.ontvangen_op.isoformat(),
                "uiterste_datum": uiterst.isoformat() if uiterst else None,
                "dagen_over": (uiterst - vandaag).days if uiterst else None,
                "directie": v.eenheid.naam if v.eenheid else "",
                "pk": v.pk,
            }
        )
    return sorted(rijen, key=lambda r: (r["uiterste_datum"] is None, r["uiterste_datum"] or ""))


def _tijdigheid(groepen: dict[str, list[tuple[bool, int]]]) -> list[dict[str, Any]]:
    uit = []
    for sleutel, waarden in sorted(groepen.items()):
        aantal = len(waarden)
        uit.append(
            {
                "groep": sleutel,
                "besluiten": aantal,
                "op_tijd": sum(1 for t, _ in waarden if t),
                "percentage_op_tijd": round(100 * sum(1 for t, _ in waarden if t) / aantal, 1),
                "gemiddelde_dagen": round(sum(d for _, d in waarden) / aantal, 1),
            }
        )
    return uit


def inzicht(vandaag: date) -> Inzicht:
    uit = Inzicht(open=open_verzoeken(vandaag))
    uit.te_laat = [r for r in uit.open if r["dagen_over"] is not None and r["dagen_over"] < 0]
    per_jaar: dict[str, list[tuple[bool, int]]] = defaultdict(list)
    per_directie: dict[str, list[tuple[bool, int]]] = defaultdict(list)
    besloten = Verzoek.objects.filter(soort=Verzoek.Soort.VERZOEK, besluit_datum__isnull=False)
    for v in besloten.select_related("eenheid"):
        uiterst = v.uiterste_datum()
        assert v.besluit_datum is not None
        waarde = (uiterst is not None and v.besluit_datum <= uiterst, (v.besluit_datum - v.ontvangen_op).days)
        per_jaar[str(v.besluit_datum.year)].append(waarde)
        per_directie[v.eenheid.naam if v.eenheid else "(geen directie)"].append(waarde)
    uit.per_jaar = _tijdigheid(per_jaar)
    uit.per_directie = _tijdigheid(per_directie)
    maandag = vandaag - timedelta(days=vandaag.weekday())
    weken = [maandag - timedelta(weeks=n) for n in range(11, -1, -1)]
    tellingen = dict.fromkeys(weken, 0)
    for d in WooDocument.objects.filter(beoordeeld_op__isnull=False).only("beoordeeld_op", "paginas"):
        assert d.beoordeeld_op is not None
        dag = d.beoordeeld_op.date()
        week = dag - timedelta(days=dag.weekday())
        if week in tellingen:
            tellingen[week] += d.paginas
    uit.paginas_per_week = [(f"week {w.isocalendar()[1]} ({w:%d-%m})", n) for w, n in tellingen.items()]
    verdeling = dict.fromkeys(BAKJES, 0)
    for r in uit.open:
        verdeling[_bakje(r["dagen_over"])] += 1
    uit.diagrammen = [
        staafdiagram(
            "woo-open",
            "Open verzoeken naar resterende dagen",
            list(verdeling.items()),
            kolom_label="Resterend",
            kolom_waarde="Verzoeken",
        ),
        staafdiagram(
            "woo-tijdig",
            "Besluiten op tijd per jaar (%)",
            [(r["groep"], r["percentage_op_tijd"]) for r in uit.per_jaar],
            eenheid="%",
            kolom_label="Jaar",
            kolom_waarde="Op tijd",
        ),
        staafdiagram(
            "woo-duur",
            "Gemiddelde behandelduur per directie (dagen)",
            [(r["groep"], r["gemiddelde_dagen"]) for r in uit.per_directie],
            eenheid="dagen",
            kolom_label="Directie",
            kolom_waarde="Gemiddeld",
        ),
        staafdiagram(
            "woo-paginas",
            "Beoordeelde pagina's per week",
            [(week, paginas) for week, paginas in uit.paginas_per_week],
            kolom_label="Week",
            kolom_waarde="Pagina's",
        ),
    ]
    return uit
