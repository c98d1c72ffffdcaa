"""Mondelinge vragen for the weekly vragenuur: registration, the answer sheet, closing."""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction

from ministerie.core import audit
from ministerie.core.models import Gebruiker
from ministerie.core.permissies import vereis
from ministerie.organisatie.models import Eenheid

from ..models import MondelingeVraag
from .gedeeld import controleer_bewindspersoon, iso, vereis_voorbereiden


@transaction.atomic
def registreer_mondelinge_vraag(
    *,
    door: Gebruiker,
    datum: date,
    vragensteller: str,
    onderwerp: str,
    bewindspersoon: Eenheid,
    trekker: Eenheid,
    fractie: str = "",
    vraag: str = "",
    kamer: str = "TK",
) -> MondelingeVraag:
    vereis(door, "parlement.registreren")
    mv = MondelingeVraag(
        kamer=kamer,
        datum=datum,
        vragensteller=vragensteller.strip(),
        fractie=fractie.strip(),
        onderwerp=onderwerp.strip(),
        vraag=vraag.strip(),
        bewindspersoon=controleer_bewindspersoon(bewindspersoon),
        trekker=trekker,
    )
    mv.full_clean()
    mv.save()
    audit.registreer("mondelinge_vraag_geregistreerd", door=door, subject=mv, gegevens={"datum": iso(datum)})
    return mv


@transaction.atomic
def bereid_antwoordblad(mv: MondelingeVraag, *, door: Gebruiker, antwoordblad: str) -> None:
    mv = MondelingeVraag.objects.select_for_update().get(pk=mv.pk)
    vereis_voorbereiden(door, mv.trekker)
    if not antwoordblad.strip():
        raise ValidationError({"antwoordblad": "Het antwoordblad is leeg."})
    if mv.status in (MondelingeVraag.Status.GESTELD, MondelingeVraag.Status.VERVALLEN):
        raise ValidationError("Deze vraag is al gesteld of vervallen.")
    mv.antwoordblad, mv.status = antwoordblad.strip(), MondelingeVraag.Status.VOORBEREID
    mv.save(update_fields=["antwoordblad", "status"])
    audit.registreer("mondelinge_vraag_voorbereid", door=door, subject=mv)


@transaction.atomic
def sluit_mondelinge_vraag(mv: MondelingeVraag, *, door: Gebruiker, status: str) -> None:
    vereis(door, "parlement.registreren")
    if status not in (MondelingeVraag.Status.GESTELD, MondelingeVraag.Status.VERVALLEN):
        raise ValidationError({"status": "Kies 'gesteld' of 'vervallen'."})
    mv = MondelingeVraag.objects.select_for_update().get(pk=mv.pk)
    if mv.status in (MondelingeVraag.Status.GESTELD, MondelingeVraag.Status.VERVALLEN):
        raise ValidationError("Deze vraag is al afgesloten.")
    mv.status = status
    mv.save(update_fields=["status"])
    audit.registreer("mondelinge_vraag_afgesloten", door=door, subject=mv, gegevens={"status": status})
