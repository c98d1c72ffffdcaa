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
from collections.abc import Iterable
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

from .beoordeling import _vereis_open, upload_documenten
from .models import Verzoek, WooDocument

#: Processed while the user waits: larger deliveries go in parts.
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


def _schrijf_bron(bestanden: Iterable[tuple[str, Any]], bronmap: Path) -> None:
    """Write the uploads (bytes or Django uploaded files) to ``bronmap``, within the size limit."""
    bronmap.mkdir(parents=True)
    gebruikt: set[str] = set()
    totaal, grens = 0, MAX_AANLEVERING_MB * 1024 * 1024
    for naam, inhoud in bestanden:
        stukken = [inhoud] if isinstance(inhoud, bytes) else inhoud.chunks()
        with (bronmap / _veilige_naam(naam, gebruikt)).open("wb") as uit:
            for stuk in stukken:
                totaal += len(stuk)
                if totaal > grens:
                    raise ValidationError(
                        f"De aanlevering is groter dan {MAX_AANLEVERING_MB} MB; lever haar in delen aan."
                    )
                uit.write(stuk)
    if not gebruikt:
        raise ValidationError("Kies een of meer bestanden of een ZIP-bestand.")


def lever_aan(
    verzoek: Verzoek,
    *,
    door: Gebruiker,
    bestanden: Iterable[tuple[str, Any]],
    eenheid: Eenheid | None = None,
) -> Aanleveringsverslag:
    """Run the uploads through the bulk pipeline and add every unique readable unit. Entries
    are named by their place, as the pipeline names them: 'levering.zip!map/brief.docx',
    'post.mbox#3'. The documents are stored for ``eenheid``, by default the user's first unit."""
    vereis(door, "woo.behandelen")
    eenheid = eenheid or door.eenheden.order_by("pk").first()
    if eenheid is None:
        raise ValidationError("U hoort bij geen eenheid.")
    _vereis_open(Verzoek.objects.get(pk=verzoek.pk))  # fail fast; checked again per document
    verslag = Aanleveringsverslag()
    tijdelijk = Path(settings.DATA_DIR) / "tmp"
    tijdelijk.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=tijdelijk, prefix="woo-aanlevering-") as map_:
        bronmap, werkmap = Path(map_) / "bron", Path(map_) / "werk"
        _schrijf_bron(bestanden, bronmap)
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
        items = _items(werkmap)
        te_voegen: list[tuple[str, bytes, str]] = []
        # Read while iterating: a ZIP member can only be read while its archive is open.
        for unit in eenheden(bronmap, werkmap):
            item = items.get(unit.sleutel)
            if item is None:
                continue
            if item["onleesbaar"]:
                verslag.fouten.append(f"{unit.sleutel}: {item['onleesbaar']}")
            elif item["dubbel_van"]:
                verslag.dubbelen.append(
                    f"{unit.sleutel} is gelijk aan {item['dubbel_van']} en is niet nog eens toegevoegd."
                )
            else:
                if item["bijna_dubbel_van"]:
                    verslag.bijna_dubbelen.append(
                        f"{unit.sleutel} lijkt sterk op {item['bijna_dubbel_van']};"
                        " beide zijn toegevoegd, beoordeel of er één buiten reikwijdte valt."
                    )
                naam = unit.naam if not unit.bericht else f"{item['titel'][:100] or 'bericht'}.eml"
                te_voegen.append((naam, unit.lees(), unit.sleutel))
    toegevoegd, fouten = upload_documenten(verzoek, door=door, bestanden=te_voegen, eenheid=eenheid)
    verslag.toegevoegd = toegevoegd
    verslag.fouten.extend(fouten)
    return verslag


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
    return {r["vindplaats"]: dict(r) for r in rijen}
