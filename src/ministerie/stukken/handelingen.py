"""The actions on memos, declared once for the pages (views.py) and the API (api.py)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError

from ministerie.core.acties import Handeling, Melding, fouttekst

from . import services
from .bulk import deel_bulk, herstart_bulk, start_bulk
from .formulieren import (
    AnnotatieFormulier,
    BeslisFormulier,
    BijlageFormulier,
    BulkDelenFormulier,
    BulkFormulier,
    KoppelFormulier,
    MedeparaafFormulier,
    NotaBewerkFormulier,
    NotaFormulier,
    ParafeerFormulier,
    RouteFormulier,
    TekenFormulier,
    TerugsturenFormulier,
    UploadFormulier,
    VerstuurFormulier,
)
from .models import Nota
from .zichtbaarheid import bulkverwerking_voor, document_voor, nota_voor


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
TEKENEN = Handeling(
    recht="nota.tekenen",
    service=services.teken,
    invoer=TekenFormulier,
    ophalen=nota_voor,
    gelukt="U heeft de nota getekend; zij gaat naar het secretariaat om af te doen.",
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
    invoer=VerstuurFormulier,
    ophalen=nota_voor,
    gelukt="De nota is de lijn in gestuurd.",
)
BEWERKEN = Handeling(
    recht="nota.bewerken",
    service=services.bewerk_nota,
    invoer=NotaBewerkFormulier,
    ophalen=nota_voor,
    formulier_opties=lambda nota, gebruiker: {"nota": nota, "gebruiker": gebruiker},
    gelukt=lambda versie: (
        f"De wijzigingen zijn opgeslagen als versie {versie.nummer}."
        if versie is not None
        else "Er was niets gewijzigd; de nota is gelijk gebleven."
    ),
    ongeldig="De nota is niet opgeslagen: verbeter de velden hieronder.",
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


def _per_bestand(uitkomsten: list[tuple[str, Any, str]]) -> list[Melding]:
    meldingen = []
    for naam, uitkomst, opmerking in uitkomsten:
        if opmerking:
            meldingen.append(Melding(messages.INFO, opmerking))
        if isinstance(uitkomst, ValidationError | PermissionDenied):
            meldingen.append(Melding(messages.ERROR, f"{naam}: {fouttekst(uitkomst)}"))
        else:
            meldingen.append(
                Melding(messages.SUCCESS if uitkomst.gelukt else messages.ERROR, uitkomst.melding)
            )
    return meldingen


UPLOADEN = Handeling(
    recht="stukken.toevoegen",
    service=services.sla_bestanden_op,
    invoer=UploadFormulier,
    gelukt=_per_bestand,
)
DOCUMENT_KOPPELEN = Handeling(
    recht="stukken.toevoegen",
    service=services.koppel_documenten,
    invoer=KoppelFormulier,
    ophalen=document_voor,
    formulier_opties=lambda _, gebruiker: {"gebruiker": gebruiker},
    gelukt=lambda ander: f"Gekoppeld aan '{ander}'.",
)
BULK_STARTEN = Handeling(
    recht="bulk.verwerken",
    service=start_bulk,
    invoer=BulkFormulier,
    gelukt="De verwerking is ingepland; de voortgang staat hieronder.",
)
BULK_HERSTARTEN = Handeling(
    recht="bulk.verwerken",
    service=herstart_bulk,
    ophalen=bulkverwerking_voor,
    gelukt="De verwerking gaat verder waar zij stopte.",
)
BULK_DELEN = Handeling(
    recht="bulk.verwerken",
    service=deel_bulk,
    invoer=BulkDelenFormulier,
    ophalen=bulkverwerking_voor,
    formulier_opties=lambda verwerking, _: {"verwerking": verwerking},
    gelukt=lambda namen: (
        f"De verwerking is gedeeld met {', '.join(namen)}."
        if namen
        else "De verwerking wordt met niemand meer gedeeld."
    ),
)
