"""The letters to the objector: acknowledgement of receipt (Awb 6:14), verdaging (7:10 lid 3) and
the decision on the objection (7:11, 7:12) with the beroep clause (3:45, 6:7, 8:1). One template
per letter body, shared by the PDF (Rijksoverheid letter layout through WeasyPrint, nothing
fetched from outside, as the complaint letters) and the e-mail text. A letter is made once and
kept as sent; it is e-mailed with the PDF when an address is known, else marked for the post."""

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
from .gronden import AFZIEN_HOREN
from .models import Bezwaar, Brief

logger = logging.getLogger(__name__)

ONDERWERPEN: dict[str, str] = {
    Brief.Soort.ONTVANGSTBEVESTIGING: "Ontvangstbevestiging van uw bezwaarschrift",
    Brief.Soort.VERDAGING: "Verdaging van de beslissing op uw bezwaar",
    Brief.Soort.BESLISSING: "Beslissing op uw bezwaar",
}

AFZENDER = "Directie Constitutionele Zaken en Wetgeving, cluster bezwaar en beroep"


def _niets_ophalen(url: str, *args: Any, **kwargs: Any) -> Any:
    raise ValueError("Externe bronnen worden niet opgehaald.")


def html_naar_pdf(html: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=html, base_url=None, url_fetcher=_niets_ophalen).write_pdf()


def context(bezwaar: Bezwaar, soort: str, datum: date) -> dict[str, Any]:
    return {
        "bezwaar": bezwaar,
        "soort": soort,
        "onderwerp": ONDERWERPEN[soort],
        "datum": datum,
        "organisatie": getattr(settings, "ORGANISATIE_NAAM", ""),
        "afzender": AFZENDER,
        "termijn": termijn.beslistermijn(bezwaar),
        "uiterste_datum": termijn.uiterste_datum(bezwaar),
        "einde_bezwaartermijn": termijn.einde_bezwaartermijn(bezwaar),
        "te_laat": termijn.te_laat(bezwaar),
        "afzien_grond": AFZIEN_HOREN.get(bezwaar.afzien_horen_grond),
        "hoorzittingen": list(bezwaar.hoorzittingen.all()),
        "verdaging": bezwaar.termijngebeurtenissen.filter(soort="verdaagd").first(),
        "beroep_uiterlijk": termijn.beroep_uiterlijk(bezwaar.beslist_op),
    }


def tekst_van(bezwaar: Bezwaar, soort: str, datum: date) -> str:
    """The letter's body as plain text (the e-mail, the objection's page)."""
    html = render_to_string(f"bezwaar/pdf/_{soort}.html", context(bezwaar, soort, datum))
    alineas = [" ".join(strip_tags(a).split()) for a in html.split("</p>")]
    return "\n\n".join(a for a in alineas if a)


def pdf_van(bezwaar: Bezwaar, soort: str, datum: date) -> bytes:
    ctx = context(bezwaar, soort, datum)
    ctx["lichaam"] = f"bezwaar/pdf/_{soort}.html"
    return html_naar_pdf(render_to_string("bezwaar/pdf/brief.html", ctx))


def maak_brief(bezwaar: Bezwaar, soort: str, datum: date) -> Brief:
    """Make the letter once (inside the caller's transaction); a second call keeps the first."""
    bestaand = bezwaar.brieven.filter(soort=soort).first()
    if bestaand is not None:
        return bestaand
    brief = Brief(
        bezwaar=bezwaar,
        soort=soort,
        datum=datum,
        onderwerp=f"{ONDERWERPEN[soort]} ({bezwaar.zaaknummer})",
        tekst=tekst_van(bezwaar, soort, datum),
        per_email=bool(bezwaar.bezwaarmaker_email),
    )
    brief.pdf.save(
        f"{bezwaar.zaaknummer}-{soort}.pdf", ContentFile(pdf_van(bezwaar, soort, datum)), save=False
    )
    brief.save()
    return brief


def verstuur(brief_pk: int) -> bool:
    """E-mail a stored letter with its PDF (called after the transaction committed). A failure
    is logged and the letter stays on the objection's page to send by post."""
    brief = Brief.objects.select_related("bezwaar").get(pk=brief_pk)
    if not brief.bezwaar.bezwaarmaker_email:
        return False
    bericht = EmailMessage(brief.onderwerp, brief.tekst, None, [brief.bezwaar.bezwaarmaker_email])
    with brief.pdf.open("rb") as f:
        bericht.attach(f"{brief.bezwaar.zaaknummer}-{brief.soort}.pdf", f.read(), "application/pdf")
    try:
        bericht.send()
    except OSError:
        logger.exception("Brief %s van bezwaar %s niet verstuurd", brief.soort, brief.bezwaar.zaaknummer)
        return False
    return True
