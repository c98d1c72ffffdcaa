"""``ministerie herstel MAP [--overschrijf]``: check a backup and put it back."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from ministerie.bedrijfsvoering.backup import BackupFout, BackupOngeldig, HerstelGeweigerd, herstel


class Command(BaseCommand):
    help = (
        "Zet de backup in MAP terug. Controleert eerst het manifest en elk bestand; weigert een "
        "beschadigde of onvolledige backup (code 2, er verandert niets) en een database met "
        "gegevens, tenzij --overschrijf. Daarna: audittrail gecontroleerd, zoekindexen herbouwd, "
        "elk bestand gecontroleerd. Stop eerst de webserver en de verwerkers."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("map", type=Path, help="de map met de backup")
        parser.add_argument(
            "--overschrijf",
            action="store_true",
            help="vervang een database die al gegevens bevat (en de opgeslagen bestanden)",
        )

    def handle(self, *args: Any, map: Path, overschrijf: bool, **options: Any) -> None:
        try:
            verslag = herstel(map, overschrijf=overschrijf, melden=self.stdout.write)
        except (BackupOngeldig, HerstelGeweigerd) as fout:
            self.stderr.write(f"ministerie herstel: geweigerd, er is niets veranderd. {fout}")
            sys.exit(2)
        except BackupFout as fout:
            self.stderr.write(f"ministerie herstel: {fout}")
            sys.exit(1)
        self.stdout.write(
            f"Herstel klaar: {verslag.bestanden} bestanden, audittrail intact ({verslag.auditrecords} "
            "records), zoekindexen herbouwd."
        )
