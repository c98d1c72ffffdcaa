"""The actions on Woo requests, their documents and publications, declared once for the pages
(views.py) and the API (api.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError

from ministerie.core.acties import Handeling, Melding, fouttekst
from ministerie.stukken.models import Document

from . import beoordeling, besluit, publicatie, services, verwerking
from .formulieren import (
    BeoordelingFormulier,
    BesluitFormulier,
    BulkBeoordelingFormulier,
    IntrekkenFormulier,
    KoppelFormulier,
    MotiveringFormulier,
    NagekekenFormulier,
    PassageBesluitFormulier,
    PassageFormulier,
    PreciseringFormulier,
    PreciseringOntvangenFormulier,
    PublicatieIntrekkenFormulier,
    ToewijzenFormulier,
    UploadFormulier,
    VakFormulier,
    VerdagingFormulier,
    VerzoekFormulier,
    ZienswijzeFormulier,
    ZienswijzeOntvangenFormulier,
)
from .models import Passage, Verwerking, Verzoek, WooDocument
from .zichtbaarheid import publicatie_voor, verwerking_voor, verzoek_voor, woodoc_voor

BEHANDELEN = "woo.behandelen"
BEOORDELEN = "woo.beoordelen"
PUBLICEREN_RECHT = "woo.publiceren"


def _verzoek(verzoek: Verzoek, _: Any) -> dict[str, Any]:
    return {"verzoek": verzoek}


def _gebruiker(_: Any, gebruiker: Any) -> dict[str, Any]:
    return {"gebruiker": gebruiker}


def _passages(woodoc: WooDocument, _: Any) -> dict[str, Any]:
    return {"passages": list(woodoc.passages.all())}


# The request: intake, terms, third parties, decision, publication.

REGISTREREN = Handeling(
    recht="woo.registreren",
    service=services.registreer_verzoek,
    invoer=VerzoekFormulier,
    gelukt=lambda verzoek: f"Verzoek {verzoek.zaaknummer} is geregistreerd.",
)
IN_BEHANDELING = Handeling(
    recht=BEHANDELEN,
    service=services.neem_in_behandeling,
    ophalen=verzoek_voor,
    gelukt="Het verzoek is in behandeling genomen.",
)
TOEWIJZEN = Handeling(
    recht=BEHANDELEN,
    service=services.wijs_toe,
    invoer=ToewijzenFormulier,
    ophalen=verzoek_voor,
    gelukt="De behandelende directie is vastgelegd.",
)
PRECISERING_VRAGEN = Handeling(
    recht=BEHANDELEN,
    service=services.vraag_precisering,
    invoer=PreciseringFormulier,
    ophalen=verzoek_voor,
    gelukt="De precisering is gevraagd; de termijn is opgeschort.",
)
PRECISERING_ONTVANGEN = Handeling(
    recht=BEHANDELEN,
    service=services.ontvang_precisering,
    invoer=PreciseringOntvangenFormulier,
    ophalen=verzoek_voor,
    gelukt="De precisering is vastgelegd; de termijn loopt weer.",
)
PRECISERING_UITGEBLEVEN = Handeling(
    recht=BEHANDELEN,
    service=services.precisering_uitgebleven,
    ophalen=verzoek_voor,
    gelukt="Het verzoek is niet in behandeling genomen.",
)
VERDAGEN = Handeling(
    recht=BEHANDELEN,
    service=services.verdaag,
    invoer=VerdagingFormulier,
    ophalen=verzoek_voor,
    gelukt="De beslistermijn is verdaagd.",
)
ZIENSWIJZE_VRAGEN = Handeling(
    recht=BEHANDELEN,
    service=services.vraag_zienswijze,
    invoer=ZienswijzeFormulier,
    ophalen=verzoek_voor,
    gelukt="De zienswijze is gevraagd; de termijn is opgeschort.",
)
ZIENSWIJZE_VASTLEGGEN = Handeling(
    recht=BEHANDELEN,
    service=services.leg_zienswijze_vast,
    invoer=ZienswijzeOntvangenFormulier,
    ophalen=verzoek_voor,
    formulier_opties=_verzoek,
    gelukt="De zienswijze is vastgelegd.",
)
INTREKKEN = Handeling(
    recht=BEHANDELEN,
    service=services.trek_verzoek_in,
    invoer=IntrekkenFormulier,
    ophalen=verzoek_voor,
    gelukt="Het verzoek is als ingetrokken vastgelegd.",
)
MOTIVEREN = Handeling(
    recht=BEHANDELEN,
    service=besluit.sla_motiveringen_op,
    invoer=MotiveringFormulier,
    ophalen=verzoek_voor,
    gelukt="De motivering is opgeslagen.",
)


def _na_de_start(
    wat: str, uitkomst: Callable[[dict[str, Any]], list[Melding]]
) -> Callable[[Verwerking], list[Melding]]:
    """The message after starting a job: its outcome (``uitkomst`` of its report) when it is
    already done (a quick job, or the tests' immediate backend), else that it runs."""

    def melding(verwerking: Verwerking) -> list[Melding]:
        verwerking.refresh_from_db()
        if verwerking.loopt:
            return [Melding(messages.INFO, LOOPT.format(wat=wat))]
        if verwerking.status == Verwerking.Status.MISLUKT:
            return [Melding(messages.ERROR, f"{wat} stopte met een fout: {verwerking.fout}")]
        return uitkomst(verwerking.verslag)

    return melding


def stap_meldingen(verslag: dict[str, Any]) -> list[Melding]:
    return [Melding(messages.SUCCESS, verslag["melding"])] if verslag.get("melding") else []


BESLUIT_OPSTELLEN = Handeling(
    recht=BEHANDELEN,
    service=verwerking.start_besluit_opstellen,
    ophalen=verzoek_voor,
    gelukt=_na_de_start("Het opstellen van het besluit", stap_meldingen),
)
BESLUIT_NEMEN = Handeling(
    recht=BEHANDELEN,
    service=verwerking.start_besluit_nemen,
    invoer=BesluitFormulier,
    ophalen=verzoek_voor,
    gelukt=_na_de_start("Het vastleggen van het besluit", stap_meldingen),
)
PUBLICEREN = Handeling(
    recht=PUBLICEREN_RECHT,
    service=verwerking.start_publicatie,
    ophalen=verzoek_voor,
    gelukt=_na_de_start("De publicatie", stap_meldingen),
)
PUBLICATIE_INTREKKEN = Handeling(
    recht=PUBLICEREN_RECHT,
    service=publicatie.trek_publicatie_in,
    invoer=PublicatieIntrekkenFormulier,
    ophalen=publicatie_voor,
    gelukt="De publicatie is ingetrokken.",
)
AFRONDEN = Handeling(
    recht=BEHANDELEN,
    service=services.rond_af,
    ophalen=verzoek_voor,
    gelukt="Het verzoek is afgerond.",
)


# The documents of a request: collecting, assessing, redacting.


def aanlevering_meldingen(verslag: dict[str, Any]) -> list[Melding]:
    """What a finished delivery came to, as messages (also shown on the documents page)."""
    meldingen = []
    if toegevoegd := verslag.get("toegevoegd", 0):
        draden = verslag.get("draden", 0)
        draden_tekst = f" De e-mails vormen {draden} draad/draden." if draden else ""
        meldingen.append(
            Melding(
                messages.SUCCESS,
                f"{toegevoegd} document(en) toegevoegd, met voorstellen om te lakken.{draden_tekst}",
            )
        )
    meldingen += [
        Melding(messages.WARNING, m) for m in verslag.get("dubbelen", []) + verslag.get("bijna_dubbelen", [])
    ]
    meldingen += [Melding(messages.ERROR, f"Niet toegevoegd: {fout}") for fout in verslag.get("fouten", [])]
    if not (toegevoegd or verslag.get("dubbelen") or verslag.get("fouten")):
        meldingen.append(Melding(messages.ERROR, "Er zat niets in de aanlevering om toe te voegen."))
    return meldingen


LOOPT = "{wat} wordt op de achtergrond verwerkt; de voortgang staat op deze pagina."


def _gekoppeld(
    uitkomsten: list[tuple[Document, WooDocument | ValidationError | PermissionDenied]],
) -> list[Melding]:
    return [
        Melding(messages.ERROR, fouttekst(uitkomst))
        if isinstance(uitkomst, ValidationError | PermissionDenied)
        else Melding(messages.SUCCESS, f"'{document}' is toegevoegd.")
        for document, uitkomst in uitkomsten
    ]


def beoordeling_meldingen(verslag: dict[str, Any]) -> list[Melding]:
    meldingen = [Melding(messages.ERROR, fout) for fout in verslag.get("fouten", [])]
    if gedaan := verslag.get("gedaan", 0):
        meldingen.insert(
            0, Melding(messages.SUCCESS, f"{gedaan} document(en) beoordeeld, gelakt en gecontroleerd.")
        )
    return meldingen


def _beoordeeld(woodoc: WooDocument) -> str:
    if woodoc.controle_problemen or woodoc.open_paginas:
        return "Beoordeeld en gelakt, maar de controle vraagt aandacht (zie hieronder)."
    return "Beoordeeld, gelakt en gecontroleerd."


UPLOADEN = Handeling(
    recht=BEHANDELEN,
    service=verwerking.start_aanlevering,
    invoer=UploadFormulier,
    ophalen=verzoek_voor,
    gelukt=_na_de_start("De aanlevering", aanlevering_meldingen),
)
KOPPELEN = Handeling(
    recht=BEHANDELEN,
    service=beoordeling.koppel_documenten,
    invoer=KoppelFormulier,
    ophalen=verzoek_voor,
    formulier_opties=_gebruiker,
    gelukt=_gekoppeld,
)
IN_BULK_BEOORDELEN = Handeling(
    recht=BEOORDELEN,
    service=verwerking.start_beoordeling,
    invoer=BulkBeoordelingFormulier,
    ophalen=verzoek_voor,
    formulier_opties=_verzoek,
    gelukt=_na_de_start("De beoordeling", beoordeling_meldingen),
)
VERWERKING_HERSTARTEN = Handeling(
    recht=BEHANDELEN,
    service=verwerking.herstart,
    ophalen=verwerking_voor,
    gelukt="De verwerking is opnieuw gestart; zij gaat verder waar zij stopte.",
)
DOCUMENT_BEOORDELEN = Handeling(
    recht=BEOORDELEN,
    service=beoordeling.beoordeel_en_lak,
    invoer=BeoordelingFormulier,
    ophalen=woodoc_voor,
    formulier_opties=_passages,
    gelukt=_beoordeeld,
)
PASSAGE_TOEVOEGEN = Handeling(
    recht=BEOORDELEN,
    service=beoordeling.voeg_passage_toe,
    invoer=PassageFormulier,
    ophalen=woodoc_voor,
    gelukt="De passage wordt gelakt; beoordeel het document opnieuw om te lakken.",
)
PAGINA_NAGEKEKEN = Handeling(
    recht=BEOORDELEN,
    service=beoordeling.markeer_nagekeken,
    invoer=NagekekenFormulier,
    ophalen=woodoc_voor,
    gelukt=lambda pagina: f"Pagina {pagina} is als nagekeken vastgelegd.",
)


def _beslist(passage: Passage | None) -> str:
    if passage is None:
        return "Het getekende vak is verwijderd."
    wat = f"'{passage.tekst}'" if passage.tekst else "Het vak"
    if passage.status == Passage.Status.AFGEWEZEN:
        return f"{wat} op pagina {passage.pagina} wordt niet gelakt."
    return f"{wat} op pagina {passage.pagina} wordt gelakt (grond {passage.grond})."


PASSAGE_BESLISSEN = Handeling(
    recht=BEOORDELEN,
    service=beoordeling.beslis_over_passage,
    invoer=PassageBesluitFormulier,
    ophalen=woodoc_voor,
    gelukt=_beslist,
)
VAK_TEKENEN = Handeling(
    recht=BEOORDELEN,
    service=beoordeling.teken_vak,
    invoer=VakFormulier,
    ophalen=woodoc_voor,
    gelukt=lambda p: f"Het getekende vak op pagina {p.pagina} wordt gelakt (grond {p.grond}).",
)
