"""Documents in a request: collecting them, proposing redactions (lakken.detectie), the
assessment per document, and redaction with the independent checker (lakken.pdf)."""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

import pymupdf
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from ministerie.core import audit
from ministerie.core.models import Gebruiker
from ministerie.core.permissies import heeft_recht, vereis
from ministerie.core.rubricering import Rubricering
from ministerie.lakken.detectie import geregistreerde_negatieflijst
from ministerie.lakken.pdf import (
    Lakopdracht,
    Lakpool,
    Lakwerk,
    lak_en_controleer,
    paginatekst,
)
from ministerie.organisatie.models import Eenheid
from ministerie.organisatie.publiek import publieke_personen
from ministerie.stukken.models import Document
from ministerie.stukken.opslag import sla_op
from ministerie.stukken.zichtbaarheid import mag_document_zien

from .gronden import GRONDEN, onbekende_gronden
from .models import Beoordeling, Passage, Verzoek, WooDocument
from .services import log
from .voorbereiding import Voorbereiding, Voorwerk, analyse
from .zichtbaarheid import bron_van as bron_van  # who sees what lives in zichtbaarheid.py
from .zichtbaarheid import mag_bron_zien

Voorbereider = Callable[[Voorwerk], Voorbereiding]

S = Verzoek.Status
IN_BEOORDELING = (S.IN_BEHANDELING, S.OPGESCHORT)

MAX_VAKKEN_PER_PAGINA = 200
"""At most this many redactions (proposed, drawn or rejected) on one page."""
MIN_VAKMAAT = 3.0
"""A drawn box is at least this many PDF points wide and high (a slip of the mouse is none)."""


def mag_beoordelen(gebruiker: Any, document: WooDocument) -> bool:
    if not heeft_recht(gebruiker, "woo.beoordelen") or not mag_bron_zien(gebruiker, document):
        return False
    if heeft_recht(gebruiker, "woo.behandelen"):
        return True
    return document.eenheid_id is not None and document.eenheid_id in gebruiker.eenheden_in_scope()


def _vereis_beoordelen(gebruiker: Any, document: WooDocument) -> None:
    vereis(gebruiker, "woo.beoordelen")
    if not mag_beoordelen(gebruiker, document):
        raise PermissionDenied("U kunt alleen documenten van uw eigen eenheid beoordelen.")


def _vereis_open(verzoek: Verzoek) -> None:
    if verzoek.status not in IN_BEOORDELING:
        raise ValidationError(
            f"Documenten kunnen alleen worden gewijzigd zolang het verzoek in behandeling is "
            f"(nu: {verzoek.get_status_display().lower()})."
        )


def _volgend_nummer(verzoek: Verzoek) -> int:
    laatste = verzoek.documenten.order_by("-nummer").values_list("nummer", flat=True).first()
    return (laatste or 0) + 1


def _detectie_kent() -> tuple[tuple[str, ...], frozenset[str]]:
    """What the detection must know of this organisation: the public persons (whose names are
    kept) and the negative list (units and functions are no persons)."""
    return tuple(publieke_personen()), geregistreerde_negatieflijst()


def voorwerk(data: bytes, bestandsnaam: str) -> Voorwerk:
    """The preparation of a file (conversion, detection), for now or for a pool."""
    return Voorwerk(data, bestandsnaam, *_detectie_kent())


def analyseer(woodoc: WooDocument, pdf: bytes) -> None:
    """Page sizes and the proposed redactions (detected personal data) of one document."""
    sla_analyse_op(woodoc, analyse(pdf, *_detectie_kent()))


def sla_analyse_op(woodoc: WooDocument, voorbereiding: Voorbereiding) -> None:
    """Store what ``voorbereiding`` found: page sizes, proposals, signals (not redacted)."""
    if voorbereiding.soort == "openen":
        raise ValidationError(f"'{woodoc.titel}' {voorbereiding.fout}.")
    if voorbereiding.fout:
        raise ValidationError(f"'{woodoc.titel}': {voorbereiding.fout}")
    woodoc.paginas = len(voorbereiding.paginamaten)
    woodoc.paginamaten = [list(maat) for maat in voorbereiding.paginamaten]
    woodoc.handmatig_nakijken = list(voorbereiding.handmatig_nakijken)
    woodoc.save()
    Passage.objects.bulk_create(
        Passage(document=woodoc, pagina=pagina, tekst=tekst, label=label, grond=grond, rect=list(vak))
        for pagina, tekst, label, grond, vak in voorbereiding.voorstellen
    )
    Passage.objects.bulk_create(
        Passage(
            document=woodoc,
            pagina=pagina,
            tekst=tekst,
            label=label,
            grond="",
            rect=list(vak),
            status=Passage.Status.AFGEWEZEN,
        )
        for pagina, tekst, label, vak in voorbereiding.signalen
    )


