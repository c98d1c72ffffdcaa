"""The audit trail: append-only and hash-chained, written in the caller's transaction.

Each record's hash covers its own content and the hash of its predecessor, so editing or
removing any record breaks the chain from that point on; ``verifieer`` finds the first break.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC
from typing import Any

from django.db import transaction
from django.utils import timezone

from .models import AuditKop, AuditRecord
from .rubricering import INZAGE_GELOGD_VANAF, Rubricering

GENESIS = "0" * 64


def _canoniek(record: AuditRecord) -> bytes:
    inhoud = {
        "volgnummer": record.volgnummer,
        "tijdstip": record.tijdstip.astimezone(UTC).isoformat(timespec="microseconds"),
        "actor_id": record.actor_id,
        "actor_naam": record.actor_naam,
        "actie": record.actie,
        "object_type": record.object_type,
        "object_id": record.object_id,
        "object_omschrijving": record.object_omschrijving,
        "rubricering": int(record.rubricering),
        "gegevens": record.gegevens,
        "vorige_hash": record.vorige_hash,
    }
    return json.dumps(inhoud, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def bereken_hash(record: AuditRecord) -> str:
    return hashlib.sha256(_canoniek(record)).hexdigest()


def _actor(door: Any) -> tuple[int | None, str]:
    """Who acted, as stored: the name is cut to the field's 200 characters (a user name and a
    full name may be 150 each; PostgreSQL refuses a longer value, and the change with it)."""
    if door is None:
        return None, "systeem"
    if isinstance(door, str):
        return None, door[:200]
    if not getattr(door, "is_authenticated", False):
        return None, "anoniem"
    return door.pk, f"{door.get_username()} ({door})"[:200]


def _subject(subject: Any) -> tuple[str, str, str]:
    if subject is None:
        return "", "", ""
    meta = getattr(subject, "_meta", None)
    soort = meta.label if meta is not None else type(subject).__name__
    return soort, str(getattr(subject, "pk", "") or ""), str(subject)[:300]


def registreer(
    actie: str,
    *,
    door: Any,
    subject: Any = None,
    gegevens: dict[str, Any] | None = None,
    rubricering: int | None = None,
) -> AuditRecord:
    """Append one record. Call it inside the transaction of the change it records."""
    with transaction.atomic():
        kop, _ = AuditKop.objects.select_for_update().get_or_create(
            pk=1, defaults={"laatste_volgnummer": 0, "laatste_hash": GENESIS}
        )
        actor_id, actor_naam = _actor(door)
        object_type, object_id, omschrijving = _subject(subject)
        if rubricering is None:
            rubricering = getattr(subject, "rubricering", Rubricering.OPENBAAR)
        record = AuditRecord(
            volgnummer=kop.laatste_volgnummer + 1,
            tijdstip=timezone.now(),
            actor_id=actor_id,
            actor_naam=actor_naam,
            actie=actie,
            object_type=object_type,
            object_id=object_id,
            object_omschrijving=omschrijving,
            rubricering=int(rubricering),
            # a JSON round trip now, so the hash is computed over what the database gives back
            gegevens=json.loads(json.dumps(gegevens or {}, default=str)),
            vorige_hash=kop.laatste_hash,
        )
        record.hash = bereken_hash(record)
        record.save()
        kop.laatste_volgnummer = record.volgnummer
        kop.laatste_hash = record.hash
        kop.save(update_fields=["laatste_volgnummer", "laatste_hash"])
        return record


def registreer_inzage(item: Any, *, door: Any, actie: str) -> AuditRecord | None:
    """Record a read of ``item`` when its classification asks for it (DV and higher)."""
    if item.rubricering < INZAGE_GELOGD_VANAF:
        return None
    return registreer("inzage", door=door, subject=item, gegevens={"recht": actie})


def registreer_download(item: Any, *, door: Any, versie: int) -> AuditRecord | None:
    """Record a download of a version of ``item`` when its classification asks for it."""
    if item.rubricering < INZAGE_GELOGD_VANAF:
        return None
    return registreer("document_gedownload", door=door, subject=item, gegevens={"versie": versie})


@dataclass(frozen=True)
class Verificatie:
    gecontroleerd: int
    eerste_fout: int | None
    reden: str

    @property
    def intact(self) -> bool:
        return self.eerste_fout is None


def _records() -> Iterator[AuditRecord]:
    return AuditRecord.objects.order_by("volgnummer").iterator(chunk_size=2000)


def verifieer() -> Verificatie:
    """Walk the chain from the start; report the first record that does not fit."""
    vorige_hash = GENESIS
    verwacht = 1
    aantal = 0
    for record in _records():
        if record.volgnummer != verwacht:
            return Verificatie(
                aantal, verwacht, f"record #{verwacht} ontbreekt (volgende is #{record.volgnummer})"
            )
        if record.vorige_hash != vorige_hash:
            return Verificatie(aantal, record.volgnummer, "verwijzing naar vorig record klopt niet")
        if bereken_hash(record) != record.hash:
            return Verificatie(aantal, record.volgnummer, "inhoud gewijzigd (hash klopt niet)")
        vorige_hash = record.hash
        verwacht += 1
        aantal += 1
    kop = AuditKop.objects.filter(pk=1).first()
    if kop is not None and (kop.laatste_volgnummer, kop.laatste_hash) != (aantal, vorige_hash):
        return Verificatie(
            aantal,
            aantal + 1,
            f"de keten eindigt bij #{aantal}, maar de kop verwacht #{kop.laatste_volgnummer}",
        )
    return Verificatie(aantal, None, "keten intact")
