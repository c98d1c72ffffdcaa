"""Bulk processing as a background job, with its progress in the database for the browser."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django_tasks import task

from ministerie.core import audit
from ministerie.core.permissies import vereis
from ministerie.organisatie.publiek import publieke_personen

from .models import Bulkverwerking
from .zichtbaarheid import zichtbare_bulkverwerkingen

TOEGESTAAN = (".zip", ".mbox", ".mbx")
MAX_BULK_MB = 2048


def _map(verwerking: Bulkverwerking) -> Path:
    return Path(settings.DATA_DIR) / "bulk" / str(verwerking.pk)


@transaction.atomic
def start_bulk(bestand: Any, bestandsnaam: str, *, door: Any, omschrijving: str) -> Bulkverwerking:
    """Store an uploaded ZIP or mbox and queue its processing."""
    vereis(door, "bulk.verwerken")
    if not bestandsnaam.lower().endswith(TOEGESTAAN):
        raise ValidationError("Lever een ZIP-bestand of een mailboxexport (.mbox) aan.")
    if getattr(bestand, "size", 0) > MAX_BULK_MB * 1024 * 1024:
        raise ValidationError(f"Het bestand is groter dan {MAX_BULK_MB} MB.")
    verwerking = Bulkverwerking.objects.create(
        omschrijving=omschrijving.strip() or bestandsnaam, bron="", werkmap="", gestart_door=door
    )
    map_ = _map(verwerking)
    map_.mkdir(parents=True, exist_ok=True)
    bron = map_ / ("bron" + Path(bestandsnaam).suffix.lower())
    with bron.open("wb") as uit:
        for stuk in bestand.chunks():
            uit.write(stuk)
    verwerking.bron, verwerking.werkmap = str(bron), str(map_ / "werk")
    verwerking.save(update_fields=["bron", "werkmap"])
    audit.registreer(
        "bulkverwerking_gestart", door=door, subject=verwerking, gegevens={"bestand": bestandsnaam}
    )
    transaction.on_commit(lambda: verwerk_bulk.enqueue(verwerking.pk))
    return verwerking


@transaction.atomic
def herstart_bulk(verwerking: Bulkverwerking, *, door: Any) -> None:
    """Queue again; the engine continues where it stopped and does no work twice."""
    vereis(door, "bulk.verwerken")
    if not zichtbare_bulkverwerkingen(door).filter(pk=verwerking.pk).exists():
        raise PermissionDenied("U kunt deze verwerking niet inzien.")
    if verwerking.status == Bulkverwerking.Status.KLAAR:
        raise ValidationError("Deze verwerking is al klaar.")
    Bulkverwerking.objects.filter(pk=verwerking.pk).update(status=Bulkverwerking.Status.WACHTEND, fout="")
    audit.registreer("bulkverwerking_herstart", door=door, subject=verwerking)
    transaction.on_commit(lambda: verwerk_bulk.enqueue(verwerking.pk))


def kan_bulk_delen_met(verwerking: Bulkverwerking) -> Any:
    """The colleagues a bulk processing can be shared with: active users whose role may run
    bulk processing, except the one who started it."""
    from ministerie.core.models import Gebruiker
    from ministerie.core.permissiematrix import matrix

    rollen = matrix().rollen_met("bulk.verwerken")
    return (
        Gebruiker.objects.filter(is_active=True, rollen__rol__in=rollen)
        .exclude(pk=verwerking.gestart_door_id)
        .distinct()
        .order_by("last_name", "first_name", "username")
    )


@transaction.atomic
def deel_bulk(verwerking: Bulkverwerking, *, door: Any, collegas: Any) -> list[str]:
    """Share a bulk processing with exactly these colleagues (others it was shared with no
    longer see it). Only the one who started it decides; every change is audited. Returns the
    user names it is now shared with."""
    vereis(door, "bulk.verwerken")
    verwerking = Bulkverwerking.objects.select_for_update().get(pk=verwerking.pk)
    if verwerking.gestart_door_id != door.pk:
        raise PermissionDenied("Alleen wie de verwerking startte, kan haar delen.")
    gewenst = {g.pk: g for g in collegas}
    toegestaan = set(kan_bulk_delen_met(verwerking).filter(pk__in=gewenst).values_list("pk", flat=True))
    if geweigerd := [str(g) for pk, g in gewenst.items() if pk not in toegestaan]:
        raise ValidationError(
            f"De verwerking kan niet worden gedeeld met {', '.join(geweigerd)}: "
            "alleen met collega's die zelf bulkverwerkingen mogen doen."
        )
    huidig = {g.pk: g for g in verwerking.gedeeld_met.all()}
    erbij = [gewenst[pk] for pk in gewenst if pk not in huidig]
    eraf = [huidig[pk] for pk in huidig if pk not in gewenst]
    if erbij:
        verwerking.gedeeld_met.add(*erbij)
        audit.registreer(
            "bulkverwerking_gedeeld",
            door=door,
            subject=verwerking,
            gegevens={"met": sorted(g.username for g in erbij)},
        )
    if eraf:
        verwerking.gedeeld_met.remove(*eraf)
        audit.registreer(
            "bulkverwerking_niet_meer_gedeeld",
            door=door,
            subject=verwerking,
            gegevens={"met": sorted(g.username for g in eraf)},
        )
    return sorted(g.username for g in gewenst.values())


class Voortgangsschrijver:
    """Writes the bulk pipeline's progress to a row of ``model`` (fields fase, gedaan, totaal,
    bericht), at most twice a second and at every change of phase."""

    def __init__(self, pk: int, model: Any = Bulkverwerking) -> None:
        self.pk, self.model, self.laatst, self.fase = pk, model, 0.0, ""

    def __call__(self, voortgang: Any) -> None:
        nu = time.monotonic()
        if voortgang.fase == self.fase and nu - self.laatst < 0.5 and voortgang.gedaan < voortgang.totaal:
            return
        self.laatst, self.fase = nu, voortgang.fase
        self.model.objects.filter(pk=self.pk).update(
            fase=voortgang.fase,
            gedaan=voortgang.gedaan,
            totaal=voortgang.totaal,
            bericht=str(voortgang.bericht)[:300],
        )


@task()
def verwerk_bulk(pk: int) -> dict[str, Any]:
    from ministerie.lakken.bulk import verwerk
    from ministerie.lakken.detectie import detecteer

    verwerking = Bulkverwerking.objects.get(pk=pk)
    if verwerking.status == Bulkverwerking.Status.KLAAR:
        return verwerking.verslag
    Bulkverwerking.objects.filter(pk=pk).update(status=Bulkverwerking.Status.BEZIG, fout="")
    publiek = publieke_personen()

    def detector(tekst: str) -> list[Any]:
        return detecteer(tekst, publieke_personen=publiek)

    try:
        verslag = verwerk(
            Path(verwerking.bron),
            Path(verwerking.werkmap),
            detecteer=detector,
            voortgang=Voortgangsschrijver(pk),
        )
    except Exception as fout:
        Bulkverwerking.objects.filter(pk=pk).update(
            status=Bulkverwerking.Status.MISLUKT, fout=f"{type(fout).__name__}: {fout}"[:2000]
        )
        raise
    gegevens = verslag_als_dict(verslag)
    with transaction.atomic():
        Bulkverwerking.objects.filter(pk=pk).update(status=Bulkverwerking.Status.KLAAR, verslag=gegevens)
        audit.registreer(
            "bulkverwerking_klaar",
            door="taak verwerk_bulk",
            subject=verwerking,
            gegevens={k: v for k, v in gegevens.items() if k != "onleesbaar"},
        )
    return gegevens


def verslag_als_dict(verslag: Any) -> dict[str, Any]:
    """The engine's report as JSON: counts, inventory paths, unreadable items with reasons."""
    import json
    from dataclasses import asdict, is_dataclass

    gegevens = (
        asdict(verslag) if is_dataclass(verslag) and not isinstance(verslag, type) else dict(vars(verslag))
    )
    return json.loads(json.dumps(gegevens, default=str))