@transaction.atomic
def voeg_document_toe(
    verzoek: Verzoek, *, door: Gebruiker, document: Document, voorbereider: Voorbereider | None = None
) -> WooDocument:
    """Add a document from the store: the current version is linked, never copied. A job that
    adds many passes its ``voorbereider`` (e.g. a pool that prepared the file ahead)."""
    vereis(door, "woo.behandelen")
    verzoek = Verzoek.objects.select_for_update().get(pk=verzoek.pk)
    _vereis_open(verzoek)
    if not mag_document_zien(door, document):
        raise PermissionDenied("U kunt dit document niet inzien.")
    versie = document.huidige_versie
    if versie is None:
        raise ValidationError(f"'{document}' heeft geen versie.")
    if verzoek.documenten.filter(versie__document=document).exists():
        raise ValidationError(f"'{document}' hoort al bij dit verzoek.")
    with versie.bestand.open("rb") as f:
        data = f.read()
    werk = voorwerk(data, versie.bestandsnaam)
    voorbereiding = voorbereider(werk) if voorbereider is not None else werk.voer_uit()
    if voorbereiding.soort == "omzetten":
        raise ValidationError(voorbereiding.fout)
    pdf = voorbereiding.pdf
    woodoc = WooDocument(
        verzoek=verzoek,
        nummer=_volgend_nummer(verzoek),
        titel=document.titel,
        datum=document.datum,
        versie=versie,
        eenheid=document.eenheid,
    )
    if data[:5] != b"%PDF-":
        woodoc.bron_pdf.save(f"{versie.sha256}.pdf", ContentFile(pdf), save=False)
    woodoc.save()
    sla_analyse_op(woodoc, voorbereiding)
    audit.registreer(
        "woo_document_toegevoegd",
        door=door,
        subject=verzoek,
        gegevens={"document": document.pk, "versie": versie.nummer},
    )
    return woodoc


def koppel_documenten(
    verzoek: Verzoek, *, door: Gebruiker, documenten: Iterable[Document]
) -> list[tuple[Document, WooDocument | ValidationError | PermissionDenied]]:
    """Add documents from the store, each in its own transaction: per document the request's
    document, or the reason it could not be added."""
    uitkomsten: list[tuple[Document, WooDocument | ValidationError | PermissionDenied]] = []
    for document in documenten:
        try:
            uitkomsten.append((document, voeg_document_toe(verzoek, door=door, document=document)))
        except (ValidationError, PermissionDenied) as fout:
            uitkomsten.append((document, fout))
    return uitkomsten


def upload_een(
    verzoek: Verzoek,
    *,
    door: Gebruiker,
    naam: str,
    data: bytes,
    eenheid: Eenheid,
    plaats: str = "",
    rubricering: int = Rubricering.INTERN,
    voorbereider: Voorbereider | None = None,
) -> WooDocument | str:
    """Store one upload in the document store (quarantine for an unreadable file) and add it:
    the request's document, or the Dutch reason it was not added, named by ``plaats`` (its
    place, e.g. in a ZIP). One transaction: a file that cannot be added leaves no new stored
    document. Uploads are stored as Intern, not at the uploader's clearance: they are gathered
    to be assessed for release, by the directie they are assigned to. Classified material is
    added from the document store, where it keeps its classification."""
    plaats = plaats or naam
    try:
        with transaction.atomic():
            resultaat = sla_op(data, naam, door=door, eenheid=eenheid, rubricering=rubricering)
            if not resultaat.gelukt:
                return resultaat.melding if plaats == naam else f"{plaats}: {resultaat.melding}"
            assert resultaat.document is not None
            return voeg_document_toe(
                verzoek, door=door, document=resultaat.document, voorbereider=voorbereider
            )
    except (ValidationError, PermissionDenied) as fout:
        return f"{plaats}: {' '.join(getattr(fout, 'messages', [str(fout)]))}"


