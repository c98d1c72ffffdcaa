"""The decision: reasons per ground, the decision letter and inventory, sign-off through the
routing of initials (a beslisnota in stukken, linked, not copied), and taking the decision."""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction

from ministerie.core.models import Gebruiker
from ministerie.core.permissies import vereis
from ministerie.stukken import services as stukken
from ministerie.stukken.models import Beslispunt, Nota
from ministerie.stukken.opslag import sla_op
from ministerie.stukken.route import stel_route_voor

from . import documenten_pdf
from .gronden import GRONDEN
from .models import Motivering, Verzoek
from .services import log, zet_status
from .termijn import publicatiedatum

S = Verzoek.Status


@transaction.atomic
def sla_motivering_op(verzoek: Verzoek, *, door: Gebruiker, grond: str, tekst: str) -> None:
    vereis(door, "woo.behandelen")
    if grond not in GRONDEN:
        raise ValidationError({"grond": "Onbekende grond."})
    if not tekst.strip():
        Motivering.objects.filter(verzoek=verzoek, grond=grond).delete()
        return
    Motivering.objects.update_or_create(verzoek=verzoek, grond=grond, defaults={"tekst": tekst.strip()})


@transaction.atomic
def sla_motiveringen_op(verzoek: Verzoek, *, door: Gebruiker, motiveringen: dict[str, str]) -> None:
    """The reasons per ground as typed on the page, in one go (an empty text removes one)."""
    for grond, tekst in motiveringen.items():
        sla_motivering_op(verzoek, door=door, grond=grond, tekst=tekst)


def gebruikte_gronden(verzoek: Verzoek) -> list[str]:
    codes: set[str] = set()
    for d in verzoek.documenten.all():
        codes.update(d.alle_gronden())
    return sorted(codes)


def ontbrekend_voor_besluit(verzoek: Verzoek) -> list[str]:
    """What must be done before the decision letter can be made."""
    problemen = [
        f"Document {d.nummer} is nog niet beoordeeld." for d in verzoek.documenten.filter(beoordeling="")
    ]
    if not verzoek.documenten.exists():
        problemen.append("Er zijn nog geen documenten verzameld.")
    gemotiveerd = set(verzoek.motiveringen.values_list("grond", flat=True))
    for code in gebruikte_gronden(verzoek):
        if GRONDEN[code].weging_vereist and code not in gemotiveerd:
            problemen.append(
                f"Grond {code} ({GRONDEN[code].omschrijving}) vraagt een belangenafweging of "
                "motivering in het besluit."
            )
    return problemen


def _bewaar_stukken(verzoek: Verzoek) -> bytes:
    pdf = documenten_pdf.besluit_pdf(verzoek)
    naam = f"besluit-{verzoek.zaaknummer}.pdf"
    if verzoek.besluit_pdf:
        verzoek.besluit_pdf.delete(save=False)
    verzoek.besluit_pdf.save(naam, ContentFile(pdf), save=False)
    for veld, inhoud, ext in (
        ("inventaris_pdf", documenten_pdf.inventaris_pdf(verzoek), "pdf"),
        ("inventaris_xlsx", documenten_pdf.inventaris_xlsx(verzoek), "xlsx"),
    ):
        bestand = getattr(verzoek, veld)
        if bestand:
            bestand.delete(save=False)
        bestand.save(f"inventarislijst-{verzoek.zaaknummer}.{ext}", ContentFile(inhoud), save=False)
    verzoek.save()
    return pdf


