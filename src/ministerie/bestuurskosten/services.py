"""Every change to the expense disclosure: one transaction, permission check, state change and
audit record. Publication is refused until every document is redacted, checked and unflagged."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from ministerie.bestanden import herken
from ministerie.core import audit
from ministerie.core.models import Gebruiker
from ministerie.core.permissies import vereis
from ministerie.core.rubricering import Rubricering
from ministerie.lakken.cli import GELDIGE_GRONDEN
from ministerie.lakken.pdf.zoeken import kern
from ministerie.organisatie.models import Eenheid, Persoon
from ministerie.stukken.opslag import sla_op

from .categorieen import Categorie
from .models import Brondocument, Kostenpost, Lakvoorstel, Paginamarkering, Periode
from .personen import functie_van, namen_die_blijven
from .redactie import OngeschiktBestand, controleer_gepubliceerd, maak_bron_pdf, pas_toe, stel_voor
from .toestanden import controleer_overgang
from .totalen import totalen

S = Periode.Status
V = Lakvoorstel.Status
ZONDER_TEKST = (
    "Op deze pagina is geen leesbare tekst gevonden (scan of foto): kijk haar na en lak zo nodig met de hand."
)
NIET_GELAKT = (
    "De lakprogrammatuur kon deze pagina niet automatisch controleren (geen tekstlaag): handmatig nakijken."
)


def _vergrendel(periode: Periode) -> Periode:
    return Periode.objects.select_for_update().get(pk=periode.pk)


def _vereis_bewerkbaar(periode: Periode) -> None:
    if not periode.bewerkbaar:
        raise ValidationError(
            f"{periode} is {periode.get_status_display().lower()}; heropen de maand om iets te wijzigen."
        )


@transaction.atomic
def maak_periode(*, door: Gebruiker, ministerie: Eenheid | None, jaar: int, maand: int) -> Periode:
    vereis(door, "bestuurskosten.invoeren")
    if ministerie is None:
        raise ValidationError("Er staat geen ministerie in het organisatieregister.")
    if ministerie.soort != Eenheid.Soort.MINISTERIE:
        raise ValidationError({"ministerie": "Kies een ministerie."})
    if not 1 <= maand <= 12 or not 2013 <= jaar <= 2100:
        raise ValidationError("Geef een maand (1–12) en een jaar vanaf 2013 (begin openbaarmaking).")
    if date(jaar, maand, 1) > timezone.localdate():
        raise ValidationError("Die maand is nog niet begonnen.")
    if Periode.objects.filter(ministerie=ministerie, jaar=jaar, maand=maand).exists():
        raise ValidationError("Deze maand bestaat al.")
    periode = Periode.objects.create(ministerie=ministerie, jaar=jaar, maand=maand, aangemaakt_door=door)
    audit.registreer("bestuurskosten_maand_aangemaakt", door=door, subject=periode)
    return periode


def _normaal(tekst: str) -> str:
    return kern(tekst)


@transaction.atomic
def voeg_document_toe(
    periode: Periode, *, door: Gebruiker, data: bytes, bestandsnaam: str, titel: str, soort: str
) -> Brondocument:
    """Store a source document, make its PDF and propose redactions. A bad file raises a
    ValidationError with the reason and leaves nothing behind."""
    vereis(door, "bestuurskosten.invoeren")
    periode = _vergrendel(periode)
    _vereis_bewerkbaar(periode)
    if soort not in Brondocument.Soort.values:
        raise ValidationError({"soort": "Kies het soort document."})
    titel = (titel or "").strip() or bestandsnaam.rsplit("/", 1)[-1][:200]
    eenheid = door.eenheden.order_by("pk").first()
    if eenheid is None:
        raise ValidationError("U hoort bij geen eenheid; vraag functioneel beheer u te koppelen.")
    try:
        bron = maak_bron_pdf(data, bestandsnaam)
        detectie = stel_voor(bron.pdf, blijven=namen_die_blijven(periode.ministerie))
    except OngeschiktBestand as fout:
        raise ValidationError({"bestand": f"{bestandsnaam}: {fout.reden}"}) from None
    # the document store reads PDF, Word, ODT, e-mail and text; anything else it would put in
    # quarantine (a photo, an Outlook message), so that is stored as the PDF made from it
    opslag_data, opslag_naam = data, bestandsnaam
    if bron.afbeelding or not herken(data, bestandsnaam).ondersteund:
        opslag_data, opslag_naam = bron.pdf, f"{bestandsnaam.rsplit('.', 1)[0]}.pdf"
    resultaat = sla_op(
        opslag_data, opslag_naam, door=door, eenheid=eenheid, titel=titel, rubricering=Rubricering.INTERN
    )
    if not resultaat.gelukt or resultaat.versie is None:
        raise ValidationError({"bestand": resultaat.melding})
    if Brondocument.objects.filter(periode=periode, versie=resultaat.versie).exists():
        raise ValidationError({"bestand": f"{bestandsnaam} is al aan deze maand toegevoegd."})
    document = Brondocument(
        periode=periode,
        titel=titel,
        soort=soort,
        document=resultaat.document,
        versie=resultaat.versie,
        paginas=bron.paginas,
        paginateksten=detectie.teksten,
        toegevoegd_door=door,
    )
    document.bron_pdf.save(f"{resultaat.versie.sha256}.pdf", ContentFile(bron.pdf), save=False)
    document.save()
    Lakvoorstel.objects.bulk_create(
        Lakvoorstel(
            brondocument=document,
            pagina=v.pagina,
            start=v.start,
            eind=v.eind,
            label=v.label,
            grond=v.grond,
            tekst=v.tekst[:500],
        )
        for v in detectie.voorstellen
    )
    for pagina in detectie.zonder_tekst:
        Paginamarkering.objects.create(brondocument=document, pagina=pagina, reden=ZONDER_TEKST)
    audit.registreer(
        "bestuurskosten_document_toegevoegd",
        door=door,
        subject=document,
        gegevens={
            "periode": periode.pk,
            "sha256": resultaat.versie.sha256,
            "paginas": bron.paginas,
            "voorstellen": len(detectie.voorstellen),
        },
    )
    return document


def _verwijder_na_commit(bestand: Any) -> None:
    """Remove a stored file only once the change that dropped it is committed."""
    if bestand:
        opslag, naam = bestand.storage, bestand.name
        transaction.on_commit(lambda: opslag.delete(naam))


def _maak_ongelakt(document: Brondocument) -> None:
    """A change to what is redacted makes the old result stale."""
    _verwijder_na_commit(document.gelakt_pdf)
    document.gelakt_pdf = ""
    document.gelakt_sha256 = ""
    document.gelakt_op = None
    document.controle_problemen = []
    document.save(update_fields=["gelakt_pdf", "gelakt_sha256", "gelakt_op", "controle_problemen"])


@transaction.atomic
def beoordeel(document: Brondocument, *, door: Gebruiker, besluiten: Mapping[int, bool]) -> int:
    """Accept (True: redact) or reject (False: keep) proposals of one document; returns how
    many changed."""
    vereis(door, "bestuurskosten.lakken")
    _vergrendel(document.periode)
    _vereis_bewerkbaar(document.periode)
    gewijzigd = 0
    for voorstel in document.voorstellen.filter(pk__in=list(besluiten)):
        nieuw = V.GEACCEPTEERD if besluiten[voorstel.pk] else V.AFGEWEZEN
        if voorstel.status != nieuw:
            voorstel.status = nieuw
            voorstel.beoordeeld_door = door
            voorstel.save(update_fields=["status", "beoordeeld_door"])
            gewijzigd += 1
    if gewijzigd:
        _maak_ongelakt(document)
        audit.registreer(
            "bestuurskosten_lakvoorstellen_beoordeeld",
            door=door,
            subject=document,
            gegevens={"besluiten": {str(k): v for k, v in besluiten.items()}},
        )
    return gewijzigd


def _is_publieke_naam(tekst: str, namen: list[str]) -> bool:
    naald = _normaal(tekst)
    if not naald:
        return False
    return any(naald in _normaal(naam) or _normaal(naam) in naald for naam in namen)


@transaction.atomic
def voeg_lakterm_toe(
    document: Brondocument, *, door: Gebruiker, tekst: str, grond: str, pagina: int
) -> Lakvoorstel:
    """The reviewer adds a passage the detector missed; it is redacted wherever it occurs."""
    vereis(door, "bestuurskosten.lakken")
    _vergrendel(document.periode)
    _vereis_bewerkbaar(document.periode)
    tekst = (tekst or "").strip()
    fouten: dict[str, str] = {}
    if len(_normaal(tekst)) < 2:
        fouten["tekst"] = "Geef de tekst die gelakt moet worden (minstens twee tekens)."
    elif _is_publieke_naam(tekst, namen_die_blijven(document.periode.ministerie)):
        fouten["tekst"] = (
            "Dit is (een deel van) de naam van een bewindspersoon of topambtenaar. Die naam wordt "
            "niet gelakt: zij is het onderwerp van de openbaarmaking."
        )
    if grond not in GELDIGE_GRONDEN:
        fouten["grond"] = "Kies een weigeringsgrond uit de Woo."
    if not 1 <= pagina <= document.paginas:
        fouten["pagina"] = f"Kies een pagina van 1 tot en met {document.paginas}."
    if fouten:
        raise ValidationError(fouten)
    voorstel = Lakvoorstel.objects.create(
        brondocument=document,
        pagina=pagina,
        label="HANDMATIG",
        grond=grond,
        tekst=tekst[:500],
        herkomst=Lakvoorstel.Herkomst.BEOORDELAAR,
        status=V.GEACCEPTEERD,
        beoordeeld_door=door,
    )
    _maak_ongelakt(document)
    audit.registreer(
        "bestuurskosten_lakterm_toegevoegd",
        door=door,
        subject=document,
        gegevens={"pagina": pagina, "grond": grond, "lengte": len(tekst)},
    )
    return voorstel


@transaction.atomic
def markeer_pagina(document: Brondocument, *, door: Gebruiker, pagina: int, reden: str) -> Paginamarkering:
    vereis(door, "bestuurskosten.lakken")
    _vergrendel(document.periode)
    _vereis_bewerkbaar(document.periode)
    reden = (reden or "").strip()
    if not reden:
        raise ValidationError({"reden": "Geef aan wat er op de pagina nagekeken moet worden."})
    if not 1 <= pagina <= document.paginas:
        raise ValidationError({"pagina": f"Kies een pagina van 1 tot en met {document.paginas}."})
    markering = Paginamarkering.objects.create(
        brondocument=document, pagina=pagina, reden=reden[:500], gemarkeerd_door=door
    )
    audit.registreer(
        "bestuurskosten_pagina_gemarkeerd",
        door=door,
        subject=document,
        gegevens={"pagina": pagina, "reden": reden[:500]},
    )
    return markering


@transaction.atomic
def hef_markering_op(markering: Paginamarkering, *, door: Gebruiker, toelichting: str) -> Paginamarkering:
    vereis(door, "bestuurskosten.lakken")
    _vergrendel(markering.brondocument.periode)
    _vereis_bewerkbaar(markering.brondocument.periode)
    markering = Paginamarkering.objects.select_for_update().get(pk=markering.pk)
    toelichting = (toelichting or "").strip()
    if not markering.open:
        raise ValidationError("Deze markering is al opgeheven.")
    if not toelichting:
        raise ValidationError({"toelichting": "Leg uit waarom de pagina in orde is."})
    markering.opgeheven_door = door
    markering.opgeheven_op = timezone.now()
    markering.toelichting = toelichting[:500]
    markering.save(update_fields=["opgeheven_door", "opgeheven_op", "toelichting"])
    audit.registreer(
        "bestuurskosten_markering_opgeheven",
        door=door,
        subject=markering.brondocument,
        gegevens={"pagina": markering.pagina, "toelichting": toelichting[:500]},
    )
    return markering


def _geheimen(document: Brondocument) -> list[str]:
    return sorted({v.tekst for v in document.voorstellen.filter(status=V.GEACCEPTEERD) if _normaal(v.tekst)})


def _behouden(document: Brondocument) -> list[str]:
    """The disclosed people's names that appear in the document: they must stay readable."""
    tekst = _normaal(" ".join(document.paginateksten))
    return [n for n in namen_die_blijven(document.periode.ministerie) if _normaal(n) and _normaal(n) in tekst]


