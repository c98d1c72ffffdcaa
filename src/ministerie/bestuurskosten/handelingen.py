"""The actions of the expense disclosure, declared once for the pages (views.py) and the API
(api.py)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages

from ministerie.core.acties import Handeling, Melding
from ministerie.core.models import Gebruiker

from . import services
from .formulieren import (
    BeoordeelFormulier,
    DocumentFormulier,
    IntrekFormulier,
    LaktermFormulier,
    MarkeerFormulier,
    OpheffenFormulier,
    PeriodeFormulier,
    PostFormulier,
)
from .models import Brondocument, Periode
from .zichtbaarheid import document_voor, markering_voor, periode_voor, post_voor

INVOEREN = "bestuurskosten.invoeren"
LAKKEN = "bestuurskosten.lakken"
PUBLICEREN = "bestuurskosten.publiceren"


def _gebruiker(_: Any, gebruiker: Gebruiker) -> dict[str, Any]:
    return {"gebruiker": gebruiker}


def _periode(periode: Periode, _: Gebruiker) -> dict[str, Any]:
    return {"periode": periode}


def _document(document: Brondocument, _: Gebruiker) -> dict[str, Any]:
    return {"document": document}


def _gelakt(document: Brondocument) -> str | list[Melding]:
    if document.controle_problemen:
        problemen = ["De lakcontrole vond problemen:", *document.controle_problemen[:5]]
        return [Melding(messages.ERROR, " ".join(problemen))]
    return "Het document is gelakt en komt door de lakcontrole."


PERIODE_MAKEN = Handeling(
    recht=INVOEREN,
    service=services.maak_periode,
    invoer=PeriodeFormulier,
    formulier_opties=_gebruiker,
    ongeldig="Kies een maand en een jaar (vanaf 2013).",
    gelukt=lambda periode: f"{periode} is aangemaakt. Voeg nu de brondocumenten toe.",
)
DOCUMENT_TOEVOEGEN = Handeling(
    recht=INVOEREN,
    service=services.voeg_document_toe,
    invoer=DocumentFormulier,
    ophalen=periode_voor,
    gelukt=lambda document: (
        f"'{document.titel}' is opgeslagen; {document.voorstellen.count()} lakvoorstel(len). "
        "Beoordeel ze hieronder."
    ),
)
BEOORDELEN = Handeling(
    recht=LAKKEN,
    service=services.beoordeel,
    invoer=BeoordeelFormulier,
    ophalen=document_voor,
    formulier_opties=_document,
    gelukt=lambda aantal: f"{aantal} besluit(en) vastgelegd.",
)
LAKTERM_TOEVOEGEN = Handeling(
    recht=LAKKEN,
    service=services.voeg_lakterm_toe,
    invoer=LaktermFormulier,
    ophalen=document_voor,
    ongeldig="Vul de tekst, de weigeringsgrond en de pagina in.",
    gelukt="De tekst wordt gelakt, overal waar hij voorkomt. Pas het lakken opnieuw toe.",
)
PAGINA_MARKEREN = Handeling(
    recht=LAKKEN,
    service=services.markeer_pagina,
    invoer=MarkeerFormulier,
    ophalen=document_voor,
    ongeldig="Geef de pagina en wat er nagekeken moet worden.",
    gelukt="De pagina is gemarkeerd; zolang de markering openstaat, kan de maand niet openbaar.",
)
MARKERING_OPHEFFEN = Handeling(
    recht=LAKKEN,
    service=services.hef_markering_op,
    invoer=OpheffenFormulier,
    ophalen=markering_voor,
    ongeldig="Leg uit waarom de pagina in orde is.",
    gelukt=lambda markering: f"De markering van pagina {markering.pagina} is opgeheven.",
)
LAKKEN_EN_CONTROLEREN = Handeling(
    recht=LAKKEN,
    service=services.lak_document,
    ophalen=document_voor,
    gelukt=_gelakt,
)
DOCUMENT_VERWIJDEREN = Handeling(
    recht=INVOEREN,
    service=services.verwijder_document,
    ophalen=document_voor,
    gelukt=lambda document: (
        f"'{document.titel}' is uit deze maand verwijderd (het origineel blijft in de documentopslag)."
    ),
)
POST_TOEVOEGEN = Handeling(
    recht=INVOEREN,
    service=services.voeg_post_toe,
    invoer=PostFormulier,
    ophalen=periode_voor,
    formulier_opties=_periode,
    ongeldig="De kostenpost is niet vastgelegd; zie de fouten in het formulier.",
    gelukt="De kostenpost is vastgelegd.",
)
POST_VERWIJDEREN = Handeling(
    recht=INVOEREN,
    service=services.verwijder_post,
    ophalen=post_voor,
    gelukt="De kostenpost is verwijderd.",
)
OPENBAAR_MAKEN = Handeling(
    recht=PUBLICEREN,
    service=services.publiceer,
    ophalen=periode_voor,
    gelukt=lambda periode: f"{periode} is openbaar gemaakt.",
)
INTREKKEN = Handeling(
    recht=PUBLICEREN,
    service=services.trek_in,
    invoer=IntrekFormulier,
    ophalen=periode_voor,
    ongeldig="Geef de reden van het intrekken; die wordt openbaar getoond.",
    gelukt=lambda periode: f"De publicatie van {periode} is ingetrokken.",
)
HEROPENEN = Handeling(
    recht=INVOEREN,
    service=services.heropen,
    ophalen=periode_voor,
    gelukt=lambda periode: f"{periode} is heropend; pas aan en maak de maand opnieuw openbaar.",
)
