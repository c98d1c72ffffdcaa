"""The letters to the complainant: acknowledgement (Awb 9:6), not handled (9:8 lid 3),
verdaging (9:11 lid 2) and the outcome (9:12). One template per letter body, shared by the PDF
(Rijksoverheid letter layout, WeasyPrint, nothing fetched from outside) and the e-mail text.
A letter is made once and kept as sent; it is e-mailed (with the PDF) when an address is known,
else it is marked for the post."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils.html import strip_tags

from . import termijn
from .gronden import AFZIEN_HOREN, NIET_BEHANDELEN
from .models import Brief, Klacht

logger = logging.getLogger(__name__)

ONDERWERPEN: dict[str, str] = {
    Brief.Soort.ONTVANGSTBEVESTIGING: "Ontvangstbevestiging van uw klacht",
    Brief.Soort.NIET_BEHANDELEN: "Wij behandelen uw klacht niet",
    Brief.Soort.VERDAGING: "Verdaging van de afhandeling van uw klacht",
    Brief.Soort.UITKOMST: "Afhandeling van uw klacht",
}

AFZENDER = "Directie Communicatie, team Maatschappelijke Correspondentie"


def _niets_ophalen(url: str, *args: Any, **kwargs: Any) -> Any:
    raise ValueError("Externe bronnen worden niet opgehaald.")


def html_naar_pdf(html: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=html, base_url=None, url_fetcher=_niets_ophalen).write_pdf()


def context(klacht: Klacht, soort: str, datum: date) -> dict[str, Any]:
    uitkomst = termijn.afhandeltermijn(klacht)
    return {
        "klacht": klacht,
        "soort": soort,
        "onderwerp": ONDERWERPEN[soort],
        "datum": datum,
        "organisatie": getattr(settings, "ORGANISATIE_NAAM", ""),
        "afzender": AFZENDER,
        "termijn": uitkomst,
        "uiterste_datum": termijn.uiterste_datum(klacht),
        "niet_behandelen_uiterlijk": termijn.niet_behandelen_uiterlijk(klacht),
        "grond": NIET_BEHANDELEN.get(klacht.niet_behandelen_grond),
        "afzien_grond": AFZIEN_HOREN.get(klacht.afzien_horen_grond),
        "hoorgesprekken": list(klacht.hoorgesprekken.all()),
        "ombudsman_uiterlijk": termijn.ombudsman_uiterlijk(klacht),
    }


def tekst_van(klacht: Klacht, soort: str, datum: date) -> str:
    """The letter's body as plain text (the e-mail, the complaint's page)."""
    html = render_to_string(f"klachten/pdf/_{soort}.html", context(klacht, soort, datum))
    alineas = [" ".join(strip_tags(a).split()) for a in html.split("</p>")]
    return "\n\n".join(a for a in alineas if a)


def pdf_van(klacht: Klacht, soort: str, datum: date) -> bytes:
    ctx = context(klacht, soort, datum)
    ctx["lichaam"] = f"klachten/pdf/_{soort}.html"
    return html_naar_pdf(render_to_string("klachten/pdf/brief.html", ctx))


def maak_brief(klacht: Klacht, soort: str, datum: date) -> Brief:
    """Make the letter once (inside the caller's transaction); a second call keeps the first."""
    bestaand = klacht.brieven.filter(soort=soort).first()
    if bestaand is not None:
        return bestaand
    brief = Brief(
        klacht=klacht,
        soort=soort,
        datum=datum,
        onderwerp=f"{ONDERWERPEN[soort]} ({klacht.zaaknummer})",
        tekst=tekst_van(klacht, soort, datum),
        per_email=bool(klacht.klager_email),
    )
    brief.pdf.save(f"{klacht.zaaknummer}-{soort}.pdf", ContentFile(pdf_van(klacht, soort, datum)), save=False)
    brief.save()
    return brief


def verstuur(brief_pk: int) -> bool:
    """E-mail a stored letter with its PDF (called after the transaction committed). A failure
    is logged and the letter stays on the complaint's page to send by post."""
    brief = Brief.objects.select_related("klacht").get(pk=brief_pk)
    if not brief.klacht.klager_email:
        return False
    bericht = EmailMessage(brief.onderwerp, brief.tekst, None, [brief.klacht.klager_email])
    with brief.pdf.open("rb") as f:
        bericht.attach(f"{brief.klacht.zaaknummer}-{brief.soort}.pdf", f.read(), "application/pdf")
    try:
        bericht.send()
    except OSError:
        logger.exception("Brief %s van klacht %s niet verstuurd", brief.soort, brief.klacht.zaaknummer)
        return False
    return True


def context_organisatie() -> str:
    return str(getattr(settings, "ORGANISATIE_NAAM", ""))