@transaction.atomic
def lak_document(document: Brondocument, *, door: Gebruiker) -> Brondocument:
    """Apply the accepted redactions and check the result with the independent checker."""
    vereis(door, "bestuurskosten.lakken")
    _vergrendel(document.periode)
    _vereis_bewerkbaar(document.periode)
    document = Brondocument.objects.select_for_update().get(pk=document.pk)
    open_voorstellen = document.voorstellen.filter(status=V.VOORGESTELD).count()
    if open_voorstellen:
        raise ValidationError(
            f"Beslis eerst over alle lakvoorstellen; er staan er nog {open_voorstellen} open."
        )
    geaccepteerd = list(document.voorstellen.filter(status=V.GEACCEPTEERD))
    spans = [
        (v.pagina, v.start, v.eind, v.label, v.grond)
        for v in geaccepteerd
        if v.start is not None and v.eind is not None
    ]
    termen = sorted({(v.tekst, v.grond) for v in geaccepteerd if _normaal(v.tekst)})
    with document.bron_pdf.open("rb") as f:
        bron = f.read()
    uitkomst = pas_toe(
        bron,
        spans=spans,
        termen=termen,
        geheimen=_geheimen(document),
        behouden=_behouden(document),
        paginas=document.paginas,
    )
    _maak_ongelakt(document)
    if uitkomst.pdf:
        document.gelakt_pdf.save(f"gelakt-{document.pk}.pdf", ContentFile(uitkomst.pdf), save=False)
        document.gelakt_sha256 = hashlib.sha256(uitkomst.pdf).hexdigest()
        document.gelakt_op = timezone.now()
    document.controle_problemen = uitkomst.problemen
    document.save()
    open_paginas = set(document.markeringen.filter(opgeheven_op=None).values_list("pagina", flat=True))
    for pagina in uitkomst.handmatig_nakijken:
        if pagina not in open_paginas:
            Paginamarkering.objects.create(brondocument=document, pagina=pagina, reden=NIET_GELAKT)
    audit.registreer(
        "bestuurskosten_document_gelakt",
        door=door,
        subject=document,
        gegevens={
            "lakkingen": uitkomst.aantal_lakkingen,
            "problemen": len(uitkomst.problemen),
            "sha256": document.gelakt_sha256,
        },
    )
    return document


