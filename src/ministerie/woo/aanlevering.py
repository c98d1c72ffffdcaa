"""Bulk upload into a request: files, ZIP archives and mailboxes go through the bulk pipeline
(``lakken.bulk``: archive reading with its limits, exact and near duplicates, e-mail threads);
every unique readable unit is then stored and added with its proposed redactions.

Each unit lands whole or not at all (store document and request document in one transaction);
an entry that cannot be used is reported by its name with the reason.
"""

from __future__ import annotations

import re
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError

from ministerie.core.models import Gebruiker
from ministerie.core.permissies import vereis
from ministerie.lakken.bulk import BulkFout, verwerk
from ministerie.lakken.bulk.bronnen import eenheden
from ministerie.lakken.bulk.opslag import open_database
from ministerie.organisatie.models import Eenheid

from .beoordeling import _vereis_open, log_verzameld, upload_een
from .models import Verzoek, WooDocument

#: Processed while the caller waits (``lever_aan``); the background job takes larger ones.
MAX_AANLEVERING_MB = 200
MAX_EENHEDEN = 200


@dataclass
class Aanleveringsverslag:
    """What became of a delivery: documents added, and per entry name why it was not."""

    toegevoegd: list[WooDocument] = field(default_factory=list)
    fouten: list[str] = field(default_factory=list)
    dubbelen: list[str] = field(default_factory=list)
    bijna_dubbelen: list[str] = field(default_factory=list)
    draden: int = 0


def _veilige_naam(naam: str, gebruikt: set[str]) -> str:
    basis = re.sub(r"[^\w.\- ]+", "_", naam.replace("\\", "/").rsplit("/", 1)[-1]).strip(" .") or "bestand"
    kandidaat, teller = basis[:150], 1
    while kandidaat.lower() in gebruikt:
        teller += 1
        kandidaat = f"{teller}-{basis[:150]}"
    gebruikt.add(kandidaat.lower())
    return kandidaat


def schrijf_bron(bestanden: Iterable[tuple[str, Any]], bronmap: Path, max_mb: int) -> None:
    """Write the uploads (bytes or Django uploaded files) to ``bronmap``, within ``max_mb``."""
    bronmap.mkdir(parents=True)
    gebruikt: set[str] = set()
    totaal, grens = 0, max_mb * 1024 * 1024
    for naam, inhoud in bestanden:
        stukken = [inhoud] if isinstance(inhoud, bytes) else inhoud.chunks()
        with (bronmap / _veilige_naam(naam, gebruikt)).open("wb") as uit:
            for stuk in stukken:
                totaal += len(stuk)
                if totaal > grens:
                    raise ValidationError(
                        f"De aanlevering is groter dan {max_mb} MB; lever haar in delen aan."
                    )
                uit.write(stuk)
    if not gebruikt:
        raise ValidationError("Kies een of meer bestanden of een ZIP-bestand.")


@dataclass(frozen=True)
class Eenheidsuitkomst:
    """The pipeline's verdict on one unit of a delivery: to add (with its bytes), or a message
    why not (``soort`` 'fout' or 'dubbel'). A near duplicate is added, with a warning."""

    soort: str  # "toevoegen", "fout" or "dubbel"
    plaats: str
    melding: str = ""
    naam: str = ""
    data: bytes = b""


def lees_uitkomsten(bronmap: Path, werkmap: Path) -> Iterator[Eenheidsuitkomst]:
    """Every unit of a delivery that went through ``verwerk``, in the pipeline's stable order,
    with its verdict. Read while iterating: a ZIP member can only be read while its archive
    is open."""
    items = _items(werkmap)
    gezien: set[str] = set()
    for unit in eenheden(bronmap, werkmap):
        item = items.get(unit.sleutel)
        if item is None:
            continue
        if unit.sleutel in gezien:  # an archive may hold one name twice; the pipeline read the first
            yield Eenheidsuitkomst(
                "fout",
                unit.sleutel,
                f"{unit.sleutel}: deze naam staat twee keer in de aanlevering; "
                "alleen het eerste bestand met deze naam is gebruikt.",
            )
            continue
        gezien.add(unit.sleutel)
        if item["onleesbaar"]:
            yield Eenheidsuitkomst("fout", unit.sleutel, f"{unit.sleutel}: {item['onleesbaar']}")
        elif item["dubbel_van"]:
            yield Eenheidsuitkomst(
                "dubbel",
                unit.sleutel,
                f"{unit.sleutel} is gelijk aan {item['dubbel_van']} en is niet nog eens toegevoegd.",
            )
        else:
            melding = ""
            if item["bijna_dubbel_van"]:
                melding = (
                    f"{unit.sleutel} lijkt sterk op {item['bijna_dubbel_van']};"
                    " beide zijn toegevoegd, beoordeel of er één buiten reikwijdte valt."
                )
            naam = unit.naam if not unit.bericht else f"{item['titel'][:100] or 'bericht'}.eml"
            yield Eenheidsuitkomst("toevoegen", unit.sleutel, melding, naam, unit.lees())