def log_verzameld(verzoek: Verzoek, door: Gebruiker | str, aantal: int) -> None:
    if aantal:
        log(verzoek, door, "woo_documenten_verzameld", f"{aantal} document(en) verzameld voor beoordeling")


def upload_documenten(
    verzoek: Verzoek,
    *,
    door: Gebruiker,
    bestanden: Iterable[tuple[str, bytes] | tuple[str, bytes, str]],
    eenheid: Eenheid,
    rubricering: int = Rubricering.INTERN,
) -> tuple[list[WooDocument], list[str]]:
    """``upload_een`` for several files; an optional third element names the file's place."""
    toegevoegd: list[WooDocument] = []
    fouten: list[str] = []
    for bestand in bestanden:
        plaats = bestand[2] if len(bestand) > 2 else ""
        uitkomst = upload_een(
            verzoek,
            door=door,
            naam=bestand[0],
            data=bestand[1],
            eenheid=eenheid,
            plaats=plaats,
            rubricering=rubricering,
        )
        if isinstance(uitkomst, str):
            fouten.append(uitkomst)
        else:
            toegevoegd.append(uitkomst)
    log_verzameld(verzoek, door, len(toegevoegd))
    return toegevoegd, fouten


def _is_ouder_dan_5_jaar(woodoc: WooDocument, peildatum: date) -> bool:
    if woodoc.datum is None:
        return False
    try:
        grens = woodoc.datum.replace(year=woodoc.datum.year + 5)
    except ValueError:  # 29 February
        grens = woodoc.datum.replace(year=woodoc.datum.year + 5, day=28)
    return peildatum > grens


def _reset_lakken(woodoc: WooDocument) -> None:
    if woodoc.gelakt_pdf:
        woodoc.gelakt_pdf.delete(save=False)
    woodoc.gelakt_pdf = ""
    woodoc.gelakt_op = None
    woodoc.controle_problemen = []


@transaction.atomic
def beoordeel(
    woodoc: WooDocument,
    *,
    door: Gebruiker,
    beoordeling: str,
    gronden: list[str] | None = None,
    reeds_openbaar_waar: str = "",
    toelichting_5_3: str = "",
    passages: dict[int, tuple[str, str]] | None = None,
    accepteer_voorstellen: bool = False,
) -> WooDocument:
    """Record the assessment of one document. ``passages``: {passage id: (status, ground)}."""
    woodoc = WooDocument.objects.select_for_update().select_related("verzoek").get(pk=woodoc.pk)
    _vereis_beoordelen(door, woodoc)
    _vereis_open(woodoc.verzoek)
    if beoordeling not in Beoordeling.values:
        raise ValidationError({"beoordeling": "Kies een beoordeling."})
    gronden = [g for g in (gronden or []) if g]
    if onbekende_gronden(gronden):
        raise ValidationError(f"Onbekende grond: {', '.join(onbekende_gronden(gronden))}.")
    for pk, (status, grond) in (passages or {}).items():
        passage = woodoc.passages.filter(pk=pk).first()
        if passage is None:
            continue
        if status not in Passage.Status.values or grond not in GRONDEN:
            raise ValidationError("Een passage heeft een onbekende status of grond.")
        passage.status, passage.grond = status, grond
        passage.save(update_fields=["status", "grond"])
    if accepteer_voorstellen:
        woodoc.passages.filter(status=Passage.Status.VOORGESTELD).update(status=Passage.Status.GEACCEPTEERD)
    if beoordeling == Beoordeling.OPENBAAR:
        woodoc.passages.exclude(status=Passage.Status.AFGEWEZEN).update(status=Passage.Status.AFGEWEZEN)
        woodoc.passages.filter(status=Passage.Status.AFGEWEZEN, label="").delete()
    actief = woodoc.passages.filter(status__in=Passage.ACTIEF)
    if beoordeling == Beoordeling.DEELS:
        if woodoc.passages.filter(status=Passage.Status.VOORGESTELD).exists():
            raise ValidationError(
                f"Document {woodoc.nummer}: beslis over elk voorstel (accepteren of afwijzen)."
            )
        if not actief.exists():
            raise ValidationError(
                f"Document {woodoc.nummer}: deels openbaar vraagt minstens één gelakte passage."
            )
    if beoordeling == Beoordeling.NIET and not gronden:
        raise ValidationError(f"Document {woodoc.nummer}: noem de grond(en) voor weigering.")
    if beoordeling == Beoordeling.REEDS and not reeds_openbaar_waar.strip():
        raise ValidationError(f"Document {woodoc.nummer}: geef aan waar het al openbaar is.")
    woodoc.beoordeling = beoordeling
    woodoc.gronden = sorted(set(gronden)) if beoordeling == Beoordeling.NIET else []
    woodoc.reeds_openbaar_waar = reeds_openbaar_waar.strip()
    woodoc.toelichting_5_3 = toelichting_5_3.strip()
    alle = woodoc.alle_gronden()
    if (
        _is_ouder_dan_5_jaar(woodoc, timezone.localdate())
        and any(GRONDEN[g].art_5_3 for g in alle)
        and not woodoc.toelichting_5_3
    ):
        raise ValidationError(
            f"Document {woodoc.nummer} is ouder dan vijf jaar: een weigering op "
            f"{', '.join(g for g in alle if GRONDEN[g].art_5_3)} vraagt een bijzondere motivering "
            "(Woo art. 5.3)."
        )
    woodoc.beoordeeld_door = door
    woodoc.beoordeeld_op = timezone.now()
    _reset_lakken(woodoc)
    woodoc.save()
    audit.registreer(
        "woo_document_beoordeeld",
        door=door,
        subject=woodoc.verzoek,
        gegevens={"document": woodoc.nummer, "beoordeling": beoordeling, "gronden": alle},
    )
    return woodoc


