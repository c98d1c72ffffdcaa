"""The letters and lists of a request: acknowledgement, decision letter, inventory (PDF and
XLSX), and the PDF of a decision memo for active disclosure. HTML templates through WeasyPrint;
nothing is fetched from outside."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, time
from typing import Any

from django.core.files.base import ContentFile
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone

from ministerie.core import audit
from ministerie.core.export import xlsx_bytes, xlsx_rij
from ministerie.termijnen import bereken_uit_gebeurtenissen

from .gronden import GRONDEN
from .models import Beoordeling, Briefbestand, Termijngebeurtenis, Verzoek
from .termijn import gebeurtenissen_van


def _niets_ophalen(url: str, *args: Any, **kwargs: Any) -> Any:
    raise ValueError("Externe bronnen worden niet opgehaald.")


def html_naar_pdf(html: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=html, base_url=None, url_fetcher=_niets_ophalen).write_pdf()


@dataclass(frozen=True)
class Brief:
    """A letter to the requester: its subject line and the template of its body (shared by the
    e-mail text and the PDF)."""

    onderwerp: str
    tekst: str


BRIEVEN = {
    "ontvangstbevestiging": Brief(
        "Ontvangstbevestiging van uw Woo-verzoek", "woo/pdf/_bevestiging_tekst.html"
    ),
    "preciseringsverzoek": Brief(
        "Verzoek om uw Woo-verzoek te preciseren", "woo/pdf/_precisering_tekst.html"
    ),
    "verdagingsbericht": Brief(
        "Verdaging van de beslistermijn op uw Woo-verzoek", "woo/pdf/_verdaging_tekst.html"
    ),
}


def verdaging_van(verzoek: Verzoek) -> Termijngebeurtenis | None:
    return verzoek.termijngebeurtenissen.filter(soort=Termijngebeurtenis.Soort.VERDAAGD).first()


def beschikbare_brieven(verzoek: Verzoek) -> list[str]:
    """The letters a request has: the acknowledgement always, the others once their step was taken."""
    if not verzoek.is_verzoek:
        return []
    soorten = ["ontvangstbevestiging"]
    if verzoek.precisering_gevraagd_op:
        soorten.append("preciseringsverzoek")
    if verdaging_van(verzoek) is not None:
        soorten.append("verdagingsbericht")
    return soorten


def brief_context(verzoek: Verzoek, soort: str = "ontvangstbevestiging") -> dict[str, Any]:
    termijn = verzoek.termijn()
    briefdatum = timezone.localdate()
    verdaging = verdaging_van(verzoek)
    oorspronkelijk = None
    if verdaging is not None:
        zonder = [g for g in gebeurtenissen_van(verzoek) if g.soort != "verdaagd"]
        oorspronkelijk = getattr(bereken_uit_gebeurtenissen("woo", zonder), "uiterste_datum", None)
    if soort == "verdagingsbericht" and verdaging is not None:
        # the letter as sent: dated on the notice, with the due date known then (a later
        # suspension is made known separately)
        briefdatum = verdaging.datum
        toen = [g for g in gebeurtenissen_van(verzoek) if g.datum <= verdaging.datum]
        termijn = bereken_uit_gebeurtenissen("woo", toen)
    elif soort == "preciseringsverzoek" and verzoek.precisering_gevraagd_op:
        briefdatum = verzoek.precisering_gevraagd_op
    return {
        "verzoek": verzoek,
        "brief": BRIEVEN[soort],
        "soort": soort,
        "uiterste_datum": getattr(termijn, "uiterste_datum", None),
        "termijn": termijn,
        "verdaging": verdaging,
        "oorspronkelijke_datum": oorspronkelijk,
        "vandaag": briefdatum,
    }


def ontvangstbevestiging_context(verzoek: Verzoek) -> dict[str, Any]:
    return brief_context(verzoek, "ontvangstbevestiging")


def brief_tekst(verzoek: Verzoek, soort: str) -> str:
    """A letter as plain text (for the e-mail and the request page)."""
    from django.utils.html import strip_tags

    html = render_to_string(BRIEVEN[soort].tekst, brief_context(verzoek, soort))
    alineas = [" ".join(strip_tags(a).split()) for a in html.split("</p>")]
    return "\n\n".join(a for a in alineas if a)


def brief_pdf(verzoek: Verzoek, soort: str) -> bytes:
    return html_naar_pdf(render_to_string("woo/pdf/brief.html", brief_context(verzoek, soort)))


def opgeslagen_brief(verzoek: Verzoek, soort: str) -> Briefbestand | None:
    """The letter as it was made by the job, or None while it is being made."""
    return verzoek.brieven.filter(soort=soort).first()


def maak_briefbestand(verzoek: Verzoek, soort: str, *, door: str = "taak maak_brief") -> Briefbestand:
    """Render a letter once and store it (idempotent: a letter that exists is kept as it was
    sent). Called by the background job ``woo.taken.maak_brief``, never by a request: the
    rendering time grows with the request's text."""
    if soort not in BRIEVEN:
        raise ValueError(f"Onbekende brief: {soort}")
    bestaand = opgeslagen_brief(verzoek, soort)
    if bestaand is not None:
        return bestaand
    pdf = brief_pdf(verzoek, soort)
    with transaction.atomic():
        Verzoek.objects.select_for_update().get(pk=verzoek.pk)  # one maker at a time
        bestaand = opgeslagen_brief(verzoek, soort)
        if bestaand is not None:
            return bestaand
        brief = Briefbestand(verzoek=verzoek, soort=soort)
        brief.bestand.save(f"{soort}-{verzoek.zaaknummer}.pdf", ContentFile(pdf), save=False)
        brief.save()
        audit.registreer(
            "woo_brief_opgemaakt",
            door=door,
            subject=verzoek,
            gegevens={"brief": soort, "bytes": len(pdf), "sha256": hashlib.sha256(pdf).hexdigest()},
        )
    return brief


def ontvangstbevestiging_tekst(verzoek: Verzoek) -> str:
    return brief_tekst(verzoek, "ontvangstbevestiging")


def ontvangstbevestiging_pdf(verzoek: Verzoek) -> bytes:
    return brief_pdf(verzoek, "ontvangstbevestiging")


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
    xlsx_rij(blad, [f"Inventarislijst {verzoek.zaaknummer}: {verzoek.onderwerp}"])
    blad["A1"].font = Font(bold=True)
    kop = ["Nr.", "Document", "Datum", "Pagina's", "Beoordeling", "Weigeringsgronden", "Opmerking"]
    blad.append(kop)
    for cel in blad[2]:
        cel.font = Font(bold=True)
    for rij in inventaris_rijen(verzoek):
        xlsx_rij(
            blad,
            [
                rij["nummer"],
                rij["titel"],
                rij["datum"],
                rij["paginas"],
                rij["beoordeling"],
                rij["gronden"],
                rij["opmerking"],
            ],
        )
    for kolom, breedte in zip("ABCDEFG", (6, 60, 12, 10, 20, 24, 40), strict=True):
        blad.column_dimensions[kolom].width = breedte
    # made on this day: the same inventory today is the same file (see xlsx_bytes)
    return xlsx_bytes(werkboek, gemaakt=datetime.combine(timezone.localdate(), time.min))


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