@transaction.atomic
def verwijder_document(document: Brondocument, *, door: Gebruiker) -> Brondocument:
    """Remove a document from its month (the original stays in the document store); returns the
    removed document, for its title and month."""
    vereis(door, "bestuurskosten.invoeren")
    _vergrendel(document.periode)
    _vereis_bewerkbaar(document.periode)
    if document.posten.exists():
        raise ValidationError("Verwijder eerst de kostenposten die op dit document steunen.")
    audit.registreer(
        "bestuurskosten_document_verwijderd",
        door=door,
        subject=document,
        gegevens={"periode": document.periode_id, "titel": document.titel},
    )
    _maak_ongelakt(document)
    _verwijder_na_commit(document.bron_pdf)
    document.delete()  # the original stays in the document store
    return document


def _bedrag(waarde: Any) -> Decimal:
    try:
        bedrag = Decimal(str(waarde).replace(",", ".")) if not isinstance(waarde, Decimal) else waarde
    except (InvalidOperation, ValueError):
        raise ValidationError({"bedrag": "Geef een bedrag in euro's, bijvoorbeeld 12,50."}) from None
    if not bedrag.is_finite() or bedrag == 0 or bedrag != bedrag.quantize(Decimal("0.01")):
        raise ValidationError({"bedrag": "Geef een bedrag in euro's met hoogstens twee decimalen, niet 0."})
    if abs(bedrag) >= Decimal("100000000"):
        raise ValidationError({"bedrag": "Dit bedrag is te groot."})
    return bedrag