@transaction.atomic
def voeg_passage_toe(woodoc: WooDocument, *, door: Gebruiker, pagina: int, tekst: str, grond: str) -> Passage:
    """The reviewer adds a redaction: every occurrence of the text on the document."""
    woodoc = WooDocument.objects.select_for_update().select_related("verzoek").get(pk=woodoc.pk)
    _vereis_beoordelen(door, woodoc)
    _vereis_open(woodoc.verzoek)
    if grond not in GRONDEN:
        raise ValidationError({"grond": "Kies een grond."})
    tekst = " ".join(tekst.split())
    if len(tekst) < 2:
        raise ValidationError({"tekst": "Geef de tekst die gelakt moet worden."})
    if not 1 <= pagina <= woodoc.paginas:
        raise ValidationError({"pagina": f"Kies een pagina van 1 tot en met {woodoc.paginas}."})
    teksten = paginatekst(woodoc.bron_bytes())
    if tekst.casefold() not in " ".join(teksten[pagina - 1].split()).casefold():
        raise ValidationError(f"'{tekst}' staat niet op pagina {pagina}.")
    passage = Passage.objects.create(
        document=woodoc, pagina=pagina, tekst=tekst, grond=grond, status=Passage.Status.TOEGEVOEGD
    )
    _reset_lakken(woodoc)
    woodoc.save()
    audit.registreer(
        "woo_passage_toegevoegd",
        door=door,
        subject=woodoc.verzoek,
        gegevens={"document": woodoc.nummer, "pagina": pagina, "grond": grond},
    )
    return passage


def beoordeel_en_lak(
    woodoc: WooDocument,
    *,
    door: Gebruiker,
    beoordeling: str,
    gronden: list[str] | None = None,
    reeds_openbaar_waar: str = "",
    toelichting_5_3: str = "",
    passages: dict[int, tuple[str, str]] | None = None,
    accepteer_voorstellen: bool = False,
) -> WooDocument:
    """Assess one document (``beoordeel``), then redact it and run the checker (``lak_document``).
    Two steps, each in its own transaction, as in bulk: the assessment stands when redaction
    fails (an earlier redacted file is removed with the new assessment)."""
    beoordeel(
        woodoc,
        door=door,
        beoordeling=beoordeling,
        gronden=gronden,
        reeds_openbaar_waar=reeds_openbaar_waar,
        toelichting_5_3=toelichting_5_3,
        passages=passages,
        accepteer_voorstellen=accepteer_voorstellen,
    )
    return lak_document(woodoc, door=door)


