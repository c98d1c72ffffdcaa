from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from ministerie.agenda.dataset import Laadfout
from ministerie.agenda.laden import laad


class Command(BaseCommand):
    help = (
        "Overlegstructuren. 'laad PAD' leest overleggen.yaml, controleert het geheel "
        "en schrijft alleen de verschillen."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="subcommando", required=True, metavar="laad")
        laden = sub.add_parser("laad", help="laad de overlegstructuren uit een YAML-bestand")
        laden.add_argument("pad", type=Path, help="bijvoorbeeld data/bzk-2021/overleggen.yaml")

    def handle(self, *args: Any, pad: Path, **options: Any) -> None:
        try:
            verslag = laad(pad, door="ministerie overleg laad")
        except Laadfout as fout:
            raise CommandError(f"Niets geladen. {fout}") from None
        self.stdout.write(verslag.samenvatting())
