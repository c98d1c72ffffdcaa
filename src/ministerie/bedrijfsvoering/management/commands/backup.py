"""``ministerie backup MAP``: a consistent backup of the running system (see bedrijfsvoering.backup)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from ministerie.bedrijfsvoering.backup import BackupFout, HerstelGeweigerd, maak_backup


class Command(BaseCommand):
    help = (
        "Schrijf een backup naar MAP (nieuw of leeg) terwijl het systeem draait: de database, elk "
        "opgeslagen bestand, SHA256SUMS en een manifest met de kop van de audittrail."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("map", type=Path, help="nieuwe of lege map voor de backup")

    def handle(self, *args: Any, map: Path, **options: Any) -> None:
        try:
            inhoud = maak_backup(map, melden=self.stdout.write)
        except BackupFout as fout:
            self.stderr.write(f"ministerie backup: {fout}")
            sys.exit(2 if isinstance(fout, HerstelGeweigerd) else 1)
        self.stdout.write(
            f"Backup klaar in {Path(map).resolve()}: database en {inhoud['bestanden']['aantal']} "
            f"bestanden; audittrail tot en met #{inhoud['database']['audit']['laatste_volgnummer']}."
        )