def _lakwerk(woodoc: WooDocument, passages: Iterable[tuple[str, Passage]]) -> Lakwerk:
    """The redaction of ``woodoc`` for its passages, each with its status: (status, passage)."""
    statussen = list(passages)
    actief = [p for status, p in statussen if status in Passage.ACTIEF]
    afgewezen = {p.tekst for status, p in statussen if status == Passage.Status.AFGEWEZEN}
    return Lakwerk(
        pdf=woodoc.bron_bytes(),
        opdracht=Lakopdracht(
            gebieden=tuple((p.pagina, tuple(p.rect), p.grond) for p in actief if p.rect),
            termen=tuple((p.tekst, p.grond) for p in actief if not p.rect),
        ),
        # a box drawn over a picture hides no text: nothing to look for
        geheimen=tuple(sorted(t for t in {p.tekst for p in actief} - afgewezen if t.strip())),
        verwachte_gronden=tuple(sorted({p.grond for p in actief})),
        verwacht_paginas=woodoc.paginas,
    )


def voorspelde_lakwerk(woodoc: WooDocument, beoordeling: str) -> Lakwerk | None:
    """The redaction ``lak_document`` will do after an assessment in bulk as ``beoordeling``
    (proposals accepted for deels openbaar; nothing redacted for openbaar), for a pool to
    compute ahead; None when nothing will be published. Only a guess: ``Lakpool`` uses a
    result computed ahead only when the real work turns out the same."""
    if beoordeling == Beoordeling.DEELS:
        werk = _lakwerk(
            woodoc,
            (
                (Passage.Status.GEACCEPTEERD if p.status == Passage.Status.VOORGESTELD else p.status, p)
                for p in woodoc.passages.all()
            ),
        )
        # without a redaction the assessment fails: nothing to compute
        return werk if werk.opdracht.gebieden or werk.opdracht.termen else None
    if beoordeling == Beoordeling.OPENBAAR:
        return _lakwerk(woodoc, ())
    return None


@transaction.atomic
def lak_document(woodoc: WooDocument, *, door: Gebruiker, lakpool: Lakpool | None = None) -> WooDocument:
    """Redact as assessed and run the checker; the result and any problems are stored. A job
    that redacts many documents passes its ``lakpool``, which may have done the work ahead."""
    woodoc = WooDocument.objects.select_for_update().select_related("verzoek").get(pk=woodoc.pk)
    _vereis_beoordelen(door, woodoc)
    _vereis_open(woodoc.verzoek)
    if not woodoc.beoordeling:
        raise ValidationError(f"Document {woodoc.nummer} is nog niet beoordeeld.")
    _reset_lakken(woodoc)
    if not woodoc.wordt_gepubliceerd:
        woodoc.save()
        return woodoc
    werk = _lakwerk(woodoc, ((p.status, p) for p in woodoc.passages.all()))
    uitkomst = lakpool.uitkomst(woodoc.pk, werk) if lakpool else lak_en_controleer(werk)
    if uitkomst.resultaat is None:
        raise ValidationError(f"Document {woodoc.nummer} kon niet worden gelakt: {uitkomst.fout}")
    resultaat, problemen = uitkomst.resultaat, uitkomst.problemen
    woodoc.gelakt_pdf.save(
        f"{woodoc.verzoek.zaaknummer}-{woodoc.nummer:04d}.pdf", ContentFile(resultaat.pdf), save=False
    )
    woodoc.gelakt_op = timezone.now()
    woodoc.controle_problemen = problemen
    woodoc.handmatig_nakijken = sorted(set(resultaat.handmatig_nakijken))
    woodoc.save()
    audit.registreer(
        "woo_document_gelakt",
        door=door,
        subject=woodoc.verzoek,
        gegevens={
            "document": woodoc.nummer,
            "redacties": len(resultaat.redacties),
            "problemen": problemen,
            "handmatig_nakijken": woodoc.handmatig_nakijken,
        },
    )
    return woodoc


BESLUITEN = {
    "lakken": Passage.Status.GEACCEPTEERD,
    "niet_lakken": Passage.Status.AFGEWEZEN,
    "verwijderen": None,
}
"""What a reviewer decides on one box: redact it, do not, or (a box they added) remove it."""


