"""Making an approved publication public: at once when it is approved, or on its publication
date (Woo art. 4.4 lid 5) by the release job (``taken.publiceer_gepland``) or
``ministerie woo publiceer-gepland``."""

from __future__ import annotations

from datetime import date

from django.db import transaction
from django.utils import timezone

from . import portaalindex
from .models import Publicatie, Verzoek
from .services import Door, log, zet_status


def maak_openbaar(publicatie: Publicatie, door: Door) -> None:
    """Publish on the portal (within the caller's transaction) and index it after commit."""
    publicatie.status = Publicatie.Status.GEPUBLICEERD
    publicatie.gepubliceerd_op = timezone.now()
    publicatie.save(update_fields=["status", "gepubliceerd_op"])
    zet_status(publicatie.verzoek, Verzoek.Status.GEPUBLICEERD)
    portaalindex.plan_portaalindexering(publicatie)
    log(
        publicatie.verzoek,
        door,
        "woo_gepubliceerd",
        f"Gepubliceerd: {publicatie.bestanden.count()} bestand(en) op de publieke portal",
    )


def publiceer_gepland(vandaag: date | None = None) -> list[Publicatie]:
    """Release every approved publication whose date has come (idempotent; the job and
    ``ministerie woo publiceer-gepland`` call this)."""
    vandaag = vandaag or timezone.localdate()
    gedaan = []
    for pk in Publicatie.objects.filter(
        status=Publicatie.Status.GEPLAND, gepland_op__lte=vandaag
    ).values_list("pk", flat=True):
        with transaction.atomic():
            publicatie = Publicatie.objects.select_for_update().get(pk=pk)
            if publicatie.status != Publicatie.Status.GEPLAND:
                continue
            maak_openbaar(publicatie, "taak woo publiceer-gepland")
            gedaan.append(publicatie)
    return gedaan