@transaction.atomic
def voeg_post_toe(
    periode: Periode,
    *,
    door: Gebruiker,
    persoon: Persoon,
    categorie: str,
    datum: date,
    bedrag: Any,
    omschrijving: str,
    brondocument: Brondocument,
) -> Kostenpost:
    vereis(door, "bestuurskosten.invoeren")
    periode = _vergrendel(periode)
    _vereis_bewerkbaar(periode)
    fouten: dict[str, str] = {}
    functie = functie_van(periode.ministerie, persoon)
    if functie is None:
        fouten["persoon"] = (
            "Alleen kosten van bewindspersonen en de ambtelijke top (SG, pSG, DG's) worden openbaar gemaakt."
        )
    if categorie not in Categorie.values:
        fouten["categorie"] = "Kies een categorie."
    if datum > periode.laatste_dag:
        fouten["datum"] = f"De datum ligt na {periode.maandnaam} {periode.jaar}."
    if brondocument.periode_id != periode.pk:
        fouten["brondocument"] = "Kies een brondocument van deze maand."
    if not (omschrijving or "").strip():
        fouten["omschrijving"] = "Omschrijf de kosten."
    try:
        bedrag = _bedrag(bedrag)
    except ValidationError as fout:
        fouten.update({k: " ".join(v) for k, v in fout.message_dict.items()})
    if fouten or functie is None:
        raise ValidationError(fouten)
    post = Kostenpost.objects.create(
        periode=periode,
        persoon=persoon,
        functie=functie,
        categorie=categorie,
        datum=datum,
        bedrag=bedrag,
        omschrijving=omschrijving.strip()[:300],
        brondocument=brondocument,
        vastgelegd_door=door,
    )
    audit.registreer(
        "bestuurskosten_post_vastgelegd",
        door=door,
        subject=periode,
        gegevens={"post": post.pk, "persoon": persoon.code, "categorie": categorie, "bedrag": str(bedrag)},
    )
    return post