def _vereis_passage(woodoc: WooDocument, passage: int) -> Passage:
    gevonden = woodoc.passages.select_for_update().filter(pk=passage).first()
    if gevonden is None:
        raise ValidationError("Deze lakking hoort niet (meer) bij dit document.")
    return gevonden


@transaction.atomic
def beslis_over_passage(
    woodoc: WooDocument, *, door: Gebruiker, passage: int, besluit: str, grond: str = ""
) -> Passage | None:
    """Redact one proposed or added box, or not (and optionally change its ground); a box the
    reviewer added may be removed. Any change makes the redacted file out of date."""
    woodoc = WooDocument.objects.select_for_update().select_related("verzoek").get(pk=woodoc.pk)
    _vereis_beoordelen(door, woodoc)
    _vereis_open(woodoc.verzoek)
    if besluit not in BESLUITEN:
        raise ValidationError({"besluit": "Kies lakken, niet lakken of verwijderen."})
    if grond and grond not in GRONDEN:
        raise ValidationError({"grond": "Kies een grond uit de Woo."})
    p = _vereis_passage(woodoc, passage)
    oud = p.status
    gegevens: dict[str, Any] = {"document": woodoc.nummer, "pagina": p.pagina, "passage": p.pk, "was": oud}
    if besluit == "verwijderen":
        if p.label:
            raise ValidationError(
                "Een voorstel van de detectie wordt niet verwijderd: kies 'niet lakken', dan blijft "
                "zichtbaar dat het is afgewezen."
            )
        p.delete()
        resultaat = None
        gegevens["besluit"] = "verwijderd"
    else:
        status = BESLUITEN[besluit]
        assert status is not None
        if p.status == Passage.Status.TOEGEVOEGD and status == Passage.Status.GEACCEPTEERD:
            status = Passage.Status.TOEGEVOEGD  # a box the reviewer added stays theirs
        p.status = status
        p.grond = grond or p.grond
        p.save(update_fields=["status", "grond"])
        resultaat = p
        gegevens.update(besluit=p.status, grond=p.grond)
    _reset_lakken(woodoc)
    woodoc.save()
    audit.registreer("woo_passage_beslist", door=door, subject=woodoc.verzoek, gegevens=gegevens)
    return resultaat


def _tekst_in_vak(pdf: bytes, pagina: int, vak: tuple[float, float, float, float]) -> str:
    """The words whose centre lies inside the box, in reading order (what the box hides)."""
    x0, y0, x1, y1 = vak
    try:
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            woorden = doc.load_page(pagina - 1).get_text("words", sort=True)
    except (RuntimeError, ValueError):
        return ""
    binnen = [w[4] for w in woorden if x0 <= (w[0] + w[2]) / 2 <= x1 and y0 <= (w[1] + w[3]) / 2 <= y1]
    return " ".join(binnen)[:500]