@transaction.atomic
def stel_besluit_op(verzoek: Verzoek, *, door: Gebruiker) -> Nota | None:
    """Generate the letter and inventory; for a request, send a beslisnota with the letter
    attached up the line (routing of initials) for sign-off."""
    verzoek = Verzoek.objects.select_for_update().get(pk=verzoek.pk)
    vereis(door, "woo.behandelen")
    if verzoek.status != S.IN_BEHANDELING:
        raise ValidationError(
            "Het besluit kan alleen worden opgesteld als het verzoek in behandeling is en niet "
            f"is opgeschort (nu: {verzoek.get_status_display().lower()})."
        )
    problemen = ontbrekend_voor_besluit(verzoek)
    if problemen:
        raise ValidationError(problemen)
    pdf = _bewaar_stukken(verzoek)
    if not verzoek.is_verzoek:
        log(verzoek, door, "woo_besluit_opgesteld", "Inventarislijst opgesteld")
        return None
    eenheid = door.eenheden.order_by("pk").first()
    if eenheid is None:
        raise ValidationError("U hoort bij geen eenheid; de beslisnota kan niet worden opgesteld.")
    nota = verzoek.besluit_nota
    if nota is not None and nota.status not in (Nota.Status.TERUGGESTUURD, Nota.Status.CONCEPT):
        raise ValidationError(
            f"Het besluit ligt al in de parafeerroute (nota {nota.kenmerk}, "
            f"{nota.get_status_display().lower()})."
        )
    naam = f"besluit-{verzoek.zaaknummer}.pdf"
    if nota is None:
        nota = stukken.maak_nota(
            door=door,
            soort=Nota.Soort.BESLISNOTA,
            onderwerp=f"Besluit op Woo-verzoek {verzoek.zaaknummer}: {verzoek.onderwerp}"[:300],
            aan="de minister van BZK",
            eenheid=eenheid,
            beslispunten=[f"Instemmen met het bijgevoegde besluit op Woo-verzoek {verzoek.zaaknummer}."],
            aanleiding=f"Woo-verzoek ontvangen op {verzoek.ontvangen_op:%d-%m-%Y}.",
            kernpunten=f"Uiterste beslisdatum: {verzoek.uiterste_datum() or 'opgeschort'}.",
        )
        opgeslagen = sla_op(pdf, naam, door=door, eenheid=eenheid, titel=f"Besluit {verzoek.zaaknummer}")
        if not opgeslagen.gelukt:
            raise ValidationError(opgeslagen.melding)
        stukken.voeg_bijlage_toe(nota, door=door, document=opgeslagen.document)
        verzoek.besluit_nota = nota
        verzoek.save(update_fields=["besluit_nota"])
    else:
        bijlage = nota.bijlagen.order_by("pk").first()
        sla_op(pdf, naam, door=door, eenheid=bijlage.eenheid if bijlage else eenheid, document=bijlage)
    route = stel_route_voor(door, eenheid)
    if not route or route[-1].soort != "beslissing":
        raise ValidationError("Er is geen parafeerroute te maken: er is geen bewindspersoon die beslist.")
    stukken.stel_route_in(nota, door=door, stappen=route)
    stukken.start_parafering(nota, door=door)
    log(
        verzoek,
        door,
        "woo_besluit_opgesteld",
        f"Besluit opgesteld en ter parafering aangeboden (nota {nota.kenmerk})",
    )
    return nota


def nota_akkoord(verzoek: Verzoek) -> bool:
    nota = verzoek.besluit_nota
    if nota is None or nota.status not in (Nota.Status.BESLOTEN, Nota.Status.AFGEDAAN):
        return False
    besluiten = list(nota.beslispunten.values_list("besluit", flat=True))
    return bool(besluiten) and all(b == Beslispunt.Besluit.AKKOORD for b in besluiten)


@transaction.atomic
def neem_besluit(
    verzoek: Verzoek,
    *,
    door: Gebruiker,
    besluit_datum: date,
    bekendgemaakt_op: date,
    bezwaar_verwacht: bool,
) -> None:
    """Record the decision and its announcement; the publication date follows from it
    (Woo art. 4.4 lid 5: 2 weeks after the announcement when an objection is expected)."""
    verzoek = Verzoek.objects.select_for_update().get(pk=verzoek.pk)
    vereis(door, "woo.behandelen")
    if verzoek.is_verzoek and not nota_akkoord(verzoek):
        raise ValidationError(
            "Het besluit is nog niet afgetekend: de beslisnota moet door de bewindspersoon "
            "akkoord zijn bevonden."
        )
    if not verzoek.is_verzoek and not verzoek.inventaris_pdf:
        raise ValidationError("Stel eerst de inventarislijst op.")
    if besluit_datum < verzoek.ontvangen_op:
        raise ValidationError("De besluitdatum ligt vóór de ontvangst van het verzoek.")
    if bekendgemaakt_op < besluit_datum:
        raise ValidationError("Het besluit kan niet bekend zijn gemaakt vóór de besluitdatum.")
    problemen = ontbrekend_voor_besluit(verzoek)
    if problemen:
        raise ValidationError(problemen)
    zet_status(verzoek, S.BESLUIT_GENOMEN)
    verzoek.besluit_datum = besluit_datum
    verzoek.bekendgemaakt_op = bekendgemaakt_op
    verzoek.bezwaar_verwacht = bezwaar_verwacht
    verzoek.publicatie_op = publicatiedatum(bekendgemaakt_op) if bezwaar_verwacht else bekendgemaakt_op
    verzoek.save()
    if verzoek.is_verzoek:
        _bewaar_stukken(verzoek)  # the letter now carries its date
    uiterst = verzoek.uiterste_datum()
    tijdig = (
        ""
        if uiterst is None
        else (
            " (binnen de termijn)"
            if besluit_datum <= uiterst
            else f" (te laat: uiterste datum {uiterst:%d-%m-%Y})"
        )
    )
    wanneer = (
        f"openbaarmaking op {verzoek.publicatie_op:%d-%m-%Y}, twee weken na bekendmaking omdat "
        "bezwaar van een derde wordt verwacht (Woo art. 4.4 lid 5)"
        if bezwaar_verwacht
        else "openbaarmaking met het besluit"
    )
    log(
        verzoek,
        door,
        "woo_besluit_genomen",
        f"Besluit genomen op {besluit_datum:%d-%m-%Y}{tijdig}, bekendgemaakt op "
        f"{bekendgemaakt_op:%d-%m-%Y}; {wanneer}",
        datum=besluit_datum,
    )
