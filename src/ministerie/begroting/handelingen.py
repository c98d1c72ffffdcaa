"""The budget actions, declared once for the pages (views.py) and the API (api.py)."""

from __future__ import annotations

from typing import Any

from ministerie.core.acties import Handeling
from ministerie.core.models import Gebruiker

from . import services
from .controle import Uitslag
from .formulieren import BevindingFormulier, EvaluatieFormulier, MutatieFormulier, StandFormulier
from .models import Artikel, Begroting, Mutatie, Stand
from .zichtbaarheid import artikel_voor, begroting_voor, bevinding_voor, stand_voor

LEZEN = "begroting.bekijken"
INVOEREN = services.INVOEREN
BIJWERKEN = services.BIJWERKEN


def _momenten(begroting: Begroting, _: Gebruiker) -> dict[str, Any]:
    return {"momenten": list(begroting.standen.order_by("volgnummer").values_list("moment", flat=True))}


def artikelen_voor_invoer(stand: Stand) -> list[Artikel]:
    """An overboeking may go to an article of another chapter with a budget in the same year."""
    return list(
        Artikel.objects.filter(hoofdstuk__begrotingen__jaar=stand.begroting.jaar)
        .select_related("hoofdstuk")
        .order_by("hoofdstuk__volgorde", "nummer")
    )


def _mutatievelden(stand: Stand, _: Gebruiker) -> dict[str, Any]:
    return {"stand": stand, "artikelen": artikelen_voor_invoer(stand)}


def _ingevoerd(aangemaakt: list[Mutatie]) -> str:
    mutatie = aangemaakt[0]
    tekst = f"Mutatie '{mutatie.titel}' is ingevoerd in {mutatie.stand}."
    if mutatie.uitzondering_regel:
        tekst += " Met een uitzondering door FEZ; die staat in de audittrail."
    if mutatie.buiten_besluitvormingsmoment:
        tekst += " Gemarkeerd: besluit buiten het besluitvormingsmoment."
    return tekst


def controleer(stand: Stand, *, door: Gebruiker, mutaties: list[services.NieuweMutatie], **_: Any) -> Uitslag:
    """The rule check alone (the live check in the form, and its API twin): writes nothing."""
    return services.controleer_mutaties(stand, mutaties)


STAND_OPENEN = Handeling(
    recht=INVOEREN,
    service=services.open_stand,
    invoer=StandFormulier,
    ophalen=begroting_voor,
    formulier_opties=_momenten,
    ongeldig="Kies een geldige volgende stand.",
    gelukt=lambda stand: f"{stand} is geopend; voer nu de mutaties in.",
)
MUTATIES_INVOEREN = Handeling(
    recht=INVOEREN,
    service=services.voer_mutaties_in,
    invoer=MutatieFormulier,
    ophalen=stand_voor,
    formulier_opties=_mutatievelden,
    gelukt=_ingevoerd,
)
MUTATIES_CONTROLEREN = Handeling(
    recht=INVOEREN,
    service=controleer,
    invoer=MutatieFormulier,
    ophalen=stand_voor,
    formulier_opties=_mutatievelden,
)
BEVINDING_BIJWERKEN = Handeling(
    recht=BIJWERKEN,
    service=services.werk_bevinding_bij,
    invoer=BevindingFormulier,
    ophalen=bevinding_voor,
    formulier_opties=lambda bevinding, _: {"bevinding": bevinding},
    gelukt="De bevinding is bijgewerkt.",
)
EVALUATIE_VASTLEGGEN = Handeling(
    recht=BIJWERKEN,
    service=services.leg_evaluatie_vast,
    invoer=EvaluatieFormulier,
    ophalen=artikel_voor,
    formulier_opties=lambda artikel, _: {"artikel": artikel},
    gelukt="De evaluatieagenda van dit artikel is bijgewerkt.",
)