@transaction.atomic
def teken_vak(
    woodoc: WooDocument,
    *,
    door: Gebruiker,
    pagina: int,
    x0: float,
    y0: float,
    x1: float,
    y1: float,
    grond: str,
) -> Passage:
    """The reviewer draws a box on a page for what the detection missed: everything inside it
    is redacted (text, pixels, graphics). Coordinates in PDF points from the top left of the page."""
    woodoc = WooDocument.objects.select_for_update().select_related("verzoek").get(pk=woodoc.pk)
    _vereis_beoordelen(door, woodoc)
    _vereis_open(woodoc.verzoek)
    if grond not in GRONDEN:
        raise ValidationError({"grond": "Kies een grond uit de Woo."})
    if not 1 <= pagina <= min(woodoc.paginas, len(woodoc.paginamaten)):
        raise ValidationError({"pagina": f"Kies een pagina van 1 tot en met {woodoc.paginas}."})
    breedte, hoogte = (float(v) for v in woodoc.paginamaten[pagina - 1])
    waarden = [float(v) for v in (x0, y0, x1, y1)]
    if not all(math.isfinite(v) for v in waarden):
        raise ValidationError("Het vak heeft ongeldige coördinaten.")
    x0, x1 = sorted(waarden[0::2])
    y0, y1 = sorted(waarden[1::2])
    marge = 0.5  # rounding in the browser
    if x0 < -marge or y0 < -marge or x1 > breedte + marge or y1 > hoogte + marge:
        raise ValidationError(f"Het vak valt buiten pagina {pagina}.")
    x0, y0, x1, y1 = max(x0, 0.0), max(y0, 0.0), min(x1, breedte), min(y1, hoogte)
    if x1 - x0 < MIN_VAKMAAT or y1 - y0 < MIN_VAKMAAT:
        raise ValidationError("Het vak is te klein: trek een groter vak over de tekst.")
    if woodoc.passages.filter(pagina=pagina).count() >= MAX_VAKKEN_PER_PAGINA:
        raise ValidationError(
            f"Pagina {pagina} heeft al {MAX_VAKKEN_PER_PAGINA} lakkingen; dat is het maximum per pagina."
        )
    rect = [round(x0, 2), round(y0, 2), round(x1, 2), round(y1, 2)]
    passage = Passage.objects.create(
        document=woodoc,
        pagina=pagina,
        tekst=_tekst_in_vak(woodoc.bron_bytes(), pagina, (x0, y0, x1, y1)),
        grond=grond,
        rect=rect,
        status=Passage.Status.TOEGEVOEGD,
    )
    _reset_lakken(woodoc)
    woodoc.save()
    audit.registreer(
        "woo_vak_getekend",
        door=door,
        subject=woodoc.verzoek,
        gegevens={
            "document": woodoc.nummer,
            "pagina": pagina,
            "passage": passage.pk,
            "grond": grond,
            "rect": rect,
        },
    )
    return passage


def _voorbeeldsleutel(woodoc: WooDocument, actief: list[Passage]) -> str:
    bron = woodoc.versie.sha256 if woodoc.versie_id else woodoc.bron_pdf.name  # type: ignore[union-attr]
    inhoud = [bron, *[(p.pagina, p.rect, p.tekst, p.grond) for p in actief]]
    return hashlib.sha256(json.dumps(inhoud, sort_keys=True).encode()).hexdigest()


def voorbeeld(woodoc: WooDocument) -> tuple[bytes, list[str]]:
    """The document as it will be published with the decisions so far, and what the checker
    found: the redacted file when it is there, else the same redaction made now (kept until a
    decision changes). Proposals not yet decided are not redacted in it. Only called for a
    document the user may see (``woodoc_voor``); it changes no decision, so it is not audited."""
    if woodoc.gelakt_pdf:
        with woodoc.gelakt_pdf.open("rb") as f:
            return f.read(), list(woodoc.controle_problemen)
    actief = list(woodoc.passages.filter(status__in=Passage.ACTIEF).order_by("pk"))
    sleutel = _voorbeeldsleutel(woodoc, actief)
    if woodoc.voorbeeld_pdf and woodoc.voorbeeld_sleutel == sleutel:
        try:
            with woodoc.voorbeeld_pdf.open("rb") as f:
                return f.read(), list(woodoc.voorbeeld_problemen)
        except OSError:
            pass
    if not actief:
        return woodoc.bron_bytes(), []
    uitkomst = lak_en_controleer(_lakwerk(woodoc, ((p.status, p) for p in woodoc.passages.order_by("pk"))))
    if uitkomst.resultaat is None:
        raise ValidationError(f"Het voorbeeld kon niet worden gemaakt: {uitkomst.fout}")
    resultaat, problemen = uitkomst.resultaat, uitkomst.problemen
    with transaction.atomic():
        vers = WooDocument.objects.select_for_update().get(pk=woodoc.pk)
        if vers.voorbeeld_pdf:
            vers.voorbeeld_pdf.delete(save=False)
        vers.voorbeeld_pdf.save(f"{vers.pk}-{sleutel[:16]}.pdf", ContentFile(resultaat.pdf), save=False)
        vers.voorbeeld_sleutel = sleutel
        vers.voorbeeld_problemen = problemen
        vers.save(update_fields=["voorbeeld_pdf", "voorbeeld_sleutel", "voorbeeld_problemen"])
    return resultaat.pdf, problemen