@transaction.atomic
def verwijder_post(post: Kostenpost, *, door: Gebruiker) -> None:
    vereis(door, "bestuurskosten.invoeren")
    _vergrendel(post.periode)
    _vereis_bewerkbaar(post.periode)
    audit.registreer(
        "bestuurskosten_post_verwijderd",
        door=door,
        subject=post.periode,
        gegevens={"post": post.pk, "persoon": post.persoon.code, "bedrag": str(post.bedrag)},
    )
    post.delete()


def bezwaren_tegen_publicatie(periode: Periode) -> list[str]:
    """Why the month cannot be published yet (an empty list: it can)."""
    bezwaren: list[str] = []
    if periode.status != S.OPEN:
        bezwaren.append(f"De maand is {periode.get_status_display().lower()}.")
    documenten = list(periode.documenten.prefetch_related("markeringen", "posten", "voorstellen"))
    for document in documenten:
        naam = f"'{document.titel}'"
        open_voorstellen = sum(1 for v in document.voorstellen.all() if v.status == V.VOORGESTELD)
        if open_voorstellen:
            bezwaren.append(f"{naam}: {open_voorstellen} lakvoorstel(len) nog niet beoordeeld.")
        elif not document.gelakt:
            bezwaren.append(f"{naam} is nog niet gelakt.")
        elif document.controle_problemen:
            bezwaren.append(f"{naam} komt niet door de lakcontrole: {document.controle_problemen[0]}")
        markeringen = sorted({m.pagina for m in document.markeringen.all() if m.open})
        if markeringen:
            paginas = ", ".join(map(str, markeringen))
            bezwaren.append(f"{naam}: pagina {paginas} is gemarkeerd voor nakijken.")
        if not document.posten.all():
            bezwaren.append(f"{naam} hoort bij geen kostenpost.")
    return bezwaren


@transaction.atomic
def publiceer(periode: Periode, *, door: Gebruiker) -> Periode:
    vereis(door, "bestuurskosten.publiceren")
    periode = _vergrendel(periode)
    controleer_overgang(periode, S.GEPUBLICEERD)
    bezwaren = bezwaren_tegen_publicatie(periode)
    if bezwaren:
        raise ValidationError(["Nog niet te publiceren:", *bezwaren])
    # the last gate: each stored redacted file still passes the checker
    for document in periode.documenten.all():
        with document.gelakt_pdf.open("rb") as f:
            inhoud = f.read()
        problemen = []
        if hashlib.sha256(inhoud).hexdigest() != document.gelakt_sha256:
            problemen.append("het gelakte bestand is gewijzigd na de controle")
        problemen += controleer_gepubliceerd(inhoud, _geheimen(document), document.paginas)
        if problemen:
            raise ValidationError(f"'{document.titel}' komt niet door de eindcontrole: {problemen[0]}")
    periode.status = S.GEPUBLICEERD
    periode.gepubliceerd_op = timezone.now()
    periode.gepubliceerd_door = door
    periode.ingetrokken_op = None
    periode.reden_intrekking = ""
    periode.save()
    overzicht = totalen(periode.posten.all())
    audit.registreer(
        "bestuurskosten_gepubliceerd",
        door=door,
        subject=periode,
        gegevens={
            "totaal": str(overzicht.totaal),
            "posten": overzicht.aantal,
            "documenten": {d.pk: d.gelakt_sha256 for d in periode.documenten.all()},
        },
    )
    return periode


@transaction.atomic
def trek_in(periode: Periode, *, door: Gebruiker, reden: str) -> Periode:
    vereis(door, "bestuurskosten.publiceren")
    periode = _vergrendel(periode)
    controleer_overgang(periode, S.INGETROKKEN)
    reden = (reden or "").strip()
    if not reden:
        raise ValidationError({"reden": "Geef de reden van het intrekken; die wordt openbaar getoond."})
    periode.status = S.INGETROKKEN
    periode.ingetrokken_op = timezone.now()
    periode.reden_intrekking = reden[:2000]
    periode.save()
    audit.registreer("bestuurskosten_ingetrokken", door=door, subject=periode, gegevens={"reden": reden})
    return periode


@transaction.atomic
def heropen(periode: Periode, *, door: Gebruiker) -> Periode:
    vereis(door, "bestuurskosten.invoeren")
    periode = _vergrendel(periode)
    controleer_overgang(periode, S.OPEN)
    periode.status = S.OPEN
    periode.save()
    audit.registreer("bestuurskosten_heropend", door=door, subject=periode)
    return periode
