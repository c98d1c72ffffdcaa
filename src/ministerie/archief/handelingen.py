"""The archive's actions, declared once for the pages (views.py) and the API (api.py)."""

from __future__ import annotations

from typing import Any

from django.http import Http404

from ministerie.core.acties import Handeling
from ministerie.core.permissies import vereis

from . import services
from .formulieren import (
    BewaarplichtFormulier,
    EigenMachtigingFormulier,
    IntrekkenFormulier,
    LijstFormulier,
    MachtigingFormulier,
    OpheffenFormulier,
    OvernemenFormulier,
    PeriodeFormulier,
    WooFormulier,
)
from .models import Bewaarplicht, Vernietigingslijst
from .zichtbaarheid import BEHEREN, RAADPLEGEN

GOEDKEUREN = services.GOEDKEUREN


def bewaarplicht_voor(gebruiker: Any, pk: int) -> Bewaarplicht:
    vereis(gebruiker, BEHEREN)
    plicht = Bewaarplicht.objects.select_related("functionaris__persoon").filter(pk=pk).first()
    if plicht is None:
        raise Http404
    return plicht


def lijst_voor(gebruiker: Any, pk: int) -> Vernietigingslijst:
    vereis(gebruiker, GOEDKEUREN)
    lijst = Vernietigingslijst.objects.filter(pk=pk).first()
    if lijst is None:
        raise Http404
    return lijst


def _goedgekeurd(lijst: Vernietigingslijst) -> str:
    if lijst.status == Vernietigingslijst.Status.UITGEVOERD:
        return (
            "Beide goedkeuringen zijn er: de stukken zijn vernietigd en de verklaring van "
            "vernietiging is opgemaakt."
        )
    return "Uw goedkeuring is vastgelegd; de tweede goedkeuring ontbreekt nog."


def _woo(antwoorden: list[Any]) -> str:
    delen = []
    for a in antwoorden:
        if isinstance(a, dict):
            delen.append(
                f"Woo-verzoek {a.get('verzoek')}: {a.get('toegevoegd', 0)} toegevoegd, "
                f"{a.get('dubbel', 0)} dubbel"
                + (f", {len(a.get('fouten') or [])} niet te gebruiken" if a.get("fouten") else "")
                + "."
            )
    return " ".join(delen) or "De stukken zijn aangeboden aan het Woo-verzoek."


REGISTER_TOEVOEGEN = Handeling(
    recht=BEHEREN,
    service=services.neem_op_in_register,
    invoer=PeriodeFormulier,
    gelukt=lambda p: f"{p.functionaris.persoon.naam} is opgenomen als {p.get_functie_display().lower()}.",
)
REGISTER_OVERNEMEN = Handeling(
    recht=BEHEREN,
    service=services.vul_register_uit_organisatie,
    invoer=OvernemenFormulier,
    gelukt=lambda aantal: f"{aantal} functieperiode(s) uit het organisatieregister opgenomen.",
)
MACHTIGEN = Handeling(
    recht=BEHEREN,
    service=services.machtig,
    invoer=MachtigingFormulier,
    gelukt=lambda m: f"{m.gebruiker} mag nu de stukken van {m.functionaris.persoon.naam} inzien.",
)
EIGEN_MACHTIGEN = Handeling(
    recht=RAADPLEGEN,
    service=services.machtig_voor_eigen_archief,
    invoer=EigenMachtigingFormulier,
    gelukt=lambda m: f"{m.gebruiker} mag nu de stukken van uw archief inzien.",
)
BEWAARPLICHT_ZETTEN = Handeling(
    recht=BEHEREN,
    service=services.zet_bewaarplicht,
    invoer=BewaarplichtFormulier,
    gelukt=lambda p: f"Bewaarplicht '{p}' is gezet.",
)
BEWAARPLICHT_OPHEFFEN = Handeling(
    recht=BEHEREN,
    service=services.hef_bewaarplicht_op,
    invoer=OpheffenFormulier,
    ophalen=bewaarplicht_voor,
    gelukt=lambda p: f"Bewaarplicht '{p}' is opgeheven.",
)
LIJST_OPSTELLEN = Handeling(
    recht=BEHEREN,
    service=services.stel_vernietigingslijst_op,
    invoer=LijstFormulier,
    gelukt=lambda lijst: f"Vernietigingslijst {lijst.pk} is opgesteld met {lijst.items.count()} stukken.",
)
VERNIETIGING_GOEDKEUREN = Handeling(
    recht=GOEDKEUREN,
    service=services.keur_vernietiging_goed,
    ophalen=lijst_voor,
    gelukt=_goedgekeurd,
)
LIJST_INTREKKEN = Handeling(
    recht=GOEDKEUREN,
    service=services.trek_vernietigingslijst_in,
    invoer=IntrekkenFormulier,
    ophalen=lijst_voor,
    gelukt=lambda lijst: (
        f"Vernietigingslijst {lijst.pk} is ingetrokken; de {lijst.items.count()} stukken kunnen "
        "weer op een nieuwe lijst."
    ),
)
NAAR_WOO = Handeling(
    recht=RAADPLEGEN,
    service=services.voeg_toe_aan_woo_verzoek,
    invoer=WooFormulier,
    gelukt=_woo,
)
