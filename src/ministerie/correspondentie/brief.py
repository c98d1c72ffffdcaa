"""The answer as a letter in the Rijksoverheid letter layout (PDF through WeasyPrint: the
ribbon with the ministry's name at the top, the address block on the left, the reference column
on the right, the body and the signature) and the e-mail in the same words, with the letter
attached. Nothing is fetched from outside."""

from __future__ import annotations

from datetime import date
from email.utils import make_msgid
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string

from . import instellingen
from .models import Antwoord, Zaak


def _niets_ophalen(url: str, *args: Any, **kwargs: Any) -> Any:
    raise ValueError("Externe bronnen worden niet opgehaald.")


def onderwerp(zaak: Zaak) -> str:
    return (
        f"Uw brief over {zaak.onderwerp}"[:250] if zaak.kanaal != "email" else f"Re: {zaak.onderwerp}"[:250]
    )


def ondertekening(antwoord: Antwoord) -> str:
    """The signature line: the bewindspersoon, or on their behalf / for MC or the directie."""
    if antwoord.ondertekend_door is None:
        return ""
    return (
        f"{antwoord.ondertekend_door}\n{antwoord.ondertekend_als}"
        if antwoord.ondertekend_als
        else str(antwoord.ondertekend_door)
    )


def context(zaak: Zaak, antwoord: Antwoord, *, datum: date) -> dict[str, Any]:
    return {
        "zaak": zaak,
        "antwoord": antwoord,
        "alineas": [a.strip() for a in antwoord.tekst.split("\n\n") if a.strip()],
        "datum": datum,
        "onderwerp": onderwerp(zaak),
        "organisatie": getattr(
            settings, "ORGANISATIE_NAAM", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"
        ),
        "ondertekening": ondertekening(antwoord).splitlines(),
    }


def maak_pdf(zaak: Zaak, antwoord: Antwoord, *, datum: date) -> bytes:
    from weasyprint import HTML

    html = render_to_string("correspondentie/pdf/brief.html", context(zaak, antwoord, datum=datum))
    return bytes(HTML(string=html, base_url=None, url_fetcher=_niets_ophalen).write_pdf())


def email_tekst(zaak: Zaak, antwoord: Antwoord) -> str:
    regels = [
        antwoord.tekst.strip(),
        "",
        *ondertekening(antwoord).splitlines(),
        "",
        f"Kenmerk: {zaak.zaaknummer}",
    ]
    return "\n".join(regels) + "\n"


def email_bericht(zaak: Zaak, antwoord: Antwoord) -> EmailMessage:
    """The answer as an e-mail: the letter's words in the body."""
    return EmailMessage(
        subject=onderwerp(zaak),
        body=email_tekst(zaak, antwoord),
        from_email=instellingen.afzender(),
        to=[zaak.afzender_email],
        headers={"Message-ID": make_msgid(domain="ministerie.nl"), "X-Zaaknummer": zaak.zaaknummer},
    )


def verstuur_email(zaak: Zaak, antwoord: Antwoord, pdf: bytes) -> bytes:
    """Send the answer over SMTP (Django's mail backend), the signed letter attached as PDF, and
    return the message as sent."""
    bericht = email_bericht(zaak, antwoord)
    bericht.attach(f"antwoord-{zaak.zaaknummer}.pdf", pdf, "application/pdf")
    try:
        with get_connection(fail_silently=False) as verbinding:
            verbinding.send_messages([bericht])
    except OSError as fout:
        raise ValidationError(
            f"De e-mail kon niet worden verzonden ({fout.__class__.__name__}); er is niets gewijzigd. "
            "Probeer het later opnieuw of verzend per post."
        ) from fout
    return bytes(bericht.message().as_bytes())
