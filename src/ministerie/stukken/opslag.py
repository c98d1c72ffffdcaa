"""The document store: storing uploads as versions, recognising duplicates, quarantine.

An upload is never lost: a file that cannot be read is kept in quarantine with its reason,
and the uploader is told why. A file over the size limit is refused before anything is stored
(not quarantined: quarantine is for files that cannot be read, not a place to park 300 MB).

Duplicates: the same file in the same unit is recognised only when the uploader may see the
document that holds it; then no copy is made and the answer names that document. When the
uploader may not see it, the file is stored as a new document of the uploader's own (at the
classification they chose), and the answer is the same as for any new file: nothing tells the
uploader that another document with this content exists, nor its title. A file that the same
user already put in quarantine in the same unit is recognised too (no second copy).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.core.files.base import ContentFile
from django.db import transaction

from ministerie.bestanden import (
    OnleesbaarBestand,
    TeGrootBestand,
    controleer_grootte,
    extraheer,
    herken,
    sha256,
)
from ministerie.core import audit
from ministerie.core.permissies import vereis
from ministerie.organisatie.models import Eenheid

from .indexering import plan_indexering
from .models import Document, Quarantaine, Versie
from .zichtbaarheid import zichtbare_documenten


@dataclass(frozen=True)
class Opslagresultaat:
    document: Document | None
    versie: Versie | None
    quarantaine: Quarantaine | None = None
    al_aanwezig: bool = False
    geweigerd: str = ""
    """Why the file was refused without being stored (too large); empty when it was not."""

    @property
    def gelukt(self) -> bool:
        return self.versie is not None

    @property
    def melding(self) -> str:
        if self.geweigerd:
            return self.geweigerd
        if self.quarantaine is not None and self.al_aanwezig:
            return (
                f"'{self.quarantaine.bestandsnaam}' staat al in quarantaine (aangeleverd op "
                f"{self.quarantaine.aangeleverd_op:%d-%m-%Y}): {self.quarantaine.reden} "
                "Er is geen kopie gemaakt."
            )
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
    try:
        controleer_grootte(len(data))
    except TeGrootBestand as fout:
        return Opslagresultaat(None, None, geweigerd=f"{fout.reden} Er is niets opgeslagen.")
    controlesom = sha256(data)
    # Only a document the uploader may see counts as "already there": anything else would tell
    # them that a hidden document with this content exists (and its title).
    bestaande = (
        Versie.objects.select_related("document")
        .filter(
            sha256=controlesom,
            document__eenheid=eenheid,
            document__in=zichtbare_documenten(door).values("pk"),
        )
        .order_by("pk")
        .first()
    )
    if bestaande is not None:
        return Opslagresultaat(bestaande.document, bestaande, al_aanwezig=True)
    al_in_quarantaine = (
        Quarantaine.objects.filter(sha256=controlesom, eenheid=eenheid, aangeleverd_door=door)
        .order_by("pk")
        .first()
    )
    if al_in_quarantaine is not None:
        return Opslagresultaat(None, None, quarantaine=al_in_quarantaine, al_aanwezig=True)
    try:
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
