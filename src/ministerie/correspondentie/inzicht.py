"""Insight and the yearly report of team MC: the year's items per channel, kind, subject,
directie; the share answered on time and the average handling time. Over every item (the
numbers hold no personal data; the page is for MC). The same figures feed the page, the PDF and
the XLSX of the yearly report."""

from __future__ import annotations

import io
from collections import Counter
from dataclasses import dataclass
from typing import Any

from django.template.loader import render_to_string
from django.utils import timezone

from ministerie.core.export import xlsx_rij

from .models import Kanaal, Soort, Zaak


@dataclass(frozen=True)
class Jaarcijfers:
    jaar: int
    totaal: int
    afgehandeld: int
    op_tijd: int
    gemiddelde_dagen: float | None
    open: int
    per_kanaal: list[tuple[str, int]]
    per_soort: list[tuple[str, int]]
    per_onderwerp: list[tuple[str, int]]
    per_directie: list[tuple[str, int]]

    @property
    def aandeel_op_tijd(self) -> float | None:
        return round(100 * self.op_tijd / self.afgehandeld, 1) if self.afgehandeld else None


def cijfers(jaar: int) -> Jaarcijfers:
    zaken = list(Zaak.objects.filter(ontvangen_op__year=jaar).select_related("toegewezen_aan", "campagne"))
    kanalen = Counter(z.kanaal for z in zaken)
    soorten = Counter(z.soort for z in zaken)
    onderwerpen = Counter((z.campagne.naam if z.campagne else z.onderwerp)[:120] for z in zaken)
    directies = Counter(str(z.toegewezen_aan) for z in zaken)
    klaar = [z for z in zaken if z.status == Zaak.Status.AFGEHANDELD and z.afgehandeld_op]
    op_tijd = sum(
        1
        for z in klaar
        if z.afgehandeld_op and timezone.localtime(z.afgehandeld_op).date() <= z.uiterste_datum
    )
    duren = [(z.afgehandeld_op - z.ontvangen_op).total_seconds() / 86400 for z in klaar if z.afgehandeld_op]
    return Jaarcijfers(
        jaar=jaar,
        totaal=len(zaken),
        afgehandeld=len(klaar),
        op_tijd=op_tijd,
        gemiddelde_dagen=round(sum(duren) / len(duren), 1) if duren else None,
        open=sum(1 for z in zaken if z.open),
        per_kanaal=[(label, kanalen[code]) for code, label in Kanaal.choices],
        per_soort=[(label, soorten[code]) for code, label in Soort.choices],
        per_onderwerp=onderwerpen.most_common(10),
        per_directie=sorted(directies.items(), key=lambda r: (-r[1], r[0])),
    )


def _niets_ophalen(url: str, *args: Any, **kwargs: Any) -> Any:
    raise ValueError("Externe bronnen worden niet opgehaald.")


def jaarverslag_pdf(c: Jaarcijfers) -> bytes:
    from weasyprint import HTML

    html = render_to_string("correspondentie/pdf/jaarverslag.html", {"c": c})
    return bytes(HTML(string=html, base_url=None, url_fetcher=_niets_ophalen).write_pdf())


def jaarverslag_xlsx(c: Jaarcijfers) -> bytes:
    from openpyxl import Workbook

    boek = Workbook()
    blad = boek.active
    blad.title = "Samenvatting"
    xlsx_rij(blad, [f"Maatschappelijke correspondentie {c.jaar}", ""])
    xlsx_rij(blad, ["Ontvangen", c.totaal])
    xlsx_rij(blad, ["Afgehandeld", c.afgehandeld])
    xlsx_rij(blad, ["Op tijd afgehandeld", c.op_tijd])
    xlsx_rij(blad, ["Aandeel op tijd (%)", c.aandeel_op_tijd])
    xlsx_rij(blad, ["Gemiddelde behandelduur (dagen)", c.gemiddelde_dagen])
    xlsx_rij(blad, ["Nog open", c.open])
    for titel, reeks in (
        ("Per kanaal", c.per_kanaal),
        ("Per soort", c.per_soort),
        ("Per onderwerp", c.per_onderwerp),
        ("Per directie", c.per_directie),
    ):
        ander = boek.create_sheet(titel)
        xlsx_rij(ander, [titel.removeprefix("Per ").capitalize(), "Aantal"])
        for label, aantal in reeks:
            xlsx_rij(ander, [label, aantal])
    uit = io.BytesIO()
    boek.save(uit)
    return uit.getvalue()
