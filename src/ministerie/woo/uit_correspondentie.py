"""Receiver of ``correspondentie.signalen.als_woo_verzoek_aangemeld``: an item team MC received
turns out to be a Woo request. It is registered through the Woo part's own service
(``services.registreer_verzoek``, with its permission check and log), received on the date the
item was received (the Woo term runs from there). Returns the request's zaaknummer, which the
correspondence keeps with its case. A refusal (ValidationError, PermissionDenied) propagates:
the correspondence converts nothing.

Connected in ``WooConfig.ready``:
    als_woo_verzoek_aangemeld.connect(bij_correspondentie_naar_woo, dispatch_uid="woo-uit-correspondentie")
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.utils import timezone

from ministerie.core.models import Gebruiker

from .models import Verzoek
from .services import MAX_ADRES, MAX_TEKST, registreer_verzoek

#: the channel of the correspondence → how the request came in
KANALEN = {
    "email": Verzoek.Kanaal.EMAIL,
    "brief": Verzoek.Kanaal.BRIEF,
    "webformulier": Verzoek.Kanaal.WEBFORMULIER,
    "telefoon": Verzoek.Kanaal.MONDELING,
    "sociale_media": Verzoek.Kanaal.MONDELING,
}


def omschrijving_uit(zaaknummer: str, tekst: str) -> str:
    """The request's description: the item's text, with where it came from (within the limit)."""
    herkomst = f"\n\n(Omgezet uit correspondentiezaak {zaaknummer} van team MC.)"
    tekst = tekst.strip() or "(Het bericht had geen tekst.)"
    if len(tekst) + len(herkomst) > MAX_TEKST:
        herkomst = f"\n\n(Ingekort; de volledige tekst staat in correspondentiezaak {zaaknummer}.)"
        tekst = tekst[: MAX_TEKST - len(herkomst) - 1].rstrip() + "…"
    return tekst + herkomst


def bij_correspondentie_naar_woo(
    sender: Any,
    *,
    zaaknummer: str,
    afzender_naam: str,
    afzender_email: str,
    afzender_adres: str,
    onderwerp: str,
    tekst: str,
    ontvangen_op: datetime,
    door: int,
    kanaal: str = "brief",
    **_: Any,
) -> str:
    """Register the request as the MC worker who converted it; return its zaaknummer."""
    verzoek = registreer_verzoek(
        door=Gebruiker.objects.get(pk=door),
        kanaal=KANALEN.get(kanaal, Verzoek.Kanaal.BRIEF),
        onderwerp=onderwerp,
        omschrijving=omschrijving_uit(zaaknummer, tekst),
        verzoeker_naam=afzender_naam,
        verzoeker_email=afzender_email,
        verzoeker_adres=afzender_adres[:MAX_ADRES],
        ontvangen_op=timezone.localtime(ontvangen_op).date(),
    )
    return verzoek.zaaknummer
