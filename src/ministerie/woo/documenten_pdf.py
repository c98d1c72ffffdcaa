"""The letters and lists of a request: acknowledgement, decision letter, inventory (PDF and
XLSX), and the PDF of a decision memo for active disclosure. HTML templates through WeasyPrint;
nothing is fetched from outside."""

from __future__ import annotations

from collections import Counter
from io import BytesIO
from typing import Any

from django.template.loader import render_to_string
from django.utils import timezone

from .gronden import GRONDEN
from .models import Beoordeling, Verzoek


def _niets_ophalen(url: str, *args: Any, **kwargs: Any) -> Any:
    raise ValueError("Externe bronnen worden niet opgehaald.")


def html_naar_pdf(html: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=html, base_url=None, url_fetcher=_niets_ophalen).write_pdf()


def ontvangstbevestiging_context(verzoek: Verzoek) -> dict[str, Any]:
    termijn = verzoek.termijn()
    return {
        "verzoek": verzoek,
        "uiterste_datum": getattr(termijn, "uiterste_datum", None),
        "termijn": termijn,
        "vandaag": timezone.localdate(),
    }


def ontvangstbevestiging_tekst(verzoek: Verzoek) -> str:
    """The acknowledgement as plain text (for the e-mail and the confirmation page)."""
    from django.utils.html import strip_tags

    html = render_to_string("woo/pdf/_bevestiging_tekst.html", ontvangstbevestiging_context(verzoek))
    alineas = [" ".join(strip_tags(a).split()) for a in html.split("</p>")]
    return "\n\n".join(a for a in alineas if a)


def ontvangstbevestiging_pdf(verzoek: Verzoek) -> bytes:
    return html_naar_pdf(
        render_to_string("woo/pdf/ontvangstbevestiging.html", ontvangstbevestiging_context(verzoek))
    )


def inventaris_rijen(verzoek: Verzoek) -> list[dict[str, Any]]:
    return [
        {
            "nummer": d.nummer,
            "titel": d.titel,
            "datum": d.datum,
            "paginas": d.paginas,
            "beoordeling": d.get_beoordeling_display() if d.beoordeling else "Nog niet beoordeeld",
            "gronden": ", ".join(d.alle_gronden()),
            "opmerking": d.reeds_openbaar_waar,
        }
        for d in verzoek.documenten.order_by("nummer")
    ]


def besluit_context(verzoek: Verzoek) -> dict[str, Any]:
    documenten = list(verzoek.documenten.order_by("nummer"))
    tellingen = Counter(d.beoordeling for d in documenten)
    gebruikt: dict[str, list[int]] = {}
    for d in documenten:
        for g in d.alle_gronden():
            gebruikt.setdefault(g, []).append(d.nummer)
    motiveringen = {m.grond: m.tekst for m in verzoek.motiveringen.all()}
    gronden = [
        {
            "grond": GRONDEN[code],
            "documenten": nummers,
            "motivering": motiveringen.get(code, ""),
        }
        for code, nummers in sorted(gebruikt.items())
    ]
    ouder = [d for d in documenten if d.toelichting_5_3]
    return {
        "verzoek": verzoek,
        "logboek": verzoek.logboek.all(),
        "derden": verzoek.derden.all(),
        "rijen": inventaris_rijen(verzoek),
        "tellingen": [(b.label, tellingen.get(b.value, 0)) for b in Beoordeling],
        "gronden": gronden,
        "ouder": ouder,
        "datum": verzoek.besluit_datum or timezone.localdate(),
    }


def besluit_pdf(verzoek: Verzoek, *, openbaar: bool = False) -> bytes:
    """The decision letter; ``openbaar``: the version for publication, without the requester's
    name and address."""
    context = {**besluit_context(verzoek), "openbaar": openbaar}
    return html_naar_pdf(render_to_string("woo/pdf/besluit.html", context))


def inventaris_pdf(verzoek: Verzoek) -> bytes:
    return html_naar_pdf(
        render_to_string("woo/pdf/inventaris.html", {"verzoek": verzoek, "rijen": inventaris_rijen(verzoek)})
    )


def inventaris_xlsx(verzoek: Verzoek) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    werkboek = Workbook()
    blad = werkboek.active
    blad.title = "Inventarislijst"
    blad.append([f"Inventarislijst {verzoek.zaaknummer}: {verzoek.onderwerp}"])
    blad["A1"].font = Font(bold=True)
    kop = ["Nr.", "Document", "Datum", "Pagina's", "Beoordeling", "Weigeringsgronden", "Opmerking"]
    blad.append(kop)
    for cel in blad[2]:
        cel.font = Font(bold=True)
    for rij in inventaris_rijen(verzoek):
        blad.append(
            [
                rij["nummer"],
                rij["titel"],
                rij["datum"],
                rij["paginas"],
                rij["beoordeling"],
                rij["gronden"],
                rij["opmerking"],
            ]
        )
    for kolom, breedte in zip("ABCDEFG", (6, 60, 12, 10, 20, 24, 40), strict=True):
        blad.column_dimensions[kolom].width = breedte
    uit = BytesIO()
    werkboek.save(uit)
    return uit.getvalue()


def nota_pdf(nota: Any) -> bytes:
    """A decision memo with its decisions and the bewindspersoon's annotations."""
    return html_naar_pdf(
        render_to_string(
            "woo/pdf/nota.html",
            {
                "nota": nota,
                "punten": nota.beslispunten.all(),
                "annotaties": [
                    a for a in nota.annotaties.select_related("door") if "bewindspersoon" in a.door.rolcodes()
                ],
            },
        )
    )