def vereis_eenheid(door: Gebruiker, eenheid: Eenheid | None) -> Eenheid:
    eenheid = eenheid or door.eenheden.order_by("pk").first()
    if eenheid is None:
        raise ValidationError("U hoort bij geen eenheid.")
    return eenheid


def lever_aan(
    verzoek: Verzoek,
    *,
    door: Gebruiker,
    bestanden: Iterable[tuple[str, Any]],
    eenheid: Eenheid | None = None,
) -> Aanleveringsverslag:
    """Run a small delivery (at most ``MAX_EENHEDEN`` units) through the bulk pipeline while
    the caller waits and add every unique readable unit. Entries are named by their place, as
    the pipeline names them: 'levering.zip!map/brief.docx', 'post.mbox#3'. The documents are
    stored for ``eenheid``, by default the user's first unit. A delivery of any size goes
    through the background job instead: ``verwerking.start_aanlevering``."""
    vereis(door, "woo.behandelen")
    eenheid = vereis_eenheid(door, eenheid)
    _vereis_open(Verzoek.objects.get(pk=verzoek.pk))  # fail fast; checked again per document
    verslag = Aanleveringsverslag()
    tijdelijk = Path(settings.DATA_DIR) / "tmp"
    tijdelijk.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=tijdelijk, prefix="woo-aanlevering-") as map_:
        bronmap, werkmap = Path(map_) / "bron", Path(map_) / "werk"
        schrijf_bron(bestanden, bronmap, MAX_AANLEVERING_MB)
        aantal = sum(1 for _ in eenheden(bronmap, werkmap))
        if aantal > MAX_EENHEDEN:
            raise ValidationError(
                f"De aanlevering bevat {aantal} bestanden en berichten; per keer kunnen er "
                f"hoogstens {MAX_EENHEDEN}. Lever haar in delen aan."
            )
        try:
            bulk = verwerk(bronmap, werkmap)
        except BulkFout as fout:
            raise ValidationError(str(fout)) from None
        verslag.draden = bulk.draden
        for uitkomst in lees_uitkomsten(bronmap, werkmap):
            if uitkomst.soort == "fout":
                verslag.fouten.append(uitkomst.melding)
            elif uitkomst.soort == "dubbel":
                verslag.dubbelen.append(uitkomst.melding)
            else:
                if uitkomst.melding:
                    verslag.bijna_dubbelen.append(uitkomst.melding)
                toegevoegd = upload_een(
                    verzoek,
                    door=door,
                    naam=uitkomst.naam,
                    data=uitkomst.data,
                    eenheid=eenheid,
                    plaats=uitkomst.plaats,
                )
                if isinstance(toegevoegd, str):
                    verslag.fouten.append(toegevoegd)
                else:
                    verslag.toegevoegd.append(toegevoegd)
    log_verzameld(verzoek, door, len(verslag.toegevoegd))
    return verslag


def aantal_eenheden(werkmap: Path) -> int:
    """How many units (files and messages, not their attachments) a processed delivery has."""
    return len(_items(werkmap))


def _items(werkmap: Path) -> dict[str, dict[str, Any]]:
    """The pipeline's verdict per unit (the top item of each unit), by the unit's place."""
    db = open_database(werkmap)
    db.row_factory = sqlite3.Row
    try:
        rijen = db.execute(
            "SELECT i.vindplaats, i.titel, i.onleesbaar, d.vindplaats AS dubbel_van, "
            "b.vindplaats AS bijna_dubbel_van FROM items i "
            "LEFT JOIN items d ON d.nr = i.dubbel_van LEFT JOIN items b ON b.nr = i.bijna_dubbel_van "
            "WHERE i.ouder IS NULL ORDER BY i.nr"
        ).fetchall()
    finally:
        db.close()
    items: dict[str, dict[str, Any]] = {}
    for rij in rijen:
        items.setdefault(rij["vindplaats"], dict(rij))  # a name twice: the first one's verdict
    return items