@transaction.atomic
def markeer_nagekeken(woodoc: WooDocument, *, door: Gebruiker, pagina: int) -> int:
    """A person checked a page the redaction could not verify (e.g. a scan without OCR);
    returns the page."""
    woodoc = WooDocument.objects.select_for_update().select_related("verzoek").get(pk=woodoc.pk)
    _vereis_beoordelen(door, woodoc)
    _vereis_open(woodoc.verzoek)
    if pagina not in woodoc.handmatig_nakijken:
        raise ValidationError(f"Pagina {pagina} hoeft niet handmatig te worden nagekeken.")
    woodoc.nagekeken_paginas = sorted({*woodoc.nagekeken_paginas, pagina})
    woodoc.save(update_fields=["nagekeken_paginas"])
    audit.registreer(
        "woo_pagina_nagekeken",
        door=door,
        subject=woodoc.verzoek,
        gegevens={"document": woodoc.nummer, "pagina": pagina},
    )
    return pagina


def beoordeel_een_in_bulk(
    woodoc: WooDocument,
    *,
    door: Gebruiker,
    beoordeling: str,
    gronden: list[str] | None = None,
    reeds_openbaar_waar: str = "",
    lakpool: Lakpool | None = None,
) -> str:
    """One document of an assessment in bulk: assessed (accepting the proposals for deels
    openbaar), then redacted and checked (``lakpool``: see ``lak_document``). Returns the Dutch
    reason when it failed, else ''. The assessment stands when redaction fails, as with
    ``beoordeel_en_lak``."""
    try:
        beoordeel(
            woodoc,
            door=door,
            beoordeling=beoordeling,
            gronden=gronden,
            reeds_openbaar_waar=reeds_openbaar_waar,
            accepteer_voorstellen=beoordeling == Beoordeling.DEELS,
        )
        lak_document(woodoc, door=door, lakpool=lakpool)
    except (ValidationError, PermissionDenied) as fout:
        return " ".join(getattr(fout, "messages", [str(fout)]))
    return ""


def log_in_bulk_beoordeeld(verzoek: Verzoek, door: Gebruiker | str, gedaan: int, beoordeling: str) -> None:
    if gedaan:
        log(
            verzoek,
            door,
            "woo_documenten_beoordeeld",
            f"{gedaan} document(en) beoordeeld als {Beoordeling(beoordeling).label.lower()}",
        )


def beoordeel_in_bulk(
    verzoek: Verzoek,
    *,
    door: Gebruiker,
    nummers: list[int],
    beoordeling: str,
    gronden: list[str] | None = None,
    reeds_openbaar_waar: str = "",
) -> tuple[int, list[str]]:
    """Assess several documents at once, each with ``beoordeel_een_in_bulk``. Returns the number
    done and the messages of those that failed. (The page runs this as a background job:
    ``verwerking.start_beoordeling``.)"""
    gedaan, fouten = 0, []
    for woodoc in verzoek.documenten.filter(nummer__in=nummers).order_by("nummer"):
        fout = beoordeel_een_in_bulk(
            woodoc,
            door=door,
            beoordeling=beoordeling,
            gronden=gronden,
            reeds_openbaar_waar=reeds_openbaar_waar,
        )
        if fout:
            fouten.append(fout)
        else:
            gedaan += 1
    log_in_bulk_beoordeeld(verzoek, door, gedaan, beoordeling)
    return gedaan, fouten


def publicatieklaar(verzoek: Verzoek) -> list[str]:
    """What still stops publication: empty means every document is assessed, and each one to be
    published is redacted, passed the checker and has no page left to review."""
    problemen = []
    for d in verzoek.documenten.all():
        if not d.beoordeling:
            problemen.append(f"Document {d.nummer} is nog niet beoordeeld.")
        elif d.wordt_gepubliceerd:
            if not d.gelakt_pdf:
                problemen.append(f"Document {d.nummer} is nog niet gelakt en gecontroleerd.")
            if d.controle_problemen:
                problemen.append(
                    f"Document {d.nummer}: de lakcontrole vond problemen: " + " ".join(d.controle_problemen)
                )
            if d.open_paginas:
                problemen.append(
                    f"Document {d.nummer}: pagina {', '.join(map(str, d.open_paginas))} moet nog "
                    "handmatig worden nagekeken."
                )
    return problemen
