"""The actions on memos, declared once for the pages (views.py) and the API (api.py)."""

from __future__ import annotations

from typing import Any

from ministerie.core.acties import Handeling

from . import services
from .formulieren import (
    AnnotatieFormulier,
    BeslisFormulier,
    BijlageFormulier,
    MedeparaafFormulier,
    NotaFormulier,
    ParafeerFormulier,
    RouteFormulier,
    TerugsturenFormulier,
)
from .models import Nota
from .zichtbaarheid import nota_voor


def _beslispunten(nota: Nota, gebruiker: Any) -> dict[str, Any]:
    return {"punten": list(nota.beslispunten.all())}


OPSTELLEN = Handeling(
    recht="nota.opstellen",
    service=services.stel_nota_op,
    invoer=NotaFormulier,
    formulier_opties=lambda _, gebruiker: {"gebruiker": gebruiker},
    gelukt=lambda nota: f"Nota {nota.kenmerk} is opgesteld, met een voorgestelde parafeerroute.",
)
PARAFEREN = Handeling(
    recht="nota.paraferen",
    service=services.parafeer,
    invoer=ParafeerFormulier,
    ophalen=nota_voor,
    gelukt="Geparafeerd; de nota gaat door naar de volgende in de lijn.",
)
TERUGSTUREN = Handeling(
    recht="nota.paraferen",
    service=services.stuur_terug,
    invoer=TerugsturenFormulier,
    ophalen=nota_voor,
    gelukt="De nota is teruggestuurd naar de opsteller.",
)
MEDEPARAAF = Handeling(
    recht="nota.paraferen",
    service=services.vraag_medeparaaf,
    invoer=MedeparaafFormulier,
    ophalen=nota_voor,
    gelukt="De medeparaaf is gevraagd.",
)
BESLISSEN = Handeling(
    recht="nota.beslissen",
    service=services.beslis,
    invoer=BeslisFormulier,
    ophalen=nota_voor,
    formulier_opties=_beslispunten,
    gelukt="Uw besluit is vastgelegd.",
)
ANNOTEREN = Handeling(
    recht="nota.annoteren",
    service=services.annoteer,
    invoer=AnnotatieFormulier,
    ophalen=nota_voor,
    gelukt="De annotatie is geplaatst.",
)
AFDOEN = Handeling(
    recht="nota.afdoen",
    service=services.doe_af,
    ophalen=nota_voor,
    gelukt="De nota is afgedaan en gaat retour naar de lijn.",
)
VERSTUREN = Handeling(
    recht="nota.route_wijzigen",
    service=services.start_parafering,
    ophalen=nota_voor,
    gelukt="De nota is de lijn in gestuurd.",
)
ROUTE_WIJZIGEN = Handeling(
    recht="nota.route_wijzigen",
    service=services.stel_route_in,
    invoer=RouteFormulier,
    ophalen=nota_voor,
    gelukt="De parafeerroute is aangepast.",
)
BIJLAGE_TOEVOEGEN = Handeling(
    recht="stukken.toevoegen",
    service=services.voeg_bestand_als_bijlage_toe,
    invoer=BijlageFormulier,
    ophalen=nota_voor,
    gelukt=lambda document: f"'{document}' is als bijlage toegevoegd.",
)
