"""The document store: storing uploads as versions, recognising duplicates, quarantine.

An upload is never lost: a file that cannot be read is kept in quarantine with its reason,
and the uploader is told why.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.core.files.base import ContentFile
from django.db import transaction

from ministerie.bestanden import OnleesbaarBestand, controleer_grootte, extraheer, herken, sha256
from ministerie.core import audit
from ministerie.core.permissies import vereis
from ministerie.organisatie.models import Eenheid

from .indexering import plan_indexering
from .models import Document, Quarantaine, Versie


@dataclass(frozen=True)
class Opslagresultaat:
    document: Document | None
    versie: Versie | None
    quarantaine: Quarantaine | None = None
    al_aanwezig: bool = False

    @property
    def gelukt(self) -> bool:
        return self.versie is not None

    @property
    def melding(self) -> str:
        if self.quarantaine is not None:
            return (
                f"'{self.quarantaine.bestandsnaam}' kon niet worden gelezen en staat in quarantaine: "
                f"{self.quarantaine.reden} Het bestand is bewaard; functioneel beheer kan het bekijken."
            )
        assert self.versie is not None and self.document is not None
        if self.al_aanwezig:
            return (
                f"Dit bestand is al opgeslagen als '{self.document.titel}' "
                f"(versie {self.versie.nummer}); er is geen kopie gemaakt."
            )
        return f"'{self.document.titel}' is opgeslagen als versie {self.versie.nummer}."


def _titel_uit(bestandsnaam: str) -> str:
    return bestandsnaam.rsplit("/", 1)[-1].rsplit(".", 1)[0].replace("_", " ")[:300] or "Naamloos"


@transaction.atomic
def sla_op(
    data: bytes,
    bestandsnaam: str,
    *,
    door: Any,
    eenheid: Eenheid,
    titel: str = "",
    rubricering: int | None = None,
    document: Document | None = None,
) -> Opslagresultaat:
    """Store a file as a new document, or as a new version of ``document``."""
    vereis(door, "stukken.toevoegen", eenheid=eenheid)
    if document is not None:
        eenheid, rubricering = document.eenheid, document.rubricering
    rubricering = door.clearance if rubricering is None else rubricering
    if rubricering > door.clearance:
        from django.core.exceptions import PermissionDenied

        raise PermissionDenied("U kunt geen stuk rubriceren boven uw eigen rubriceringsniveau.")
    controlesom = sha256(data)
    bestaande = (
        Versie.objects.select_related("document")
        .filter(sha256=controlesom, document__eenheid=eenheid)
        .order_by("pk")
        .first()
    )
    if bestaande is not None:
        return Opslagresultaat(bestaande.document, bestaande, al_aanwezig=True)
    try:
        controleer_grootte(len(data))
        soort = herken(data, bestandsnaam)
        extractie = extraheer(data, soort)
    except OnleesbaarBestand as fout:
        quarantaine = Quarantaine(
            bestandsnaam=bestandsnaam[:255],
            sha256=controlesom,
            grootte=len(data),
            reden=fout.reden,
            eenheid=eenheid,
            rubricering=rubricering,
            aangeleverd_door=door,
        )
        quarantaine.bestand.save(f"{controlesom}.bin", ContentFile(data), save=False)
        quarantaine.save()
        audit.registreer(
            "stuk_in_quarantaine",
            door=door,
            subject=quarantaine,
            gegevens={"reden": fout.reden, "sha256": controlesom},
            rubricering=rubricering,
        )
        return Opslagresultaat(None, None, quarantaine=quarantaine)

    if document is None:
        document = Document.objects.create(
            titel=titel or extractie.metadata.get("titel") or _titel_uit(bestandsnaam),
            eenheid=eenheid,
            rubricering=rubricering,
            aangemaakt_door=door,
        )
        audit.registreer("document_aangemaakt", door=door, subject=document)
    nummer = (document.versies.order_by("-nummer").values_list("nummer", flat=True).first() or 0) + 1
    versie = Versie(
        document=document,
        nummer=nummer,
        bestandsnaam=bestandsnaam[:255],
        sha256=controlesom,
        grootte=len(data),
        mime=soort.mime,
        soort=soort.soort,
        tekst=extractie.tekst,
        paginas=extractie.paginas,
        waarschuwingen=extractie.waarschuwingen,
        aangemaakt_door=door,
    )
    versie.bestand.save(f"{controlesom}.{soort.extensie}", ContentFile(data), save=False)
    versie.save()
    audit.registreer(
        "versie_toegevoegd",
        door=door,
        subject=document,
        gegevens={"versie": nummer, "sha256": controlesom, "type": soort.mime},
    )
    plan_indexering(f"document:{document.pk}")
    return Opslagresultaat(document, versie)
